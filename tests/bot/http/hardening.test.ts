import { createHmac } from 'node:crypto';
import { allText, startTestServer } from '../../helpers/testServer';
import { HOSTS } from '../../helpers/hosts';

describe.each(HOSTS)('%s host', (sdk) => {
  let server: Awaited<ReturnType<typeof startTestServer>>;
  beforeAll(async () => { server = await startTestServer({ BOT_SDK: sdk }); });
  afterAll(async () => { await server.close(); });

  const activity = (conversationId: string, extra: Record<string, unknown> = {}) => ({
    type: 'message', id: 'x1', text: 'hello', deliveryMode: 'expectReplies', channelId: 'test',
    serviceUrl: 'http://127.0.0.1:9', from: { id: 'u' }, recipient: { id: 'bot' }, conversation: { id: conversationId }, ...extra,
  });

  async function post(body: string, contentType = 'application/json') {
    const response = await fetch(`${server.url}/api/messages`, { method: 'POST', headers: { 'content-type': contentType }, body });
    return { status: response.status, body: await response.text(), headers: response.headers };
  }

  function expectClearError(body: string): void {
    const parsed = JSON.parse(body) as { message: string };
    expect(parsed.message.length).toBeGreaterThan(10);
    expect(body).not.toMatch(/\bat \S+ \(|node_modules|\.ts:\d+/);
  }

  describe('HTTP hardening of /api/messages', () => {
    it('415 for a body that is not JSON', async () => {
      const response = await post('hello', 'text/plain');
      expect(response.status).toBe(415);
      expectClearError(response.body);
    });

    it('400 for malformed JSON, with a clear message and no stack trace', async () => {
      const response = await post('{"type": "message", ');
      expect(response.status).toBe(400);
      expectClearError(response.body);
    });

    it.each([
      ['an array', '[]'],
      ['a number', '42'],
      ['no conversation', JSON.stringify({ ...activity('c'), conversation: undefined })],
      ['a conversation id of the wrong type', JSON.stringify(activity('c', { conversation: { id: 42 } }))],
      ['no type', JSON.stringify({ ...activity('c'), type: undefined })],
    ])('400 for an activity with %s', async (_name, body) => {
      const response = await post(body);
      expect(response.status).toBe(400);
      expectClearError(response.body);
    });

    it('413 for a body over the size limit', async () => {
      const response = await post(JSON.stringify(activity('big', { text: 'x'.repeat(300 * 1024) })));
      expect(response.status).toBe(413);
    });

    it('refuses to post replies to a non-loopback serviceUrl without credentials (no open relay)', async () => {
      const response = await post(JSON.stringify(activity('relay', { deliveryMode: undefined, serviceUrl: 'https://example.com/' })));
      expect(response.status).toBe(403);
      expectClearError(response.body);
    });

    it('answers a very long message politely instead of reading it', async () => {
      const replies = await server.say('long', 'help '.repeat(1000));
      expect(allText(replies)).toMatch(/too long/i);
    });

    it('429 when one conversation floods, while another conversation still gets answers', async () => {
      const statuses = await Promise.all(Array.from({ length: 40 }, () => post(JSON.stringify(activity('flood'))).then((r) => r.status)));
      expect(statuses).toContain(429);
      expect(statuses).toContain(200);
      expect((await post(JSON.stringify(activity('calm')))).status).toBe(200);
    });

    it('sends security headers and no CORS wildcard', async () => {
      const response = await fetch(`${server.url}/healthz`, { headers: { origin: 'https://evil.example' } });
      expect(response.headers.get('content-security-policy')).toContain("script-src 'self'");
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      expect(response.headers.get('access-control-allow-origin')).toBeNull();
    });
  });

  describe('with Bot Framework credentials', () => {
    let secured: Awaited<ReturnType<typeof startTestServer>>;
    beforeAll(async () => {
      secured = await startTestServer({ BOT_SDK: sdk, MicrosoftAppId: '00000000-0000-0000-0000-000000000001', MicrosoftAppPassword: 'test-secret-value', MicrosoftAppType: 'MultiTenant' });
    });
    afterAll(async () => { await secured.close(); });

    async function postWith(authorization?: string) {
      const response = await fetch(`${secured.url}/api/messages`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(authorization ? { authorization } : {}) },
        body: JSON.stringify(activity('secured', { deliveryMode: undefined, serviceUrl: 'https://smba.trafficmanager.net/amer/' })),
      });
      return response.status;
    }

    it('401 without a token', async () => {
      expect(await postWith()).toBe(401);
    });

    it('401 for a self-signed token', async () => {
      const encode = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
      const header = encode({ alg: 'HS256', typ: 'JWT' });
      const now = Math.floor(Date.now() / 1000);
      const payload = encode({ iss: 'https://api.botframework.com', aud: '00000000-0000-0000-0000-000000000001', iat: now, nbf: now, exp: now + 600, serviceurl: 'https://smba.trafficmanager.net/amer/' });
      const signature = createHmac('sha256', 'attacker').update(`${header}.${payload}`).digest('base64url');
      expect(await postWith(`Bearer ${header}.${payload}.${signature}`)).toBe(401);
    });
  });
});
