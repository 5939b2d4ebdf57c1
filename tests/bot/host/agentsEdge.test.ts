import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { HOSTS } from '../../helpers/hosts';
import { startTestServer } from '../../helpers/testServer';

/**
 * Activities real channels send that the Agents SDK's schema is stricter about than botbuilder: both hosts answer
 * them alike (empty optional strings are read as absent), and what the SDK cannot read is a 400 that names the field.
 */
describe.each(HOSTS)('%s host: activities at the edge', (sdk) => {
  let server: Awaited<ReturnType<typeof startTestServer>>;
  beforeAll(async () => { server = await startTestServer({ BOT_SDK: sdk }); }, 60_000);
  afterAll(async () => { await server.close(); });

  it('answers a Teams message whose conversation name and sender name are empty', async () => {
    const replies = await server.say('a:empty-names', 'how do I link my account', {
      channelId: 'msteams', from: { id: '29:user', name: '' }, conversation: { id: 'a:empty-names', conversationType: 'personal', name: '' },
    });
    expect(JSON.stringify(replies)).toMatch(/e-file/i);
    expect(replies.every((reply) => (reply as { channelId?: string }).channelId === 'msteams')).toBe(true);
  });

  // botbuilder reads it and ignores the attachment; the Agents SDK refuses the whole activity: a clear 400, not a 500.
  it('an attachment without a content type: botbuilder answers, the Agents SDK host says 400 naming the field', async () => {
    const response = await fetch(`${server.url}/api/messages`, {
      method: 'POST', headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        type: 'message', id: 'x', text: 'hi', deliveryMode: 'expectReplies', channelId: 'test', serviceUrl: 'http://127.0.0.1:9',
        from: { id: 'u' }, recipient: { id: 'bot' }, conversation: { id: 'bad-attachment' }, attachments: [{ name: 'a.txt' }],
      }),
    });
    expect(response.status).toBe(sdk === 'agents' ? 400 : 200);
    if (sdk === 'agents') expect(await response.json()).toMatchObject({ code: 'BadActivity', message: expect.stringMatching(/attachments/) });
  });

  // The hosts build a connector client only for a turn whose replies go to the channel; the Emulator's are posted to it.
  it('posts the replies of an Emulator message to the Emulator, and gives an expectReplies message its replies in the answer', async () => {
    const posted: { path: string; text?: string }[] = [];
    const emulator = createServer((request: IncomingMessage, response) => {
      let body = '';
      request.on('data', (chunk: Buffer) => { body += chunk.toString(); });
      request.on('end', () => {
        posted.push({ path: request.url ?? '', text: (JSON.parse(body) as { text?: string }).text });
        response.writeHead(200, { 'content-type': 'application/json' });
        response.end(JSON.stringify({ id: `r${posted.length}` }));
      });
    });
    await new Promise<void>((resolve) => emulator.listen(0, '127.0.0.1', resolve));
    const serviceUrl = `http://127.0.0.1:${(emulator.address() as AddressInfo).port}`;
    try {
      const toEmulator = await fetch(`${server.url}/api/messages`, {
        method: 'POST', headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          type: 'message', id: 'e1', text: 'how do I link my account', channelId: 'emulator', serviceUrl,
          from: { id: 'u' }, recipient: { id: 'bot' }, conversation: { id: 'emulator-delivery' },
        }),
      });
      expect(toEmulator.status).toBe(200);
      expect(posted.length).toBeGreaterThan(0);
      expect(posted.every((reply) => reply.path === '/v3/conversations/emulator-delivery/activities/e1')).toBe(true);
      expect(posted.map((reply) => reply.text).join(' ')).toMatch(/e-fil/i);

      const inAnswer = await server.say('emulator-delivery-2', 'how do I link my account', { serviceUrl });
      expect(JSON.stringify(inAnswer)).toMatch(/e-fil/i);
      expect(posted.every((reply) => reply.path.includes('/emulator-delivery/'))).toBe(true);
    } finally {
      emulator.closeAllConnections();
      await new Promise<void>((resolve) => emulator.close(() => resolve()));
    }
  });
});
