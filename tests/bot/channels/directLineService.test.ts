import type { Activity } from '../../../bot/platform/activity';
import { DirectLineError, DirectLineService, type Access, type DeliverToBot } from '../../../bot/channels/directline/directLineService';

/** The built-in Direct Line without HTTP: a fake bot that echoes, and a clock the test moves. */
function setup(options: { maxActivities?: number; allowAnonymous?: boolean } = {}) {
  let now = Date.UTC(2026, 0, 1);
  const seen: Partial<Activity>[] = [];
  const deliver: DeliverToBot = async (activity) => {
    seen.push(activity);
    if (activity.type === 'conversationUpdate') return [{ type: 'message', text: 'welcome' }];
    return [{ type: 'message', text: `echo ${activity.text}` }, { type: 'trace', name: 'internal' }];
  };
  const service = new DirectLineService(deliver, {
    tokenLifetimeSeconds: 1800, bot: { id: 'bot', name: 'Bot' }, now: () => now,
    allowAnonymous: options.allowAnonymous ?? true,
    limits: options.maxActivities === undefined ? undefined : { history: { maxActivities: options.maxActivities, maxChars: 1_000_000 } },
  });
  const tokenAccess = (token: string): Access => {
    const grant = service.tokens.verify(token);
    return grant ? { kind: 'token', token, grant } : { kind: 'invalid' };
  };
  return { service, seen, tokenAccess, advance: (ms: number) => { now += ms; } };
}

const statusOf = (work: () => unknown): number | undefined => {
  try {
    work();
  } catch (error) {
    return error instanceof DirectLineError ? error.status : -1;
  }
  return undefined;
};

describe('DirectLineService', () => {
  it('issues unguessable ids and tokens: 144-bit conversation ids, 256-bit tokens, all distinct', () => {
    const { service } = setup();
    const issued = Array.from({ length: 50 }, () => service.generateToken({ kind: 'none' }));
    expect(new Set(issued.map((t) => t.conversationId)).size).toBe(50);
    expect(new Set(issued.map((t) => t.token)).size).toBe(50);
    for (const t of issued) {
      expect(t.conversationId).toMatch(/^[\w-]{24}$/);
      expect(t.token).toMatch(/^[\w-]{43}$/);
      expect(t.expires_in).toBe(1800);
    }
  });

  it('needs the secret to create conversations unless anonymous access is allowed', () => {
    const { service } = setup({ allowAnonymous: false });
    expect(statusOf(() => service.generateToken({ kind: 'none' }))).toBe(401);
    expect(statusOf(() => service.generateToken({ kind: 'invalid' }))).toBe(403);
    expect(statusOf(() => service.generateToken({ kind: 'secret' }))).toBeUndefined();
  });

  it('starts once, tells the bot, then keeps the user activity and the replies in order with watermarks', async () => {
    const { service, seen, tokenAccess } = setup();
    const { conversationId, token } = service.generateToken({ kind: 'none' }, 'web_user1');
    const access = tokenAccess(token);
    expect((await service.startConversation(access, {})).created).toBe(true);
    expect((await service.startConversation(access, {})).created).toBe(false);
    expect(seen[0]).toMatchObject({ type: 'conversationUpdate', membersAdded: [{ id: 'bot' }, { id: 'web_user1' }] });
    const { id } = await service.postActivity(access, conversationId, { type: 'message', text: 'hi', from: { id: 'someone-else' } });
    const all = service.activities(access, conversationId, undefined);
    expect(all.activities.map((a) => [a.from?.role, a.text])).toEqual([['bot', 'welcome'], ['user', 'hi'], ['bot', 'echo hi']]);
    expect(all.activities[1]).toMatchObject({ id, from: { id: 'web_user1' }, channelId: 'directline', textFormat: 'plain' });
    expect(all.activities[2]!.replyToId).toBe(id);
    expect(all.watermark).toBe('3');
    expect(service.activities(access, conversationId, '2').activities.map((a) => a.text)).toEqual(['echo hi']);
    expect(service.activities(access, conversationId, '3').activities).toEqual([]);
  });

  it('never lets a token read or write another conversation', async () => {
    const { service, tokenAccess } = setup();
    const a = service.generateToken({ kind: 'none' });
    const b = service.generateToken({ kind: 'none' });
    await service.startConversation(tokenAccess(a.token), {});
    expect(statusOf(() => service.activities(tokenAccess(b.token), a.conversationId, undefined))).toBe(403);
    await expect(service.postActivity(tokenAccess(b.token), a.conversationId, { type: 'message', text: 'x' })).rejects.toMatchObject({ status: 403 });
    expect(statusOf(() => service.reconnect(tokenAccess(b.token), a.conversationId))).toBe(403);
    expect(statusOf(() => service.activities({ kind: 'none' }, a.conversationId, undefined))).toBe(403);
    expect(statusOf(() => service.activities({ kind: 'secret' }, 'no-such-conversation', undefined))).toBe(404);
  });

  it('expires tokens, and refreshes them before they expire', async () => {
    const { service, tokenAccess, advance } = setup();
    const first = service.generateToken({ kind: 'none' });
    advance(1000 * 1000);
    const refreshed = service.refreshToken(tokenAccess(first.token));
    expect(refreshed.conversationId).toBe(first.conversationId);
    expect(refreshed.token).not.toBe(first.token);
    advance(900 * 1000);
    expect(service.tokens.verify(first.token)).toBeUndefined();
    expect(statusOf(() => service.refreshToken(tokenAccess(first.token)))).toBe(403);
    expect(service.tokens.verify(refreshed.token)?.conversationId).toBe(first.conversationId);
    advance(901 * 1000);
    expect(service.tokens.verify(refreshed.token)).toBeUndefined();
  });

  it('forgets idle conversations and their tokens; keeps at most N activities with absolute watermarks', async () => {
    const { service, tokenAccess, advance } = setup({ maxActivities: 4 });
    const { conversationId, token } = service.generateToken({ kind: 'none' });
    const access = tokenAccess(token);
    for (const text of ['1', '2', '3']) await service.postActivity(access, conversationId, { type: 'message', text, from: { id: 'u' } });
    const kept = service.activities(access, conversationId, undefined);
    expect(kept.watermark).toBe('7');
    expect(kept.activities.map((a) => a.text)).toEqual(['2', 'echo 2', '3', 'echo 3']);
    expect(service.activities(access, conversationId, '6').activities.map((a) => a.text)).toEqual(['echo 3']);
    advance(61 * 60_000);
    service.sweep();
    expect(service.conversationCount).toBe(0);
    expect(service.tokens.size).toBe(0);
  });

  it('refuses activity types a client may not send, and strips what a user may not set', async () => {
    const { service, tokenAccess } = setup();
    const { conversationId, token } = service.generateToken({ kind: 'none' });
    const access = tokenAccess(token);
    await expect(service.postActivity(access, conversationId, { type: 'invoke' })).rejects.toThrow(/type/);
    await service.postActivity(access, conversationId, {
      type: 'message', text: 'hi', from: { id: 'u', role: 'bot' }, attachments: [{ contentType: 'text/html', content: '<b>' }],
      channelData: { clientActivityID: 'c1', admin: true }, serviceUrl: 'http://evil.example', value: { text: 'hi' },
    });
    const posted = service.activities(access, conversationId, undefined).activities.find((a) => a.text === 'hi')!;
    expect(posted.from?.role).toBe('user');
    expect(posted.attachments).toBeUndefined();
    expect(posted.channelData).toEqual({ clientActivityID: 'c1' });
    expect(posted.value).toEqual({ text: 'hi' });
    expect(JSON.stringify(posted)).not.toContain('evil.example');
  });

  it('runs one conversation\'s turns in the order they were posted', async () => {
    const { service, tokenAccess } = setup();
    const { conversationId, token } = service.generateToken({ kind: 'none' });
    const access = tokenAccess(token);
    await Promise.all(['a', 'b', 'c', 'd'].map((text) => service.postActivity(access, conversationId, { type: 'message', text, from: { id: 'u' } })));
    const texts = service.activities(access, conversationId, undefined).activities.map((a) => a.text).filter((t) => t !== 'welcome');
    expect(texts).toEqual(['a', 'echo a', 'b', 'echo b', 'c', 'echo c', 'd', 'echo d']);
  });
});
