import { MAX_COMPLAINTS, MAX_UNANSWERED, type Complaint, type DayStats } from './dayStats';

/** Counts gathered in memory since the last flush, for one day. Mutable on purpose: it is updated on every turn. */
export class DayDelta {
  turns = 0;
  conversations = 0;
  handoffOffers = 0;
  handoffs = 0;
  unansweredOverflow = 0;
  answered = 0;
  ratedHelpful = 0;
  private readonly helpful = new Map<string, number>();
  private readonly notHelpful = new Map<string, number>();
  private readonly outcomes = new Map<string, number>();
  private readonly complaints = new Map<string, Complaint>();
  private readonly topics = new Map<string, number>();
  private readonly reached = new Map<number, number>();
  private readonly unanswered = new Map<string, number>();

  constructor(readonly day: string) {}

  /** A delta holding stored-format counts (e.g. a batch whose flush failed, to be written later). */
  static from(stats: DayStats): DayDelta {
    const delta = new DayDelta(stats.day);
    Object.assign(delta, { turns: stats.turns, conversations: stats.conversations, handoffOffers: stats.handoffOffers,
      handoffs: stats.handoffs, unansweredOverflow: stats.unansweredOverflow, answered: stats.answered ?? 0, ratedHelpful: stats.ratedHelpful ?? 0 });
    addAll(delta.helpful, stats.helpful);
    addAll(delta.notHelpful, stats.notHelpful);
    addAll(delta.outcomes, stats.outcomes);
    for (const complaint of stats.complaints ?? []) delta.complaint(complaint);
    for (const [intent, count] of Object.entries(stats.topics)) delta.topics.set(intent, count);
    for (const [step, count] of Object.entries(stats.reached)) delta.reached.set(Number(step), count);
    for (const { text, count } of stats.unanswered) delta.unanswered.set(text, count);
    return delta;
  }

  topic(intent: string): void {
    this.topics.set(intent, (this.topics.get(intent) ?? 0) + 1);
  }

  rating(answer: string, helpful: boolean): void {
    add(helpful ? this.helpful : this.notHelpful, answer, 1);
  }

  /** A conversation's outcome changed: out of the old one (if any), into the new one. */
  moveOutcome(from: string | undefined, to: string): void {
    if (from === to) return;
    if (from !== undefined) add(this.outcomes, from, -1);
    add(this.outcomes, to, 1);
  }

  /** Texts must already be redacted. */
  complaint(complaint: Complaint): void {
    const key = JSON.stringify([complaint.answer, complaint.question, complaint.comment]);
    const known = this.complaints.get(key);
    if (known) this.complaints.set(key, { ...known, count: known.count + complaint.count });
    else if (this.complaints.size < MAX_COMPLAINTS) this.complaints.set(key, complaint);
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
      answered: this.answered,
      ratedHelpful: this.ratedHelpful,
      helpful: Object.fromEntries(this.helpful),
      notHelpful: Object.fromEntries(this.notHelpful),
      outcomes: Object.fromEntries(this.outcomes),
      complaints: [...this.complaints.values()],
    };
  }
}

function add(counts: Map<string, number>, key: string, count: number): void {
  counts.set(key, (counts.get(key) ?? 0) + count);
}

function addAll(counts: Map<string, number>, stored: Readonly<Record<string, number>> = {}): void {
  for (const [key, count] of Object.entries(stored)) add(counts, key, count);
}
