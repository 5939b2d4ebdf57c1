/**
 * The one place that loads `natural`. Importing it runs dotenv.config(), which prints "tip" banners on stdout
 * (that would corrupt the JSON-lines output of the CLI), so it is told to be quiet before it is required.
 * Only the text tools the recognizer needs are re-exported, with narrow types.
 */
process.env.DOTENV_CONFIG_QUIET ??= 'true';
/*
 * Performance (issue 9): natural's index requires every module it has (classifiers, WordNet, POS tagger, all
 * languages' stemmers …), ~600 ms of a ~3.4 s cold start, and more under load. Only the files below are used, so they
 * are required directly: same classes, same behaviour. Their types are taken from natural's own declarations. (Its
 * SentimentAnalyzer is not among them: it loads the lexicons of nine languages, ~11 MB of heap, for the one
 * English list frustration.ts reads directly.)
 */
type Natural = typeof import('natural');
/* eslint-disable @typescript-eslint/no-require-imports */
const natural = {
  WordTokenizer: (require('natural/lib/natural/tokenizers/regexp_tokenizer') as Pick<Natural, 'WordTokenizer'>).WordTokenizer,
  PorterStemmer: require('natural/lib/natural/stemmers/porter_stemmer') as Natural['PorterStemmer'],
  NGrams: require('natural/lib/natural/ngrams/ngrams') as Natural['NGrams'],
  LevenshteinDistance: (require('natural/lib/natural/distance/levenshtein_distance') as Pick<Natural, 'LevenshteinDistance'>).LevenshteinDistance,
  DamerauLevenshteinDistance: (require('natural/lib/natural/distance/levenshtein_distance') as Pick<Natural, 'DamerauLevenshteinDistance'>).DamerauLevenshteinDistance,
  stopwords: (require('natural/lib/natural/util/stopwords') as { words: Natural['stopwords'] }).words,
};
/* eslint-enable @typescript-eslint/no-require-imports */

const wordTokenizer = new natural.WordTokenizer();

/** Splits on anything that is not a letter, digit or underscore ("can't" -> "can", "t"). */
export function tokenizeWords(text: string): string[] {
  return wordTokenizer.tokenize(text) ?? [];
}

/** Porter stem of one lower-case word. */
export function stem(word: string): string {
  return natural.PorterStemmer.stem(word);
}

/** Contiguous n-grams of a token list (n >= 1). */
export function ngrams(items: readonly string[], n: number): string[][] {
  if (items.length < n) return [];
  return natural.NGrams.ngrams([...items], n) as string[][];
}

/** English negation words ("not", "no", "never" …), which natural's sentiment analyzer never scores as mood. */
// eslint-disable-next-line @typescript-eslint/no-require-imports
export const negationWords: ReadonlySet<string> = new Set((require('natural/lib/natural/sentiment/English/negations_en.json') as { words: string[] }).words);

/** Levenshtein edit distance (used to suggest the key an author probably meant). */
export function editDistance(a: string, b: string): number {
  return natural.LevenshteinDistance(a, b);
}

/** natural's English stop words ("the", "of", "in" …): everyday words that never name a court. */
export const stopWords: readonly string[] = natural.stopwords;

/** Edit distance counting a swap of two neighbouring letters as one edit ("Eastren" -> "Eastern"). */
export function restrictedEditDistance(a: string, b: string): number {
  return natural.DamerauLevenshteinDistance(a, b, { restricted: true });
}
