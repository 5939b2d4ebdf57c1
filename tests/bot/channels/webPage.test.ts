import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gunzipSync } from 'node:zlib';
import { webChatBundle } from '../../../bot/channels/web/webRoutes';
import { startTestServer } from '../../helpers/testServer';

/** The help page and its token endpoint, locally and with the Azure token exchange (against a fake Azure). */
describe('help page', () => {
  let server: Awaited<ReturnType<typeof startTestServer>>;
  beforeAll(async () => { server = await startTestServer(); });
  afterAll(async () => { await server.close(); });

  it('serves an accessible page skeleton under a strict Content-Security-Policy', async () => {
    const response = await fetch(`${server.url}/`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/html/);
    expect(response.headers.get('content-security-policy')).toMatch(/script-src 'self'(;|$)/);
    const html = await response.text();
    expect(html).toMatch(/<html lang="en">/);
    for (const landmark of ['<header', '<main', '<footer', '<h1', 'class="skip-link" href="#chat"']) expect(html).toContain(landmark);
    // Every script is a file from this server: no inline script, no CDN.
    const scripts = [...html.matchAll(/<script\b([^>]*)>/g)].map((match) => match[1]!);
    expect(scripts).toEqual([' src="/web/webchat.js" defer', ' src="/web/chat.js" defer']);
    expect(html).not.toMatch(/https?:\/\/(?!www\.w3\.org)/);
  });

  it('serves the official Web Chat bundle from node_modules, gzipped when asked', async () => {
    const response = await fetch(`${server.url}/web/webchat.js`, { headers: { 'accept-encoding': 'gzip' } });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/javascript/);
    const body = Buffer.from(await response.arrayBuffer());
    // fetch decodes gzip itself; either way the bytes are the package's bundle.
    const bytes = response.headers.get('content-encoding') === 'gzip' && body[0] === 0x1f ? gunzipSync(body) : body;
    expect(bytes.equals(readFileSync(webChatBundle()))).toBe(true);
    for (const asset of ['/web/chat.js', '/web/chat.css']) expect((await fetch(`${server.url}${asset}`)).status).toBe(200);
  });

  it('hands the page a token for the built-in Direct Line, which starts a conversation', async () => {
    const response = await fetch(`${server.url}/api/directline/token`, { method: 'POST' });
    expect(response.headers.get('cache-control')).toBe('no-store');
    const session = (await response.json()) as { token: string; conversationId: string; domain: string; userId: string; expires_in: number };
    expect(session).toMatchObject({ domain: '/v3/directline', userId: expect.stringMatching(/^web_[\w-]{16}$/), expires_in: 1800 });
    const started = await fetch(`${server.url}${session.domain}/conversations`, { method: 'POST', headers: { authorization: `Bearer ${session.token}` } });
    expect(started.status).toBe(201);
    expect(((await started.json()) as { conversationId: string }).conversationId).toBe(session.conversationId);
  });
});

describe('Azure Direct Line token exchange', () => {
  const SECRET = 'azure-direct-line-channel-secret';
  let azure: Server;
  let azureUrl: string;
  let answer: { status: number; body: unknown };
  const calls: { url?: string; authorization?: string; body: unknown }[] = [];

  beforeAll(async () => {
    azure = createServer((req: IncomingMessage, res) => {
      let raw = '';
      req.on('data', (chunk) => { raw += chunk; });
      req.on('end', () => {
        calls.push({ url: req.url, authorization: req.headers.authorization, body: raw ? JSON.parse(raw) : undefined });
        res.writeHead(answer.status, { 'content-type': 'application/json' });
        res.end(JSON.stringify(answer.body));
      });
    });
    await new Promise<void>((resolve) => azure.listen(0, '127.0.0.1', resolve));
    azureUrl = `http://127.0.0.1:${(azure.address() as AddressInfo).port}/v3/directline`;
  });
  afterAll(async () => { await new Promise((resolve) => azure.close(resolve)); });

  it('gets the token from Azure with the secret, and gives the page only the token', async () => {
    answer = { status: 200, body: { conversationId: 'azure-conversation', token: 'azure-token', expires_in: 3600 } };
    const server = await startTestServer({ AZURE_DIRECTLINE_SECRET: SECRET, AZURE_DIRECTLINE_ENDPOINT: azureUrl });
    try {
      const response = await fetch(`${server.url}/api/directline/token`, { method: 'POST' });
      const text = await response.text();
      expect(response.status).toBe(200);
      expect(text).not.toContain(SECRET);
      const session = JSON.parse(text) as { userId: string };
      expect(session).toMatchObject({ token: 'azure-token', conversationId: 'azure-conversation', expires_in: 3600, domain: azureUrl });
      expect(session.userId).toMatch(/^dl_/);
      expect(calls.at(-1)).toEqual({ url: '/v3/directline/tokens/generate', authorization: `Bearer ${SECRET}`, body: { user: { id: session.userId } } });
      const page = await fetch(`${server.url}/`);
      expect(page.headers.get('content-security-policy')).toContain(`connect-src 'self' ${new URL(azureUrl).origin} wss://${new URL(azureUrl).host}`);
    } finally {
      await server.close();
    }
  });

  it('answers 503 without details when Azure refuses', async () => {
    answer = { status: 403, body: { error: { code: 'Forbidden', message: `bad secret ${SECRET}` } } };
    const server = await startTestServer({ AZURE_DIRECTLINE_SECRET: SECRET, AZURE_DIRECTLINE_ENDPOINT: azureUrl });
    try {
      const response = await fetch(`${server.url}/api/directline/token`, { method: 'POST' });
      expect(response.status).toBe(503);
      expect(await response.text()).not.toContain(SECRET);
    } finally {
      await server.close();
    }
  });
});
