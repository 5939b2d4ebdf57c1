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
});
