/**
 * The CLINC150 benchmark: trains each system in both out-of-scope settings of Larson et al. (2019) and measures
 * in-scope accuracy, out-of-scope recall, training time and per-utterance classification time.
 * - oos-train: out of scope is a class of its own, trained on oos_train.
 * - oos-threshold: trained on the in-scope intents only; a query is out of scope when its best in-scope
 *   probability is below a threshold chosen on val + oos_val (never on test).
 * For "ours" it also reports the bot's configuration: the oos class and a threshold together.
 */
import { OOS, evaluationSet, type ClincData, type Split } from './clincData';
import { heapUsedMb, nowMs, quantile, round } from './measure';
import { DEFAULT_ACCURACY_BUDGET, chooseThreshold, type ScoredQuery } from './threshold';
import type { BenchSystem, Guess, TrainedSystem } from './systems/system';
import type { LabelledExample } from '../dialogs/nlu/recognizer';

export type Setting = 'oos-train' | 'oos-threshold' | 'oos-train+threshold';

export interface Measurement {
  inScopeAccuracy: number;
  oosRecall: number;
  trainMs: number;
  classifyMedianMs: number;
  classifyP99Ms: number;
  /** Heap retained by the trained model (MB), approximate. */
  modelHeapMb: number;
  /** Threshold used (0 in the oos-train setting). */
  threshold: number;
}

export type SystemResults = Partial<Record<Setting, Measurement>>;

interface Classified {
  example: LabelledExample;
  guess: Guess;
  ms: number;
}

type Log = (message: string) => void;

/** `accuracyBudget`: in-scope accuracy (a fraction) the threshold may cost on val, see threshold.ts. */
export async function runClincBenchmark(data: ClincData, split: Split, systems: readonly BenchSystem[],
  log: Log = () => undefined, accuracyBudget = DEFAULT_ACCURACY_BUDGET): Promise<Record<string, SystemResults>> {
  const results: Record<string, SystemResults> = {};
  for (const system of systems) {
    results[system.name] = await benchmarkSystem(data, split, system, log, accuracyBudget);
  }
  return results;
}

async function benchmarkSystem(data: ClincData, split: Split, system: BenchSystem, log: Log,
  accuracyBudget: number): Promise<SystemResults> {
  const withOos = await trainAndClassify(data, split, system, [...data.train, ...data.oosTrain], log, 'oos-train');
  const inScopeOnly = await trainAndClassify(data, split, system, data.train, log, 'oos-threshold');
  const results: SystemResults = {
    'oos-train': measure(withOos, 0, false),
    'oos-threshold': measure(inScopeOnly, chooseThreshold(scoredQueries(inScopeOnly.val), accuracyBudget), false),
  };
  if (system.name === 'ours') {
    results['oos-train+threshold'] = measure(withOos, chooseThreshold(scoredQueries(withOos.val, true), accuracyBudget), true);
  }
  return results;
}

interface Run {
  trainMs: number;
  modelHeapMb: number;
  /** val + oos_val, always classified: thresholds are chosen on it. */
  val: Classified[];
  /** The evaluated split (the same array as `val` when the split is val). */
  evaluated: Classified[];
}

async function trainAndClassify(data: ClincData, split: Split, system: BenchSystem,
  training: readonly LabelledExample[], log: Log, setting: string): Promise<Run> {
  log(`${system.name} ${setting}: training on ${training.length} queries...`);
  const heapBefore = heapUsedMb();
  const started = nowMs();
  const trained = await system.train(training, OOS);
  const trainMs = nowMs() - started;
  // Approximate: a collection may still be freeing the previous model, so a negative difference reads as 0.
  const modelHeapMb = Math.max(0, heapUsedMb() - heapBefore);
  log(`${system.name} ${setting}: trained in ${(trainMs / 1000).toFixed(1)} s; classifying...`);
  const val = await classifyAll(trained, [...data.val, ...data.oosVal]);
  const evaluated = split === 'val' ? val : await classifyAll(trained, flatten(evaluationSet(data, split)));
  return { trainMs, modelHeapMb, val, evaluated };
}

function flatten(set: { inScope: LabelledExample[]; outOfScope: LabelledExample[] }): LabelledExample[] {
  return [...set.inScope, ...set.outOfScope];
}

async function classifyAll(trained: TrainedSystem, examples: readonly LabelledExample[]): Promise<Classified[]> {
  const out: Classified[] = [];
  for (const example of examples) {
    const started = nowMs();
    const guess = await trained.classify(example.text);
    out.push({ example, guess, ms: nowMs() - started });
  }
  return out;
}

/** With `oosClass`, a query the oos class already claims counts as rejected whatever the threshold. */
function scoredQueries(classified: readonly Classified[], oosClass = false): ScoredQuery[] {
  return classified.map(({ example, guess }) => ({
    score: oosClass && guess.top === OOS ? -1 : guess.topInScopeScore,
    correct: guess.topInScope === example.intent,
    oos: example.intent === OOS,
  }));
}

function measure(run: Run, threshold: number, oosClassAndThreshold: boolean): Measurement {
  const predicted = (g: Guess): string => {
    if (threshold === 0 || oosClassAndThreshold) {
      if (g.top === OOS || g.topInScopeScore < threshold) return OOS;
      return g.top;
    }
    return g.topInScopeScore < threshold ? OOS : g.topInScope;
  };
  const inScope = run.evaluated.filter((c) => c.example.intent !== OOS);
  const outOfScope = run.evaluated.filter((c) => c.example.intent === OOS);
  const times = run.evaluated.map((c) => c.ms).sort((a, b) => a - b);
  const percent = (n: number, of: number): number => round((100 * n) / Math.max(1, of), 2);
  return {
    inScopeAccuracy: percent(inScope.filter((c) => predicted(c.guess) === c.example.intent).length, inScope.length),
    oosRecall: percent(outOfScope.filter((c) => predicted(c.guess) === OOS).length, outOfScope.length),
    trainMs: Math.round(run.trainMs),
    classifyMedianMs: round(quantile(times, 0.5), 4),
    classifyP99Ms: round(quantile(times, 0.99), 4),
    modelHeapMb: round(run.modelHeapMb, 1),
    threshold: round(threshold, 4),
  };
}
