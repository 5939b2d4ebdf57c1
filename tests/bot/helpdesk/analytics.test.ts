import { MemoryStorage, type StoreItems } from 'botbuilder';
import { AnalyticsRecorder } from '../../../bot/helpdesk/analytics/analyticsRecorder';
import { analyticsKey, type DayStats } from '../../../dialogs/helpdesk/dayStats';
import { buildReport } from '../../../dialogs/helpdesk/deskReport';
import { createLogger } from '../../../bot/platform/logger';
import type { TurnResult } from '../../../dialogs/engine/replies';
import type { ConversationState } from '../../../dialogs/engine/state';
import { content } from '../../helpers/engineHarness';

const logger = createLogger('silent');
const NOW = new Date('2025-11-25T15:00:00Z');
const DAY = '2025-11-25';

/** Counts every call, and fails while `down`. */
class CountingStorage extends MemoryStorage {
  reads = 0;
  writes = 0;
  down = false;
  override async read(keys: string[]): Promise<StoreItems> {
    this.reads += 1;
    if (this.down) throw new Error('ECONNREFUSED');
    return super.read(keys);
  }
  override async write(changes: StoreItems): Promise<void> {
    this.writes += 1;
    return super.write(changes);
  }
}

function nodeAtStep(step: number): string {
  return [...content().procedure.flow.nodes.values()].find((node) => node.step === step)!.id;
}

function turn(action: string, extra: { intent?: string; step?: number; offered?: boolean } = {}): TurnResult<ConversationState> {
  const walkthrough = extra.step === undefined ? undefined
    : { flowId: 'procedure', nodeId: extra.step === 0 ? 'check_efiler' : nodeAtStep(extra.step), history: [] };
  const state: ConversationState = { misses: 0, walkthrough, ...(extra.offered ? { handoff: { phase: 'offered', reason: 'asked' } } : {}) };
  return { replies: [], buttons: [], state, trace: { action, intent: extra.intent, score: extra.intent ? 0.9 : undefined } };
}

async function stored(storage: MemoryStorage): Promise<DayStats> {
  const items = await storage.read([analyticsKey(DAY)]);
  return items[analyticsKey(DAY)] as DayStats;
}

describe('AnalyticsRecorder', () => {
  it('counts in memory only, then writes one document per day on flush', async () => {
    const storage = new CountingStorage();
    const recorder = new AnalyticsRecorder(storage, content(), logger, () => NOW);
    for (let i = 0; i < 100; i += 1) recorder.record({ conversationId: `c${i % 10}`, result: turn('answer', { intent: 'login_cookies' }), text: 'x' });
    expect(storage.reads + storage.writes).toBe(0);
    await recorder.flush();
    expect(storage.writes).toBe(1);
    expect(await stored(storage)).toMatchObject({ day: DAY, turns: 100, conversations: 10, topics: { login_cookies: 100 } });
  });

  it('counts the walkthrough funnel once per conversation, handoffs, and redacted unanswered questions', async () => {
    const storage = new MemoryStorage();
    const recorder = new AnalyticsRecorder(storage, content(), logger, () => NOW);
    recorder.record({ conversationId: 'a', result: turn('answer', { intent: 'start_linking', step: 0 }), text: 'how do i link' });
    recorder.record({ conversationId: 'a', result: turn('next', { step: 3 }), text: 'next' });
    recorder.record({ conversationId: 'a', result: turn('back', { step: 2 }), text: 'back' });
    recorder.record({ conversationId: 'a', result: turn('next', { step: 3 }), text: 'next' });
    recorder.record({ conversationId: 'b', result: turn('next', { step: 1 }), text: 'next' });
    recorder.record({ conversationId: 'b', result: turn('out_of_scope', { intent: 'out_of_scope', offered: true }), text: 'call me at 555-123-4567 about my jury summons' });
    recorder.record({ conversationId: 'b', result: turn('handoff_requested', { offered: false }), text: 'jane@firm.com', ticketOpened: true });
    await recorder.flush();
    const stats = await stored(storage);
    expect(stats.reached).toEqual({ 0: 2, 1: 2, 2: 1, 3: 1 });
    expect(stats).toMatchObject({ conversations: 2, handoffOffers: 1, handoffs: 1 });
    expect(stats.unanswered).toEqual([{ text: 'call me at [PHONE] about my jury summons', count: 1 }]);
    expect(JSON.stringify(stats)).not.toContain('jane@firm.com');
    const report = buildReport([stats], content());
    expect(report.funnel.slice(0, 4).map((step) => [step.reached, step.stoppedHere])).toEqual([[2, 0], [2, 1], [1, 0], [1, 1]]);
    expect(report.funnel[3]!.label).toMatch(/^Step 3: /);
  });

  it('merges counts from several instances flushing at once (eTag retry)', async () => {
    const storage = new MemoryStorage();
    const recorders = Array.from({ length: 5 }, () => new AnalyticsRecorder(storage, content(), logger, () => NOW));
    recorders.forEach((recorder, n) => recorder.record({ conversationId: `c${n}`, result: turn('out_of_scope', { intent: 'out_of_scope' }), text: 'same question' }));
    await Promise.all(recorders.map((recorder) => recorder.flush()));
    expect(await stored(storage)).toMatchObject({ turns: 5, conversations: 5, unanswered: [{ text: 'same question', count: 5 }] });
  });

  it('keeps the counts of a failed flush for the next one', async () => {
    const storage = new CountingStorage();
    const recorder = new AnalyticsRecorder(storage, content(), logger, () => NOW);
    recorder.record({ conversationId: 'a', result: turn('answer', { intent: 'thanks' }), text: 'thanks' });
    storage.down = true;
    await recorder.flush();
    recorder.record({ conversationId: 'b', result: turn('answer', { intent: 'thanks' }), text: 'thanks' });
    storage.down = false;
    await recorder.close();
    expect(await stored(storage)).toMatchObject({ turns: 2, conversations: 2, topics: { thanks: 2 } });
  });
});
