import { QuantizedClassifier } from '../../dialogs/nlu/quantizedClassifier';
import { seededRandom } from '../../dialogs/nlu/random';
import { SoftmaxClassifier } from '../../dialogs/nlu/softmaxClassifier';
import type { SparseVector } from '../../dialogs/nlu/sparse';

/** A float classifier with dense random rows of very different ranges, like the naive Bayes start makes them. */
function randomClassifier(features: number, classes: number): SoftmaxClassifier {
  const random = seededRandom(7);
  const weights = new Float32Array(features * classes);
  for (let f = 0; f < features; f++) {
    const range = 0.01 + 5 * random() ** 3;
    const offset = 3 * (random() - 0.5);
    for (let k = 0; k < classes; k++) weights[f * classes + k] = offset + range * (random() - 0.5);
  }
  return new SoftmaxClassifier(classes, weights, Float32Array.from({ length: classes }, () => random() - 0.5));
}

function randomMessage(features: number, random: () => number): SparseVector {
  const picked = [...new Set(Array.from({ length: 60 }, () => Math.floor(random() * features)))].sort((a, b) => a - b);
  return { indices: Int32Array.from(picked), values: Float32Array.from(picked, () => random() * 0.3) };
}

describe('QuantizedClassifier', () => {
  const float = randomClassifier(2000, 31);
  const quantized = QuantizedClassifier.of(float);

  it('gives the float model probabilities to within a fraction of a point, in under a third of the bytes', () => {
    const random = seededRandom(11);
    let worst = 0;
    for (let i = 0; i < 200; i++) {
      const x = randomMessage(2000, random);
      const p = float.probabilities(x);
      const q = quantized.probabilities(x);
      for (let k = 0; k < p.length; k++) worst = Math.max(worst, Math.abs((p[k] as number) - (q[k] as number)));
      expect(q.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 9);
    }
    expect(worst).toBeLessThan(0.01);
    expect(quantized.byteLength).toBeLessThan(float.weights.byteLength / 3.4);
  });

  it('keeps a row whose weights are all equal exact (the softmax ignores a constant row)', () => {
    const constant = new SoftmaxClassifier(2, Float32Array.from([4, 4, 1, -1]), Float32Array.from([0, 0]));
    const x = { indices: Int32Array.from([0, 1]), values: Float32Array.from([0.5, 0.5]) };
    expect(QuantizedClassifier.of(constant).probabilities(x)[0]).toBeCloseTo(constant.probabilities(x)[0] as number, 6);
  });

  it('round-trips through JSON bit for bit, and rejects a model whose sizes disagree', () => {
    const restored = QuantizedClassifier.fromJSON(JSON.parse(JSON.stringify(quantized.toJSON())), 31);
    const x = randomMessage(2000, seededRandom(3));
    expect(restored.probabilities(x)).toEqual(quantized.probabilities(x));
    expect(() => QuantizedClassifier.fromJSON(quantized.toJSON(), 30)).toThrow();
  });
});
