import type { Content } from '../../../dialogs/content/types';
import type { TurnResult } from '../../../dialogs/engine/replies';
import type { ConversationState } from '../../../dialogs/engine/state';
import { redact } from '../../../dialogs/privacy/redact';
import { readItems, updateItem } from '../../storage/etagUpdate';
import type { Storage } from '../../storage/storageTypes';
import type { Logger } from '../../platform/logger';
import { DayDelta } from '../../../dialogs/helpdesk/dayDelta';
import { analyticsKey, dayOf, emptyDay, mergeDays, type DayStats } from '../../../dialogs/helpdesk/dayStats';
import { answerOfTurn, refKey, topicStartRef, type AnswerRef } from '../../../dialogs/helpdesk/answerRef';
import { outcomeKey, outcomeOf, type ConversationFacts } from '../../../dialogs/helpdesk/outcome';

/** One turn as the recorder sees it; `text` is what the user typed (redacted here before it is kept). */
export interface TurnObservation {
  readonly conversationId: string;
  readonly result: TurnResult<ConversationState>;
  readonly text: string;
  /** A help-desk ticket was opened in this turn. */
  readonly ticketOpened?: boolean;
}

/** A user's rating of an answer; `comment` ("what was wrong?") is redacted here before it is kept. */
export interface RatingObservation {
  readonly conversationId: string;
  readonly ref: AnswerRef;
  readonly helpful: boolean;
  readonly comment?: string;
}

/** What is remembered per conversation and day, so per-conversation facts are counted once. */
interface Seen extends ConversationFacts {
  maxStep: number;
  offered: boolean;
  ratedHelpful: boolean;
  /** The conversation's outcome as last counted (`outcomeKey`). */
  outcome?: string;
  /**
   * The question (redacted) that led to each recent answer, as [refKey, question] pairs, oldest first, for a
   * complaint about it. Made on the first answer: a record is kept for every conversation of the day, and a Map each
   * was most of the memory a conversation left behind.
   */
  asked?: [string, string][];
}

/**
 * A Seen with every field set at once, in one order: all records share one hidden class. Made as an object spread
 * with fields added later, each of the day's records got a hidden class of its own (a heap snapshot after 10,000
 * conversations: 10,038 shapes for 10,050 records, ~430 bytes each with their descriptors and property arrays).
 */
class SeenRecord implements Seen {
  answered = false;
  rating: Seen['rating'] = undefined;
  handedOff = false;
  walkthroughDone = false;
  step: number | undefined = undefined;
  topic = '';
  maxStep = -1;
  offered = false;
  ratedHelpful = false;
  outcome: string | undefined = undefined;
  asked: [string, string][] | undefined = undefined;
}

const ASKED_KEPT = 5;

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
    this.noteWhereItStands(seen, turn, step, delta);
  }

  /** A rating from the user's channel (Web Chat thumbs, Teams feedback). A second rating of the same answer counts too. */
  recordRating(rating: RatingObservation): void {
    const delta = this.deltaFor(dayOf(this.now()));
    const seen = this.seenFor(dayOf(this.now()), rating.conversationId, delta);
    const key = refKey(rating.ref);
    delta.rating(key, rating.helpful);
    this.answeredOnce(seen, delta);
    if (rating.helpful && !seen.ratedHelpful) {
      seen.ratedHelpful = true;
      delta.ratedHelpful += 1;
    }
    seen.rating = rating.helpful ? 'helpful' : 'not_helpful';
    seen.topic = rating.ref.intent;
    if (!rating.helpful) delta.complaint({ answer: key, question: questionAsked(seen, key), comment: cleanText(rating.comment ?? ''), count: 1 });
    this.countOutcome(seen, delta);
  }

  /** What was wrong with an answer, sent after its thumbs down (Web Chat's box): a complaint, not a second rating. */
  recordComment(comment: Omit<RatingObservation, 'helpful'>): void {
    const delta = this.deltaFor(dayOf(this.now()));
    const seen = this.seenFor(dayOf(this.now()), comment.conversationId, delta);
    const key = refKey(comment.ref);
    delta.complaint({ answer: key, question: questionAsked(seen, key), comment: cleanText(comment.comment ?? ''), count: 1 });
  }

  /**
   * A clerk said the reply assistant filed a question under the wrong topic: a complaint about that topic's answer
   * (out of scope: an unanswered question), so the question is proposed as content like the users' own.
   */
  recordWrongTopic(intent: string, question: string): void {
    const delta = this.deltaFor(dayOf(this.now()));
    const ref = topicStartRef(this.content, intent);
    if (ref) delta.complaint({ answer: refKey(ref), question: cleanText(question), comment: 'wrong topic (reply assistant)', count: 1 });
    else delta.unansweredText(cleanText(question));
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
      seen = new SeenRecord();
      delta.conversations += 1;
      if (today.size >= MAX_TRACKED) today.delete(today.keys().next().value as string);
      today.set(conversationId, seen);
    }
    return seen;
  }

  /** The answer given (if any) and where the walkthrough stands, then the conversation's outcome. */
  private noteWhereItStands(seen: Seen, turn: TurnObservation, step: number, delta: DayDelta): void {
    const answer = answerOfTurn(turn.result, this.content);
    if (answer) {
      this.answeredOnce(seen, delta);
      seen.topic = answer.ref.intent;
      const key = refKey(answer.ref);
      const earlier = (seen.asked ?? []).filter(([answered]) => answered !== key);
      seen.asked = [...earlier, [key, cleanText(turn.text)] as [string, string]].slice(-ASKED_KEPT);
    }
    seen.step = step >= 0 ? step : undefined;
    if (step >= this.content.procedure.totalSteps) seen.walkthroughDone = true;
    this.countOutcome(seen, delta);
  }

  private answeredOnce(seen: Seen, delta: DayDelta): void {
    if (seen.answered) return;
    seen.answered = true;
    delta.answered += 1;
  }

  private countOutcome(seen: Seen, delta: DayDelta): void {
    const key = internedOutcome(outcomeKey(outcomeOf(seen)));
    delta.moveOutcome(seen.outcome, key);
    seen.outcome = key;
  }

  /** The walkthrough step the conversation is at: 0 before step 1, -1 outside the walkthrough. */
  private stepOf(state: ConversationState): number {
    const at = state.walkthrough;
    if (!at || at.flowId !== 'procedure') return -1;
    return this.content.procedure.flow.nodes.get(at.nodeId)?.step ?? 0;
  }
}

function questionAsked(seen: Seen, key: string): string {
  return seen.asked?.find(([answered]) => answered === key)?.[1] ?? '';
}

/** One copy of each outcome key (a few hundred exist) instead of one per conversation record. */
const OUTCOME_KEYS = new Map<string, string>();

function internedOutcome(key: string): string {
  let kept = OUTCOME_KEYS.get(key);
  if (kept === undefined) OUTCOME_KEYS.set(key, (kept = key));
  return kept;
}

function cleanText(text: string): string {
  return redact(text).replace(/\s+/g, ' ').trim().slice(0, UNANSWERED_LENGTH);
}
