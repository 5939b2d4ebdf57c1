/**
 * The NLU Evaluation Corpora benchmark (Braun et al., SIGdial 2017; the one nlp.js publishes against Watson, LUIS,
 * Rasa and Dialogflow): each corpus trains on its sentences flagged for training and is scored on the others.
 * Overall accuracy is the correct test sentences of all three corpora over all test sentences (274); with one label
 * per sentence this is the micro-averaged F1 that nlp.js's table reports.
 *
 * "None" is an intent of these corpora, not an out-of-scope task: both systems train it like any other intent and a
 * sentence is scored on the system's most probable label (`Guess.best`), with no threshold for either. The systems'
 * own fallbacks to "None" below a score (ours 0.3, nlp.js 0.5) are measured as a second rule, for reference.
 */
import { NONE_INTENT, type Corpus } from './nluEvaluationCorpora';
import { stratifiedFolds } from '../dialogs/nlu/evaluation';
import { nowMs, quantile, round } from './measure';
import { DEFAULT_THRESHOLD } from '../dialogs/nlu/recognizer';
import type { BenchSystem, Guess } from './systems/system';

/** Each system's own "None below this score" (ours: the recognizer's default; nlp.js: NlpManager's default). */
export const OWN_THRESHOLDS: Readonly<Record<string, number>> = { ours: DEFAULT_THRESHOLD, nlpjs: 0.5 };

export interface CorpusResult {
  corpus: string;
  tests: number;
  /** Correct test sentences on the most probable label. */
  correct: number;
  /** Correct test sentences with the system's own threshold (`OWN_THRESHOLDS`; 0 for a system without one). */
  correctOwnThreshold: number;
  trainMs: number;
  /** Per-utterance classification times (ms) of the test sentences, in test order. */
  times: number[];
}

export interface SystemBraunResults {
  corpora: CorpusResult[];
  overallAccuracy: number;
  overallAccuracyOwnThreshold: number;
  medianMs: number;
  p99Ms: number;
  trainMs: number;
}

type Log = (message: string) => void;

export async function runBraunBenchmark(corpora: readonly Corpus[], systems: readonly BenchSystem[],
  log: Log = () => undefined): Promise<Record<string, SystemBraunResults>> {
  const results: Record<string, SystemBraunResults> = {};
  for (const system of systems) {
    // One untimed training first: loading word vectors or language data and compiling code are costs of a process
    // start, not of training on a corpus, and would otherwise land on whichever corpus comes first.
    const first = corpora[0];
    if (first) await system.train(first.train, NONE_INTENT);
    const perCorpus: CorpusResult[] = [];
    for (const corpus of corpora) {
      log(`${system.name} ${corpus.name}: training on ${corpus.train.length} sentences, testing on ${corpus.test.length}`);
      perCorpus.push(await benchmarkCorpus(corpus, system));
    }
    results[system.name] = summarise(perCorpus);
  }
  return results;
}

async function benchmarkCorpus(corpus: Corpus, system: BenchSystem): Promise<CorpusResult> {
  const started = nowMs();
  const trained = await system.train(corpus.train, NONE_INTENT);
  const trainMs = nowMs() - started;
  // The first calls of a new model meet cold code; a bot classifies with a warm one. Warm up on the training
  // sentences (never the test ones) so the times below are per-utterance times of a running system.
  for (const example of corpus.train) await trained.classify(example.text);
  const threshold = OWN_THRESHOLDS[system.name] ?? 0;
  let correct = 0;
  let correctOwnThreshold = 0;
  const times: number[] = [];
  for (const example of corpus.test) {
    const t0 = nowMs();
    const guess = await trained.classify(example.text);
    times.push(nowMs() - t0);
    if (guess.best === example.intent) correct++;
    if (withThreshold(guess, threshold) === example.intent) correctOwnThreshold++;
  }
  return { corpus: corpus.name, tests: corpus.test.length, correct, correctOwnThreshold, trainMs, times };
}

/** "None" when the most probable label is "None" or the best other intent scores under `threshold`. */
export function withThreshold(guess: Guess, threshold: number): string {
  if (guess.best === NONE_INTENT || guess.topInScopeScore < threshold) return NONE_INTENT;
  return guess.best;
}

function summarise(corpora: CorpusResult[]): SystemBraunResults {
  const tests = corpora.reduce((n, c) => n + c.tests, 0);
  const sum = (pick: (c: CorpusResult) => number): number => corpora.reduce((n, c) => n + pick(c), 0);
  const times = corpora.flatMap((c) => c.times).sort((a, b) => a - b);
  return {
    corpora,
    overallAccuracy: sum((c) => c.correct) / tests,
    overallAccuracyOwnThreshold: sum((c) => c.correctOwnThreshold) / tests,
    medianMs: round(quantile(times, 0.5), 4),
    p99Ms: round(quantile(times, 0.99), 4),
    trainMs: Math.round(sum((c) => c.trainMs)),
  };
}

/** Correct out-of-fold predictions of one corpus's training sentences (the test sentences are never read). */
export interface CrossValidation {
  corpus: string;
  correct: number;
  predictions: number;
}

/**
 * How model changes are judged without the test split: stratified k-fold cross-validation of each corpus's
 * training sentences, repeated over `repeats` shuffles (one fold holds 6-20 sentences, so one shuffle is noisy).
 */
export async function trainingCrossValidation(corpora: readonly Corpus[], system: BenchSystem, folds = 5, repeats = 4,
  log: Log = () => undefined): Promise<CrossValidation[]> {
  const out: CrossValidation[] = [];
  for (const corpus of corpora) {
    log(`${system.name} ${corpus.name}: ${repeats} x ${folds}-fold cross-validation of ${corpus.train.length} training sentences`);
    let correct = 0;
    for (let seed = 1; seed <= repeats; seed++) {
      const fold = stratifiedFolds(corpus.train, folds, seed);
      for (let f = 0; f < folds; f++) {
        const trained = await system.train(corpus.train.filter((_, i) => fold[i] !== f), NONE_INTENT);
        for (const [i, example] of corpus.train.entries()) {
          if (fold[i] === f && (await trained.classify(example.text)).best === example.intent) correct++;
        }
      }
    }
    out.push({ corpus: corpus.name, correct, predictions: repeats * corpus.train.length });
  }
  return out;
}

export function crossValidationTable(results: Record<string, CrossValidation[]>): string {
  const lines = ['NLU Evaluation Corpora, cross-validation of the training sentences only (most probable label)'];
  for (const [name, corpora] of Object.entries(results)) {
    const correct = corpora.reduce((n, c) => n + c.correct, 0);
    const predictions = corpora.reduce((n, c) => n + c.predictions, 0);
    const perCorpus = corpora.map((c) => `${c.corpus} ${c.correct}/${c.predictions}`);
    lines.push([name, ...perCorpus, `overall ${correct}/${predictions} = ${(correct / predictions).toFixed(3)}`].join('\t'));
  }
  return lines.join('\n');
}

export function braunTable(results: Record<string, SystemBraunResults>): string {
  const names = results[Object.keys(results)[0] ?? '']?.corpora.map((c) => c.corpus) ?? [];
  const lines = [
    'NLU Evaluation Corpora (Braun et al. 2017): accuracy on the test sentences, most probable label ("None" trained like any intent)',
    ['system', ...names, 'overall', 'overall, own None threshold', 'train ms', 'median ms', 'p99 ms'].join('\t'),
  ];
  for (const [name, r] of Object.entries(results)) {
    const perCorpus = r.corpora.map((c) => `${(c.correct / c.tests).toFixed(3)} (${c.correct}/${c.tests})`);
    const own = `${r.overallAccuracyOwnThreshold.toFixed(3)} (t=${OWN_THRESHOLDS[name] ?? 0})`;
    lines.push([name, ...perCorpus, r.overallAccuracy.toFixed(3), own, r.trainMs, r.medianMs, r.p99Ms].join('\t'));
  }
  return lines.join('\n');
}

export function braunJson(results: Record<string, SystemBraunResults>): object {
  const out: Record<string, object> = {};
  for (const [name, r] of Object.entries(results)) {
    out[name] = {
      overallAccuracy: round(r.overallAccuracy, 4), overallAccuracyOwnThreshold: round(r.overallAccuracyOwnThreshold, 4),
      medianMs: r.medianMs, p99Ms: r.p99Ms, trainMs: r.trainMs,
      corpora: Object.fromEntries(r.corpora.map((c) => [c.corpus, { correct: c.correct, tests: c.tests, trainMs: Math.round(c.trainMs) }])),
    };
  }
  return out;
}
