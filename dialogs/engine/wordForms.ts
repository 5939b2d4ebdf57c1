import { stopWords } from '../nlu/naturalText';

/** Words that say nothing about what a message is about ("the", "for", "in"): natural's English stop words. */
export const FUNCTION_WORDS: ReadonlySet<string> = new Set(stopWords);

/** Plural and past forms as one word ("texted", "texts", "text"), enough to compare content words. */
export function stem(word: string): string {
  if (word.length > 4 && word.endsWith('ed')) return word.slice(0, -2);
  if (word.length > 3 && word.endsWith('s') && !word.endsWith('ss')) return word.slice(0, -1);
  return word;
}
