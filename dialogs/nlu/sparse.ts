/** A sparse vector: parallel arrays of feature indices (ascending) and values. */
export interface SparseVector {
  readonly indices: Int32Array;
  readonly values: Float32Array;
}

/** Dot product of two sparse vectors with ascending indices (their cosine when both are L2-normalised). */
export function dot(a: SparseVector, b: SparseVector): number {
  let i = 0;
  let j = 0;
  let sum = 0;
  while (i < a.indices.length && j < b.indices.length) {
    const ai = a.indices[i] as number;
    const bj = b.indices[j] as number;
    if (ai < bj) i++;
    else if (ai > bj) j++;
    else sum += (a.values[i++] as number) * (b.values[j++] as number);
  }
  return sum;
}
