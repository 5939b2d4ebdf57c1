import { foldAccents } from '../content/normalise';
import { stopWords } from '../nlu/naturalText';

/** Words that say nothing about what a message is about ("the", "for", "in"): natural's English stop words. */
export const FUNCTION_WORDS: ReadonlySet<string> = new Set(stopWords);

/** Plural and past forms as one word ("texted", "texts", "text"), enough to compare content words. */
export function stem(word: string): string {
  if (word.length > 4 && word.endsWith('ed')) return word.slice(0, -2);
  if (word.length > 3 && word.endsWith('s') && !word.endsWith('ss')) return word.slice(0, -1);
  return word;
}

/**
 * A word's root, looser than its stem: -ing forms and the silent e too ("upgrading", "upgraded", "upgrade"). Only
 * to tell whether a title names a word: across a topic's texts it would merge words that tell nodes apart.
 */
export function root(word: string): string {
  const base = word.length > 5 && word.endsWith('ing') ? word.slice(0, -3) : stem(word);
  return base.length > 3 && base.endsWith('e') ? base.slice(0, -1) : base;
}

/**
 * A word as a list of words said by meaning reads it in either language: accents, a plural and a Spanish gender
 * ending aside ("anotados", "anotada" -> "anotad~"; "mío", "mia" -> "mi~", never "mi"). Only to compare words:
 * the form is no word itself.
 */
export function bareForm(word: string): string {
  const folded = foldAccents(word);
  const single = folded.length > 3 && folded.endsWith('s') && !folded.endsWith('ss') ? folded.slice(0, -1) : folded;
  return single.length >= 3 && /[oa]$/.test(single) ? `${single.slice(0, -1)}~` : single;
}
