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

  private constructor(
    private readonly features: string[],
    private readonly idf: Float32Array,
    private readonly charWeight: number,
  ) {
    this.index = new Map(features.map((f, i) => [f, i]));
  }

  static fit(documents: readonly Map<string, number>[], charWeight: number): Vectorizer {
    const idfOf = inverseDocumentFrequencies(documents.map((doc) => doc.keys()));
    const features = [...idfOf.keys()].sort();
    return new Vectorizer(features, Float32Array.from(features, (f) => idfOf.get(f)!), charWeight);
  }

  get size(): number {
    return this.features.length;
  }

  transform(counts: Map<string, number>): SparseVector {
    const entries: Array<[number, number, boolean]> = [];
    for (const [feature, tf] of counts) {
      const i = this.index.get(feature);
      if (i !== undefined) entries.push([i, (1 + Math.log(tf)) * (this.idf[i] as number), feature.startsWith(CHAR_PREFIX)]);
    }
    entries.sort((a, b) => a[0] - b[0]);
    const norm = (isChar: boolean): number =>
      Math.sqrt(entries.reduce((s, e) => (e[2] === isChar ? s + e[1] * e[1] : s), 0)) || 1;
    const wordNorm = norm(false);
    const charNorm = norm(true) / this.charWeight;
    return {
      indices: Int32Array.from(entries, (e) => e[0]),
      values: Float32Array.from(entries, (e) => e[1] / (e[2] ? charNorm : wordNorm)),
    };
  }

  toJSON(): VectorizerJSON {
    return { features: this.features, idf: Array.from(this.idf), charWeight: this.charWeight };
  }

  static fromJSON(json: VectorizerJSON): Vectorizer {
    return new Vectorizer(json.features, Float32Array.from(json.idf), json.charWeight);
  }
}
