import type { Content } from '../../../dialogs/content/types';
import type { TurnResult } from '../../../dialogs/engine/replies';
import type { ConversationState } from '../../../dialogs/engine/state';
import { redact } from '../../../dialogs/privacy/redact';
import { readItems, updateItem } from '../../storage/etagUpdate';
import type { Storage } from '../../storage/storageTypes';
import type { Logger } from '../../platform/logger';
import { DayDelta } from '../../../dialogs/helpdesk/dayDelta';
import { analyticsKey, dayOf, emptyDay, mergeDays, type DayStats } from '../../../dialogs/helpdesk/dayStats';

/** One turn as the recorder sees it; `text` is what the user typed (redacted here before it is kept). */
export interface TurnObservation {
  readonly conversationId: string;
  readonly result: TurnResult<ConversationState>;
  readonly text: string;
  /** A help-desk ticket was opened in this turn. */
  readonly ticketOpened?: boolean;
}

/** What is remembered per conversation and day, so per-conversation facts are counted once. */
interface Seen { maxStep: number; offered: boolean; handedOff: boolean }

const TOPIC_ACTIONS = new Set(['answer', 'button', 'out_of_scope', 'repeated_miss']);
const UNANSWERED_ACTIONS = new Set(['out_of_scope', 'repeated_miss']);
const UNANSWERED_LENGTH = 200;
const MAX_TRACKED = 50_000;

/**
 * Usage analytics for the clerks' report. `record` is synchronous and touches memory only (it runs on every
 * turn); `flush` merges the counts into one document per day (`analytics/YYYY-MM-DD`) under eTag retry, every few
 * seconds and on shutdown. A flush that fails keeps its counts for the next one.
 */
export class AnalyticsRecorder {
  private pending = new Map<string, DayDelta>();
  private readonly seen = new Map<string, Map<string, Seen>>();
  private flushing: Promise<void> = Promise.resolve();
  private timer?: NodeJS.Timeout;

  constructor(
    private readonly storage: Storage,
    private readonly content: Content,
    private readonly logger: Logger,
    private readonly now: () => Date = () => new Date(),
  ) {}

  start(flushEveryMs: number): void {
    // unref: the timer alone never keeps the process (or a test run) alive.
    this.timer ??= setInterval(() => void this.flush(), flushEveryMs).unref();
  }

  async close(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
    await this.flush();
  }

  record(turn: TurnObservation): void {
    const day = dayOf(this.now());
    const delta = this.deltaFor(day);
    const seen = this.seenFor(day, turn.conversationId, delta);
    const { trace, state } = turn.result;
    delta.turns += 1;
    if (trace.intent !== undefined && TOPIC_ACTIONS.has(trace.action)) delta.topic(trace.intent);
    const step = this.stepOf(state);
    for (let reached = seen.maxStep + 1; reached <= step; reached += 1) delta.reachedStep(reached);
    seen.maxStep = Math.max(seen.maxStep, step);
    if (state.handoff?.phase === 'offered' && !seen.offered) {
      seen.offered = true;
      delta.handoffOffers += 1;
    }
    if (turn.ticketOpened && !seen.handedOff) {
      seen.handedOff = true;
      delta.handoffs += 1;
    }
    if (UNANSWERED_ACTIONS.has(trace.action)) delta.unansweredText(cleanText(turn.text));
  }

  /** Writes what was recorded since the last flush. Flushes run one at a time. */
  flush(): Promise<void> {
    this.flushing = this.flushing.then(() => this.flushOnce());
    return this.flushing;
  }

  /** Stored counts for the given days (after a flush, so the report includes the latest turns). */
  async read(days: readonly string[]): Promise<DayStats[]> {
    await this.flush();
    const found = await readItems<DayStats>(this.storage, days.map(analyticsKey));
    return days.map((day) => found.get(analyticsKey(day)) ?? emptyDay(day));
  }

  private async flushOnce(): Promise<void> {
    const batch = this.pending;
    this.pending = new Map();
    for (const [day, delta] of batch) {
      const stats = delta.toStats();
      try {
        await updateItem<DayStats>(this.storage, analyticsKey(day), (current) => mergeDays(current ?? emptyDay(day), stats));
      } catch (error) {
        this.logger.warn({ day, reason: (error as Error).message }, 'analytics flush failed; counts kept for the next one');
        this.keepForLater(day, stats);
      }
    }
  }

  /** Puts unwritten counts back: a later flush writes them with whatever arrived meanwhile. */
  private keepForLater(day: string, stats: DayStats): void {
    const arrived = this.pending.get(day);
    this.pending.set(day, DayDelta.from(arrived ? mergeDays(stats, arrived.toStats()) : stats));
  }

  private deltaFor(day: string): DayDelta {
    let delta = this.pending.get(day);
    if (!delta) {
      delta = new DayDelta(day);
      this.pending.set(day, delta);
    }
    return delta;
  }

  private seenFor(day: string, conversationId: string, delta: DayDelta): Seen {
    let today = this.seen.get(day);
    if (!today) {
      // A new day: forget conversations of days before yesterday, so memory stays bounded.
      for (const old of [...this.seen.keys()].filter((known) => known < day).slice(0, -1)) this.seen.delete(old);
      today = new Map();
      this.seen.set(day, today);
    }
    let seen = today.get(conversationId);
    if (!seen) {
      seen = { maxStep: -1, offered: false, handedOff: false };
      delta.conversations += 1;
      if (today.size >= MAX_TRACKED) today.delete(today.keys().next().value as string);
      today.set(conversationId, seen);
    }
    return seen;
  }

  /** The walkthrough step the conversation is at: 0 before step 1, -1 outside the walkthrough. */
  private stepOf(state: ConversationState): number {
    const at = state.walkthrough;
    if (!at || at.flowId !== 'procedure') return -1;
    return this.content.procedure.flow.nodes.get(at.nodeId)?.step ?? 0;
  }
}

function cleanText(text: string): string {
  return redact(text).replace(/\s+/g, ' ').trim().slice(0, UNANSWERED_LENGTH);
}
