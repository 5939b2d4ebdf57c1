import type { Activity } from '../../../bot/platform/activity';
import { startTestServer } from '../../helpers/testServer';

/**
 * Nothing a user types comes back as markup: on every channel shape (Markdown text, Direct Line cards, Teams
 * cards), at every kind of moment (greeting, mid-walkthrough, unknown question, asking for a person), no reply
 * carries an HTML tag, a javascript: link, or the user's text unescaped.
 */
const PAYLOADS = [
  '<img src=x onerror=alert(1)>',
  '<script>alert(document.cookie)</script> how do I link my account',
  '[click me](javascript:alert(1)) I forgot my password',
  '**<b>bold</b>** ![x](https://evil.example/x.png) <a href="https://evil.example">link</a>',
  '"><svg onload=alert(1)> talk to a person',
];
const UNSAFE = /<\s*(img|script|svg|a|b|iframe)\b|javascript:|onerror=|onload=|evil\.example/i;

let server: Awaited<ReturnType<typeof startTestServer>>;
beforeAll(async () => { server = await startTestServer(); });
afterAll(async () => { await server.close(); });

async function viaMessages(channelId: string, conversationId: string, text: string): Promise<Partial<Activity>[]> {
  const teams = channelId === 'msteams';
  const response = await fetch(`${server.url}/api/messages`, {
    method: 'POST', headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      type: 'message', id: `m-${Math.random()}`, text, deliveryMode: 'expectReplies', channelId,
      serviceUrl: 'http://127.0.0.1:9', from: { id: 'user' }, recipient: { id: 'bot' },
      conversation: { id: conversationId, ...(teams ? { conversationType: 'personal' } : {}) },
    }),
  });
  return ((await response.json()) as { activities: Partial<Activity>[] }).activities;
}

async function viaDirectLine(text: string, session: { conversationId: string; token: string }): Promise<Partial<Activity>[]> {
  const base = `${server.url}/v3/directline/conversations/${session.conversationId}/activities`;
  const headers = { authorization: `Bearer ${session.token}`, 'content-type': 'application/json' };
  const before = ((await (await fetch(`${base}?watermark=`, { headers })).json()) as { watermark: string }).watermark;
  await fetch(base, { method: 'POST', headers, body: JSON.stringify({ type: 'message', text, from: { id: 'user' } }) });
  const after = (await (await fetch(`${base}?watermark=${before}`, { headers })).json()) as { activities: Partial<Activity>[] };
  return after.activities.filter((activity) => activity.from?.role === 'bot');
}

function expectSafe(replies: Partial<Activity>[], payload: string): void {
  expect(replies.length).toBeGreaterThan(0);
  for (const reply of replies) {
    const json = JSON.stringify({ text: reply.text, attachments: reply.attachments, suggestedActions: reply.suggestedActions, summary: reply.summary });
    expect({ payload, unsafe: UNSAFE.exec(json)?.[0] }).toEqual({ payload, unsafe: undefined });
    expect(json).not.toContain(payload);
  }
}

describe.each(['test', 'msteams'])('user text on %s', (channelId) => {
  it.each(PAYLOADS)('is never reflected as markup: %s', async (payload) => {
    const conversation = `${channelId}-${PAYLOADS.indexOf(payload)}`;
    expectSafe(await viaMessages(channelId, conversation, payload), payload);
    await viaMessages(channelId, conversation, 'how do I link my account');
    expectSafe(await viaMessages(channelId, conversation, payload), payload);
  });
});

describe('user text on Direct Line (cards)', () => {
  it.each(PAYLOADS)('is never reflected as markup: %s', async (payload) => {
    const session = (await (await fetch(`${server.url}/v3/directline/tokens/generate`, { method: 'POST' })).json()) as { conversationId: string; token: string };
    expectSafe(await viaDirectLine(payload, session), payload);
    await viaDirectLine('how do I link my account', session);
    expectSafe(await viaDirectLine(payload, session), payload);
    expectSafe(await viaDirectLine('I want to talk to a person', session), payload);
    expectSafe(await viaDirectLine(payload, session), payload);
  });
});
