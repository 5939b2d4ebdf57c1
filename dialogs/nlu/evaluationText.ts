/**
 * The recognizer's evaluation as the text `npm run nlu -- eval` prints: cross-validation on the content, how well
 * its scores are calibrated (reliability table, expected calibration error, the temperature the folds would fit),
 * and each held-out set scored as tools outside score the bot.
 */
import {
  expectedCalibrationError, fitTemperature, reliabilityTable, type Distribution, type ScoredAnswer,
} from './calibration';
import { classificationReport, heldoutReport, outOfFold, predict, scoredAs, type Prediction } from './evaluation';
import type { LabelledExample, Recognizer } from './recognizer';

export interface HeldoutSet {
  name: string;
  examples: readonly LabelledExample[];
}

export interface EvaluationPlan {
  examples: readonly LabelledExample[];
  folds: number;
  train(training: LabelledExample[]): Recognizer;
  heldout: readonly HeldoutSet[];
  outOfScopeIntent: string;
  /** Intents scored as themselves in the held-out sets; any other counts as out of scope. */
  scoredIntents: ReadonlySet<string>;
}

const pct = (x: number): string => `${(100 * x).toFixed(1)} %`;

/** Every class's probability (in-scope intents and the out-of-scope class) in a fixed order, summing to 1. */
function distribution(recognizer: Recognizer, labels: readonly string[], example: LabelledExample, oos: string): Distribution {
  const { ranked, oosProbability } = recognizer.scores(example.text);
  const byIntent = new Map(ranked.map((r) => [r.intent, r.score]));
  const raw = labels.map((l) => (l === oos ? oosProbability : byIntent.get(l) ?? 0));
  const total = raw.reduce((s, p) => s + p, 0) || 1;
  return { probabilities: raw.map((p) => p / total), label: labels.indexOf(example.intent) };
}

function crossValidationLines(plan: EvaluationPlan): string[] {
  const labels = [...new Set(plan.examples.map((e) => e.intent))].sort();
  const observed = outOfFold(plan.examples, plan.train, (model, example) => ({
    prediction: predict(model, example), distribution: distribution(model, labels, example, plan.outOfScopeIntent),
  }), plan.folds);
  const report = classificationReport(observed.map((o) => o.prediction));
  const lines = [`Cross-validation: ${plan.folds}-fold stratified, ${plan.examples.length} examples`,
    `  accuracy ${pct(report.accuracy)}   macro-F1 ${pct(report.macroF1)}`,
    '  intent                          precision  recall   F1      n'];
  for (const m of report.perIntent) {
    lines.push(`  ${m.intent.padEnd(32)}${pct(m.precision).padStart(8)}${pct(m.recall).padStart(9)}${pct(m.f1).padStart(8)}${String(m.support).padStart(6)}`);
  }
  lines.push('  most confused (expected -> predicted):');
  for (const c of report.confusions.slice(0, 10)) lines.push(`    ${c.count} x ${c.expected} -> ${c.predicted}`);
  const temperature = fitTemperature(observed.map((o) => o.distribution));
  lines.push(...calibrationLines('Calibration on the folds', observed.map((o) => answer(o.prediction))),
    `  temperature that would fit the folds best: ${temperature.toFixed(2)} (1 = the scores are used as they are)`);
  return lines;
}

function answer(p: Prediction): ScoredAnswer {
  return { score: p.score, correct: p.predicted === p.expected };
}

function calibrationLines(title: string, answers: readonly ScoredAnswer[]): string[] {
  const table = reliabilityTable(answers);
  const lines = [`  ${title}: expected calibration error ${pct(expectedCalibrationError(table))}`,
    '    score        answers  mean score  right'];
  for (const bin of table.filter((b) => b.count > 0)) {
    lines.push(`    ${bin.from.toFixed(1)}-${bin.to.toFixed(1)}${String(bin.count).padStart(13)}${bin.meanScore.toFixed(2).padStart(12)}${pct(bin.accuracy).padStart(9)}`);
  }
  return lines;
}

function heldoutLines(plan: EvaluationPlan, recognizer: Recognizer, set: HeldoutSet): string[] {
  const predictions = scoredAs(set.examples.map((e) => predict(recognizer, e)), plan.scoredIntents, plan.outOfScopeIntent);
  const report = heldoutReport(predictions, plan.outOfScopeIntent);
  return [`Held-out: ${set.name} (${report.inScope} in scope, ${report.outOfScope} out of scope)`,
    `  in-scope accuracy ${pct(report.inScopeAccuracy)}   out-of-scope recall ${pct(report.oosRecall)}`,
    `  in-scope answered as a wrong topic with score >= 0.7: ${pct(report.confidentlyWrong)}`,
    ...calibrationLines('Calibration', predictions.map(answer))];
}

export function evaluationText(plan: EvaluationPlan): string[] {
  const lines = crossValidationLines(plan);
  const recognizer = plan.train([...plan.examples]);
  lines.push(`Held-out sets are scored against the ${plan.scoredIntents.size} intents of the first one; any other counts as ${plan.outOfScopeIntent}.`);
  for (const set of plan.heldout) lines.push(...heldoutLines(plan, recognizer, set));
  return lines;
}
