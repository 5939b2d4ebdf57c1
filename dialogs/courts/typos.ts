import { restrictedEditDistance, stopWords } from '../nlu/naturalText';

/** Words shorter than this are never corrected ("reno", "erie" and everyday words are too close to each other). */
const SHORTEST = 5;
const EVERYDAY = new Set(stopWords);

/**
 * Corrects misspelt court words ("pensylvania", "bankrupcty", "misissippi") to the one word of the court names they
 * are closest to: one edit for words of 5–7 letters, two for longer ones, the same first letter, and only when a
 * single word is that close.
 */
export class TypoFixer {
  private readonly byLength = new Map<number, string[]>();
  private readonly cache = new Map<string, string>();

  /** `everyday`: English words a court word is a typo away from ("normal" is not "NorCal"), never corrected. */
  constructor(private readonly vocabulary: ReadonlySet<string>, private readonly everyday: ReadonlySet<string> = new Set()) {
    for (const word of vocabulary) {
      if (word.length >= SHORTEST - 1 && /^[a-z]+$/.test(word)) this.byLength.set(word.length, [...(this.byLength.get(word.length) ?? []), word]);
    }
  }

  fix(words: readonly string[]): string[] {
    return words.map((word) => this.fixWord(word));
  }

  private fixWord(word: string): string {
    if (word.length < SHORTEST || this.vocabulary.has(word) || EVERYDAY.has(word) || this.everyday.has(word) || !/^[a-z]+$/.test(word)) return word;
    let fixed = this.cache.get(word);
    if (fixed === undefined) {
      fixed = this.closest(word);
      if (this.cache.size > 5000) this.cache.clear();
      this.cache.set(word, fixed);
    }
    return fixed;
  }

  private closest(word: string): string {
    const allowed = word.length >= 8 ? 2 : 1;
    let best: string[] = [];
    let bestDistance = allowed + 1;
    for (let length = word.length - allowed; length <= word.length + allowed; length += 1) {
      for (const candidate of this.byLength.get(length) ?? []) {
        // People seldom mistype a word's first letter; "local" is not "socal".
        if (candidate[0] !== word[0]) continue;
        const distance = restrictedEditDistance(word, candidate);
        if (distance > allowed) continue;
        if (distance < bestDistance) [best, bestDistance] = [[candidate], distance];
        else if (distance === bestDistance) best.push(candidate);
      }
    }
    return best.length === 1 ? best[0]! : word;
  }
}
