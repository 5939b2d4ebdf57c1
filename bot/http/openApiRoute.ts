import type { Server } from 'restify';
import openApiDocument from './openapi.json';

/**
 * GET /openapi.json: the OpenAPI description of the endpoints other systems call (bot/http/openapi.json, kept true
 * by tests/bot/http/openapi.test.ts, which checks real responses against it).
 */
export function registerOpenApiRoute(server: Server): void {
  server.get('/openapi.json', async (_req, res) => {
    res.header('Cache-Control', 'no-cache');
    res.send(200, openApiDocument);
  });
}
