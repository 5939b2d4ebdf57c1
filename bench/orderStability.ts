/**
 * How much the content recognizer's answers depend on the order of its training passes (issue 18, round 14):
 * `npm run -s bench:nlu -- --stability`.
 *
 * The classifier is trained by SGD over the examples in a seeded shuffle of their positions, so a content edit that
 * adds or removes one example reorders every pass, and messages the model scores near a threshold can change answer
 * although nothing about them changed. Two figures say how much: the answers to the committed evaluation sets' messages
 * (held-out, dev, dev2) that change between models trained with other seeds, and between the shipped seed's model and
 * the same model trained with one example left out. An answer is the recognizer's decision: the intent or out of scope,
 * and whether it is a did-you-mean. Deterministic (fixed seeds, fixed examples left out).
 */
import { NLU_DEV2_FILE, NLU_DEV_FILE, NLU_HELDOUT_FILE } from '../dialogs/repoPaths';
import { DEFAULT_CLASSIFIER_OPTIONS } from '../dialogs/nlu/softmaxClassifier';
import { Recognizer, type LabelledExample, type RecognizerOptions } from '../dialogs/nlu/recognizer';
import { loadContentExamples } from './contentFigures';
import { readHeldoutTexts } from './messageTimings';

/** Seeds compared with the shipped one; far apart so no two shuffles share a prefix of draws. */
const OTHER_SEEDS = [101, 201];
/** Examples left out one at a time, spread over the content by a stride coprime with its size. */
const LEFT_OUT = 6;
const STRIDE = 331;

interface Answers {
  decisions: string[];
  topScores: number[];
  trainMs: number;
}

export interface StabilityRow {
  name: string;
  /** Messages whose answer differs from the shipped model's (mean over the comparisons of the row). */
  changed: number;
  /** Mean absolute change of the best intent's score. */
  meanScoreChange: number;
  trainMs: number;
}

export function stabilityRows(): { messages: number; rows: StabilityRow[] } {
  const { examples, options } = loadContentExamples();
  const texts = [NLU_HELDOUT_FILE, NLU_DEV_FILE, NLU_DEV2_FILE].flatMap(readHeldoutTexts);
  const shipped = answers(examples, options, DEFAULT_CLASSIFIER_OPTIONS.seed, texts);
  const row = (name: string, others: readonly Answers[]): StabilityRow => {
    const diffs = others.map((other) => difference(shipped, other));
    const mean = (pick: (d: { changed: number; meanScoreChange: number }) => number) => diffs.reduce((sum, d) => sum + pick(d), 0) / diffs.length;
    return { name, changed: mean((d) => d.changed), meanScoreChange: mean((d) => d.meanScoreChange), trainMs: others.reduce((sum, o) => sum + o.trainMs, 0) / others.length };
  };
  const seeds = OTHER_SEEDS.map((seed) => answers(examples, options, seed, texts));
  const leftOut = Array.from({ length: LEFT_OUT }, (_, k) => (k * STRIDE + 17) % examples.length)
    .map((drop) => answers(examples.filter((_, i) => i !== drop), options, DEFAULT_CLASSIFIER_OPTIONS.seed, texts));
  return { messages: texts.length, rows: [row(`another seed (${OTHER_SEEDS.join(', ')})`, seeds), row(`one example left out (${LEFT_OUT} trials)`, leftOut)] };
}

export function stabilityTable({ messages, rows }: { messages: number; rows: readonly StabilityRow[] }): string {
  const lines = rows.map((r) => `${r.name}\t${r.changed.toFixed(1)} of ${messages}\t${r.meanScoreChange.toFixed(4)}\t${r.trainMs.toFixed(0)} ms`);
  return ['Content recognizer: answers that change against the shipped model (seed 1, every example)', 'comparison\tanswers changed\tmean |score change|\ttraining', ...lines].join('\n');
}

function answers(examples: readonly LabelledExample[], options: RecognizerOptions, seed: number, texts: readonly string[]): Answers {
  const started = process.hrtime.bigint();
  const recognizer = Recognizer.train(examples, { ...options, classifier: { ...options.classifier, seed } });
  const trainMs = Number(process.hrtime.bigint() - started) / 1e6;
  const decisions: string[] = [];
  const topScores: number[] = [];
  for (const text of texts) {
    const { intent, ambiguous, ranked } = recognizer.recognize(text);
    decisions.push(`${intent}${ambiguous ? ' (did you mean)' : ''}`);
    topScores.push(ranked[0]?.score ?? 0);
  }
  return { decisions, topScores, trainMs };
}

function difference(a: Answers, b: Answers): { changed: number; meanScoreChange: number } {
  let changed = 0;
  let scoreChange = 0;
  a.decisions.forEach((decision, i) => {
    if (decision !== b.decisions[i]) changed++;
    scoreChange += Math.abs((a.topScores[i] as number) - (b.topScores[i] as number));
  });
  return { changed, meanScoreChange: scoreChange / a.decisions.length };
}
