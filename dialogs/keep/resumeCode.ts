import { randomInt } from 'node:crypto';

/*
 * The code a user writes down to continue later: ten characters in two groups ("K7M4Q-9TXRB"), from an alphabet
 * without the characters people confuse when they copy by hand (0/O, 1/I/L, U/V). 30^10 ≈ 5.9e14 codes (49 bits):
 * with guessing throttled per client and globally (bot/keep/codeThrottle.ts) and codes living a few days, a guesser
 * finds nothing in practice. The code is random: it holds no personal data and says nothing about the place it keeps.
 */

export const CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTVWXYZ23456789';
const GROUP = 5;

/** A new code, from the system's cryptographic random source; always letters and digits mixed (see codeAttempt). */
export function newResumeCode(pick: (max: number) => number = randomInt): string {
  for (;;) {
    const chars = Array.from({ length: GROUP * 2 }, () => CODE_ALPHABET[pick(CODE_ALPHABET.length)]!).join('');
    if (MIXED.test(chars)) return `${chars.slice(0, GROUP)}-${chars.slice(GROUP)}`;
  }
}

/**
 * A message that tries a code: the code alone ("k7m4q-9txrb", "K7M4Q 9TXRB"), or after a word of resuming
 * ("continue K7M4Q-9TXRB", "my code is …", "continuar K7M4Q-9TXRB"); alone, in its two groups. Ten letters and
 * digits mixed in that shape count as a try even with a character the alphabet lacks, so every wrong try is counted
 * against the guesser; a word ("continue yesterdays") or a number (a phone number) is not a code, as every code mixes
 * letters and digits.
 */
const CODE_WORDS: Readonly<Record<string, readonly string[]>> = {
  en: ['continue', 'resume', 'code', 'my code is', 'continue with', 'resume with', 'continue code', 'use code', 'use',
    'here is my code', 'the code is', 'code is'],
  // As Spanish speakers write it (the Spanish replies say "continuar {code}"), with and without accents.
  es: ['continuar', 'continu[eé]', 'continuar con', 'seguir', 'seguir con', 'retomar', 'c[oó]digo', 'mi c[oó]digo es',
    'el c[oó]digo es', 'usar c[oó]digo', 'usar', 'aqu[ií] est[aá] mi c[oó]digo'],
};
const ATTEMPTS = new Map<string, RegExp>();

/** The pattern of a try in one language's words (or in any language's, for `undefined`), built once. */
function attemptPattern(locale: string | undefined): RegExp {
  const known = ATTEMPTS.get(locale ?? '*');
  if (known) return known;
  const words = locale === undefined ? Object.values(CODE_WORDS).flat() : CODE_WORDS[locale] ?? CODE_WORDS.en!;
  const pattern = new RegExp(`^((?:(?:please|por favor)\\s+)?(?:${words.join('|')})[\\s:]+)?([a-z0-9]{5})([\\s-]?)([a-z0-9]{5})[\\s.!]*$`, 'i');
  ATTEMPTS.set(locale ?? '*', pattern);
  return pattern;
}
const MIXED = /^(?=.*\d)(?=.*[a-z])/i;

/**
 * The code a message tries, in its written form ("K7M4Q-9TXRB"), or undefined when it tries none. `locale`: only
 * that language's words before the code count (a code alone counts in every language).
 */
export function codeAttempt(text: string, locale?: string): string | undefined {
  const found = attemptPattern(locale).exec(text.trim());
  // Alone, a code is written in its two groups: ten characters in one piece ("Summer2024") is more likely a password.
  if (!found || (!found[1] && !found[3])) return undefined;
  const code = `${found[2]}${found[4]}`.toUpperCase();
  return MIXED.test(code) ? `${code.slice(0, GROUP)}-${code.slice(GROUP)}` : undefined;
}

/** True when every character is one the bot hands out (a try with others is wrong without a look-up). */
export function isWellFormed(code: string): boolean {
  return new RegExp(`^[${CODE_ALPHABET}]{${GROUP}}-[${CODE_ALPHABET}]{${GROUP}}$`).test(code);
}

/** A code as it may be logged or stored in a transcript: its first group only ("K7M4Q-•••••"). */
export function maskCode(code: string): string {
  return `${code.slice(0, GROUP)}-${'•'.repeat(GROUP)}`;
}

const IN_TEXT = new RegExp(`\\b([${CODE_ALPHABET}]{${GROUP}})-[${CODE_ALPHABET}]{${GROUP}}\\b`, 'gi');

/** Every code-shaped part of a text masked: for logs and transcripts, where codes must not appear in full. */
export function maskCodesIn(text: string): string {
  return text.replace(IN_TEXT, (_whole, first: string) => `${first}-${'•'.repeat(GROUP)}`);
}
