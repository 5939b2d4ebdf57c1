/**
 * Which of the bot's languages (English, Spanish) a message is written in. Measured on the English dev and held-out
 * sets (1,398 messages) and the Spanish dev set (100), franc-min alone (12+ letters, runner-up at most 0.8) called 42
 * English messages Spanish ("how do I upgrade my legacy PACER account"): trigrams say little about short texts full of
 * product names. So the function words of each language decide first (natural's stop word lists, without the words
 * both languages write: "no", "me", "a" …): 1 English message of 1,398 misread, no Spanish one. When they are even,
 * franc-min (wooorm's trigram identifier, asked to choose between the two only) decides a text of 30 letters or more
 * whose runner-up is clearly behind; anything else is left to the recognizers (localeChooser.ts).
 */
import { francAll } from 'franc-min';
import { foldAccents } from '../content/normalise';
import { stopWords } from '../nlu/naturalText';
import { spanishStopWords, spanishWords } from '../nlu-es/spanishText';

/** Words both languages write, which say nothing about which one a message is in. */
const SHARED = new Set(['no', 'me', 'a', 'o', 'y', 'e', 'he', 'se', 'la', 'de', 'en', 'con', 'pro', 'son', 'sin', 'mi', 'su', 'le', 'lo', 'el', 'es']);
const ENGLISH_ONLY = new Set(stopWords.filter((word) => word.length > 1 && !SHARED.has(word) && !spanishStopWords.includes(word)));
const SPANISH_ONLY = new Set([...spanishStopWords, 'de', 'la', 'el', 'es', 'mi', 'su', 'con', 'sin', 'lo', 'le', 'en']
  .filter((word) => word.length > 1 && !ENGLISH_ONLY.has(word) && !['no', 'me', 'he', 'se', 'pro', 'son'].includes(word)));
/** franc-min is asked only about texts with at least this many letters, and only when the runner-up is this far behind. */
const MIN_LETTERS = 30;
const MAX_RUNNER_UP = 0.7;
const FRANC_CODES: Readonly<Record<string, string>> = { eng: 'en', spa: 'es' };

/**
 * English function words a message of a conversation in another language needs to be read as English: Spanish
 * speakers type the English names on PACER's screens and of their courts ("Northern District of Texas", "Link a
 * CM/ECF account to my PACER account"), and one "of" or "to" among them is no change of language.
 */
const ENGLISH_AMONG_OTHERS = 2;

/**
 * 'en' or 'es' when the message says which clearly; undefined when it is too short or too mixed to tell.
 * `current`: the conversation's language so far, kept when the only sign of English is one function word.
 */
export function detectLanguage(text: string, locales: readonly string[], current?: string): string | undefined {
  if (!locales.includes('es') || !locales.includes('en')) return undefined;
  const words = spanishWords(text);
  const evidence = words.filter((word) => SPANISH_ONLY.has(word)).length - words.filter((word) => ENGLISH_ONLY.has(foldAccents(word))).length;
  if (evidence > 0) return 'es';
  if (evidence < 0) return current !== undefined && current !== 'en' && -evidence < ENGLISH_AMONG_OTHERS ? current : 'en';
  if ((text.match(/\p{L}/gu) ?? []).length < MIN_LETTERS) return undefined;
  const [best, second] = francAll(text, { only: ['eng', 'spa'], minLength: 1 });
  if (!best || (second && second[1] > MAX_RUNNER_UP)) return undefined;
  return FRANC_CODES[best[0]];
}
