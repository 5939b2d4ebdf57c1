import Ajv2020 from 'ajv/dist/2020';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { startTestServer } from '../../helpers/testServer';

/**
 * GET /openapi.json describes the endpoints other systems call; here real answers of a running server are checked
 * against its schemas, so the document cannot drift from what the bot sends.
 */
const KEY = 'triage-key-for-openapi-test';
const ROOT = path.resolve(__dirname, '..', '..', '..');

interface OpenApi {
  openapi: string;
  info: { version: string };
  paths: Record<
    string,
    Record<string, { responses: Record<string, { $ref?: string; content?: Record<string, { schema: object }> }> }>
  >;
  components: { responses: Record<string, { content?: Record<string, { schema: object }> }> };
}

let server: Awaited<ReturnType<typeof startTestServer>>;
let doc: OpenApi;
const ajv = new Ajv2020({ strict: false, allErrors: true });

beforeAll(async () => {
  server = await startTestServer({ TRIAGE_API_KEY: KEY });
  const response = await fetch(`${server.url}/openapi.json`);
  expect(response.status).toBe(200);
  doc = (await response.json()) as OpenApi;
  ajv.addSchema(doc as object, 'openapi');
});
afterAll(async () => {
  await server.close();
});

/** Checks a real response against the document's schema for that path, method and status; returns the body. */
async function conforms(pathName: string, method: string, response: Response): Promise<unknown> {
  const declared = doc.paths[pathName]?.[method]?.responses[String(response.status)];
  expect({ pathName, method, status: response.status, documented: declared !== undefined }).toEqual({
    pathName,
    method,
    status: response.status,
    documented: true,
  });
  const resolved = declared!.$ref ? doc.components.responses[declared!.$ref.split('/').pop()!]! : declared!;
  const body = await response.json();
  const pointer = declared!.$ref
    ? `openapi#/components/responses/${declared!.$ref.split('/').pop()}/content/application~1json/schema`
    : `openapi#/paths/${pathName.replace(/~/g, '~0').replace(/\//g, '~1')}/${method}/responses/${response.status}/content/application~1json/schema`;
  expect(resolved.content?.['application/json']).toBeDefined();
  const validate = ajv.getSchema(pointer)!;
  expect({ pathName, status: response.status, valid: validate(body), errors: validate.errors ?? null }).toEqual({
    pathName,
    status: response.status,
    valid: true,
    errors: null,
  });
  return body;
}

const json = (body: unknown, headers: Record<string, string> = {}) => ({
  method: 'POST',
  headers: { 'content-type': 'application/json', ...headers },
  body: JSON.stringify(body),
});

describe('OpenAPI document (GET /openapi.json)', () => {
  it('is OpenAPI 3.1 with the package version, and every documented path is served', async () => {
    expect(doc.openapi).toBe('3.1.0');
    const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string };
    expect(doc.info.version).toBe(pkg.version);
    for (const [pathName, operations] of Object.entries(doc.paths)) {
      for (const method of Object.keys(operations)) {
        const status = (await fetch(`${server.url}${pathName}`, { method: method.toUpperCase() })).status;
        expect({ pathName, method, served: status !== 404 && status !== 405 }).toEqual({
          pathName,
          method,
          served: true,
        });
      }
    }
  });

  it('describes /healthz, /readyz and the page token as they answer', async () => {
    await conforms('/healthz', 'get', await fetch(`${server.url}/healthz`));
    await conforms('/readyz', 'get', await fetch(`${server.url}/readyz`));
    const token = (await conforms(
      '/api/directline/token',
      'post',
      await fetch(`${server.url}/api/directline/token`, { method: 'POST' }),
    )) as { userId: string };
    expect(token.userId).toMatch(/^web_/);
  });

  it('describes /api/triage: results, missing key, bad body', async () => {
    const results = (await conforms(
      '/api/triage',
      'post',
      await fetch(
        `${server.url}/api/triage`,
        json(
          {
            questions: [
              { id: 'a', text: 'there is no link under Utilities' },
              { text: 'my brief is due at midnight and I cannot log in' },
            ],
          },
          { authorization: `Bearer ${KEY}` },
        ),
      ),
    )) as { results: unknown[] };
    expect(results.results).toHaveLength(2);
    await conforms('/api/triage', 'post', await fetch(`${server.url}/api/triage`, json({ text: 'x' })));
    await conforms(
      '/api/triage',
      'post',
      await fetch(`${server.url}/api/triage`, json({ nothing: true }, { 'x-api-key': KEY })),
    );
  });

  it('describes /api/messages: replies with expectReplies, and its 415 for a body that is not JSON', async () => {
    const activity = {
      type: 'message',
      id: '1',
      deliveryMode: 'expectReplies',
      channelId: 'test',
      serviceUrl: 'http://127.0.0.1',
      from: { id: 'me' },
      recipient: { id: 'bot' },
      conversation: { id: 'openapi-check' },
      text: 'how do I link my CM/ECF account to PACER',
    };
    const replies = (await conforms(
      '/api/messages',
      'post',
      await fetch(`${server.url}/api/messages`, json(activity)),
    )) as { activities: unknown[] };
    expect(replies.activities.length).toBeGreaterThan(0);
    await conforms(
      '/api/messages',
      'post',
      await fetch(`${server.url}/api/messages`, {
        method: 'POST',
        headers: { 'content-type': 'text/plain' },
        body: 'hello',
      }),
    );
  });
});
