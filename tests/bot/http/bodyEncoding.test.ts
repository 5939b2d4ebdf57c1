import { brotliCompressSync, deflateSync, gzipSync } from 'node:zlib';
import { startTestServer } from '../../helpers/testServer';
import { head, rawRequest } from '../../helpers/rawHttp';

let server: Awaited<ReturnType<typeof startTestServer>>;
beforeAll(async () => { server = await startTestServer(); });
afterAll(async () => { await server.close(); });

const activity = (text: string) => JSON.stringify({
  type: 'message', id: 'e1', text, deliveryMode: 'expectReplies', channelId: 'test', serviceUrl: 'http://127.0.0.1:9',
  from: { id: 'u' }, recipient: { id: 'bot' }, conversation: { id: `enc-${Math.random()}` },
});

const send = (method: string, path: string, body: Buffer, headers: Record<string, string | number>) =>
  rawRequest(server.url, head(method, path, { 'content-type': 'application/json', 'content-length': body.length, ...headers }), body);

/** The process lived through the request and still answers. */
async function healthy(): Promise<void> {
  expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
}

describe('request bodies with a Content-Encoding', () => {
  it.each([
    ['gzip', 'GET', '/healthz'],
    ['gzip', 'POST', '/api/messages'],
    ['deflate', 'POST', '/v3/directline/conversations'],
    ['br', 'POST', '/api/directline/token'],
    ['x-gzip', 'POST', '/desk/login'],
  ])('a body that is not %s, on %s %s, gets an answer and the process lives', async (encoding, method, path) => {
    const response = await send(method, path, Buffer.from('this is not compressed at all'), { 'content-encoding': encoding });
    expect(response.status).toBeGreaterThanOrEqual(method === 'GET' ? 200 : 400);
    expect(response.status).toBeLessThan(500);
    expect(response.body).not.toContain('this is not compressed');
    await healthy();
  });

  it('400 with a clear message for a corrupt gzip body on /api/messages', async () => {
    const valid = gzipSync(activity('hello'));
    const corrupt = Buffer.concat([valid.subarray(0, 12), Buffer.from('garbage-garbage-garbage'), valid.subarray(12)]);
    const response = await send('POST', '/api/messages', corrupt, { 'content-encoding': 'gzip' });
    expect(response.status).toBe(400);
    expect(JSON.parse(response.body)).toMatchObject({ code: 'BadContentEncoding' });
    await healthy();
  });

  it('415 for an encoding it does not know, and for stacked encodings', async () => {
    for (const encoding of ['compress', 'zstd', 'gzip, gzip', 'identity;q=1']) {
      const response = await send('POST', '/api/messages', Buffer.from(activity('hello')), { 'content-encoding': encoding });
      expect(response.status).toBe(415);
      expect(response.headers.toLowerCase()).toContain('accept-encoding: gzip, deflate, br');
    }
  });

  it.each([
    ['gzip', gzipSync],
    ['deflate', deflateSync],
    ['br', brotliCompressSync],
  ] as const)('a valid %s activity is answered normally', async (encoding, compress) => {
    const response = await send('POST', '/api/messages', compress(Buffer.from(activity('how do I link my account'))), { 'content-encoding': encoding });
    expect(response.status).toBe(200);
    expect(JSON.parse(response.body).activities.length).toBeGreaterThan(0);
  });

  // That the server stops inflating at the limit (bytes, not time) is boundedBody.test.ts's.
  it('413 for a small compressed body that inflates past the limit (counted after decompression)', async () => {
    const bomb = gzipSync(Buffer.alloc(50 * 1024 * 1024, 0x20));
    expect(bomb.length).toBeLessThan(256 * 1024);
    const response = await send('POST', '/api/messages', bomb, { 'content-encoding': 'gzip' });
    expect(response.status).toBe(413);
    await healthy();
  });

  it('413 for a plain body over the limit, and for a declared length over it before reading anything', async () => {
    const big = Buffer.from(activity('x'.repeat(300 * 1024)));
    expect((await send('POST', '/api/messages', big, {})).status).toBe(413);
    const declared = await rawRequest(server.url, head('POST', '/api/messages', { 'content-type': 'application/json', 'content-length': 10 ** 9 }));
    expect(declared.status).toBe(413);
  });

  it('ignores a body sent with GET (never parsed)', async () => {
    const response = await send('GET', '/healthz', Buffer.from('{"not": "read"'), {});
    expect(response.status).toBe(200);
  });

  it('never echoes a body that is not JSON in its answer', async () => {
    const response = await send('POST', '/api/messages', Buffer.from('{"text": "my password is hunter2", '), {});
    expect(response.status).toBe(400);
    expect(response.body).not.toContain('hunter2');
    expect((await send('POST', '/api/messages', Buffer.from('['.repeat(5000)), {})).status).toBe(400);
  });

  it('survives a client that resets in the middle of a compressed body', async () => {
    const partial = gzipSync(Buffer.from(activity('hello'))).subarray(0, 10);
    await rawRequest(server.url, head('POST', '/api/messages', { 'content-type': 'application/json', 'content-encoding': 'gzip', 'content-length': 500 }), partial, 200);
    await healthy();
  });
});
