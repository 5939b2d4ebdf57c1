import { findSecrets, type SecretSpan } from './credentials';

/**
 * The one redactor used before anything a user typed is logged, stored, put in a ticket or counted:
 * passwords (see credentials.ts), Social Security numbers, payment card numbers, e-mail addresses and
 * phone numbers. Case numbers ("1:23-bk-04567"), dates and PACER usernames pass untouched.
 */
export type PersonalDataKind = 'password' | 'ssn' | 'card' | 'email' | 'phone';

export interface Finding extends SecretSpan { readonly kind: PersonalDataKind }

export interface RedactOptions {
  /** Kinds to leave in place, e.g. the e-mail or phone a user gave for contact, with consent. */
  readonly keep?: readonly PersonalDataKind[];
}

// Bounded repeats keep every pattern linear: a 100 KB run of letters must not take quadratic time.
const EMAIL = /[\p{L}\p{N}._%+-]{1,64}@[\p{L}\p{N}.-]{1,253}\.[\p{L}]{2,24}/gu;
const SSN = /(?<![\d-])(?!000|666|9\d\d)\d{3}([- ]?)(?!00)\d{2}\1(?!0000)\d{4}(?![\d-])/g;
const CARD = /(?<!\d)(?:\d[ -]?){12,18}\d(?!\d)/g;
const PHONE = /(?<![\d:-])(?:\+?1[ .-]?)?(?:\(\d{3}\)\s?|\d{3}[ .-])\d{3}[ .-]\d{4}(?![\d-])/g;

/** Everything personal or secret found in a text, by position. */
export function findPersonalData(text: string): Finding[] {
  const findings: Finding[] = findSecrets(text).map((span) => ({ ...span, kind: 'password' as const }));
  // Every pattern below needs an "@" or a digit; most texts have neither and skip the regex work.
  if (!/[@\d]/.test(text)) return findings;
  const add = (pattern: RegExp, kind: PersonalDataKind, accept: (value: string) => boolean = () => true) => {
    for (const match of text.matchAll(pattern)) {
      if (accept(match[0])) findings.push({ start: match.index!, end: match.index! + match[0].length, kind });
    }
  };
  add(EMAIL, 'email');
  add(CARD, 'card', (value) => luhnValid(value.replace(/\D/g, '')));
  add(SSN, 'ssn', (value) => value.replace(/\D/g, '').length === 9 && (/[- ]/.test(value) || /\b(ssn|social security)\b/i.test(text)));
  add(PHONE, 'phone');
  return withoutOverlaps(findings);
}

/** The text with each finding replaced by a label such as [EMAIL], except the kinds the caller keeps. */
export function redact(text: string, options: RedactOptions = {}): string {
  const keep = new Set(options.keep ?? []);
  let result = '';
  let cursor = 0;
  for (const finding of findPersonalData(text)) {
    if (keep.has(finding.kind)) continue;
    result += text.slice(cursor, finding.start) + `[${finding.kind.toUpperCase()}]`;
    cursor = finding.end;
  }
  return result + text.slice(cursor);
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

/** First finding wins where two overlap (passwords and e-mails are found before number patterns). */
function withoutOverlaps(findings: readonly Finding[]): Finding[] {
  const kept: Finding[] = [];
  for (const finding of findings) {
    if (!kept.some((other) => finding.start < other.end && other.start < finding.end)) kept.push(finding);
  }
  return kept.sort((a, b) => a.start - b.start);
}
