import type { SecretSpan } from './spans';

/**
 * E-mail addresses and phone numbers, as people type them: "jane.doe@firm.com", "jane dot doe at firm dot com",
 * "jane(at)firm(dot)com", "(212) 555-0147", "212.555.0147", "2125550147", "+44 20 7946 0958", "011 44 20 …".
 * Those of institutions are found but marked public, and the redactor leaves them: toll-free numbers (800, 888 …:
 * the PACER Service Center, court help desks), a number said to be the help desk's, the clerk's or PACER's, and
 * the courts' own e-mail addresses (uscourts.gov). Found all the same, a user can give one as contact details.
 */
export interface ContactFinding extends SecretSpan {
  readonly kind: 'email' | 'phone';
  /** An institution's number or address: not personal data. */
  readonly public?: boolean;
}

const EMAIL = /[\p{L}\p{N}._%+-]{1,64}@[\p{L}\p{N}.-]{1,253}\.\p{L}{2,24}/gu;
/** The federal courts' own addresses (the PACER Service Center, clerks' offices) are public, not personal. */
const COURTS_OWN = /@(?:[\w-]+\.)*uscourts\.gov$/i;
/** " at ", "(at)", "[at]", " @ " — and " dot ", "(dot)", "." with or without spaces. */
const AT = String.raw`(?:\s{0,2}[(\[{<]\s{0,2}at\s{0,2}[)\]}>]\s{0,2}|\s{1,3}at\s{1,3}|\s{0,2}@\s{0,2})`;
const DOT = String.raw`(?:\s{0,2}[(\[{<]\s{0,2}dot\s{0,2}[)\]}>]\s{0,2}|\s{1,3}dot\s{1,3}|\s{0,2}\.\s{0,2})`;
const PART = String.raw`[\p{L}\p{N}_%+-]{1,64}`;
const TLD = String.raw`(?:com|org|net|gov|edu|mil|us|law|legal|info|biz|io|co|me|uk|ca|de|fr|es|mx|in|au)`;
/** Written-out addresses need a common top-level domain at the end: "look at the step dot" is no address. */
const OBFUSCATED_EMAIL = new RegExp(String.raw`(?<![\p{L}\p{N}_%+-])${PART}(?:${DOT}${PART}){0,3}${AT}${PART}(?:${DOT}${PART}){0,3}${DOT}${TLD}(?![\p{L}\p{N}])`, 'giu');
/** What a written-out address needs: the word "dot", a bracketed "at", a spaced "@", or " at " and a ".com". */
const OBFUSCATION_HINT = /\bdot\b|[(\[{<]\s{0,2}at\s{0,2}[)\]}>]|\s@|@\s/i;
const DOMAIN_HINT = new RegExp(String.raw`\.\s?${TLD}(?![\p{L}\p{N}])`, 'iu');

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
/** The fewest digits of a phone number (a North American one without country code). */
const PHONE_DIGITS = 10;
const TOLL_FREE = /^(?:\+?1[\s.-]*)?\(?\s?8(?:00|33|44|55|66|77|88)\b/;
/** The number is said to be an institution's: "the help desk at", "PACER's number", "call the clerk on". */
const INSTITUTION_BEFORE = /(?:help\s?desk|service\s+cent(?:er|re)|clerk['’]?s?(?:\s+office)?|pacer|court|hotline|support(?:\s+line)?)(?:['’]s)?(?:\s+(?:number|line|phone|is|at|on|says|number\s+is)){0,3}[\s:,-]{0,3}$/i;

/** `digits`: how many digits the text has (counted by the caller, at least up to 10). */
export function findContacts(text: string, digits: number): ContactFinding[] {
  const found: ContactFinding[] = [];
  const at = text.includes('@');
  const emails = [at ? EMAIL : undefined, (at || /at/i.test(text)) && mayBeWrittenOut(text) ? OBFUSCATED_EMAIL : undefined];
  for (const pattern of emails) {
    if (!pattern) continue;
    for (const match of text.matchAll(pattern)) {
      found.push({ start: match.index!, end: match.index! + match[0].length, kind: 'email', public: COURTS_OWN.test(match[0]) });
    }
  }
  if (digits < PHONE_DIGITS) return found;
  for (const pattern of [NANP, NANP_RUN, INTERNATIONAL, LABELLED_PHONE]) {
    for (const match of text.matchAll(pattern)) {
      const number = match[1] ?? match[0];
      const start = match.index! + match[0].length - number.length;
      const digitCount = number.replace(/\D/g, '').length;
      if (digitCount < PHONE_DIGITS || digitCount > 15) continue;
      found.push({ start, end: start + number.length, kind: 'phone', public: isInstitutional(text, number, start) });
    }
  }
  return found;
}

function mayBeWrittenOut(text: string): boolean {
  return OBFUSCATION_HINT.test(text) || (/\sat\s/i.test(text) && DOMAIN_HINT.test(text));
}

function isInstitutional(text: string, number: string, start: number): boolean {
  return TOLL_FREE.test(number) || INSTITUTION_BEFORE.test(text.slice(Math.max(0, start - 40), start));
}
