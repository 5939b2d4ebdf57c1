import { TRIAGE_REASONS, type TriageReason, type TriageResult } from './triage';

/** Clerk-facing words for why a question needs a person. */
export const REASON_TEXT: Readonly<Record<TriageReason, string>> = {
  urgent: 'Urgent (deadline, hearing, today …)',
  password: 'Contains a password',
  asks_for_person: 'Asks for a person',
  frustrated: 'Sounds frustrated',
  out_of_scope: 'Outside the bot\'s topics',
  ambiguous: 'Between two topics',
  low_confidence: 'Low confidence',
};

export interface TriageSummary {
  readonly total: number;
  readonly needsHuman: number;
  readonly urgent: number;
  readonly byTopic: readonly { readonly intent: string; readonly topic: string; readonly count: number }[];
  readonly byReason: readonly { readonly reason: TriageReason; readonly count: number }[];
  /** Questions that came with the right intent, and how many of those were filed under it. */
  readonly labelled: number;
  readonly correct: number;
}

export function summarise(results: readonly TriageResult[]): TriageSummary {
  const topics = new Map<string, { intent: string; topic: string; count: number }>();
  for (const result of results) {
    const entry = topics.get(result.intent) ?? { intent: result.intent, topic: result.topic, count: 0 };
    entry.count += 1;
    topics.set(result.intent, entry);
  }
  const labelled = results.filter((result) => result.expected !== undefined);
  return {
    total: results.length,
    needsHuman: results.filter((result) => result.needsHuman).length,
    urgent: results.filter((result) => result.urgent).length,
    byTopic: [...topics.values()].sort((a, b) => b.count - a.count || a.topic.localeCompare(b.topic)),
    byReason: TRIAGE_REASONS.map((reason) => ({ reason, count: results.filter((result) => result.reasons.includes(reason)).length })),
    labelled: labelled.length,
    correct: labelled.filter((result) => result.expected === result.intent).length,
  };
}

/** Urgent first, then the others needing a person, then the rest; input order within each group. */
export function byPriority(results: readonly TriageResult[]): TriageResult[] {
  const rank = (result: TriageResult) => (result.urgent ? 0 : result.needsHuman ? 1 : 2);
  return results.map((result, index) => ({ result, index }))
    .sort((a, b) => rank(a.result) - rank(b.result) || a.index - b.index)
    .map(({ result }) => result);
}
