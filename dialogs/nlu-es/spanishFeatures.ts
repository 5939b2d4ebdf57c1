import { ngrams } from '../nlu/naturalText';
import { CHAR_PREFIX, WORD_PREFIX } from '../nlu/textFeatures';
import { spanishStem } from './spanishText';

/**
 * Folded Spanish words -> feature counts, in the English recognizer's two views (so its vectorizer and classifier
 * serve here unchanged): stems as unigrams and bigrams ("no pued" is not "pued"), and character 3..5-grams inside word
 * boundaries, which survive typos, missing accents and inflections the stemmer does not join ("contrasena",
 * "contraseña", "contrasenia").
 */
export function spanishFeatures(words: readonly string[], stem: (word: string) => string = spanishStem): Map<string, number> {
  const counts = new Map<string, number>();
  const add = (feature: string): void => {
    counts.set(feature, (counts.get(feature) ?? 0) + 1);
  };
  const stems = words.map((word) => stem(word));
  for (const stem of stems) add(WORD_PREFIX + stem);
  for (const pair of ngrams(stems, 2)) add(WORD_PREFIX + pair.join(' '));
  for (const word of words) {
    const chars = [...` ${word} `];
    for (let n = 3; n <= 5; n++) for (const gram of ngrams(chars, n)) add(CHAR_PREFIX + gram.join(''));
  }
  return counts;
}
