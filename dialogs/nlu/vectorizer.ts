/**
 * Feature counts -> TF-IDF sparse vectors. Sublinear tf (1 + ln tf) and smoothed idf, as in scikit-learn's
 * TfidfVectorizer, which is the usual strong bag-of-words baseline. The word and character views are
 * L2-normalised separately and then weighted, so the many character grams don't drown the few word features.
 * Features never seen in training are ignored at recognition time.
 */
import { CHAR_PREFIX } from './textFeatures';
import type { SparseVector } from './sparse';
import { inverseDocumentFrequencies } from './tfidf';

export interface VectorizerJSON {
  features: string[];
  idf: number[];
  charWeight: number;
}

export class Vectorizer {
  private readonly index: Map<string, number>;
  /** 1 where the feature belongs to the character view (normalised apart from the word view). */
  private readonly isChar: Uint8Array;

  private constructor(
    private readonly features: string[],
    private readonly idf: Float32Array,
    private readonly charWeight: number,
  ) {
    this.index = new Map(features.map((f, i) => [f, i]));
    this.isChar = Uint8Array.from(features, (f) => (f.startsWith(CHAR_PREFIX) ? 1 : 0));
  }

  static fit(documents: readonly Map<string, number>[], charWeight: number): Vectorizer {
    const idfOf = inverseDocumentFrequencies(documents.map((doc) => doc.keys()));
    const features = [...idfOf.keys()].sort();
    return new Vectorizer(features, Float32Array.from(features, (f) => idfOf.get(f)!), charWeight);
  }

  get size(): number {
    return this.features.length;
  }

  /** The index of a feature, or undefined for a feature training never saw (ignored at recognition time). */
  indexOf(feature: string): number | undefined {
    return this.index.get(feature);
  }

  /** TF-IDF vector of feature counts keyed by name (features training never saw are ignored). */
  transformNamed(counts: ReadonlyMap<string, number>): SparseVector {
    const byIndex = new Map<number, number>();
    for (const [feature, count] of counts) {
      const i = this.index.get(feature);
      if (i !== undefined) byIndex.set(i, count);
    }
    return this.transform(byIndex);
  }

  /** TF-IDF vector of feature counts keyed by index (see indexedFeatures.ts). */
  transform(counts: ReadonlyMap<number, number>): SparseVector {
    const indices = new Int32Array(counts.size);
    let n = 0;
    for (const i of counts.keys()) indices[n++] = i;
    indices.sort();
    // Plain loops, no callbacks: this runs on every message.
    const weighted = new Float64Array(indices.length);
    let wordSquares = 0;
    let charSquares = 0;
    for (n = 0; n < indices.length; n++) {
      const i = indices[n] as number;
      const v = (1 + Math.log(counts.get(i) as number)) * (this.idf[i] as number);
      weighted[n] = v;
      if (this.isChar[i]) charSquares += v * v;
      else wordSquares += v * v;
    }
    const wordNorm = Math.sqrt(wordSquares) || 1;
    const charNorm = (Math.sqrt(charSquares) || 1) / this.charWeight;
    const values = new Float32Array(indices.length);
    for (n = 0; n < indices.length; n++) values[n] = (weighted[n] as number) / (this.isChar[indices[n] as number] ? charNorm : wordNorm);
    return { indices, values };
  }

  toJSON(): VectorizerJSON {
    return { features: this.features, idf: Array.from(this.idf), charWeight: this.charWeight };
  }

  static fromJSON(json: VectorizerJSON): Vectorizer {
    return new Vectorizer(json.features, Float32Array.from(json.idf), json.charWeight);
  }
}
