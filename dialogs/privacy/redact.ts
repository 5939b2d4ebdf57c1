import { CleanTexts } from './cleanTexts';
import { findContacts } from './contactPatterns';
import { findSecrets } from './credentials';
import { findNumbers } from './numberPatterns';
import type { SecretSpan } from './spans';

/**
 * The one redactor used before anything a user typed is logged, stored, put in a ticket or counted:
 * passwords (credentials.ts), Social Security numbers, payment cards, dates of birth, one-time codes
 * (numberPatterns.ts), e-mail addresses and phone numbers (contactPatterns.ts). Case numbers ("1:23-bk-04567"),
 * other dates, PACER usernames, links and the courts' and PACER's own numbers pass untouched.
 */
export type PersonalDataKind = 'password' | 'ssn' | 'card' | 'dob' | 'code' | 'email' | 'phone';

export interface Finding extends SecretSpan {
  readonly kind: PersonalDataKind;
  /** An institution's phone number or address (toll-free, the help desk's, uscourts.gov): found, but not redacted. */
  readonly public?: boolean;
}

export interface RedactOptions {
  /** Kinds to leave in place, e.g. the e-mail or phone a user gave for contact, with consent. */
  readonly keep?: readonly PersonalDataKind[];
}

/** At most 1,000 texts of up to 1,000 characters (~2 MB at worst) are remembered as clean. */
const clean = new CleanTexts(1000, 1000);

/** Everything personal or secret found in a text, by position. */
export function findPersonalData(text: string): Finding[] {
  if (text.length < 3 || clean.has(text)) return [];
  const passwords: Finding[] = findSecrets(text).map((span) => ({ ...span, kind: 'password' as const }));
  // Counted once for all patterns: each needs some digits (a card 13, a phone 10, an SSN 9) and skips texts with
  // fewer, which most texts of a turn (buttons, short answers, step titles) are.
  const digits = countDigits(text, ENOUGH_DIGITS);
  const findings = withoutOverlaps([...passwords, ...findContacts(text, digits), ...findNumbers(text, digits)]);
  if (findings.length === 0) clean.add(text);
  return findings;
}

/** The text with each finding replaced by a label such as [EMAIL], except the kinds the caller keeps. */
export function redact(text: string, options: RedactOptions = {}): string {
  const findings = findPersonalData(text);
  if (findings.every((finding) => finding.public)) return text;
  let result = '';
  let cursor = 0;
  for (const finding of findings) {
    if (finding.public || options.keep?.includes(finding.kind)) continue;
    result += text.slice(cursor, finding.start) + `[${finding.kind.toUpperCase()}]`;
    cursor = finding.end;
  }
  return result + text.slice(cursor);
}

/** The most digits any pattern needs (a payment card): counting stops there. */
const ENOUGH_DIGITS = 13;

/** How many ASCII digits the text has, counting no further than `enough`. */
function countDigits(text: string, enough: number): number {
  const first = text.search(/\d/);
  if (first < 0) return 0;
  let digits = 0;
  for (let i = first; i < text.length && digits < enough; i += 1) {
    const code = text.charCodeAt(i);
    if (code >= 48 && code <= 57) digits += 1;
  }
  return digits;
}

/**
 * Where two findings overlap, the kind earlier here wins: a password before the numbers inside it, an e-mail before
 * a phone, a card (13-19 digits) before a phone inside it, a phone before a one-time code inside it.
 */
const PRECEDENCE: readonly PersonalDataKind[] = ['password', 'email', 'card', 'ssn', 'phone', 'dob', 'code'];

function withoutOverlaps(findings: readonly Finding[]): Finding[] {
  if (findings.length < 2) return [...findings];
  let kept: Finding[] = [];
  for (const kind of PRECEDENCE) {
    const candidates = findings.filter((finding) => finding.kind === kind).sort((a, b) => a.start - b.start);
    if (candidates.length > 0) kept = addWhereFree(kept, candidates);
  }
  return kept;
}

/** `kept` (in order, separate) with each candidate (in order) that overlaps nothing kept before it: one pass. */
function addWhereFree(kept: readonly Finding[], candidates: readonly Finding[]): Finding[] {
  const result: Finding[] = [];
  let next = 0;
  for (const candidate of candidates) {
    while (next < kept.length && kept[next]!.end <= candidate.start) result.push(kept[next++]!);
    const last = result[result.length - 1];
    const overlapsKept = next < kept.length && kept[next]!.start < candidate.end;
    if (!overlapsKept && !(last && last.end > candidate.start)) result.push(candidate);
  }
  while (next < kept.length) result.push(kept[next++]!);
  return result;
}
