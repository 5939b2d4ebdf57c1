import { MAX_UNANSWERED, type DayStats } from './dayStats';

/** Counts gathered in memory since the last flush, for one day. Mutable on purpose: it is updated on every turn. */
export class DayDelta {
  turns = 0;
  conversations = 0;
  handoffOffers = 0;
  handoffs = 0;
  unansweredOverflow = 0;
  private readonly topics = new Map<string, number>();
  private readonly reached = new Map<number, number>();
  private readonly unanswered = new Map<string, number>();

  constructor(readonly day: string) {}

  /** A delta holding stored-format counts (e.g. a batch whose flush failed, to be written later). */
  static from(stats: DayStats): DayDelta {
    const delta = new DayDelta(stats.day);
    Object.assign(delta, { turns: stats.turns, conversations: stats.conversations, handoffOffers: stats.handoffOffers,
      handoffs: stats.handoffs, unansweredOverflow: stats.unansweredOverflow });
    for (const [intent, count] of Object.entries(stats.topics)) delta.topics.set(intent, count);
    for (const [step, count] of Object.entries(stats.reached)) delta.reached.set(Number(step), count);
    for (const { text, count } of stats.unanswered) delta.unanswered.set(text, count);
    return delta;
  }

  topic(intent: string): void {
    this.topics.set(intent, (this.topics.get(intent) ?? 0) + 1);
  }

  reachedStep(step: number): void {
    this.reached.set(step, (this.reached.get(step) ?? 0) + 1);
  }

  /** `text` must already be redacted. */
  unansweredText(text: string): void {
    if (this.unanswered.has(text) || this.unanswered.size < MAX_UNANSWERED) {
      this.unanswered.set(text, (this.unanswered.get(text) ?? 0) + 1);
    } else {
      this.unansweredOverflow += 1;
    }
  }

  toStats(): DayStats {
    return {
      day: this.day,
      turns: this.turns,
      conversations: this.conversations,
      topics: Object.fromEntries(this.topics),
      reached: Object.fromEntries([...this.reached].map(([step, count]) => [String(step), count])),
      handoffOffers: this.handoffOffers,
      handoffs: this.handoffs,
      unanswered: [...this.unanswered].map(([text, count]) => ({ text, count })),
      unansweredOverflow: this.unansweredOverflow,
    };
  }
}
