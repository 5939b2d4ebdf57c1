/**
 * NLU evaluation as pure functions: stratified k-fold cross-validation, per-intent metrics, confusions, and the
 * held-out figures the help desk cares about (in-scope accuracy, out-of-scope recall, confidently wrong answers).
 * The training function is injected, so the same code evaluates any recognizer configuration.
 */
import { seededRandom, shuffleInPlace } from './random';
import type { LabelledExample, Recognition } from './recognizer';

export interface Prediction {
  text: string;
  expected: string;
  predicted: string;
  score: number;
}

export interface IntentMetrics {
  intent: string;
  precision: number;
  recall: number;
  f1: number;
  support: number;
}

export interface Confusion {
  expected: string;
  predicted: string;
  count: number;
}

export interface ClassificationReport {
  accuracy: number;
  macroF1: number;
  perIntent: IntentMetrics[];
  confusions: Confusion[];
}

export interface Classifier {
  recognize(text: string): Pick<Recognition, 'intent' | 'score'>;
}

/** Fold number (0..k-1) of each example: every intent's examples are shuffled and dealt round-robin. */
export function stratifiedFolds(examples: readonly LabelledExample[], k: number, seed = 1): number[] {
  if (!Number.isInteger(k) || k < 2) throw new Error('folds must be an integer >= 2');
  const random = seededRandom(seed);
  const byIntent = new Map<string, number[]>();
  examples.forEach((e, i) => byIntent.set(e.intent, [...(byIntent.get(e.intent) ?? []), i]));
  const folds = new Array<number>(examples.length).fill(0);
  let offset = 0;
  for (const intent of [...byIntent.keys()].sort()) {
    const indices = shuffleInPlace([...(byIntent.get(intent) ?? [])], random);
    // Rotating the start keeps folds balanced in size when intents have fewer examples than k.
    indices.forEach((index, n) => (folds[index] = (n + offset) % k));
    offset += indices.length;
  }
  return folds;
}

/** Predictions for every example, each made by a model trained on the other folds. */
export function crossValidate(examples: readonly LabelledExample[], train: (training: LabelledExample[]) => Classifier,
  k = 5, seed = 1): Prediction[] {
  return outOfFold(examples, train, predict, k, seed);
}

/** `observe(model, example)` for every example, the model trained on the other folds (predictions, scores …). */
export function outOfFold<M, R>(examples: readonly LabelledExample[], train: (training: LabelledExample[]) => M,
  observe: (model: M, example: LabelledExample) => R, k = 5, seed = 1): R[] {
  const folds = stratifiedFolds(examples, k, seed);
  const observed: R[] = [];
  for (let fold = 0; fold < k; fold++) {
    const model = train(examples.filter((_, i) => folds[i] !== fold));
    examples.forEach((e, i) => {
      if (folds[i] === fold) observed.push(observe(model, e));
    });
  }
  return observed;
}

export function predict(model: Classifier, example: LabelledExample): Prediction {
  const r = model.recognize(example.text);
  return { text: example.text, expected: example.intent, predicted: r.intent, score: r.score };
}

/** Accuracy, macro-F1 over the expected intents, per-intent precision/recall/F1, confusions most frequent first. */
export function classificationReport(predictions: readonly Prediction[]): ClassificationReport {
  const intents = [...new Set(predictions.map((p) => p.expected))].sort();
  const perIntent = intents.map((intent) => intentMetrics(predictions, intent));
  const correct = predictions.filter((p) => p.predicted === p.expected).length;
  return {
    accuracy: ratio(correct, predictions.length),
    macroF1: perIntent.reduce((s, m) => s + m.f1, 0) / (perIntent.length || 1),
    perIntent,
    confusions: confusions(predictions),
  };
}

function intentMetrics(predictions: readonly Prediction[], intent: string): IntentMetrics {
  const truePositives = predictions.filter((p) => p.expected === intent && p.predicted === intent).length;
  const predicted = predictions.filter((p) => p.predicted === intent).length;
  const support = predictions.filter((p) => p.expected === intent).length;
  const precision = ratio(truePositives, predicted);
  const recall = ratio(truePositives, support);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { intent, precision, recall, f1, support };
}

export function confusions(predictions: readonly Prediction[]): Confusion[] {
  const counts = new Map<string, Confusion>();
  for (const p of predictions) {
    if (p.predicted === p.expected) continue;
    const key = `${p.expected}\u0000${p.predicted}`;
    const entry = counts.get(key) ?? { expected: p.expected, predicted: p.predicted, count: 0 };
    entry.count++;
    counts.set(key, entry);
  }
  return [...counts.values()].sort((a, b) => b.count - a.count || a.expected.localeCompare(b.expected));
}

export interface HeldoutReport {
  inScope: number;
  outOfScope: number;
  /** Share of in-scope messages answered with their exact intent. */
  inScopeAccuracy: number;
  /** Share of out-of-scope messages recognised as out of scope. */
  oosRecall: number;
  /** Share of in-scope messages answered as another topic with score >= the confidence bar. */
  confidentlyWrong: number;
}

/**
 * The predictions as tools outside score them (DESIGN.md): only `scoredIntents` count as themselves, any other
 * intent, expected or predicted, as out of scope (a new intent for what used to be out of scope is fine).
 */
export function scoredAs(predictions: readonly Prediction[], scoredIntents: ReadonlySet<string>,
  outOfScopeIntent: string): Prediction[] {
  const scored = (intent: string): string => (scoredIntents.has(intent) ? intent : outOfScopeIntent);
  return predictions.map((p) => ({ ...p, expected: scored(p.expected), predicted: scored(p.predicted) }));
}

export function heldoutReport(predictions: readonly Prediction[], outOfScopeIntent: string,
  confidenceBar = 0.7): HeldoutReport {
  const inScope = predictions.filter((p) => p.expected !== outOfScopeIntent);
  const outOfScope = predictions.filter((p) => p.expected === outOfScopeIntent);
  const wrongTopic = inScope.filter((p) => p.predicted !== p.expected && p.predicted !== outOfScopeIntent);
  return {
    inScope: inScope.length,
    outOfScope: outOfScope.length,
    inScopeAccuracy: ratio(inScope.filter((p) => p.predicted === p.expected).length, inScope.length),
    oosRecall: ratio(outOfScope.filter((p) => p.predicted === outOfScopeIntent).length, outOfScope.length),
    confidentlyWrong: ratio(wrongTopic.filter((p) => p.score >= confidenceBar).length, inScope.length),
  };
}

/** a / b, or 0 when there is nothing to divide (an intent never predicted has precision 0, not NaN). */
function ratio(a: number, b: number): number {
  return b === 0 ? 0 : a / b;
}
