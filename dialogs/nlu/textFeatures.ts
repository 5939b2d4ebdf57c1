/**
 * Text -> bag of string features. Two views of the same utterance, because each covers the other's blind spot:
 * - word view: Porter stems (so "linking"/"linked" agree) as unigrams and bigrams ("not working" != "working"),
 *   plus the words a negation governs ("I know my username but not the password" -> `!password`): a bag of words
 *   cannot otherwise tell that message from "I know my password but not the username"; and which account each
 *   "forgot" or "works" is about ("PACER is fine, the ECF password is lost" -> `@fine pacer`, `@lost ecf password`;
 *   accountStates.ts, with the words content gives: `FeatureOptions.accountStates`);
 * - character view: 3..5-grams inside word boundaries, which survive typos and unseen inflections
 *   ("pasword" still shares "asw", "swo"... with "password"); and the shape of a word that mixes letters and digits
 *   ("jd5678" -> `#aa0000`), so a code never seen in training still reads like the codes that were: a six-character
 *   legacy PACER login, a time such as "5pm".
 * Feature names carry a prefix per view so the vectorizer can weight the views separately.
 */
import { AccountStateReader, type AccountStateWords } from './accountStates';
import { foldAccents } from '../content/normalise';
import { ngrams, stem, tokenizeWords } from './naturalText';

export const WORD_PREFIX = 'w:';
export const CHAR_PREFIX = 'c:';

export interface FeatureOptions {
  /** Character n-gram lengths, inclusive. */
  charMin: number;
  charMax: number;
  /** Word n-gram lengths up to this (1 = unigrams only). */
  wordMaxN: number;
  /** How many words after a negation are marked as negated (0 = none); see `negatedStems`. */
  negationScope: number;
  /** The account-state view's words (content/account-states.yaml); absent: no such view. Kept with the model. */
  accountStates?: AccountStateWords;
  /** Adds the shape of each word that mixes letters and digits to the character view (`wordShape`); absent: off. */
  wordShapes?: boolean;
}

/**
 * negationScope 3 (issue 18, round 2; alone, seed 1): content cross-validation 81.3 -> 81.5 %, confident wrong answers
 * on the dev set 0.7 -> 0.0 %, dev2 in-scope accuracy 97.6 -> 98.5 % ("I know my username but not the password");
 * CLINC150 val 94.13 -> 93.97 % (oos-train): a view for a corpus whose intents differ by what is negated
 * (bench/README.md, "Issue 18, round 2").
 */
export const DEFAULT_FEATURE_OPTIONS: FeatureOptions = { charMin: 3, charMax: 5, wordMaxN: 2, negationScope: 3, wordShapes: true };

const REVERSING_PREFIX = /(?<![\p{L}\p{N}])(un|de)-(?=\p{L})/gu;

/**
 * Lower-case word tokens; apostrophes dropped first so "don't" -> "dont" rather than "don" + "t", and a reversing
 * prefix joined to its word so "un-link" / "de-link" are "unlink" / "delink", not "link" and a stray "un". Accents
 * are folded first: the tokenizer keeps ASCII letters only, so "café" was "caf" and "Münchner Freiheit" the
 * fragments "m", "nchner", "Straße" "stra", "e" (bench/README.md, "Round 15").
 */
export function words(text: string): string[] {
  const latin = foldAccents(text.toLowerCase()).replace(UNDECOMPOSED_LETTERS, (letter) => LATIN_SPELLING[letter] as string);
  return tokenizeWords(latin.replace(/['’]/g, '').replace(REVERSING_PREFIX, '$1'));
}

/** Letters that folding accents leaves as they are (no decomposition), spelt as their languages spell them in ASCII. */
const LATIN_SPELLING: Readonly<Record<string, string>> = { ß: 'ss', æ: 'ae', œ: 'oe', ø: 'o', ł: 'l', đ: 'd' };
const UNDECOMPOSED_LETTERS = new RegExp(`[${Object.keys(LATIN_SPELLING).join('')}]`, 'g');

/** Feature counts of already-tokenized (and possibly spell-corrected) words. */
export function featuresOfWords(tokens: readonly string[], options: FeatureOptions): Map<string, number> {
  const counts = new Map<string, number>();
  const add = (feature: string): void => {
    counts.set(feature, (counts.get(feature) ?? 0) + 1);
  };
  for (const feature of wordFeatures(tokens, tokens.map(stem), options)) add(feature);
  for (const token of tokens) for (const feature of charFeatures(token, options)) add(feature);
  return counts;
}


/** The word view of a text whose words are already stemmed (`stems[i]` is the stem of `tokens[i]`), repeats included. */
export function wordFeatures(tokens: readonly string[], stems: readonly string[], options: FeatureOptions): string[] {
  const out: string[] = [];
  for (let n = 1; n <= options.wordMaxN; n++) {
    for (const gram of ngrams(stems, n)) out.push(WORD_PREFIX + gram.join(' '));
  }
  for (const negated of negatedStems(tokens, stems, options.negationScope)) out.push(WORD_PREFIX + NEGATED + negated);
  if (options.accountStates) for (const pair of stateReader(options.accountStates).states(tokens)) out.push(WORD_PREFIX + ACCOUNT_STATE + pair);
  return out;
}

/** The topic of the one login a text says is lost while another works (accountStates.ts `lostTopic`), if any. */
export function lostLoginTopic(tokens: readonly string[], options: FeatureOptions): { topic: string; among: ReadonlySet<string> } | undefined {
  if (!options.accountStates) return undefined;
  const reader = stateReader(options.accountStates);
  const topic = reader.lostTopic(tokens);
  return topic === undefined ? undefined : { topic, among: reader.credentialTopics() };
}

/** One reader per word list (a model's options object lives as long as the model). */
const readers = new WeakMap<AccountStateWords, AccountStateReader>();
function stateReader(words: AccountStateWords): AccountStateReader {
  let reader = readers.get(words);
  if (!reader) readers.set(words, (reader = new AccountStateReader(words)));
  return reader;
}

/** The character view of one word, repeats included: it depends on the word alone, so it can be computed once per word. */
export function charFeatures(token: string, options: FeatureOptions): string[] {
  const grams = charGrams(token, options.charMin, options.charMax).map((gram) => CHAR_PREFIX + gram);
  const shape = options.wordShapes ? wordShape(token) : undefined;
  return shape === undefined ? grams : [...grams, CHAR_PREFIX + SHAPE + shape];
}

/** Prefix of a word's shape: no character gram contains it (tokens hold letters, digits and underscores only). */
const SHAPE = '#';

/**
 * "ab1234" -> "aa0000": letters become "a" and digits "0", the length kept (a six-character login is the legacy
 * kind, an eight-character one is not). Only for a word with both: plain words and numbers have their own grams.
 */
export function wordShape(token: string): string | undefined {
  if (!/[a-z]/.test(token) || !/\d/.test(token)) return undefined;
  return token.replace(/[a-z]/g, 'a').replace(/\d/g, '0');
}

/** Prefix of a negated stem: no token contains it (the tokenizer keeps letters, digits and underscores only). */
const NEGATED = '!';
/** Prefix of an account-state pair (accountStates.ts): no token contains it. */
const ACCOUNT_STATE = '@';
/** Apostrophes are gone by now ("don't" -> "dont"). */
const NEGATIONS = new Set(['not', 'no', 'never', 'neither', 'nor', 'without', 'cannot', 'cant', 'dont', 'doesnt', 'didnt',
  'isnt', 'arent', 'wasnt', 'werent', 'wont', 'wouldnt', 'couldnt', 'havent', 'hasnt', 'hadnt']);
/** Words a negation reaches past without spending its scope: "not the password", "can't remember my PACER login". */
const PASSED_OVER = new Set(['a', 'an', 'the', 'my', 'our', 'your', 'his', 'her', 'their', 'its', 'this', 'that', 'any', 'to', 'be', 'been', 'able']);
/** Words that end a negation's reach: "not the password but the username". */
const SCOPE_ENDS = new Set(['but', 'and', 'or', 'so', 'because', 'if', 'when', 'then', 'though', 'although', 'yet']);

/** Stems of the (at most `scope`) content words each negation governs, in the manner of negation-scope marking in sentiment analysis. */
function negatedStems(tokens: readonly string[], stems: readonly string[], scope: number): string[] {
  const out: string[] = [];
  tokens.forEach((token, at) => {
    if (!NEGATIONS.has(token)) return;
    let taken = 0;
    for (let next = at + 1; next < tokens.length && taken < scope; next++) {
      const word = tokens[next] as string;
      if (SCOPE_ENDS.has(word) || NEGATIONS.has(word)) break;
      if (PASSED_OVER.has(word)) continue;
      out.push(stems[next] as string);
      taken++;
    }
  });
  return out;
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
