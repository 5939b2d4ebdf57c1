import { findBirthDates } from './birthDates';
import { runRules, type NumberFinding, type NumberRule } from './numberRules';
import { findOneTimeCodes } from './oneTimeCodes';
import { WORD_END, WORD_START } from './words';

export type { NumberFinding } from './numberRules';

/**
 * Numbers that identify or pay: Social Security and other taxpayer numbers, payment cards and their security
 * codes, dates of birth (birthDates.ts), one-time codes (oneTimeCodes.ts). A label nearby ("SSN", "EIN", "card",
 * "CVV") lets a number count that could otherwise be anything; without one, only shapes that are hard to mistake
 * count (a 3-2-4 SSN with separators, a 13-19 digit number passing the Luhn check). Case numbers ("1:23-bk-04567"),
 * dates that are not a birth date, client codes and step numbers pass. Every repeat is bounded: linear time.
 */

/** Separators people type between digit groups: "-", ".", "/", spaces (one or several), or a dash with spaces. */
const SEP = String.raw`(?:\s{0,3}[-.–/]\s{0,3}|\s{1,3})`;
const SSN = new RegExp(String.raw`(?<![\d-])(\d{3})${SEP}(\d{2})${SEP}(\d{4})(?![\d-])`, 'g');
/**
 * Labels of a Social Security number or another taxpayer number (EIN, ITIN, TIN: the writer's notes count them
 * with SSNs): "SSN", "S.S.N.", "social security no.", "SS#", "soc sec", "tax id", "federal employer id number".
 */
const TAXPAYER_LABEL = String.raw`(?:s\.?\s?s\.?\s?n\.?|ss\s?#|ss\s?no\.?|soc(?:ial)?\.?\s*sec(?:urity)?\.?(?:\s*(?:number|no\.?|#))?|social|e\.?i\.?n\.?|fein|i?tin|(?:federal\s+)?(?:taxpayer|tax|employer)(?:\s+identification|\s+id(?:entification)?)(?:\s+(?:number|no\.?|#))?|tax\s?id|seguro\s+social|n[úu]mero\s+de\s+seguro\s+social)`;
/** After a label, nine digits however grouped: 123-45-6789, 12-3456789, 123456789, "5 0 4 - 6 1 - 3 3 9 2". */
const NINE_DIGITS = String.raw`\d(?:(?:\s{0,3}[-.–/]\s{0,3}|\s{1,3})?\d){8}`;
const LABELLED_SSN = new RegExp(String.raw`${WORD_START}${TAXPAYER_LABEL}${WORD_END}[^\d\n]{0,40}?(?<![\d-])(${NINE_DIGITS})(?![\d-]|\s{1,3}\d)`, 'giu');

/** 13 to 19 digits, grouped any way: "4111 1111 1111 1111", "4111.1111.1111.1111" (after a "+": a phone). */
const CARD = /(?<![\d+-])\d(?:[\s.-]{0,2}\d){12,18}(?![\d-])/g;
const CARD_LABEL = String.raw`(?:card|visa|master\s?card|amex|american\s+express|discover|credit|debit|cc|tarjeta|carte|karte|kreditkarte|carta)`;
const LABELLED_CARD = new RegExp(String.raw`${WORD_START}${CARD_LABEL}${WORD_END}[^\d\n]{0,40}?(?<![\d+])(\d(?:[\s.-]{0,2}\d){12,18})(?![\d-])`, 'giu');
/**
 * The card's security code: "CVV 123", "security code 027", "the 3 digits on the back are 839", "Prüfnummer 552",
 * "cryptogramme 261", "código de seguridad 123".
 */
const CARD_CODE_LABEL = String.raw`(?:cvv2?|cvc2?|cvn|csc|cid|card\s+(?:security|verification)(?:\s+(?:code|value|number))?|security\s+code|verification\s+value|sec\.?\s+code|(?:karten)?pr[üu]f(?:nummer|ziffer|code)|cryptogramme(?:\s+visuel)?|code\s+de\s+s[ée]curit[ée]|c[óo]digo\s+de\s+segur(?:idad|an[çc]a)|codice\s+di\s+sicurezza|(?:(?:3|4|three|four)[\s-]digits?(?:\s+(?:security\s+)?(?:code|number))?|digits|code|number)\s+(?:on|at)\s+the\s+back(?:\s+of\s+the\s+card)?)`;
const CARD_CODE = new RegExp(String.raw`${WORD_START}${CARD_CODE_LABEL}${WORD_END}[^\d\n]{0,24}?(?<!\d)(\d{3,4})(?!\d)`, 'giu');

const RULES: readonly NumberRule[] = [
  { kind: 'card', pattern: LABELLED_CARD, digits: 13, hint: /card|visa|amex|americ|discover|credit|debit|cc|tarjeta|carte|karte|carta/i, group: 1 },
  { kind: 'card', pattern: CARD, digits: 13, group: 0, accept: (match) => luhnValid(match[0].replace(/\D/g, '')) },
  { kind: 'card', pattern: CARD_CODE, digits: 3, hint: /cv|csc|cid|secur|verif|sec\.?\s|pr[üu]f|crypto|segur|sicur|back/i, group: 1 },
  { kind: 'ssn', pattern: LABELLED_SSN, digits: 9, hint: /s\.?\s?s|soc|tin|ein|tax|employer|seguro/i, group: 1 },
  { kind: 'ssn', pattern: SSN, digits: 9, group: 0, accept: (match) => plausibleSsn(match) && sameKindOfSeparators(match[0]) },
];

/** `digits`: how many digits the text has (counted by the caller, at least up to 13). */
export function findNumbers(text: string, digits: number): NumberFinding[] {
  return [...runRules(text, digits, RULES), ...findBirthDates(text, digits), ...findOneTimeCodes(text, digits)];
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
