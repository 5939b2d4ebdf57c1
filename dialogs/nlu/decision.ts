/**
 * The out-of-scope and ambiguity rules, as a pure function of the model's probabilities, so the benchmark can
 * sweep thresholds without re-classifying and the bot and the benchmark apply exactly the same rule.
 */
export interface ScoredIntent {
  intent: string;
  score: number;
}

export interface Decision {
  /** In-scope intent chosen, or undefined when the text is out of scope. */
  intent: string | undefined;
  score: number;
  ambiguous: boolean;
}

export interface DecisionRule {
  /** Minimum probability of the top in-scope intent. */
  threshold: number;
  /** Maximum gap between the two best intents for the pair to count as too close to choose. */
  margin: number;
}

/**
 * Order of the rules: (1) the out-of-scope class wins outright -> out of scope; (2) the two best intents are close
 * and together clear the threshold -> ambiguous (asking "A or B?" beats saying "I don't understand" when the text is
 * plainly about one of two things); (3) the best intent is below the threshold -> out of scope.
 */
export function decide(ranked: readonly ScoredIntent[], oosProbability: number, rule: DecisionRule): Decision {
  const first = ranked[0]?.score ?? 0;
  const second = ranked[1]?.score ?? 0;
  if (oosProbability >= first) return { intent: undefined, score: oosProbability, ambiguous: false };
  const ambiguous = ranked.length > 1 && first - second < rule.margin && first + second >= rule.threshold;
  if (ambiguous) return { intent: ranked[0]?.intent, score: first, ambiguous: true };
  if (first < rule.threshold) return { intent: undefined, score: 1 - first, ambiguous: false };
  return { intent: ranked[0]?.intent, score: first, ambiguous: false };
}
