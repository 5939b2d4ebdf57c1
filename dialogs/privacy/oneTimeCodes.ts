import { listedAfter, runRules, type NumberFinding, type NumberRule } from './numberRules';
import { QUANTITY_UNITS, WORD_END, WORD_START } from './words';

/*
 * One-time codes (sources.md A15: not kept either). Named codes ("verification code", "OTP", "2FA") take 4-8
 * digits; a six-digit code (also "731 204", "73 12 04", "7 3 1 2 0 4") counts near where codes come from (a text,
 * an authenticator app, "codice"), near a verb of entering or showing ("I typed", "the app shows", "is what's
 * showing"), near "digits", or standing alone; backup codes ("k7d2-9fq4-m3x8") after their label. Codes listed
 * after one ("I tried 119 034, 802 551 and 447 190") count too. Error codes ("code 500"), ZIP codes (five digits),
 * client codes ("2024-001"), and numbers said to be something else ("ticket 123456", "bar number 123456") pass.
 */

const CODE_LABEL = String.raw`(?:(?:verification|security|one[\s-]?time|authentication|auth|access|log[\s-]?in|sign[\s-]?in|confirmation|2fa|mfa|sms|text(?:ed)?|temporary|temp|reset|backup|back-up|recovery|[46]|six|four|eight)[\s-]?(?:digit\s+)?(?:pass)?code|one[\s-]?time\s+(?:password|passcode|pin|pass\s?code)|otp|totp|passcode|2fa|mfa|token|authenticator|verification\s*(?:number|no\.?|#))`;
const CODE_DIGITS = String.raw`(\d{4,8}|\d{3}[\s-]\d{3}|\d{2}\s\d{2}\s\d{2}|\d(?:\s\d){5})`;
const SIX_DIGITS = String.raw`(\d{6,8}|\d{3}[\s-]\d{3}|\d{2}\s\d{2}\s\d{2}|\d(?:\s\d){5})`;
/** Not inside another number, amount, date or time. */
const ALONE_BEFORE = String.raw`(?<![\d.,/:$#-])`;
const ALONE_AFTER = String.raw`(?![\d/-]|[.,:]\d)`;
/** Verbs of entering a code or of a device showing one. */
const ENTERED_OR_SHOWN = String.raw`(?:entered|enter(?:ing)?|typ(?:ed|e|ing)(?:\s+in)?|put(?:ting)?\s+in|input|keyed(?:\s+in)?|used|using|tried|trying|submitted|got|received|gave\s+me|gives\s+me|sent(?:\s+me)?|shows?|showing|showed|displays?|displayed|displaying|says|said|reads|generated)`;
/** Where one-time codes come from, and words said around them: a six-digit number near one is a code. */
const CODE_SOURCE = String.raw`(?:codes?|text(?:ed)?|sms|app|authenticator|duo|okta|digits|c[óo]digo|codice|kod|код|${ENTERED_OR_SHOWN})`;
const CODE_HINT = /code|otp|2fa|mfa|token|authenticat|verification/i;
const CODE_SOURCE_HINT = /code|otp|2fa|mfa|token|text|sms|app|authenticat|duo|okta|digit|c[óo]dig|codice|kod|код|ent|typ|put|input|key|us|tri|try|submit|got|receiv|gave|give|sent|show|display|says|said|read|generat/i;
const NAMED_CODE = new RegExp(String.raw`${WORD_START}${CODE_LABEL}${WORD_END}[^\d\n]{0,40}?${ALONE_BEFORE}${CODE_DIGITS}${ALONE_AFTER}`, 'giu');
const BARE_CODE = new RegExp(String.raw`${WORD_START}${CODE_SOURCE}${WORD_END}[^\d\n]{0,30}?${ALONE_BEFORE}${SIX_DIGITS}${ALONE_AFTER}`, 'giu');
const CODE_BEFORE_LABEL = new RegExp(String.raw`${ALONE_BEFORE}${SIX_DIGITS}${ALONE_AFTER}[^\d\n]{0,24}?(?:${CODE_LABEL}|${CODE_SOURCE})${WORD_END}`, 'giu');
/** Exactly six digits standing alone ("is 071554 the right format?"): in this bot, what such a number is. */
const LONE_SIX = /(?<![\p{L}\p{N}.,/:$#€£+-])\d{6}(?![\p{L}\p{N}/%-]|[.,:]\d)/gu;
/** Backup codes: groups of letters and digits, each with a digit, after their label ("k7d2-9fq4-m3x8", "4829 1033"). */
const BACKUP_GROUP = String.raw`(?=[a-z]{0,9}\d)[a-z0-9]{3,10}`;
const BACKUP_TOKEN = String.raw`(?<![\p{L}\p{N}])(${BACKUP_GROUP}(?:[\s-]${BACKUP_GROUP}){0,4})(?![\p{L}\p{N}])`;
const BACKUP_CODE = new RegExp(String.raw`(?<![\p{L}\p{N}])(?:backup|back-up|recovery|rescue|emergency)\s+(?:codes?|keys?)(?![\p{L}\p{N}])[^\n]{0,30}?${BACKUP_TOKEN}`, 'giu');
const LISTED_BACKUP = new RegExp(String.raw`(?:\s*[,;/]\s*(?:(?:and|or)\s+)?|\s+(?:and|or)\s+)${BACKUP_TOKEN}`, 'iuy');
/** More codes listed after one: ", 802 551", "and 447 190", "then 511846", "or maybe 119034". */
const LISTED_CODE = new RegExp(String.raw`(?:\s*[,;/]\s*(?:(?:and|or|then)\s+)?|\s+(?:and|or|then)\s+)(?:(?:then|also|maybe|finally|later|again)\s+)?(?:the\s+)?${ALONE_BEFORE}${SIX_DIGITS}${ALONE_AFTER}`, 'iuy');
const MORE_CODES = 5;

/** Words that make a number something other than a one-time code, just before it or its label. */
const NOT_A_ONE_TIME_CODE = /(?<!\p{L})(?:client|error|zip|postal|area|billing|bar|source|status|court|case|office|country|promo|discount|filing|event|nature\s+of\s+suit|naics|sic|invoice|receipt|ticket|order|docket|claim|account|acct|reference|ref|transaction|check|cheque|serial|routing|member|employee|customer|policy|tracking|ecf|document|doc|entry|exhibit|page|chapter|attorney|atty|id|user|login|username|license|licence|registration|room|suite|unit|box|apt|ext|extension|version|build)(?:[\s.-]+(?:number|no\.?|#|id|code|is|was|shows?|showed|says|said|reads))*[\s:#.-]*$/iu;
/** Words after a number that make it a quantity ("123456 pages"). */
const COUNTED = new Set([...QUANTITY_UNITS, 'pages', 'dollars', 'usd', 'users', 'people', 'attorneys', 'cases', 'documents', 'filings', 'records', 'entries', 'words', 'lines', 'bytes']);

const wordsBefore = (text: string, at: number) => text.slice(Math.max(0, at - 30), at);
/** Neither the label nor the number is said to be something else ("client code 123456", "I entered bar no. 123456"). */
const notAnotherCode = (match: RegExpExecArray, text: string) => {
  const valueAt = match.index + match[0].lastIndexOf(match[match.length - 1]!);
  return !NOT_A_ONE_TIME_CODE.test(wordsBefore(text, match.index)) && !NOT_A_ONE_TIME_CODE.test(wordsBefore(text, valueAt));
};
const moreCodes = (text: string, end: number) => listedAfter(text, end, LISTED_CODE, MORE_CODES);

const RULES: readonly NumberRule[] = [
  { kind: 'code', pattern: NAMED_CODE, digits: 4, hint: CODE_HINT, group: 1, accept: notAnotherCode, more: moreCodes },
  { kind: 'code', pattern: BARE_CODE, digits: 6, hint: CODE_SOURCE_HINT, group: 1, accept: notAnotherCode, more: moreCodes },
  { kind: 'code', pattern: CODE_BEFORE_LABEL, digits: 6, hint: CODE_SOURCE_HINT, group: 1,
    accept: (match, text) => notAnotherCode(match, text) && !NOT_A_ONE_TIME_CODE.test(match[0].slice(match[1]!.length)) },
  { kind: 'code', pattern: LONE_SIX, digits: 6, group: 0, accept: (match, text) => isLoneCode(match, text), more: moreCodes },
  { kind: 'code', pattern: BACKUP_CODE, digits: 1, hint: /backup|back-up|recovery|rescue|emergency/i, group: 1,
    more: (text, end) => listedAfter(text, end, LISTED_BACKUP, MORE_CODES) },
];

export function findOneTimeCodes(text: string, digits: number): NumberFinding[] {
  return runRules(text, digits, RULES);
}

function isLoneCode(match: RegExpExecArray, text: string): boolean {
  if (!notAnotherCode(match, text)) return false;
  const nextWord = /^\s+(\p{L}+)/u.exec(text.slice(match.index + 6, match.index + 30))?.[1]?.toLowerCase();
  return !nextWord || !COUNTED.has(nextWord);
}
