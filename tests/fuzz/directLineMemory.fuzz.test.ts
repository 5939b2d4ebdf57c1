import type { Activity } from '../../bot/platform/activity';
import fc from 'fast-check';
import { DirectLineService, type Access, type DeliverToBot } from '../../bot/channels/directline/directLineService';

/**
 * Long random runs against the built-in Direct Line (a fake bot that answers with a card-sized reply, a clock the
 * run moves): visitors from a few clients open conversations, post messages of any size, open and close streams,
 * refresh tokens and go idle, in any order. After every step, nothing in memory is over its bound, and a new page
 * always gets a working conversation.
 */
const LIMITS = { maxConversations: 40, perOwner: 8, maxTotalChars: 250_000, history: { maxActivities: 30, maxChars: 40_000 }, idleMs: 20 * 60_000, unstartedMs: 5 * 60_000 };
/** The largest single activity the service accepts (text 10,000 and value 4,096 characters, plus the envelope). */
const LARGEST_ACTIVITY = 16_000;

type Step =
  | { kind: 'open'; owner: number }
  | { kind: 'post'; which: number; chars: number; valueChars: number }
  | { kind: 'stream'; which: number }
  | { kind: 'unstream'; which: number }
  | { kind: 'refresh'; which: number }
  | { kind: 'wait'; minutes: number };

const step: fc.Arbitrary<Step> = fc.oneof(
  fc.record({ kind: fc.constant('open' as const), owner: fc.nat(5) }),
  fc.record({ kind: fc.constant('post' as const), which: fc.nat(200), chars: fc.nat(12_000), valueChars: fc.nat(5_000) }),
  fc.record({ kind: fc.constant('stream' as const), which: fc.nat(200) }),
  fc.record({ kind: fc.constant('unstream' as const), which: fc.nat(200) }),
  fc.record({ kind: fc.constant('refresh' as const), which: fc.nat(200) }),
  fc.record({ kind: fc.constant('wait' as const), minutes: fc.integer({ min: 1, max: 30 }) }),
);

interface Visit { readonly conversationId: string; readonly token: string; readonly owner: string; streams: (() => void)[] }

async function run(steps: readonly Step[]): Promise<void> {
  let now = Date.UTC(2026, 0, 1);
  const deliver: DeliverToBot = async (activity: Partial<Activity>) =>
    (activity.type === 'message' ? [{ type: 'message', text: `echo ${String(activity.text).slice(0, 50)}`, attachments: [{ contentType: 'card', content: { body: 'b'.repeat(1500) } }] }] : []);
  const service = new DirectLineService(deliver, { tokenLifetimeSeconds: 1800, bot: { id: 'bot', name: 'Bot' }, now: () => now, allowAnonymous: true, limits: LIMITS });
  const visits: Visit[] = [];
  const access = (visit: Visit): Access => {
    const grant = service.tokens.verify(visit.token);
    return grant ? { kind: 'token', token: visit.token, grant } : { kind: 'invalid' };
  };
  for (const next of steps) {
    const visit = visits.length > 0 ? visits[('which' in next ? next.which : 0) % visits.length]! : undefined;
    if (next.kind === 'open') {
      const owner = `203.0.113.${next.owner}`;
      const issued = service.newConversationToken(`web_${visits.length}`, owner);
      visits.push({ conversationId: issued.conversationId, token: issued.token, owner, streams: [] });
    } else if (next.kind === 'wait') {
      now += next.minutes * 60_000;
      service.sweep();
    } else if (visit && service.hasConversation(visit.conversationId)) {
      await act(next, visit);
    }
    checkBounds();
  }

  async function act(next: Step, visit: Visit): Promise<void> {
    const caller = access(visit);
    if (next.kind === 'post') {
      await service.postActivity(caller, visit.conversationId, { type: 'message', text: 'w'.repeat(next.chars), value: { v: 'v'.repeat(next.valueChars) } }).catch(() => undefined);
    } else if (next.kind === 'stream' && caller.kind === 'token') {
      visit.streams.push(service.conversationFor(caller, visit.conversationId).subscribe(() => undefined));
    } else if (next.kind === 'unstream') {
      visit.streams.pop()?.();
    } else if (next.kind === 'refresh' && caller.kind === 'token') {
      service.refreshToken(caller);
    }
  }

  function checkBounds(): void {
    expect(service.conversationCount).toBeLessThanOrEqual(LIMITS.maxConversations);
    expect(service.historyChars).toBeLessThanOrEqual(LIMITS.maxTotalChars + 2 * LARGEST_ACTIVITY);
    expect(service.tokens.size).toBeLessThanOrEqual(4 * LIMITS.maxConversations + visits.length);
    for (const owner of new Set(visits.map((visit) => visit.owner))) {
      const held = visits.filter((visit) => visit.owner === owner && service.hasConversation(visit.conversationId)).length;
      expect(held).toBeLessThanOrEqual(LIMITS.perOwner);
    }
  }
}

describe('built-in Direct Line memory under long random use', () => {
  it('keeps every structure within its bound and always opens a new conversation', async () => {
    await fc.assert(fc.asyncProperty(fc.array(step, { minLength: 50, maxLength: 600 }), run), { numRuns: 40 });
  });
});
