/**
 * Multinomial naive Bayes log-probabilities as the starting weights of the logistic regression (in the spirit of
 * NBSVM, Wang & Manning 2012, which interpolates an SVM with naive Bayes log-count ratios).
 *
 * Why: averaged SGD shrinks every weight towards its starting value. From zero, a feature seen in few training
 * queries keeps a weak weight; naive Bayes instead gives each feature a share of evidence for the classes it occurs
 * in, even when seldom seen, and the regression then only learns the correction (e.g. for features shared by
 * similar intents). On CLINC150 val this lifted in-scope accuracy from 92.85 to 93.37 % (mean of 3 seeds; every
 * seed +0.3 to +0.7) at no cost at recognition time: the prior is folded into the same weight matrix.
 *
 * theta[f][k] = log((mass of feature f in class k + ALPHA) / (mass of class k + ALPHA * numFeatures)), where the
 * mass is the sum of the examples' TF-IDF values; each feature's row is centred (mean over classes subtracted) so
 * a feature carries evidence only through how it differs between classes, and the row is scaled by `scale`.
 */
import type { SparseVector } from './sparse';

/** Additive (Lidstone) smoothing of the class-conditional feature mass; 0.1 is the usual choice for TF-IDF input. */
const ALPHA = 0.1;

/**
 * Adds scale * theta to `weights` (feature-major: row f holds all classes, like SoftmaxClassifier). Features past
 * the rows of `weights` (dense features appended after the counts) are ignored.
 */
export function addNaiveBayesPrior(weights: Float32Array, xs: readonly SparseVector[], ys: readonly number[],
  numClasses: number, scale: number): void {
  const c = numClasses;
  const numFeatures = weights.length / c;
  const mass = new Float32Array(weights.length); // Float32 like the weights: halves the transient memory (35 MB on CLINC)
  const classMass = new Float64Array(c);
  xs.forEach((x, i) => {
    const y = ys[i] as number;
    for (let n = 0; n < x.indices.length; n++) {
      const f = x.indices[n] as number;
      if (f >= numFeatures) break; // indices ascend: the rest are past the counts too
      const v = x.values[n] as number;
      mass[f * c + y] += v;
      classMass[y] = (classMass[y] as number) + v;
    }
  });
  const logTotals = Float64Array.from(classMass, (m) => Math.log(m + ALPHA * numFeatures));
  const row = new Float64Array(c);
  for (let f = 0; f < numFeatures; f++) {
    let mean = 0;
    for (let k = 0; k < c; k++) mean += row[k] = Math.log((mass[f * c + k] as number) + ALPHA) - (logTotals[k] as number);
    mean /= c;
    for (let k = 0; k < c; k++) weights[f * c + k] = (weights[f * c + k] as number) + scale * ((row[k] as number) - mean);
  }
}
