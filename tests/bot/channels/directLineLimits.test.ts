import type { Activity } from '../../../bot/platform/activity';
import type { TableLimits } from '../../../bot/channels/directline/conversationTable';
import { DEFAULT_LIMITS, DirectLineService, type Access, type DeliverToBot } from '../../../bot/channels/directline/directLineService';
import { TokenStore } from '../../../bot/channels/directline/tokens';

/** The built-in Direct Line with a fake bot (echo plus a card-sized reply) and a clock the test moves. */
function setup(limits: Partial<TableLimits> = {}) {
  let now = Date.UTC(2026, 0, 1);
  const deliver: DeliverToBot = async (activity: Partial<Activity>) =>
    (activity.type === 'message' ? [{ type: 'message', text: `echo ${activity.text}`, value: { card: 'x'.repeat(500) } }] : []);
  const service = new DirectLineService(deliver, { tokenLifetimeSeconds: 1800, bot: { id: 'bot', name: 'Bot' }, now: () => now, allowAnonymous: true, limits });
  const open = async (owner?: string) => {
    const { conversationId, token } = service.generateToken({ kind: 'none' }, undefined, owner);
    const access: Access = { kind: 'token', token, grant: service.tokens.verify(token)! };
    await service.startConversation(access, {});
    return { conversationId, access, say: (text: string) => service.postActivity(access, conversationId, { type: 'message', text }) };
  };
  const exists = (conversationId: string) => service.hasConversation(conversationId);
  return { service, open, exists, advance: (ms: number) => { now += ms; } };
}

describe('Direct Line memory is bounded by size, not only by count', () => {
  it('one conversation keeps at most its share of characters, however long the messages', async () => {
    const { service, open } = setup({ history: { maxActivities: 1000, maxChars: 20_000 } });
    const chat = await open();
    for (let i = 0; i < 50; i += 1) await chat.say(`${i} ${'w'.repeat(9000)}`);
    expect(service.historyChars).toBeLessThanOrEqual(20_000 + 10_000);
    const kept = service.activities(chat.access, chat.conversationId, undefined);
    expect(kept.activities.at(-1)?.text).toMatch(/^echo 49 /);
    expect(kept.watermark).toBe(String(50 * 2));
  });

  it('all conversations together stay within the budget: idle ones are forgotten, a streamed one only shortened', async () => {
    const { service, open, exists } = setup({ maxTotalChars: 200_000 });
    const streamed = await open();
    const unsubscribe = service.conversationFor(streamed.access, streamed.conversationId).subscribe(() => undefined);
    await streamed.say('first');
    const idle: string[] = [];
    for (let i = 0; i < 60; i += 1) {
      const chat = await open();
      idle.push(chat.conversationId);
      for (let turn = 0; turn < 5; turn += 1) await chat.say('t'.repeat(2000));
      expect(service.historyChars).toBeLessThanOrEqual(200_000);
    }
    expect(exists(streamed.conversationId)).toBe(true);
    expect(exists(idle[0]!)).toBe(false);
    expect(exists(idle.at(-1)!)).toBe(true);
    unsubscribe();
  });
});

describe('the conversation table cannot be exhausted', () => {
  it('a full table still gives every new page a conversation, forgetting the least recently used idle one', async () => {
    const { service, open, exists } = setup({ maxConversations: 20 });
    const streamed = await open();
    service.conversationFor(streamed.access, streamed.conversationId).subscribe(() => undefined);
    const flood = [];
    for (let i = 0; i < 100; i += 1) flood.push((await open()).conversationId);
    expect(service.conversationCount).toBe(20);
    const later = await open();
    expect(await later.say('hello')).toHaveProperty('id');
    expect(exists(streamed.conversationId)).toBe(true);
    expect(exists(flood[0]!)).toBe(false);
  });

  it('one client holds at most its share; its flood never pushes out another client\'s conversation', async () => {
    const { service, open, exists } = setup({ perOwner: 5 });
    const other = await open('198.51.100.2');
    for (let i = 0; i < 50; i += 1) await open('203.0.113.7');
    expect(service.conversationCount).toBe(6);
    expect(exists(other.conversationId)).toBe(true);
  });

  it('forgets never-started conversations after minutes and idle ones well before an hour, never one with a stream open', async () => {
    const { service, open, exists, advance } = setup();
    const minted = service.newConversationToken('web_x', '203.0.113.9');
    const idle = await open();
    const streamed = await open();
    service.conversationFor(streamed.access, streamed.conversationId).subscribe(() => undefined);
    advance(DEFAULT_LIMITS.unstartedMs + 1000);
    service.sweep();
    expect(exists(minted.conversationId)).toBe(false);
    expect(exists(idle.conversationId)).toBe(true);
    advance(DEFAULT_LIMITS.idleMs);
    service.sweep();
    expect(DEFAULT_LIMITS.idleMs).toBeLessThanOrEqual(30 * 60_000);
    expect(exists(idle.conversationId)).toBe(false);
    expect(exists(streamed.conversationId)).toBe(true);
    expect(service.tokens.verify(minted.token)).toBeUndefined();
  });
});

describe('TokenStore', () => {
  it('keeps a few live tokens per conversation however often it is refreshed, and a bounded number in all', () => {
    const now = 1_000;
    const tokens = new TokenStore(1_800_000, () => now, { perConversation: 4, total: 100 });
    let token = tokens.issue('c1').token;
    for (let i = 0; i < 1000; i += 1) token = tokens.refresh(token)!.token;
    expect(tokens.size).toBe(4);
    expect(tokens.verify(token)?.conversationId).toBe('c1');
    for (let i = 0; i < 500; i += 1) tokens.issue(`conversation-${i}`);
    expect(tokens.size).toBe(100);
    tokens.revokeConversation('conversation-499');
    expect(tokens.size).toBe(99);
  });
});
