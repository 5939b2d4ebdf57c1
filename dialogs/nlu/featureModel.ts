/**
 * Everything that turns text into a vector, fitted on the training texts: the spelling vocabulary, the feature
 * options and the TF-IDF vectorizer. Kept together so training and recognition cannot drift apart.
 */
import { SpellingCorrector } from './spelling';
import { DEFAULT_FEATURE_OPTIONS, featuresOfWords, words, type FeatureOptions } from './textFeatures';
import { Vectorizer, type VectorizerJSON } from './vectorizer';
import type { SparseVector } from './sparse';

/** Weight of the character view relative to the word view (1 = equal); tuned on CLINC150 val. */
const CHAR_WEIGHT = 1;

export interface FeatureModelJSON {
  options: FeatureOptions;
  /** Training word counts: the spelling corrector's dictionary and its tie-breaking frequencies. */
  wordCounts: Record<string, number>;
  vectorizer: VectorizerJSON;
}

export class FeatureModel {
  private readonly corrector: SpellingCorrector;
  /** A Map, not the record: a word like "constructor" must not hit Object.prototype. */
  private readonly known: ReadonlyMap<string, number>;

  private constructor(
    private readonly options: FeatureOptions,
    private readonly wordCounts: Record<string, number>,
    private readonly vectorizer: Vectorizer,
  ) {
    this.known = new Map(Object.entries(wordCounts));
    const corpus = [...this.known].flatMap(([w, n]) => Array<string>(n).fill(w));
    this.corrector = new SpellingCorrector(corpus);
  }

  static fit(texts: readonly string[], options: FeatureOptions = DEFAULT_FEATURE_OPTIONS, charWeight = CHAR_WEIGHT): FeatureModel {
    const tokenized = texts.map(words);
    const counts = new Map<string, number>();
    for (const tokens of tokenized) for (const w of tokens) counts.set(w, (counts.get(w) ?? 0) + 1);
    const wordCounts = Object.fromEntries(counts);
    // Training texts are their own vocabulary, so they need no correction.
    const vectorizer = Vectorizer.fit(tokenized.map((t) => featuresOfWords(t, options)), charWeight);
    return new FeatureModel(options, wordCounts, vectorizer);
  }

  get size(): number {
    return this.vectorizer.size;
  }

  vector(text: string): SparseVector {
    return this.analyse(text).vector;
  }

  /** The vector, and how many of the (corrected) words were seen in training: 0 means no real evidence. */
  analyse(text: string): { vector: SparseVector; knownWords: number } {
    const tokens = this.corrector.correctAll(words(text));
    const knownWords = tokens.filter((t) => this.known.has(t)).length;
    return { vector: this.vectorizer.transform(featuresOfWords(tokens, this.options)), knownWords };
  }

  toJSON(): FeatureModelJSON {
    return { options: this.options, wordCounts: this.wordCounts, vectorizer: this.vectorizer.toJSON() };
  }

  static fromJSON(json: FeatureModelJSON): FeatureModel {
    return new FeatureModel(json.options, json.wordCounts, Vectorizer.fromJSON(json.vectorizer));
  }
}
