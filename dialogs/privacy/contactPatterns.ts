import { findEmails } from './emailPatterns';
import type { SecretSpan } from './spans';

/**
 * E-mail addresses (emailPatterns.ts) and phone numbers, as people type them: "(212) 555-0147", "212.555.0147",
 * "2125550147", "+44 20 7946 0958", "011 44 20 …", "seven one eight, five five five, …".
 * Those of institutions are found but marked public, and the redactor leaves them: toll-free numbers (800, 888 …:
 * the PACER Service Center, court help desks), a number said to be the help desk's, the clerk's or PACER's, and
 * the courts' own e-mail addresses (uscourts.gov). Found all the same, a user can give one as contact details.
 */
export interface ContactFinding extends SecretSpan {
  readonly kind: 'email' | 'phone';
  /** An institution's number or address: not personal data. */
  readonly public?: boolean;
}

/**
 * North American numbers: (212) 555-0147, 212.555.0147, 212  555  0147, +1 212 555 0147, with an extension. Typed
 * with separators, any digits count (people make numbers up, "555-123-4567"); a bare run of ten digits counts only
 * with a valid area code and exchange ("2125550147"), so that other ten-digit numbers pass.
 */
const EXTENSION = String.raw`(?:\s{0,2}(?:x|ext\.?|extension)\s{0,2}\d{1,6})?`;
const NANP = new RegExp(String.raw`(?<![\d+])(?:\+?1[\s.-]{0,3})?(?:\(\s?\d{3}\s?\)[\s.-]{0,3}\d{3}[\s.-]{0,3}|\d{3}[\s.-]{1,3}\d{3}[\s.-]{1,3})\d{4}${EXTENSION}(?![\d-])`, 'gi');
const NANP_RUN = new RegExp(String.raw`(?<![\d+])(?:\+?1[\s.-]{0,3})?[2-9]\d{2}[2-9]\d{6}${EXTENSION}(?![\d-])`, 'gi');
/** International: "+" or 00 / 011 then a country code and 6-14 more digits in groups. */
const INTERNATIONAL = /(?<![\w+.-])(?:\+|00(?=[\s.-]?[1-9])|011)[\s.-]?(?:\d{7,15}|\d{1,4}(?:(?:[\s.-]{1,2}|\s?\(\s?|\s?\)\s?)\d{1,8}){1,6})(?![\d-])/g;
/** Any number said to be a phone ("my mobile 07700 900461"): 10-15 digits in groups after a phone word. */
const LABELLED_PHONE = /(?<![\p{L}\p{N}])(?:phone|cell|cellphone|mobile|tel|telephone|fax|whatsapp|(?:call|text|reach)\s+me(?:\s+(?:at|on))?)(?![\p{L}\p{N}])[^\d\n+]{0,20}?((?:\+|\(\s?)?\d{1,5}(?:(?:[\s.-]{1,2}|\s?\(\s?|\s?\)\s?)\d{1,8}){0,5})(?![\d-])/giu;
/** Digits written as words, ten or more in a row: "seven one eight, five five five, zero one nine three". */
const DIGIT_WORD = String.raw`(?:zero|oh|one|two|three|four|five|six|seven|eight|nine)`;
const SPELLED_PHONE = new RegExp(String.raw`(?<!\p{L})${DIGIT_WORD}(?:[\s,.-]{1,3}${DIGIT_WORD}){9,14}(?!\p{L})`, 'giu');
const SPELLED_HINT = new RegExp(String.raw`${DIGIT_WORD}[\s,.-]{1,3}${DIGIT_WORD}[\s,.-]{1,3}${DIGIT_WORD}`, 'i');
/** A seven-digit local number said to be the user's: "call me at 555-0147", "my cell is 555 0147". */
const LOCAL_PHONE = /(?<![\p{L}\p{N}])(?:phone|cell|cellphone|mobile|tel|(?:call|text|reach)\s+me|my\s+(?:number|line))(?:\s+(?:is|at|on|number))*[\s:.-]{0,3}(\d{3}[\s.-]\d{4})(?![\d-])/giu;
/** The fewest digits of a phone number (a North American one without country code), and of a local one. */
const PHONE_DIGITS = 10;
const LOCAL_DIGITS = 7;
const TOLL_FREE = /^(?:\+?1[\s.-]*)?\(?\s?8(?:00|33|44|55|66|77|88)\b/;
/** The number is said to be an institution's: "the help desk at", "PACER's number", "call the clerk on". */
const INSTITUTION_BEFORE = /(?:help\s?desk|service\s+cent(?:er|re)|clerk['’]?s?(?:\s+office)?|pacer|court|hotline|support(?:\s+line)?)(?:['’]s)?(?:\s+(?:number|line|phone|is|at|on|says|number\s+is)){0,3}[\s:,-]{0,3}$/i;

/** Earlier in the clause: "the clerk's office number on the court website, 212-…" (not "the court called my number"). */
const INSTITUTION_NUMBER = /(?:help\s?desk|service\s+cent(?:er|re)|clerk|pacer|psc|court|chambers|hotline|support|trustee)(?:['’]s)?(?:\s+(?:office|desk))?\s+(?:(?:phone|fax|main|direct|general|contact)\s+)?(?:number|line|phone|fax)(?!\p{L})([^.!?\n]{0,60})$/iu;
const FIRST_PERSON = /(?<!\p{L})(?:my|me|mine|i|our|us)(?!\p{L})/iu;

/** `digits`: how many digits the text has (counted by the caller, at least up to 10). */
export function findContacts(text: string, digits: number): ContactFinding[] {
  const found: ContactFinding[] = findEmails(text).map((email) => ({ ...email, kind: 'email' }));
  if (SPELLED_HINT.test(text)) {
    for (const match of text.matchAll(SPELLED_PHONE)) found.push({ start: match.index!, end: match.index! + match[0].length, kind: 'phone' });
  }
  if (digits < LOCAL_DIGITS) return found;
  for (const pattern of digits < PHONE_DIGITS ? [LOCAL_PHONE] : [NANP, NANP_RUN, INTERNATIONAL, LABELLED_PHONE, LOCAL_PHONE]) {
    for (const match of text.matchAll(pattern)) {
      const number = match[1] ?? match[0];
      const start = match.index! + match[0].length - number.length;
      const digitCount = number.replace(/\D/g, '').length;
      if (digitCount < (pattern === LOCAL_PHONE ? LOCAL_DIGITS : PHONE_DIGITS) || digitCount > 15) continue;
      found.push({ start, end: start + number.length, kind: 'phone', public: isInstitutional(text, number, start) });
    }
  }
  return found;
}

function isInstitutional(text: string, number: string, start: number): boolean {
  if (TOLL_FREE.test(number) || INSTITUTION_BEFORE.test(text.slice(Math.max(0, start - 40), start))) return true;
  const clause = INSTITUTION_NUMBER.exec(text.slice(Math.max(0, start - 100), start));
  return !!clause && !FIRST_PERSON.test(clause[1]!);
}
