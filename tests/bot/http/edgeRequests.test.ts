import { startTestServer } from '../../helpers/testServer';
import { head, rawRequest } from '../../helpers/rawHttp';

const DESK_KEY = 'desk-key-for-edge-tests';
const TRIAGE_KEY = 'triage-key-for-edge-tests';

const activity = (extra: Record<string, unknown> = {}) => JSON.stringify({
  type: 'message', id: 'p1', text: 'hello', deliveryMode: 'expectReplies', channelId: 'test', serviceUrl: 'http://127.0.0.1:9',
  from: { id: 'u' }, recipient: { id: 'bot' }, conversation: { id: `edge-${Math.random()}` }, ...extra,
});

describe('path tricks never reach a handler', () => {
  let server: Awaited<ReturnType<typeof startTestServer>>;
  beforeAll(async () => { server = await startTestServer(); });
  afterAll(async () => { await server.close(); });

  it.each([
    ['POST', '/api/messages;x'], ['POST', '/api/messages;'], ['POST', '/api/%6Dessages'], ['POST', '/api\\messages'],
    ['POST', '/api/messages#x'], ['POST', '/api//messages'], ['POST', '/api/x/../messages'], ['POST', '/api/directline/token;x'],
    ['POST', '/v3/directline/tokens/generate;x'], ['GET', '/desk;x'], ['GET', '/healthz/'],
  ])('%s %s: 400, not the route', async (method, path) => {
    const body = activity();
    const response = await rawRequest(server.url, head(method, path, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) }), body);
    expect(response.status).toBe(400);
    expect(JSON.parse(response.body)).toMatchObject({ code: 'BadPath' });
  });

  it('the plain path still works', async () => {
    const body = activity();
    const response = await rawRequest(server.url, head('POST', '/api/messages', { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) }), body);
    expect(response.status).toBe(200);
  });

  it('a WebSocket upgrade on a path trick is refused too', async () => {
    const response = await rawRequest(server.url, head('GET', '/v3/directline/conversations/abc;x/stream?t=x', {
      upgrade: 'websocket', connection: 'Upgrade', 'sec-websocket-key': 'dGhlIHNhbXBsZSBub25jZQ==', 'sec-websocket-version': 13,
    }));
    expect(response.status).toBe(400);
  });
});

describe('local mode serves this machine only', () => {
  let server: Awaited<ReturnType<typeof startTestServer>>;
  beforeAll(async () => { server = await startTestServer(); });
  afterAll(async () => { await server.close(); });

  const post = (headers: Record<string, string>, extra: Record<string, unknown> = {}) => fetch(`${server.url}/api/messages`, {
    method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: activity(extra),
  });

  it('refuses a request a proxy on this machine forwarded for someone else', async () => {
    expect((await post({ 'x-forwarded-for': '203.0.113.5' })).status).toBe(403);
    expect((await post({ forwarded: 'for=198.51.100.3;proto=https' })).status).toBe(403);
    expect((await post({})).status).toBe(200);
  });

  it('refuses a request that does not name this machine as its host (DNS rebinding, or a proxy passing Host on)', async () => {
    const body = activity();
    const rebound = await rawRequest(server.url, head('POST', '/api/messages', {
      host: 'help.example-court.gov', 'content-type': 'application/json', 'content-length': Buffer.byteLength(body),
    }), body);
    expect(rebound.status).toBe(403);
  });

  it('posts replies nowhere but to the Emulator\'s own address form', async () => {
    for (const serviceUrl of ['http://127.1:6379', 'http://2130706433:9200', 'http://0x7f.1:80', 'http://[::1]:9200/x', 'http://127.0.0.1:6379/admin']) {
      expect((await post({}, { deliveryMode: undefined, channelId: 'emulator', serviceUrl })).status).toBe(403);
    }
    expect((await post({}, { deliveryMode: undefined, channelId: 'test', serviceUrl: 'http://127.0.0.1:9' })).status).toBe(403);
  });
});

describe('with TRUST_PROXY, a request forwarded for a client is treated as that client', () => {
  let server: Awaited<ReturnType<typeof startTestServer>>;
  beforeAll(async () => { server = await startTestServer({ TRUST_PROXY: 'loopback', DESK_KEY, TRIAGE_API_KEY: TRIAGE_KEY }); });
  afterAll(async () => { await server.close(); });

  const from = (client: string) => ({ 'x-forwarded-for': client });
  const token = (client: string) => fetch(`${server.url}/api/directline/token`, { method: 'POST', headers: from(client) }).then((r) => r.status);

  it('is not local: no unauthenticated turn for a forwarded client', async () => {
    const response = await fetch(`${server.url}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json', ...from('203.0.113.5') }, body: activity() });
    expect(response.status).toBe(403);
  });

  it('limits each forwarded client on its own', async () => {
    const first = await Promise.all(Array.from({ length: 40 }, () => token('203.0.113.10')));
    expect(first).toContain(429);
    expect(await token('203.0.113.11')).toBe(200);
  });

  it('after many wrong /desk or triage keys from one client, refuses its right key until the wait is over; others are not affected', async () => {
    const triage = (client: string, key: string) => fetch(`${server.url}/api/triage`, {
      method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${key}`, ...from(client) }, body: JSON.stringify({ text: 'hi' }),
    });
    const desk = (client: string, key: string) => fetch(`${server.url}/desk`, { headers: { 'x-api-key': key, ...from(client) } });
    for (let i = 0; i < 6; i += 1) expect((await triage('198.51.100.20', `wrong-triage-key-${i}`)).status).toBe(401);
    for (let i = 0; i < 4; i += 1) expect((await desk('198.51.100.20', `wrong-desk-key-${i}`)).status).toBe(401);
    const refusedDesk = await desk('198.51.100.20', DESK_KEY);
    expect(refusedDesk.status).toBe(429);
    expect(Number(refusedDesk.headers.get('retry-after'))).toBeGreaterThan(0);
    expect((await triage('198.51.100.20', TRIAGE_KEY)).status).toBe(429);
    expect((await desk('198.51.100.21', DESK_KEY)).status).toBe(200);
    expect((await triage('198.51.100.21', TRIAGE_KEY)).status).toBe(200);
  });
});
