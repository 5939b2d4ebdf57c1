/** What the benchmark needs of a classifier, so ours and the peers are measured by the same code. */
import type { LabelledExample } from '../../dialogs/nlu/recognizer';

export interface Guess {
  /** Best label over all classes; the out-of-scope label when that class wins (oos-train setting). */
  top: string;
  /**
   * Best label over all classes by probability alone: the same as `top` unless the system applies a threshold of its
   * own there (nlp.js answers "None" below 0.5). The NLU Evaluation Corpora are scored on it (braunBenchmark.ts).
   */
  best: string;
  /** Probability of the best in-scope intent, on which the oos-threshold setting thresholds. */
  topInScopeScore: number;
  /** The best in-scope intent. */
  topInScope: string;
}

export interface TrainedSystem {
  classify(text: string): Guess | Promise<Guess>;
}

export interface BenchSystem {
  name: string;
  /** `oosLabel` marks the examples of the out-of-scope class, when there are any. */
  train(examples: readonly LabelledExample[], oosLabel: string): Promise<TrainedSystem>;
}
