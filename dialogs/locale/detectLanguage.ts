/**
 * Which of the bot's languages a message is written in, with franc-min (wooorm's trigram language identifier; see
 * the commit that added it for the choice). It is asked to choose between the bot's languages only, and its
 * answer is taken only when the message is long enough and the other language is clearly behind: a few words
 * ("no me deja hacer login", "PACER account") are left to the recognizers (localeChooser.ts).
 */
import { francAll } from 'franc-min';

/** franc's ISO 639-3 codes of the locales the bot speaks. */
const FRANC_CODES: Readonly<Record<string, string>> = { en: 'eng', es: 'spa' };
/** Fewer letters than this and trigram statistics say little. */
const MIN_LETTERS = 12;
/** The runner-up's relative score (1 = as likely as the winner) must be at most this. */
const MAX_RUNNER_UP = 0.8;

/** The locale of `text` among `locales`, or undefined when the message is too short or too mixed to tell. */
export function detectLanguage(text: string, locales: readonly string[]): string | undefined {
  if ((text.match(/\p{L}/gu) ?? []).length < MIN_LETTERS) return undefined;
  const only = locales.flatMap((locale) => (FRANC_CODES[locale] ? [FRANC_CODES[locale]] : []));
  if (only.length < 2) return undefined;
  const [best, second] = francAll(text, { only, minLength: 1 });
  if (!best || best[0] === 'und' || (second && second[1] > MAX_RUNNER_UP)) return undefined;
  return Object.keys(FRANC_CODES).find((locale) => FRANC_CODES[locale] === best[0]);
}
