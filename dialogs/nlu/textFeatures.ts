/**
 * Text -> bag of string features. Two views of the same utterance, because each covers the other's blind spot:
 * - word view: Porter stems (so "linking"/"linked" agree) as unigrams and bigrams ("not working" != "working");
 * - character view: 3..5-grams inside word boundaries, which survive typos and unseen inflections
 *   ("pasword" still shares "asw", "swo"... with "password").
 * Feature names carry a prefix per view so the vectorizer can weight the views separately.
 */
import { ngrams, stem, tokenizeWords } from './naturalText';

export const WORD_PREFIX = 'w:';
export const CHAR_PREFIX = 'c:';

export interface FeatureOptions {
  /** Character n-gram lengths, inclusive. */
  charMin: number;
  charMax: number;
  /** Word n-gram lengths up to this (1 = unigrams only). */
  wordMaxN: number;
}

export const DEFAULT_FEATURE_OPTIONS: FeatureOptions = { charMin: 3, charMax: 5, wordMaxN: 2 };

/** Lower-case word tokens; apostrophes dropped first so "don't" -> "dont" rather than "don" + "t". */
export function words(text: string): string[] {
  return tokenizeWords(text.toLowerCase().replace(/['’]/g, ''));
}

/** Feature counts of already-tokenized (and possibly spell-corrected) words. */
export function featuresOfWords(tokens: readonly string[], options: FeatureOptions): Map<string, number> {
  const counts = new Map<string, number>();
  const add = (feature: string): void => {
    counts.set(feature, (counts.get(feature) ?? 0) + 1);
  };
  const stems = tokens.map(stem);
  for (let n = 1; n <= options.wordMaxN; n++) {
    for (const gram of ngrams(stems, n)) add(WORD_PREFIX + gram.join(' '));
  }
  for (const token of tokens) {
    for (const gram of charGrams(token, options.charMin, options.charMax)) add(CHAR_PREFIX + gram);
  }
  return counts;
}

/** Character n-grams of one word padded with a space on each side (word-boundary grams, like "char_wb"). */
function charGrams(word: string, min: number, max: number): string[] {
  const chars = [...` ${word} `];
  const out: string[] = [];
  for (let n = min; n <= max; n++) {
    for (const gram of ngrams(chars, n)) out.push(gram.join(''));
  }
  // A word shorter than `min` still deserves one feature of its own.
  if (chars.length < min) out.push(chars.join(''));
  return out;
}
