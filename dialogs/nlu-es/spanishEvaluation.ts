/**
 * `npm run nlu -- eval`'s figures for the Spanish recognizer, in the English report's terms: cross-validation on
 * the Spanish examples, then each held-out set as tools outside score the bot (in-scope accuracy, out-of-scope
 * recall, in-scope messages answered as a wrong topic with a score of 0.7 or more).
 */
import type { LabelledExample } from '../nlu/recognizer';
import { classificationReport, crossValidate, heldoutReport, predict, scoredAs, type Classifier } from '../nlu/evaluation';

export interface SpanishEvaluationPlan {
  readonly examples: readonly LabelledExample[];
  readonly folds: number;
  train(training: LabelledExample[]): Classifier;
  readonly heldout: readonly { readonly name: string; readonly examples: readonly LabelledExample[] }[];
  readonly outOfScopeIntent: string;
}

const pct = (x: number): string => `${(100 * x).toFixed(1)} %`;

export function spanishEvaluationText(plan: SpanishEvaluationPlan): string[] {
  const cv = classificationReport(crossValidate(plan.examples, plan.train, plan.folds));
  const lines = [`[es] Cross-validation (${plan.folds} folds, ${plan.examples.length} Spanish examples): accuracy ${pct(cv.accuracy)}, macro-F1 ${pct(cv.macroF1)}`,
    ...cv.confusions.slice(0, 5).map((c) => `  ${c.count} x ${c.expected} -> ${c.predicted}`)];
  const recognizer = plan.train([...plan.examples]);
  // Scored as tools outside score the bot: an intent the first set never names counts as out of scope.
  const intents = new Set(plan.heldout[0]?.examples.map((e) => e.intent));
  for (const set of plan.heldout) {
    const predictions = scoredAs(set.examples.map((e) => predict(recognizer, e)), intents, plan.outOfScopeIntent);
    const report = heldoutReport(predictions, plan.outOfScopeIntent);
    lines.push(`[es] Held-out: ${set.name} (${report.inScope} in scope, ${report.outOfScope} out of scope)`,
      `  in-scope accuracy ${pct(report.inScopeAccuracy)}   out-of-scope recall ${pct(report.oosRecall)}`,
      `  in-scope answered as a wrong topic with score >= 0.7: ${pct(report.confidentlyWrong)}`,
      ...predictions.filter((p) => p.predicted !== p.expected).map((p) => `  ${p.expected} -> ${p.predicted} (${p.score.toFixed(2)}): ${p.text}`));
  }
  return lines;
}
