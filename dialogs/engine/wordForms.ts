import { stopWords } from '../nlu/naturalText';

/** Words that say nothing about what a message is about ("the", "for", "in"): natural's English stop words. */
export const FUNCTION_WORDS: ReadonlySet<string> = new Set(stopWords);

/**
 * Plural, past and -ing forms as one word ("texted", "texts", "text"; "upgrading", "upgraded", "upgrade"), enough to
 * compare content words.
 */
export function stem(word: string): string {
  const base = word.length > 4 && word.endsWith('ed') ? word.slice(0, -2)
    : word.length > 5 && word.endsWith('ing') ? word.slice(0, -3)
      : word.length > 3 && word.endsWith('s') && !word.endsWith('ss') ? word.slice(0, -1) : word;
  // The silent e that -ed and -ing drop: "upgrade" is "upgrad" as "upgraded" is.
  return base.length > 3 && base.endsWith('e') ? base.slice(0, -1) : base;
}
