import type { Activity } from '../../../bot/platform/activity';
import WebSocket from 'ws';
import { eventually } from '../../helpers/eventually';
import { HOSTS } from '../../helpers/hosts';
import { startTestServer } from '../../helpers/testServer';

/** The built-in Direct Line 3.0 API over HTTP and WebSocket, on the real app (same adapter and bot). */
const SECRET = 'a-direct-line-secret-of-at-least-32-chars';

interface Started { conversationId: string; token: string; expires_in: number; streamUrl?: string }
interface ActivitySet { activities: Partial<Activity>[]; watermark: string }

function client(base: string) {
  const call = async (method: string, path: string, credential?: string, body?: unknown) => {
    const response = await fetch(`${base}/v3/directline${path}`, {
      method,
      headers: { 'content-type': 'application/json', ...(credential ? { authorization: `Bearer ${credential}` } : {}) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    return { status: response.status, body: (text ? JSON.parse(text) : undefined) as unknown };
  };
  return {
    call,
    /** As the help page does: a token for a known user, so the bot welcomes them at once. */
    async start(user: string | null = 'user-1'): Promise<Started> {
      const generated = (await call('POST', '/tokens/generate', undefined, user ? { user: { id: user } } : {})).body as Started;
      const started = await call('POST', '/conversations', generated.token, {});
      expect(started.status).toBe(201);
      return started.body as Started;
    },
    async say(conversation: Started, text: string) {
      return call('POST', `/conversations/${conversation.conversationId}/activities`, conversation.token,
        { type: 'message', text, from: { id: 'user-1' }, channelData: { clientActivityID: 'c-1' } });
    },
    async read(conversation: Started, watermark = ''): Promise<ActivitySet> {
      return (await call('GET', `/conversations/${conversation.conversationId}/activities?watermark=${watermark}`, conversation.token)).body as ActivitySet;
    },
  };
}

describe('built-in Direct Line on a loopback-bound server', () => {
  let server: Awaited<ReturnType<typeof startTestServer>>;
  let api: ReturnType<typeof client>;
  beforeAll(async () => {
    server = await startTestServer();
    api = client(server.url);
  });
  afterAll(async () => { await server.close(); });

  it('generates a token without a secret, starts the conversation, and sends the welcome', async () => {
    const conversation = await api.start();
    // The seconds left on the token's 30 minutes, counted when the conversation starts (a second may have passed).
    expect(conversation.expires_in).toBeGreaterThan(1790);
    expect(conversation.expires_in).toBeLessThanOrEqual(1800);
    expect(conversation.streamUrl).toMatch(new RegExp(`^ws://127\\.0\\.0\\.1:\\d+/v3/directline/conversations/${conversation.conversationId}/stream\\?t=`));
    const { activities } = await api.read(conversation);
    expect(activities[0]).toMatchObject({ type: 'message', from: { role: 'bot' } });
    expect(JSON.stringify(activities[0])).toMatch(/link your CM\/ECF e-filing account/);
  });

  it('without a user id at the start, welcomes with the first message (as Azure does)', async () => {
    const conversation = await api.start(null);
    expect((await api.read(conversation)).activities).toEqual([]);
    await api.say(conversation, 'hello');
    expect(JSON.stringify((await api.read(conversation)).activities)).toMatch(/link your CM\/ECF e-filing account/);
  });

  it('delivers a message to the bot and streams back the user\'s own activity and the replies (watermarks)', async () => {
    const conversation = await api.start();
    const before = await api.read(conversation);
    const posted = await api.say(conversation, 'how do I link my account');
    expect(posted.status).toBe(200);
    const { id } = posted.body as { id: string };
    const after = await api.read(conversation, before.watermark);
    expect(after.activities[0]).toMatchObject({ id, text: 'how do I link my account', from: { id: 'user-1', role: 'user' }, channelData: { clientActivityID: 'c-1' } });
    expect(after.activities.length).toBeGreaterThan(1);
    expect(after.activities.slice(1).every((a) => a.replyToId === id && a.from?.role === 'bot')).toBe(true);
    expect(JSON.stringify(after.activities)).toMatch(/do you e-file/i);
    expect((await api.read(conversation, after.watermark)).activities).toEqual([]);
  });

  it('renders steps as Adaptive Cards for Direct Line clients', async () => {
    const conversation = await api.start();
    let set = await api.read(conversation);
    await api.say(conversation, 'how do I link my account');
    for (let i = 0; i < 8 && !JSON.stringify(set.activities).includes('Step 1 of 6'); i += 1) {
      set = await api.read(conversation, set.watermark);
      const buttons = set.activities.flatMap((a) => a.suggestedActions?.actions ?? []);
      if (buttons[0]) await api.say(conversation, String(buttons[0].value));
      set = { ...set, activities: [...set.activities, ...(await api.read(conversation, set.watermark)).activities] };
    }
    const card = set.activities.flatMap((a) => a.attachments ?? []).find((a) => JSON.stringify(a).includes('Step 1 of 6'));
    expect(card?.contentType).toBe('application/vnd.microsoft.card.adaptive');
  });

  it('refuses another conversation\'s token, a missing token and an unknown conversation', async () => {
    const a = await api.start();
    const b = await api.start();
    const path = `/conversations/${a.conversationId}/activities`;
    expect((await api.call('GET', path, b.token)).status).toBe(403);
    expect((await api.call('POST', path, b.token, { type: 'message', text: 'x' })).status).toBe(403);
    expect((await api.call('GET', `/conversations/${a.conversationId}`, b.token)).status).toBe(403);
    expect((await api.call('GET', path)).status).toBe(403);
    expect((await api.call('GET', path, 'not-a-token')).status).toBe(403);
    expect((await api.call('POST', '/tokens/generate', 'not-a-token', {})).status).toBe(403);
  });

  it('refreshes a token; the new one reads the same conversation', async () => {
    const conversation = await api.start();
    const refreshed = await api.call('POST', '/tokens/refresh', conversation.token);
    expect(refreshed.status).toBe(200);
    const fresh = refreshed.body as Started;
    expect(fresh.conversationId).toBe(conversation.conversationId);
    expect((await api.read({ ...conversation, token: fresh.token })).activities.length).toBeGreaterThan(0);
    expect((await api.call('POST', '/tokens/refresh', 'expired-or-unknown')).status).toBe(403);
  });

  it('throttles token refreshes per conversation (each mints a token): a few, then 429 with Retry-After', async () => {
    const conversation = await api.start();
    const statuses: number[] = [];
    for (let i = 0; i < 8; i += 1) statuses.push((await api.call('POST', '/tokens/refresh', conversation.token)).status);
    expect(statuses.slice(0, 2)).toEqual([200, 200]);
    expect(statuses.slice(-3)).toEqual([429, 429, 429]);
    expect((await api.read(conversation)).activities.length).toBeGreaterThan(0);
  });

  it('allows a few streams per conversation, not unlimited', async () => {
    const conversation = await api.start();
    const sockets = Array.from({ length: 6 }, () => new WebSocket(conversation.streamUrl!));
    const outcomes = await Promise.all(sockets.map((socket) => new Promise<string>((resolve) => {
      socket.on('error', () => undefined);
      socket.once('open', () => resolve('open'));
      socket.once('unexpected-response', (_req, res) => resolve(String(res.statusCode)));
    })));
    expect(outcomes.filter((outcome) => outcome === 'open').length).toBeLessThanOrEqual(4);
    expect(outcomes).toContain('429');
    for (const socket of sockets) socket.terminate();
  });

  it('gives reconnect information, refuses uploads and malformed activities', async () => {
    const conversation = await api.start();
    const reconnect = await api.call('GET', `/conversations/${conversation.conversationId}?watermark=1`, conversation.token);
    expect((reconnect.body as Started).streamUrl).toContain('watermark=1');
    expect((await api.call('POST', `/conversations/${conversation.conversationId}/upload?userId=u`, conversation.token, {})).status).toBe(415);
    expect((await api.call('POST', `/conversations/${conversation.conversationId}/activities`, conversation.token, { type: 'invoke' })).status).toBe(400);
  });

  it('streams over WebSocket: backlog first, then the user\'s activity and the replies', async () => {
    const conversation = await api.start();
    const socket = new WebSocket(conversation.streamUrl!);
    const sets: ActivitySet[] = [];
    socket.on('message', (data) => { if (String(data)) sets.push(JSON.parse(String(data)) as ActivitySet); });
    await new Promise((resolve, reject) => { socket.once('open', resolve); socket.once('error', reject); });
    await api.say(conversation, 'I forgot my PACER password');
    await eventually(() => sets.flatMap((s) => s.activities).some((a) => a.from?.role === 'bot' && a.replyToId));
    const streamed = sets.flatMap((s) => s.activities);
    expect(streamed[0]!.from?.role).toBe('bot');
    expect(streamed.some((a) => a.text === 'I forgot my PACER password')).toBe(true);
    socket.close();
  });

  it('refuses a WebSocket stream with another conversation\'s token', async () => {
    const a = await api.start();
    const b = await api.start();
    const socket = new WebSocket(a.streamUrl!.replace(/t=[^&]+/, `t=${b.token}`));
    socket.on('error', () => undefined);
    const status = await new Promise<number>((resolve) => socket.on('unexpected-response', (_req, res) => resolve(res.statusCode ?? 0)));
    expect(status).toBe(403);
    socket.terminate();
  });
});

describe('built-in Direct Line on a public address', () => {
  it('without DIRECTLINE_SECRET: creates nothing, and the page gets no token', async () => {
    // A public HOST needs Bot Framework credentials when no Direct Line secret is set (see bot/platform/config.ts).
    const server = await startTestServer({ HOST: '0.0.0.0', MicrosoftAppId: 'app-id', MicrosoftAppPassword: 'app-password' });
    try {
      expect((await client(server.url).call('POST', '/tokens/generate', undefined, {})).status).toBe(401);
      expect((await client(server.url).call('POST', '/conversations', undefined, {})).status).toBe(401);
      expect((await fetch(`${server.url}/api/directline/token`, { method: 'POST' })).status).toBe(503);
    } finally {
      await server.close();
    }
  });

  it('with DIRECTLINE_SECRET: the secret creates conversations, and the page still gets tokens (the secret stays on the server)', async () => {
    const server = await startTestServer({ HOST: '0.0.0.0', DIRECTLINE_SECRET: SECRET });
    try {
      const api = client(server.url);
      expect((await api.call('POST', '/tokens/generate', undefined, {})).status).toBe(401);
      expect((await api.call('POST', '/tokens/generate', SECRET, {})).status).toBe(200);
      const started = await api.call('POST', '/conversations', SECRET, {});
      expect(started.status).toBe(201);
      const { conversationId } = started.body as Started;
      expect((await api.call('GET', `/conversations/${conversationId}/activities`, SECRET)).status).toBe(200);
      const page = await fetch(`${server.url}/api/directline/token`, { method: 'POST' });
      const body = await page.text();
      expect(page.status).toBe(200);
      expect(body).not.toContain(SECRET);
      expect(JSON.parse(body)).toMatchObject({ domain: '/v3/directline', userId: expect.stringMatching(/^web_/) });
    } finally {
      await server.close();
    }
  });

  it.each(HOSTS)('works with Bot Framework credentials configured (the turn is authenticated as the bot itself; %s host)', async (sdk) => {
    const server = await startTestServer({ BOT_SDK: sdk, MicrosoftAppId: '00000000-0000-0000-0000-0000000000b0', MicrosoftAppPassword: 'not-a-real-password' });
    try {
      const api = client(server.url);
      const conversation = await api.start();
      expect((await api.say(conversation, 'how do I link my account')).status).toBe(200);
      expect(JSON.stringify((await api.read(conversation)).activities)).toMatch(/do you e-file/i);
    } finally {
      await server.close();
    }
  });
});
