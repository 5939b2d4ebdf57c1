/**
 * Does a score mean what it says? A recognizer is calibrated when, of the answers it gives with score ~0.8, ~80 %
 * are right. Three measures, as pure functions of predictions:
 * - the reliability table: answers grouped by score (bins of 0.1), each bin's mean score beside its accuracy;
 * - the expected calibration error (ECE): the bins' |mean score - accuracy|, weighted by their share of answers;
 * - the temperature T that fits best (Guo et al. 2017, "On Calibration of Modern Neural Networks"): the class
 *   probabilities raised to 1/T and renormalised (softmax of logits / T), T chosen to minimise the negative
 *   log-likelihood of the right intents. Fitted on out-of-fold predictions, T near 1 means the scores are already
 *   calibrated; T > 1 would mean they are overconfident.
 */
export interface ScoredAnswer {
  score: number;
  correct: boolean;
}

export interface ReliabilityBin {
  /** Scores in [from, to); the last bin includes 1. */
  from: number;
  to: number;
  count: number;
  meanScore: number;
  accuracy: number;
}

export function reliabilityTable(answers: readonly ScoredAnswer[], bins = 10): ReliabilityBin[] {
  const table = Array.from({ length: bins }, (_, b) => ({ from: b / bins, to: (b + 1) / bins, count: 0, meanScore: 0, accuracy: 0 }));
  for (const { score, correct } of answers) {
    const bin = table[Math.min(bins - 1, Math.max(0, Math.floor(score * bins)))] as ReliabilityBin;
    bin.count++;
    bin.meanScore += score;
    bin.accuracy += correct ? 1 : 0;
  }
  for (const bin of table) {
    if (bin.count === 0) continue;
    bin.meanScore /= bin.count;
    bin.accuracy /= bin.count;
  }
  return table;
}

export function expectedCalibrationError(table: readonly ReliabilityBin[]): number {
  const total = table.reduce((n, bin) => n + bin.count, 0);
  if (total === 0) return 0;
  return table.reduce((sum, bin) => sum + (bin.count / total) * Math.abs(bin.meanScore - bin.accuracy), 0);
}

/** One out-of-fold prediction: every class's probability, and the probability the right class got. */
export interface Distribution {
  probabilities: readonly number[];
  /** Index of the right class in `probabilities`. */
  label: number;
}

/** The probabilities softened (T > 1) or sharpened (T < 1): p^(1/T), renormalised. */
export function withTemperature(probabilities: readonly number[], temperature: number): number[] {
  const powered = probabilities.map((p) => Math.max(p, 1e-12) ** (1 / temperature));
  const total = powered.reduce((s, p) => s + p, 0);
  return powered.map((p) => p / total);
}

function negativeLogLikelihood(samples: readonly Distribution[], temperature: number): number {
  let sum = 0;
  for (const s of samples) sum -= Math.log(Math.max(withTemperature(s.probabilities, temperature)[s.label] as number, 1e-12));
  return sum / Math.max(1, samples.length);
}

/** The temperature in [1/8, 8] with the lowest negative log-likelihood (golden-section search on log T). */
export function fitTemperature(samples: readonly Distribution[]): number {
  const ratio = (Math.sqrt(5) - 1) / 2;
  let low = Math.log(1 / 8);
  let high = Math.log(8);
  const loss = (logT: number): number => negativeLogLikelihood(samples, Math.exp(logT));
  for (let i = 0; i < 40; i++) {
    const a = high - ratio * (high - low);
    const b = low + ratio * (high - low);
    if (loss(a) <= loss(b)) high = b;
    else low = a;
  }
  return Math.exp((low + high) / 2);
}
