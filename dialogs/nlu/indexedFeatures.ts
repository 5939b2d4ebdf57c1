/**
 * A text's feature counts by vectorizer index, the form the classifier reads, built without naming every feature
 * again on every message. Most of a word's features depend on the word alone: its Porter stem and its ~15
 * character grams. Looking those grams up by name cost more than anything else in recognition (a new string per
 * gram, hashed for a Map look-up: 40 % of a call's CPU profile, the stemmer another 10 %), so each word's stem and
 * the indices of its known character grams are worked out once and kept. Word n-grams and negations span words and
 * are still looked up per message (a few per message).
 *
 * The result is exactly that of naming the features (`featuresOfWords`) and looking each up: tests/nlu/features
 * compares the two on every content example.
 */
import { stem } from './naturalText';
import { charFeatures, wordFeatures, type FeatureOptions } from './textFeatures';
import type { Vectorizer } from './vectorizer';

/**
 * Words kept; past this the cache starts again, so memory stays bounded whatever users type. The content's
 * training vocabulary is ~2,500 words and CLINC150's ~6,000; a word costs ~200 bytes here.
 */
const MAX_CACHED_WORDS = 20_000;
/** Longer "words" (pasted junk, a 2,000-letter token) are worked out every time, so no message can fill the cache with megabytes. */
const MAX_CACHED_WORD_LENGTH = 32;

interface WordFeatures {
  stem: string;
  /** Indices of the word's character grams that training saw, with repeats (a gram can occur twice in a word). */
  charIndices: number[];
}

export class IndexedFeatures {
  private readonly cache = new Map<string, WordFeatures>();

  constructor(private readonly vectorizer: Vectorizer, private readonly options: FeatureOptions) {}

  /** Counts by feature index; `extra` adds features of the caller's own (the unseen-word count) by name. */
  counts(tokens: readonly string[], extra: ReadonlyMap<string, number> = NONE): Map<number, number> {
    const counts = new Map<number, number>();
    const add = (index: number | undefined, by = 1): void => {
      if (index !== undefined) counts.set(index, (counts.get(index) ?? 0) + by);
    };
    const perWord = tokens.map((token) => this.wordFeatures(token));
    for (const feature of wordFeatures(tokens, perWord.map((w) => w.stem), this.options)) add(this.vectorizer.indexOf(feature));
    for (const [feature, count] of extra) add(this.vectorizer.indexOf(feature), count);
    for (const word of perWord) for (const index of word.charIndices) add(index);
    return counts;
  }

  private wordFeatures(token: string): WordFeatures {
    const cached = this.cache.get(token);
    if (cached) return cached;
    const charIndices: number[] = [];
    for (const feature of charFeatures(token, this.options)) {
      const index = this.vectorizer.indexOf(feature);
      if (index !== undefined) charIndices.push(index);
    }
    const features = { stem: stem(token), charIndices };
    if (token.length > MAX_CACHED_WORD_LENGTH) return features;
    if (this.cache.size >= MAX_CACHED_WORDS) this.cache.clear();
    this.cache.set(token, features);
    return features;
  }
}

const NONE: ReadonlyMap<string, number> = new Map();
