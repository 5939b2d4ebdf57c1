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
 * A word of MIN_LENGTH_TWO_EDITS letters or more that no training word is one edit from may be two edits from one
 * ("crdentails", "cokiez", "upgread"): then the most frequent training word seen at least MIN_COUNT_TWO_EDITS times
 * that starts with the same letter and is within two edits is taken. A guess that far needs a strong prior, so rare
 * training words are never reached that way (issue 18, round 11: on generated two-edit misspellings of the content's
 * own words the model read 12.8 % of them as the word meant, now 49.4 %; bench/README.md, "Round 11: misspelt domain words").
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
/** Candidates checked per word and per pass; a deletion index over a natural vocabulary seldom yields more than a dozen. */
export const MAX_CANDIDATES_PER_WORD = 64;
/** Shortest word that may be two edits from the word meant: two edits in five letters leave too little of it. */
export const MIN_LENGTH_TWO_EDITS = 6;
/** Fewest times training must have seen a word for a two-edit guess to reach it. */
export const MIN_COUNT_TWO_EDITS = 5;
/** Upper bound of `work` for any message (look-ups plus candidates checked, both passes): the cost guarantee the fuzz test checks. */
export const MAX_WORK_PER_MESSAGE = MAX_WORDS_PER_MESSAGE * (2 * MAX_LENGTH + 1 + 2 * MAX_CANDIDATES_PER_WORD);

export interface Corrected {
  tokens: string[];
  /** Index look-ups plus candidates checked: the correction's cost for this message. */
  work: number;
}

const NO_LEXICON: Lexicon = { has: () => false };

export class SpellingCorrector {
  /** Vocabulary words filed under each string one deletion away from them. */
  private readonly byDeletion = new Map<string, string[]>();
  /** Frequent vocabulary words (MIN_COUNT_TWO_EDITS) by first letter, most frequent first: the two-edit candidates. */
  private readonly frequentByFirstLetter = new Map<string, string[]>();

  constructor(private readonly counts: ReadonlyMap<string, number>, private readonly lexicon: Lexicon = NO_LEXICON) {
    for (const word of counts.keys()) {
      // A query of MIN_LENGTH..MAX_LENGTH letters is one edit from words one letter shorter or longer.
      if (word.length < MIN_LENGTH - 1 || word.length > MAX_LENGTH + 1) continue;
      for (const key of new Set(deletions(word))) file(this.byDeletion, key, word);
    }
    const frequent = [...counts].filter(([word, n]) => n >= MIN_COUNT_TWO_EDITS && word.length >= MIN_LENGTH_TWO_EDITS - 2 && word.length <= MAX_LENGTH + 2)
      .sort(([a, m], [b, n]) => n - m || (a < b ? -1 : 1));
    for (const [word] of frequent) file(this.frequentByFirstLetter, word[0] as string, word);
  }

  /** Every token corrected where it should be, within MAX_WORK_PER_MESSAGE. */
  correctAll(tokens: readonly string[]): Corrected {
    let lookedUp = 0;
    let work = 0;
    const out = tokens.map((token) => {
      if (!this.needsCorrection(token) || lookedUp >= MAX_WORDS_PER_MESSAGE) return token;
      lookedUp++;
      const found = this.closest(token);
      const further = found.word === undefined && token.length >= MIN_LENGTH_TWO_EDITS ? this.closestWithinTwo(token) : undefined;
      work += found.work + (further?.work ?? 0);
      return found.word ?? further?.word ?? token;
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

  /**
   * The most frequent of the frequent vocabulary words within two edits of `word` that begin with its letter (people
   * seldom mistype a word's first letter, courts/typos.ts makes the same assumption), alphabetical among equals.
   * The candidates are few (a few hundred frequent words over 26 letters), so they are checked one by one, most
   * frequent first, and the first within two edits is the answer.
   */
  private closestWithinTwo(word: string): { word: string | undefined; work: number } {
    let checked = 0;
    for (const candidate of this.frequentByFirstLetter.get(word[0] as string) ?? []) {
      if (Math.abs(candidate.length - word.length) > 2) continue;
      if (checked === MAX_CANDIDATES_PER_WORD) break;
      checked++;
      if (withinTwoEdits(word, candidate)) return { word: candidate, work: checked };
    }
    return { word: undefined, work: checked };
  }
}

function file(index: Map<string, string[]>, key: string, word: string): void {
  const words = index.get(key);
  if (words) words.push(word);
  else index.set(key, [word]);
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

/** Rows of the edit-distance table, kept between calls: the check runs on every unseen word of a message. */
const rows = [new Int32Array(MAX_LENGTH + 4), new Int32Array(MAX_LENGTH + 4), new Int32Array(MAX_LENGTH + 4)];

/**
 * True when a and b are at most two deletions, insertions, substitutions or swaps of neighbouring letters apart
 * (the restricted Damerau-Levenshtein distance), for words of at most MAX_LENGTH + 2 letters. Stops at the first
 * row that is already more than two edits in.
 */
export function withinTwoEdits(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 2 || a.length > MAX_LENGTH + 2 || b.length > MAX_LENGTH + 2) return false;
  let [before, previous, current] = rows as [Int32Array, Int32Array, Int32Array];
  for (let j = 0; j <= b.length; j++) previous[j] = j;
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min((previous[j] as number) + 1, (current[j - 1] as number) + 1, (previous[j - 1] as number) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, (before[j - 2] as number) + 1);
      current[j] = d;
      if (d < rowMin) rowMin = d;
    }
    if (rowMin > 2) return false;
    [before, previous, current] = [previous, current, before];
  }
  return (previous[b.length] as number) <= 2;
}
