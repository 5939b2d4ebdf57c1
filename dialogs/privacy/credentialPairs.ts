import { passwordWithin, VALUE, type Evidence } from './passwordValue';
import type { SecretSpan } from './spans';
import { CREDENTIALS_DONE, CREDENTIALS_LABEL, LOGIN_LABEL, NOT_A_PASSWORD, WORD_END, WORD_START } from './words';

/**
 * A login and its password given together, without a password label: "creds: jdoe / X", "username jdoe, X",
 * "PACER: tmoore88 / X", or a whole message that is just "jdoe / X". Each pattern runs only when the text has
 * what its label needs, so most texts skip them.
 */
/**
 * A login name starts with a letter or digit ("jdoe42", "j.doe@firm.com"), not with markup, and does not end with a
 * sentence's full stop: in "ecf creds yes. step 1" the sentence ends after "yes", so "step" is no password.
 */
const LOGIN_NAME = String.raw`[\p{L}\p{N}](?:[^\s/|,;:]{0,62}[^\s/|,;:.!?])?`;
const CONNECTOR = String.raw`\s*(?:(?:is|are|was|were)\s*)?[:=–-]?\s*`;

interface PairPattern {
  readonly hint: RegExp;
  readonly pattern: RegExp;
  /** How sure the pattern is that the value after the login is a password. */
  readonly evidence: (match: RegExpExecArray) => Evidence;
}

const PAIRS: readonly PairPattern[] = [
  {
    // "credentials: jdoe / X", "login info is jdoe X", "user/pass jdoe, X".
    hint: /cred|(?:log|sign)[\s-]?in\s+(?:info|det)|\/\s*p|un\s*\/|id\s*\//i,
    pattern: new RegExp(String.raw`${WORD_START}${CREDENTIALS_LABEL}${WORD_END}${CONNECTOR}(${LOGIN_NAME})(?:\s*[/|,;:]\s*|\s+and\s+|\s+)${VALUE}`, 'giu'),
    evidence: () => 'pair',
  },
  {
    // "username jdoe / X" (a slash pairs them), "login: jdoe, X" (a comma does not: X must look like a password).
    hint: /log|sign|user|usr|uname|\bun\b|\bids?\b|mail|account|usuario|utilisateur|identifiant|benutzer/i,
    pattern: new RegExp(String.raw`${WORD_START}${LOGIN_LABEL}${WORD_END}${CONNECTOR}(${LOGIN_NAME})\s*([/|,;&]|\s+and\s+)\s*${VALUE}`, 'giu'),
    evidence: (match) => (/[/|]/.test(match[2]!) ? 'pair' : 'near'),
  },
  {
    // "PACER: tmoore88 / X": the value must look like a password by itself ("ECF: Civil / Criminal" names menus).
    hint: /(?:pacer|ecf|nextgen)\s*[:=–-]/i,
    pattern: new RegExp(String.raw`${WORD_START}(?:pacer|cm/ecf|ecf|nextgen)\s*[:=–-]\s*(${LOGIN_NAME})\s*[/|]\s*${VALUE}`, 'giu'),
    evidence: () => 'near',
  },
];

/** Something each pair's label contains: a text with none skips them all. */
export const PAIR_HINT = new RegExp(PAIRS.map((pair) => pair.hint.source).join('|'), 'i');

/** "jdoe42 / Passw0rd!" or "jdoe42" and "Passw0rd!" on two lines, with nothing else in the message. */
const BARE_PAIR = /^\s*([^\s/|:]{2,64})\s*(?:[/|:]|\n)\s*(\S{3,128})\s*$/u;
/** Field names that are no login: "CVV2: 9182", "DOB: 3/4/80", "otp: 482913" name what the value is. */
const OTHER_FIELD = /^(?:cvv2?|cvc2?|cvn|csc|cid|ssn|ein|tin|itin|dob|otp|code|zip|phone|cell|tel|fax|e-?mail|card|exp|expiry|ext)$/i;

export function credentialPairs(text: string): SecretSpan[] {
  const spans: SecretSpan[] = [];
  for (const { hint, pattern, evidence } of PAIRS) {
    if (!hint.test(text)) continue;
    pattern.lastIndex = 0;
    for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
      const span = pairedPassword(match, evidence(match));
      if (span) spans.push(span);
    }
  }
  const bare = barePair(text);
  return bare ? [...spans, bare] : spans;
}

function pairedPassword(match: RegExpExecArray, evidence: Evidence): SecretSpan | undefined {
  const raw = match[match.length - 1]!;
  if (NOT_A_PASSWORD.has(match[1]!.toLowerCase()) || saysWhatWasDone(match, raw)) return undefined;
  const start = match.index + match[0].length - raw.length;
  const within = passwordWithin({ raw, evidence });
  return within && { start: start + within.start, end: start + within.end };
}

/**
 * A word saying what was done with the credentials where the login stands, joined to the next word by no slash or bar
 * ("ecf creds entered, submit pressed", "creds typed, hit submit"): the next words are a report of their own, not a
 * login and its password. A slash pairs them by form ("creds: entered / sunshine"), whatever the words.
 */
function saysWhatWasDone(match: RegExpExecArray, value: string): boolean {
  const head = match[0].slice(0, match[0].length - value.length);
  const between = head.slice(head.lastIndexOf(match[1]!) + match[1]!.length);
  return !/[/|]/.test(between) && CREDENTIALS_DONE.has(match[1]!.toLowerCase());
}

function barePair(text: string): SecretSpan | undefined {
  if (text.length > 200 || text.includes('://') || !/[/|:\n]/.test(text)) return undefined;
  const bare = BARE_PAIR.exec(text);
  if (!bare || NOT_A_PASSWORD.has(bare[1]!.toLowerCase()) || OTHER_FIELD.test(bare[1]!)) return undefined;
  const start = bare.index + bare[0].lastIndexOf(bare[2]!);
  const within = passwordWithin({ raw: bare[2]!, evidence: 'near' });
  return within && { start: start + within.start, end: start + within.end };
}
