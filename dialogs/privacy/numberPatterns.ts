import type { SecretSpan } from './spans';
import { WORD_END, WORD_START } from './words';

/**
 * Numbers that identify or pay: Social Security numbers, payment cards (and their security codes), dates of
 * birth, one-time codes. A label nearby ("SSN", "card", "DOB", "verification code") lets a number count that
 * could otherwise be anything; without one, only shapes that are hard to mistake count (a 3-2-4 SSN with
 * separators, a 13-19 digit number passing the Luhn check). Case numbers ("1:23-bk-04567"), dates that are not
 * a birth date, client codes and step numbers pass. Every repeat is bounded: linear time on any input.
 */
export interface NumberFinding extends SecretSpan { readonly kind: 'ssn' | 'card' | 'dob' | 'code' }

/** Separators people type between digit groups: "-", ".", "/", spaces (one or several), or a dash with spaces. */
const SEP = String.raw`(?:\s{0,3}[-.–/]\s{0,3}|\s{1,3})`;
const SSN_SHAPE = String.raw`(?<![\d-])(\d{3})${SEP}(\d{2})${SEP}(\d{4})(?![\d-])`;
const SSN = new RegExp(SSN_SHAPE, 'g');
/** "SSN", "social security (number)", "SS#", "soc sec", "TIN": a nine-digit run after one is an SSN too. */
const SSN_LABEL = String.raw`(?:ssn|ss\s?#|ss\s?no\.?|soc(?:ial)?\.?\s*sec(?:urity)?\.?(?:\s*(?:number|no\.?|#))?|social|i?tin|taxpayer\s+id(?:entification)?(?:\s+number)?|seguro\s+social)`;
const LABELLED_SSN = new RegExp(String.raw`${WORD_START}${SSN_LABEL}${WORD_END}[^\d\n]{0,40}?(?<![\d-])(\d{9}|\d{3}${SEP}\d{2}${SEP}\d{4})(?![\d-])`, 'giu');

/** 13 to 19 digits, grouped any way: "4111 1111 1111 1111", "4111.1111.1111.1111" (after a "+": a phone). */
const CARD = /(?<![\d+-])\d(?:[\s.-]{0,2}\d){12,18}(?![\d-])/g;
const CARD_LABEL = String.raw`(?:card|visa|master\s?card|amex|american\s+express|discover|credit|debit|cc|tarjeta|carte)`;
const LABELLED_CARD = new RegExp(String.raw`${WORD_START}${CARD_LABEL}${WORD_END}[^\d\n]{0,40}?(?<![\d+])(\d(?:[\s.-]{0,2}\d){12,18})(?![\d-])`, 'giu');
/** The card's security code: "CVV 123", "cvc: 4321", "security code on the back is 123". */
const CARD_CODE = /(?<![\p{L}\p{N}])(?:cvv2?|cvc2?|csc|cid|card\s+security\s+code)(?![\p{L}\p{N}])[^\d\n]{0,24}?(?<!\d)(\d{3,4})(?!\d)/giu;

const MONTH = String.raw`(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?`;
const DAY = String.raw`\d{1,2}(?:st|nd|rd|th)?`;
const YEAR = String.raw`(?:\d{4}|['’]?\d{2})`;
/** 3/4/1980, 03-04-80, 1980-03-04, 1980/3/4, March 4, 1980, 4 March '80, 4th of March 1980, 4-Oct-1983. */
const DATE = String.raw`(?:\d{1,2}\s?[/.-]\s?\d{1,2}\s?[/.-]\s?${YEAR}|\d{4}[/.-]\d{1,2}[/.-]\d{1,2}|${MONTH}[\s/.-]{1,3}${DAY},?[\s/.-]{1,3}${YEAR}|${DAY}[\s/.-]{1,3}(?:of\s+)?${MONTH},?[\s/.-]{1,3}${YEAR})`;
const DOB_LABEL = String.raw`(?:d\.?\s?o\.?\s?b\.?|date\s+of\s+birth|birth\s?date|birth\s?day|born|b-?day|fecha\s+de\s+nacimiento|date\s+de\s+naissance|geburtsdatum|data\s+de\s+nascimento)`;
const DOB_HINT = /d\.?\s?o\.?\s?b|birth|born|b-?day|nacimiento|naissance|geburt|nascimento/i;
const DOB_AFTER_LABEL = new RegExp(String.raw`${WORD_START}${DOB_LABEL}${WORD_END}[^\d\n]{0,30}?(?<![\d/.-])(${DATE})(?![\d/.-])`, 'giu');
const DOB_BEFORE_LABEL = new RegExp(String.raw`(?<![\d/.-])(${DATE})(?![\d/.-])[^\d\n]{0,20}?(?:is|was|as|for)\s+(?:(?:my|his|her|the|their|our|client['’]s|debtor['’]s)\s+)?${DOB_LABEL}${WORD_END}`, 'giu');

/**
 * One-time codes (sources.md A15: not kept either). Named codes take 4-8 digits; a bare "code", or a six-digit
 * number near where codes come from (a text, an authenticator app), takes 6-8 (or 3+3, 2+2+2), so that error codes
 * ("code 500"), ZIP codes (five digits), bar numbers (seven, no code word) and client codes ("2024-001") pass.
 */
const CODE_LABEL = String.raw`(?:(?:verification|security|one[\s-]?time|authentication|auth|access|log[\s-]?in|sign[\s-]?in|confirmation|2fa|mfa|sms|text(?:ed)?|temporary|temp|reset|[46]|six|four|eight)[\s-]?(?:digit\s+)?(?:pass)?code|one[\s-]?time\s+(?:password|passcode|pin|pass\s?code)|otp|totp|passcode|2fa|mfa|token|authenticator|verification\s+number)`;
const CODE_DIGITS = String.raw`(\d{4,8}|\d{3}[\s-]\d{3}|\d{2}\s\d{2}\s\d{2})`;
const SIX_DIGITS = String.raw`(\d{6,8}|\d{3}[\s-]\d{3}|\d{2}\s\d{2}\s\d{2})`;
const CODE_HINT = /code|otp|2fa|mfa|token|authenticat|verification/i;
const NAMED_CODE = new RegExp(String.raw`${WORD_START}${CODE_LABEL}${WORD_END}[^\d\n]{0,40}?(?<![\d-])${CODE_DIGITS}(?![\d-])`, 'giu');
/** Where one-time codes come from: a six-digit number just after one of these is the code it sent. */
const CODE_SOURCE = String.raw`(?:codes?|text(?:ed)?|sms|app|authenticator|duo|okta|phone\s+(?:says|shows|said))`;
const CODE_SOURCE_HINT = /code|otp|2fa|mfa|token|text|sms|app|authenticat|duo|okta|phone/i;
const BARE_CODE = new RegExp(String.raw`${WORD_START}${CODE_SOURCE}${WORD_END}[^\d\n]{0,30}?(?<![\d-])${SIX_DIGITS}(?![\d-])`, 'giu');
const CODE_BEFORE_LABEL = new RegExp(String.raw`(?<![\d-])${SIX_DIGITS}(?![\d-])[^\d\n]{0,24}?(?:${CODE_LABEL}|${CODE_SOURCE})${WORD_END}`, 'giu');
/** Words that make a "code" something else, before it: "client code", "error code", "zip code". */
const NOT_A_ONE_TIME_CODE = /(?:client|error|zip|postal|area|billing|bar|source|status|court|case|office|country|promo|discount|filing|event|nature\s+of\s+suit|naics|sic)[\s-]*$/i;

interface NumberRule {
  readonly kind: NumberFinding['kind'];
  readonly pattern: RegExp;
  /** The fewest digits a text needs for the pattern to match: texts with fewer skip it. */
  readonly digits: number;
  /** Something the text must contain for the pattern to match (its label), when cheaper to test first. */
  readonly hint?: RegExp;
  /** Which group is the value (0: the whole match). */
  readonly group: number;
  readonly accept?: (match: RegExpExecArray, text: string) => boolean;
}

const notAnotherCode = (match: RegExpExecArray, text: string) => !NOT_A_ONE_TIME_CODE.test(text.slice(Math.max(0, match.index - 24), match.index));

const RULES: readonly NumberRule[] = [
  { kind: 'card', pattern: LABELLED_CARD, digits: 13, hint: /card|visa|amex|americ|discover|credit|debit|cc|tarjeta|carte/i, group: 1 },
  { kind: 'card', pattern: CARD, digits: 13, group: 0, accept: (match) => luhnValid(match[0].replace(/\D/g, '')) },
  { kind: 'card', pattern: CARD_CODE, digits: 3, hint: /cvv|cvc|csc|cid|security\s+code/i, group: 1 },
  { kind: 'ssn', pattern: LABELLED_SSN, digits: 9, hint: /ss|soc|tin|taxpayer|seguro/i, group: 1 },
  { kind: 'ssn', pattern: SSN, digits: 9, group: 0, accept: (match) => plausibleSsn(match) && sameKindOfSeparators(match[0]) },
  { kind: 'dob', pattern: DOB_AFTER_LABEL, digits: 3, hint: DOB_HINT, group: 1 },
  { kind: 'dob', pattern: DOB_BEFORE_LABEL, digits: 3, hint: DOB_HINT, group: 1 },
  { kind: 'code', pattern: NAMED_CODE, digits: 4, hint: CODE_HINT, group: 1, accept: notAnotherCode },
  { kind: 'code', pattern: BARE_CODE, digits: 6, hint: CODE_SOURCE_HINT, group: 1, accept: notAnotherCode },
  { kind: 'code', pattern: CODE_BEFORE_LABEL, digits: 6, hint: CODE_SOURCE_HINT, group: 1,
    accept: (match) => !NOT_A_ONE_TIME_CODE.test(match[0].slice(match[1]!.length)) },
];

/** `digits`: how many digits the text has (counted by the caller, at least up to 13). */
export function findNumbers(text: string, digits: number): NumberFinding[] {
  const found: NumberFinding[] = [];
  for (const rule of RULES) {
    if (digits < rule.digits || (rule.hint && !rule.hint.test(text))) continue;
    rule.pattern.lastIndex = 0;
    for (let match = rule.pattern.exec(text); match; match = rule.pattern.exec(text)) {
      if (rule.accept && !rule.accept(match, text)) continue;
      const value = match[rule.group]!;
      const start = match.index + match[0].indexOf(value);
      found.push({ start, end: start + value.length, kind: rule.kind });
    }
  }
  return found;
}

/** The SSA never issues area 000, 666 or 900-999, group 00 or serial 0000: those are other numbers. */
function plausibleSsn(match: RegExpMatchArray): boolean {
  const [, area, group, serial] = match;
  return !/^(?:000|666|9\d\d)$/.test(area!) && group !== '00' && serial !== '0000';
}

/** "123-45-6789", "123.45.6789", "123  45  6789"; not "123-45 6789" (more likely two numbers). */
function sameKindOfSeparators(value: string): boolean {
  const separators = value.match(/\D+/g) ?? [];
  return separators.length === 2 && separators[0]!.trim() === separators[1]!.trim();
}

function luhnValid(digits: string): boolean {
  if (digits.length < 13 || digits.length > 19 || /^(\d)\1+$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < digits.length; i += 1) {
    let digit = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) digit = digit * 2 > 9 ? digit * 2 - 9 : digit * 2;
    sum += digit;
  }
  return sum % 10 === 0;
}
