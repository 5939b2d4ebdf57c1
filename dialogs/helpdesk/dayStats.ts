/**
 * Usage counts for one day (UTC). Every field is additive, so partial counts from several flushes and several
 * instances merge by summing: per-conversation facts ("reached step 3") are counted once, when first seen.
 * No conversation id and no raw user text is kept: unanswered questions are stored redacted.
 */
export interface DayStats {
  readonly day: string;
  readonly turns: number;
  /** Conversations with at least one turn that day. */
  readonly conversations: number;
  /** Questions answered per intent (including out_of_scope). */
  readonly topics: Readonly<Record<string, number>>;
  /** Conversations that reached each walkthrough step ("0": started, before step 1). */
  readonly reached: Readonly<Record<string, number>>;
  /** Conversations offered a person, and conversations that got a ticket. */
  readonly handoffOffers: number;
  readonly handoffs: number;
  /** Redacted messages the bot could not answer, most frequent first, bounded. */
  readonly unanswered: readonly UnansweredText[];
  /** Occurrences not listed because the list was full. */
  readonly unansweredOverflow: number;
}

export interface UnansweredText {
  readonly text: string;
  readonly count: number;
}

export const MAX_UNANSWERED = 200;

export function emptyDay(day: string): DayStats {
  return { day, turns: 0, conversations: 0, topics: {}, reached: {}, handoffOffers: 0, handoffs: 0, unanswered: [], unansweredOverflow: 0 };
}

export function mergeDays(a: DayStats, b: DayStats): DayStats {
  const unanswered = mergeUnanswered(a.unanswered ?? [], b.unanswered ?? []);
  return {
    day: a.day,
    turns: a.turns + b.turns,
    conversations: a.conversations + b.conversations,
    topics: sumCounts(a.topics, b.topics),
    reached: sumCounts(a.reached, b.reached),
    handoffOffers: a.handoffOffers + b.handoffOffers,
    handoffs: a.handoffs + b.handoffs,
    unanswered: unanswered.kept,
    unansweredOverflow: (a.unansweredOverflow ?? 0) + (b.unansweredOverflow ?? 0) + unanswered.dropped,
  };
}

export function sumCounts(a: Readonly<Record<string, number>> = {}, b: Readonly<Record<string, number>> = {}): Record<string, number> {
  const sum: Record<string, number> = { ...a };
  for (const [key, count] of Object.entries(b)) sum[key] = (sum[key] ?? 0) + count;
  return sum;
}

function mergeUnanswered(a: readonly UnansweredText[], b: readonly UnansweredText[]): { kept: UnansweredText[]; dropped: number } {
  const counts = new Map<string, number>();
  for (const { text, count } of [...a, ...b]) counts.set(text, (counts.get(text) ?? 0) + count);
  const all = [...counts].map(([text, count]) => ({ text, count })).sort((x, y) => y.count - x.count || x.text.localeCompare(y.text));
  const dropped = all.slice(MAX_UNANSWERED).reduce((sum, item) => sum + item.count, 0);
  return { kept: all.slice(0, MAX_UNANSWERED), dropped };
}

/** The UTC day of a time, as YYYY-MM-DD (also the storage key suffix). */
export function dayOf(time: Date): string {
  return time.toISOString().slice(0, 10);
}

export function analyticsKey(day: string): string {
  return `analytics/${day}`;
}

/** The last `count` days up to and including `today`, oldest first. */
export function lastDays(today: Date, count: number): string[] {
  const days: string[] = [];
  for (let back = count - 1; back >= 0; back -= 1) days.push(dayOf(new Date(today.getTime() - back * 86_400_000)));
  return days;
}
