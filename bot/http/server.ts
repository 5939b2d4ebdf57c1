import type { Server } from 'restify';
import { refuseNonCanonicalPaths } from '../platform/canonicalPath';
import type { ClientResolver } from '../platform/clientAddress';
import { isLocalMode, type Config } from '../platform/config';
import type { Logger } from '../platform/logger';
import { RateLimiter } from '../platform/rateLimiter';
import { securityHeaders } from '../platform/securityHeaders';
import { bodyParsing } from './bodyParsing';
import { registerHealthRoutes, type DependencyCheck } from './healthRoutes';
import { loggableUrl } from './loggableUrl';
import { messageGuards } from './messageGuards';
import { messagesHandler, type ProcessIncoming } from './messagesHandler';
import { registerOpenApiRoute } from './openApiRoute';
import { createRestifyServer } from './restifyServer';
import { guardRequests } from './requestSafety';

export interface ServerDeps {
  readonly config: Config;
  /** The host's way in (bot/host/botHost.ts: botbuilder or the Agents SDK, per BOT_SDK). */
  readonly processIncoming: ProcessIncoming;
  readonly logger: Logger;
  /** Who sent a request (TRUST_PROXY), shared by every route that limits or trusts clients. */
  readonly clients: ClientResolver;
  /** What /readyz checks (the store); /healthz is liveness and checks nothing. */
  readonly readiness?: readonly DependencyCheck[];
}

/** Builds the HTTP server without listening, so tests can bind it to any free port. */
export function createServer({ config, processIncoming, logger, clients, readiness = [] }: ServerDeps): Server {
  const server = createRestifyServer('cmecf-help-bot');
  guardRequests(server, logger);
  server.pre(refuseNonCanonicalPaths);
  server.use(securityHeaders);
  // The adapter reads the parsed body; larger bodies (counted after decompression) get 413.
  server.use(bodyParsing(config.MAX_BODY_BYTES));

  const guards = messageGuards({
    localMode: isLocalMode(config),
    clients,
    conversationLimiter: new RateLimiter(config.RATE_LIMIT_CONVERSATION_BURST, config.RATE_LIMIT_CONVERSATION_PER_SECOND),
    clientLimiter: new RateLimiter(config.RATE_LIMIT_CLIENT_BURST, config.RATE_LIMIT_CLIENT_PER_SECOND),
  });
  server.post('/api/messages', ...guards, messagesHandler(processIncoming, logger));
  registerHealthRoutes(server, readiness);
  registerOpenApiRoute(server);
  server.on('restifyError', (req, _res, error, callback) => {
    // Only the status and restify's own wording: never a body, and the URL without its tokens.
    logger.warn({ method: req.method, url: loggableUrl(req.url), status: error.statusCode }, error.name);
    return callback();
  });
  return server;
}
