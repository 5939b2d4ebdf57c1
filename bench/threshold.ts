/**
 * Choosing an out-of-scope threshold on validation data. Maximising overall validation accuracy picks a useless
 * value (out-of-scope queries are 3% of val), so the rule is: the highest threshold whose in-scope accuracy stays
 * within `accuracyBudget` (fraction, default 1 point) of the accuracy without a threshold. That buys as much
 * out-of-scope recall as the budget allows, and the budget is the same for every system.
 */
export interface ScoredQuery {
  /** Probability of the best in-scope intent. */
  score: number;
  /** Whether that intent is the right one (in-scope queries only). */
  correct: boolean;
  /** Whether the query is out of scope. */
  oos: boolean;
}

export const DEFAULT_ACCURACY_BUDGET = 0.01;

export function chooseThreshold(queries: readonly ScoredQuery[], accuracyBudget = DEFAULT_ACCURACY_BUDGET): number {
  const inScope = queries.filter((q) => !q.oos);
  if (inScope.length === 0) return 0;
  const floor = inScope.filter((q) => q.correct).length / inScope.length - accuracyBudget;
  // Accuracy at threshold t counts correct queries with score >= t; it only falls as t rises, so walk upwards.
  const candidates = [...new Set(inScope.filter((q) => q.correct).map((q) => q.score))].sort((a, b) => a - b);
  let chosen = 0;
  for (const t of candidates) {
    const kept = inScope.filter((q) => q.correct && q.score >= t).length / inScope.length;
    if (kept < floor) break;
    chosen = t;
  }
  return chosen;
}
