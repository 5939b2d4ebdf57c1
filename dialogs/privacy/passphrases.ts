import { isOrdinaryWord } from './passwordValue';
import type { SecretSpan } from './spans';
import { WORD_END, WORD_START } from './words';

/**
 * A passphrase written without quotes after its label: "my passphrase is correct horse battery staple 7 — …".
 * The words up to the end of the clause (at most eight) are the value when at least two of them are not ordinary
 * words ("my passphrase is too long for the field" says nothing secret). Quoted ones are read by labelScanner.ts.
 */
const WORD = String.raw`[^\s.,;!?—–()"“”]{1,40}`;
const PASSPHRASE = new RegExp(String.raw`${WORD_START}(?:pass[\s-]?phrase|frase\s+de\s+contrase[ñn]a)${WORD_END}(?:\s+(?:is|was|will\s+be|used\s+to\s+be)(?:\s*:)?|\s*[:=])\s+((?:${WORD}[ \t]+){1,7}${WORD})(?=\s*(?:[.,;!?—–(-]|$))`, 'giu');
const UNUSUAL_WORDS = 2;

export function passphrases(text: string): SecretSpan[] {
  if (!/phrase|frase/i.test(text)) return [];
  const spans: SecretSpan[] = [];
  for (const match of text.matchAll(PASSPHRASE)) {
    const phrase = match[1]!;
    const unusual = phrase.split(/\s+/).filter((word) => !isOrdinaryWord(word.toLowerCase()));
    if (unusual.length < UNUSUAL_WORDS) continue;
    const start = match.index! + match[0].length - phrase.length;
    spans.push({ start, end: start + phrase.length });
  }
  return spans;
}
