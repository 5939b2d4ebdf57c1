/**
 * Typo correction against the training vocabulary, at a bounded cost per message: a word the model has never seen
 * is replaced by the most frequent training word one edit away (a deletion, insertion, substitution or swap of two
 * neighbouring letters). A word is left as it is when:
 * - it is a real English word (`lexicon`, the word vectors' 50,000 words): "price" is not a typo of "rice", and its
 *   own meaning reaches the model through the word vectors;
 * - it is shorter than MIN_LENGTH (too many neighbours to guess safely), longer than MAX_LENGTH (no one misspells a
 *   20-letter word by one letter; such "words" are pasted junk) or not all letters (numbers are never typos);
 * - MAX_WORDS_PER_MESSAGE unknown words of the message were already looked up.
 *
 * Why not natural's Spellcheck (Norvig's method), used before: it builds every string one edit away and removes
 * duplicates with indexOf, which is quadratic in the ~54n candidates: 15 ms for one 20-letter word, 250 ms for
 * 80 letters, and minutes for the 2,000-letter "word" that blocked the bot (issue 15). Here candidates come from a
 * deletion index (the symmetric-delete idea of SymSpell, Wolf Garbe 2012): every vocabulary word is filed under the
 * words its one-letter deletions make, so a query needs 2n + 1 look-ups plus a check of each candidate found.
 */

/** A list of real words. */
export interface Lexicon {
  has(word: string): boolean;
}

export const MIN_LENGTH = 4;
export const MAX_LENGTH = 16;
export const MAX_WORDS_PER_MESSAGE = 6;
/** Candidates checked per word; a deletion index over a natural vocabulary seldom yields more than a dozen. */
export const MAX_CANDIDATES_PER_WORD = 64;
/** Upper bound of `work` for any message: the cost guarantee the fuzz test checks. */
export const MAX_WORK_PER_MESSAGE = MAX_WORDS_PER_MESSAGE * (2 * MAX_LENGTH + 1 + MAX_CANDIDATES_PER_WORD);

export interface Corrected {
  tokens: string[];
  /** Index look-ups plus candidates checked: the correction's cost for this message. */
  work: number;
}

const NO_LEXICON: Lexicon = { has: () => false };

export class SpellingCorrector {
  /** Vocabulary words filed under each string one deletion away from them. */
  private readonly byDeletion = new Map<string, string[]>();

  constructor(private readonly counts: ReadonlyMap<string, number>, private readonly lexicon: Lexicon = NO_LEXICON) {
    for (const word of counts.keys()) {
      // A query of MIN_LENGTH..MAX_LENGTH letters is one edit from words one letter shorter or longer.
      if (word.length < MIN_LENGTH - 1 || word.length > MAX_LENGTH + 1) continue;
      for (const key of new Set(deletions(word))) {
        const words = this.byDeletion.get(key);
        if (words) words.push(word);
        else this.byDeletion.set(key, [word]);
      }
    }
  }

  /** Every token corrected where it should be, within MAX_WORK_PER_MESSAGE. */
  correctAll(tokens: readonly string[]): Corrected {
    let lookedUp = 0;
    let work = 0;
    const out = tokens.map((token) => {
      if (!this.needsCorrection(token) || lookedUp >= MAX_WORDS_PER_MESSAGE) return token;
      lookedUp++;
      const found = this.closest(token);
      work += found.work;
      return found.word ?? token;
    });
    return { tokens: out, work };
  }

  private needsCorrection(token: string): boolean {
    return token.length >= MIN_LENGTH && token.length <= MAX_LENGTH && !this.counts.has(token)
      && /^[a-z]+$/.test(token) && !this.lexicon.has(token);
  }

  /** The most frequent vocabulary word one edit from `word` (alphabetical among equals, so results are stable). */
  private closest(word: string): { word: string | undefined; work: number } {
    let best: string | undefined;
    let bestCount = 0;
    let checked = 0;
    const consider = (candidate: string): void => {
      const count = this.counts.get(candidate) ?? 0;
      if (count > bestCount || (count === bestCount && best !== undefined && candidate < best)) {
        if (withinOneEdit(word, candidate)) [best, bestCount] = [candidate, count];
      }
    };
    const keys = deletions(word);
    for (const key of keys) if (this.counts.has(key)) consider(key); // word has one letter too many
    const lists = [word, ...keys].map((key) => this.byDeletion.get(key) ?? []);
    for (const list of lists) {
      for (const candidate of list) {
        if (checked === MAX_CANDIDATES_PER_WORD) break;
        checked++;
        consider(candidate);
      }
    }
    return { word: best, work: keys.length + lists.length + checked };
  }
}

/** The strings made by deleting one letter of `word`, in order of position. */
function deletions(word: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < word.length; i++) out.push(word.slice(0, i) + word.slice(i + 1));
  return out;
}

/** True when a and b differ by exactly one deletion, insertion, substitution or swap of neighbouring letters. */
export function withinOneEdit(a: string, b: string): boolean {
  if (a === b || Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  const restAfter = (skipA: number, skipB: number): boolean => a.slice(i + skipA) === b.slice(i + skipB);
  if (a.length > b.length) return restAfter(1, 0);
  if (a.length < b.length) return restAfter(0, 1);
  if (restAfter(1, 1)) return true;
  return a[i] === b[i + 1] && a[i + 1] === b[i] && restAfter(2, 2);
}
