import { brotliCompressSync, deflateSync, gzipSync } from 'node:zlib';
import fc from 'fast-check';
import { startTestServer } from '../helpers/testServer';
import { head, rawRequest } from '../helpers/rawHttp';

/**
 * Random requests at every route with a body parser: any method, media type, Content-Encoding (real, unknown,
 * stacked, lying) and body (noise, valid or truncated compressed JSON, small bodies that inflate past the limit).
 * The server must answer each with a status below 500, and /healthz must keep answering (that an inflating body
 * stops at the limit is counted in bytes by boundedBody.test.ts).
 */
const ROUTES = ['/api/messages', '/healthz', '/v3/directline/tokens/generate', '/v3/directline/conversations', '/api/directline/token',
  '/api/triage', '/desk/login', '/desk/tickets/HD-ABC234/status', '/v3/directline/tokens/refresh'];
const ENCODINGS = [undefined, 'identity', 'gzip', 'x-gzip', 'deflate', 'br', 'compress', 'gzip, gzip', 'GZIP', '', 'zstd', 'br;q=1'];
const TYPES = [undefined, 'application/json', 'application/json; charset=utf-8', 'application/x-www-form-urlencoded', 'text/plain', 'multipart/form-data; boundary=x', 'application/octet-stream'];
const COMPRESS: Record<string, (data: Buffer) => Buffer> = { gzip: gzipSync, deflate: deflateSync, br: brotliCompressSync };

const activityJson = fc.record({
  type: fc.constantFrom('message', 'event', 'typing', 'invoke'),
  text: fc.string({ maxLength: 300 }),
  channelId: fc.constant('test'), serviceUrl: fc.constant('http://127.0.0.1:9'), deliveryMode: fc.constant('expectReplies'),
  from: fc.record({ id: fc.string({ minLength: 1, maxLength: 20 }) }),
  conversation: fc.record({ id: fc.string({ minLength: 1, maxLength: 40 }) }),
}).map((activity) => Buffer.from(JSON.stringify(activity)));

const body = fc.oneof(
  fc.uint8Array({ maxLength: 2000 }).map((bytes) => Buffer.from(bytes)),
  activityJson,
  fc.tuple(fc.constantFrom('gzip', 'deflate', 'br'), activityJson).map(([codec, json]) => COMPRESS[codec]!(json)),
  fc.tuple(fc.constantFrom('gzip', 'deflate', 'br'), activityJson, fc.nat(40)).map(([codec, json, cut]) => COMPRESS[codec]!(json).subarray(0, cut)),
  fc.constantFrom(gzipSync(Buffer.alloc(8 * 1024 * 1024, 0x7b)), brotliCompressSync(Buffer.alloc(4 * 1024 * 1024, 0x20))),
);

describe('body encodings under random requests', () => {
  let server: Awaited<ReturnType<typeof startTestServer>>;
  beforeAll(async () => { server = await startTestServer({ DESK_KEY: 'desk-key-for-fuzzing', TRIAGE_API_KEY: 'triage-key-for-fuzzing' }); });
  afterAll(async () => { await server.close(); });

  it('answers every request below 500, and /healthz keeps answering', async () => {
    await fc.assert(fc.asyncProperty(
      fc.constantFrom('GET', 'POST', 'PUT', 'PATCH', 'DELETE'), fc.constantFrom(...ROUTES), fc.constantFrom(...TYPES), fc.constantFrom(...ENCODINGS), body,
      async (method, path, type, encoding, payload) => {
        const headers: Record<string, string | number> = { 'content-length': payload.length };
        if (type !== undefined) headers['content-type'] = type;
        if (encoding !== undefined) headers['content-encoding'] = encoding;
        const response = await rawRequest(server.url, head(method, path, headers), payload);
        expect(response.status).toBeGreaterThanOrEqual(200);
        expect(response.status).toBeLessThan(500);
        expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
      }), { numRuns: 120 });
  });
});
