import { DEFAULT_CLASSIFIER_OPTIONS, SoftmaxClassifier, trainingPasses } from '../../dialogs/nlu/softmaxClassifier';
import { addNaiveBayesPrior } from '../../dialogs/nlu/naiveBayesPrior';
import type { SparseVector } from '../../dialogs/nlu/sparse';
import { decide } from '../../dialogs/nlu/decision';

const v = (pairs: Array<[number, number]>): SparseVector => ({
  indices: Int32Array.from(pairs.map((p) => p[0])), values: Float32Array.from(pairs.map((p) => p[1])),
});

describe('SoftmaxClassifier', () => {
  const xs = [v([[0, 1]]), v([[0, 0.8], [2, 0.6]]), v([[1, 1]]), v([[1, 0.8], [2, 0.6]])];
  const ys = [0, 0, 1, 1];
  const keys = ['a', 'b', 'c', 'd'];
  const options = { epochs: 10, minUpdates: 2000, maxEpochs: 500, learningRate: 1, seed: 3, naiveBayesPrior: 0, classPriorPseudoCount: 0 };
  const model = SoftmaxClassifier.train(xs, ys, keys, 2, 3, options);

  it('learns a separable problem and returns probabilities that sum to 1', () => {
    const p0 = model.probabilities(v([[0, 1]]));
    const p1 = model.probabilities(v([[1, 1]]));
    expect(p0[0]).toBeGreaterThan(0.9);
    expect(p1[1]).toBeGreaterThan(0.9);
    expect(p0[0]! + p0[1]!).toBeCloseTo(1);
  });

  it('trains in time proportional to the data: a tiny corpus gets a few passes, not a fixed number of steps', () => {
    const steps = (n: number): number => n * trainingPasses(n, DEFAULT_CLASSIFIER_OPTIONS);
    expect(steps(20)).toBe(20 * DEFAULT_CLASSIFIER_OPTIONS.maxEpochs); // 2,000 steps, not 30,000
    for (const n of [20, 50, 100, 1000, 15000]) expect(steps(n)).toBeLessThanOrEqual(Math.max(DEFAULT_CLASSIFIER_OPTIONS.minUpdates + n, 100 * n));
    expect(trainingPasses(15000, DEFAULT_CLASSIFIER_OPTIONS)).toBe(DEFAULT_CLASSIFIER_OPTIONS.epochs);
  });

  it('is unsure about a feature both classes share, and is reproducible for a seed', () => {
    expect(model.probabilities(v([[2, 1]]))[0]).toBeCloseTo(0.5, 1);
    expect(SoftmaxClassifier.train(xs, ys, keys, 2, 3, options).weights).toEqual(model.weights);
  });
});

describe('class prior', () => {
  // Nine examples of class 0 and one of class 1, all saying the same word (feature 0), each with a word of its own.
  const xs = Array.from({ length: 10 }, (_, i) => v([[0, 0.7], [i + 1, 0.7]]));
  const ys = xs.map((_, i) => (i === 9 ? 1 : 0));
  const keys = xs.map((_, i) => `example ${i}`);
  const base = { epochs: 20, minUpdates: 0, maxEpochs: 20, learningRate: 1, seed: 1, naiveBayesPrior: 0 };
  const plain = SoftmaxClassifier.train(xs, ys, keys, 2, 11, { ...base, classPriorPseudoCount: 0 });
  const smoothed = SoftmaxClassifier.train(xs, ys, keys, 2, 11, { ...base, classPriorPseudoCount: 1 });

  it('gives a class of one example the prior of one more example per class, and leaves the words alone', () => {
    expect(smoothed.weights).toEqual(plain.weights);
    // On the shared word, the odds of the small class rise by the priors' ratio: (1 + 1) / 1 against (9 + 1) / 9.
    const odds = (m: SoftmaxClassifier): number => m.probabilities(v([[0, 1]]))[1]! / m.probabilities(v([[0, 1]]))[0]!;
    expect(odds(smoothed) / odds(plain)).toBeCloseTo(1.8, 3);
  });
});

describe('decide', () => {
  const rule = { threshold: 0.3, margin: 0.1 };
  it('applies the out-of-scope class, ambiguity and threshold rules in order', () => {
    expect(decide([{ intent: 'a', score: 0.4 }], 0.6, rule)).toEqual({ intent: undefined, score: 0.6, ambiguous: false });
    expect(decide([{ intent: 'a', score: 0.45 }, { intent: 'b', score: 0.4 }], 0.1, rule).ambiguous).toBe(true);
    expect(decide([{ intent: 'a', score: 0.2 }, { intent: 'b', score: 0.05 }], 0.1, rule)).toEqual({ intent: undefined, score: 0.8, ambiguous: false });
    expect(decide([{ intent: 'a', score: 0.9 }, { intent: 'b', score: 0.05 }], 0.05, rule)).toEqual({ intent: 'a', score: 0.9, ambiguous: false });
  });
});

describe('naive Bayes prior', () => {
  // Class 0 is mostly feature 0, class 1 mostly feature 1; feature 3 occurs once, in a class-1 example that also
  // has the class-0 word: the kind of rare but telling word a user types ("navajo" for change_language).
  const common = Array.from({ length: 20 }, (_, i) => (i % 2 === 0 ? v([[0, 1]]) : v([[1, 1]])));
  const xs = [...common, v([[0, 0.9], [3, 0.45]])];
  const ys = [...common.map((_, i) => i % 2), 1];
  const keys = xs.map((_, i) => `example ${i}`);
  const base = { epochs: 3, minUpdates: 0, maxEpochs: 3, learningRate: 0.5, seed: 1, classPriorPseudoCount: 0 };

  it('lets a word seen in a single training example point to its intent', () => {
    const plain = SoftmaxClassifier.train(xs, ys, keys, 2, 4, { ...base, naiveBayesPrior: 0 });
    const withPrior = SoftmaxClassifier.train(xs, ys, keys, 2, 4, { ...base, naiveBayesPrior: 0.3 });
    const rare = v([[3, 1]]);
    expect(withPrior.probabilities(rare)[1]! - plain.probabilities(rare)[1]!).toBeGreaterThan(0.04);
    expect(withPrior.probabilities(rare)[1]).toBeGreaterThan(0.7);
  });

  it('gives a feature weight only through how it differs between classes', () => {
    const weights = new Float32Array(4 * 2);
    addNaiveBayesPrior(weights, xs, ys, 2, 1);
    for (let f = 0; f < 4; f++) expect(weights[f * 2]! + weights[f * 2 + 1]!).toBeCloseTo(0, 5);
    expect(weights[0]).toBeGreaterThan(0); // feature 0: class 0
    expect(weights[3]).toBeGreaterThan(0); // feature 1: class 1
  });

  it('covers only the count features: dense features appended after them (negative values too) are ignored', () => {
    const counts = new Float32Array(4 * 2);
    addNaiveBayesPrior(counts, xs, ys, 2, 1);
    const withDense = xs.map((x, i) => v([...Array.from(x.indices, (f, n): [number, number] => [f, x.values[n]!]), [4, i % 2 ? -0.5 : 0.5]]));
    const all = new Float32Array(5 * 2);
    addNaiveBayesPrior(all.subarray(0, 4 * 2), withDense, ys, 2, 1);
    expect(all.subarray(0, 4 * 2)).toEqual(counts);
    expect([...all.subarray(4 * 2)]).toEqual([0, 0]);
  });
});
