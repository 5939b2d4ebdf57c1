/**
 * Spanish words for the Spanish recognizer, with natural's Spanish tokenizer and Porter stemmer. Like
 * dialogs/nlu/naturalText.ts, only the files used are required, never natural's index (which loads every module).
 */
import { foldAccents } from '../content/normalise';

process.env.DOTENV_CONFIG_QUIET ??= 'true';
type Natural = typeof import('natural');
/* eslint-disable @typescript-eslint/no-require-imports */
const AggressiveTokenizerEs = require('natural/lib/natural/tokenizers/aggressive_tokenizer_es') as new () => { tokenize(text: string): string[] };
const PorterStemmerEs = require('natural/lib/natural/stemmers/porter_stemmer_es') as Natural['PorterStemmerEs'];
/* eslint-enable @typescript-eslint/no-require-imports */

const tokenizer = new AggressiveTokenizerEs();


/**
 * A message's words, lower case and folded. The tokenizer keeps Spanish letters only (digits and punctuation split
 * words); English words typed among Spanish ones ("hacer login", "el password") are kept as they are.
 */
export function spanishWords(text: string): string[] {
  return tokenizer.tokenize(text.toLowerCase()).map(foldAccents).filter((word) => word.length > 0);
}

/** The Porter stem of a (folded) Spanish word: "vinculé", "vincular", "vinculada" -> "vincul". */
export function spanishStem(word: string): string {
  return foldAccents(PorterStemmerEs.stem(word));
}

/** natural's Spanish stop words ("de", "la", "que", "para" …), folded. */
// eslint-disable-next-line @typescript-eslint/no-require-imports
export const spanishStopWords: readonly string[] = (require('natural/lib/natural/util/stopwords_es') as { words: string[] }).words.map(foldAccents);
/** The same stop words as a set, for the engine's readers that test word by word. */
export const SPANISH_STOP_WORDS: ReadonlySet<string> = new Set(spanishStopWords);
