/**
 * The trained classifier as the bot keeps it: one signed byte per weight instead of a 32-bit float, with one scale
 * and one offset per feature row. Training needs float weights (SoftmaxClassifier); recognition only needs the
 * class probabilities, and these change by less than the training noise when the weights are rounded this way.
 *
 * Why per row: the naive Bayes starting point makes every row dense and gives rows very different ranges (a rare
 * character gram spans several units, a common word a fraction of one), so one scale per row keeps each row's
 * relative precision. Why the offset can be dropped: a feature's row adds value x weight to every class; a constant
 * added to the whole row adds the same amount to every class's score, and the softmax does not change. So each row
 * is centred on the middle of its range before rounding, which halves the range the 255 codes have to cover, and the
 * centre is not stored.
 *
 * Measured on the content (bench/README.md, "Issue 18, round 5"): the weight matrix 2.1 MB -> 0.6 MB in memory,
 * the cached model's JSON about a third of its size, predictions on the dev sets unchanged but for noise.
 */
import { base64ToFloats, floatsToBase64 } from './floatCodec';
import { softmaxInPlace, type SoftmaxClassifier } from './softmaxClassifier';
import type { SparseVector } from './sparse';

export interface QuantizedClassifierJSON {
  /** Int8 per weight, feature-major (row f holds all classes), base64. */
  codes: string;
  /** Float32 per feature row, base64: weight = code x scale (plus a row constant the softmax ignores). */
  scales: string;
  /** Float32 per class, base64. */
  bias: string;
}

/** Largest code magnitude: symmetric, so -127..127 (the byte's -128 is never used). */
const MAX_CODE = 127;

export class QuantizedClassifier {
  private constructor(
    readonly numClasses: number,
    private readonly codes: Int8Array,
    private readonly scales: Float32Array,
    private readonly bias: Float32Array,
  ) {
    if (codes.length !== scales.length * numClasses || bias.length !== numClasses) {
      throw new Error(`QuantizedClassifier: ${codes.length} codes, ${scales.length} rows, ${bias.length} classes`);
    }
  }

  static of(trained: SoftmaxClassifier): QuantizedClassifier {
    const c = trained.numClasses;
    const w = trained.weights;
    const rows = w.length / c;
    const codes = new Int8Array(w.length);
    const scales = new Float32Array(rows);
    for (let f = 0; f < rows; f++) {
      let min = Infinity;
      let max = -Infinity;
      for (let k = f * c; k < (f + 1) * c; k++) {
        min = Math.min(min, w[k] as number);
        max = Math.max(max, w[k] as number);
      }
      const centre = (max + min) / 2;
      const scale = (max - min) / 2 / MAX_CODE;
      scales[f] = scale;
      if (scale === 0) continue; // a constant row: all codes 0, exactly (up to the dropped constant)
      for (let k = f * c; k < (f + 1) * c; k++) codes[k] = Math.round(((w[k] as number) - centre) / scale);
    }
    return new QuantizedClassifier(c, codes, scales, Float32Array.from(trained.bias));
  }

  /** Bytes held by the weights, scales and bias (what the bot keeps of the classifier). */
  get byteLength(): number {
    return this.codes.byteLength + this.scales.byteLength + this.bias.byteLength;
  }

  /** Class probabilities (softmax of the scores). */
  probabilities(x: SparseVector): Float64Array {
    return softmaxInPlace(this.scores(x));
  }

  /**
   * Bias plus each feature's row of codes times (value x row scale). Four features per pass over the classes, so a
   * class score is loaded and stored once per four multiply-adds (recognition reads ~100 features per message).
   */
  private scores(x: SparseVector): Float64Array {
    const c = this.numClasses;
    const q = this.codes;
    const { indices } = x;
    const out = Float64Array.from(this.bias);
    const scaled = (n: number): number => (x.values[n] as number) * (this.scales[indices[n] as number] as number);
    let n = 0;
    for (; n + 3 < indices.length; n += 4) {
      const a = (indices[n] as number) * c, b = (indices[n + 1] as number) * c;
      const d = (indices[n + 2] as number) * c, e = (indices[n + 3] as number) * c;
      const va = scaled(n), vb = scaled(n + 1), vd = scaled(n + 2), ve = scaled(n + 3);
      for (let k = 0; k < c; k++) {
        out[k] = (out[k] as number) + va * (q[a + k] as number) + vb * (q[b + k] as number) + vd * (q[d + k] as number) + ve * (q[e + k] as number);
      }
    }
    for (; n < indices.length; n++) {
      const a = (indices[n] as number) * c;
      const va = scaled(n);
      for (let k = 0; k < c; k++) out[k] = (out[k] as number) + va * (q[a + k] as number);
    }
    return out;
  }

  toJSON(): QuantizedClassifierJSON {
    return {
      codes: Buffer.from(this.codes.buffer, this.codes.byteOffset, this.codes.byteLength).toString('base64'),
      scales: floatsToBase64(this.scales),
      bias: floatsToBase64(this.bias),
    };
  }

  static fromJSON(json: QuantizedClassifierJSON, numClasses: number): QuantizedClassifier {
    const bytes = Buffer.from(json.codes, 'base64');
    // A copy, not a view: a small model's bytes sit in Buffer's shared pool, which a view would keep alive.
    const codes = new Int8Array(bytes.byteLength);
    codes.set(new Int8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength));
    return new QuantizedClassifier(numClasses, codes, base64ToFloats(json.scales), base64ToFloats(json.bias));
  }
}
