/**
 * Typo correction against the training vocabulary: a word the model has never seen is replaced by the most
 * frequent training word one edit away (natural's Spellcheck). Only unknown alphabetic words of 4+ letters are
 * touched: short words have too many neighbours to guess safely, and numbers are never typos.
 */
import { createSpellChecker, type SpellChecker } from './naturalText';

const MIN_LENGTH = 4;

export class SpellingCorrector {
  private readonly checker: SpellChecker;
  private readonly known: ReadonlySet<string>;

  constructor(vocabulary: readonly string[]) {
    this.known = new Set(vocabulary);
    this.checker = createSpellChecker(vocabulary);
  }

  correct(word: string): string {
    if (this.known.has(word) || word.length < MIN_LENGTH || !/^[a-z]+$/.test(word)) return word;
    return this.checker.getCorrections(word, 1)[0] ?? word;
  }

  correctAll(tokens: readonly string[]): string[] {
    return tokens.map((token) => this.correct(token));
  }
}
