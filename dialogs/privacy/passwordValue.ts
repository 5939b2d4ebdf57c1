import { NOT_A_PASSWORD, QUANTITY_UNITS } from './words';

/*
 * Whether a word found where a password could stand is one. The rule, in order:
 * 1. shapes that are never a password (links, e-mail addresses, case numbers, dates, times, amounts, file names);
 * 2. a "strong" value (letters with digits, symbols or inner capitals; or four or more digits) is a password
 *    wherever it stands, unless a unit follows a number ("12 characters");
 * 3. a plain word is a password only when something announced a value ("is", ":", "to" after "changed", a login
 *    pair, quotes) and it is not one of the words a password cannot be (states like "wrong", function words,
 *    the system's own nouns, common verbs) nor a verb, adverb or adjective form ("working", "expired",
 *    "apparently", "changeable").
 */

/** What announced the value. */
export type Evidence =
  /** "password is X", "password: X", "changed my password to X", "X as my password". */
  | 'announced'
  /** "user jdoe pass X", "creds jdoe / X": a login name before it. */
  | 'pair'
  /** Only nearness to a label ("pw X"): the value must look like a password by itself. */
  | 'near';

/** A value as typed: quoted (a passphrase may have spaces) or one run of non-space characters. */
export const VALUE = String.raw`(["“'‘«][^"”'’»\n]{1,128}["”'’»]|[^\s]{1,128})`;

const NEVER_A_PASSWORD = [
  /^(?:https?:\/\/|www\.|mailto:)/i,
  /^[^@\s]+@[^@\s]+\.[a-z]{2,}$/i,
  /^[\w-]+(?:\.[\w-]+)*\.(?:com|org|net|gov|edu|us|io|co|law|uk|ca)(?:\/\S*)?$/i,
  /^\d{1,2}:\d{2}-[a-z]{1,5}-\d{2,7}(?:-[a-z]+)*$/i, // case number 1:23-bk-04567
  /^\d{1,4}[/.-]\d{1,2}(?:[/.-]\d{1,4})?$/, // dates
  /^\d{1,2}(?::\d{2}){1,2}(?:am|pm)?$/i, // times
  /^[$€£]\d/,
  /^\d+(?:st|nd|rd|th|am|pm|mb|kb|gb|px|%|x|s|k|mins?|hrs?|yrs?)$/i,
  /\.(?:pdf|docx?|xlsx?|txt|png|jpe?g|csv|zip|html?)$/i,
  /^cm\/ecf/i,
  /^v\d+(?:\.\d+)*$/i,
  /^\+?[\d(][\d().\s-]{6,}\d$/, // phone-like digit groups: the phone and SSN patterns own them
];

/** Trailing characters that end a sentence or a quote rather than belong to a value. */
const TRAILING = /[.,;:)\]}"'”’»。，、]+$/u;
/** Brackets, quotes, Spanish "¿" / "¡" and Markdown's "**" or "__" before a value are not part of it. */
const LEADING = /^(?:[(\["'“‘«¿¡]|\*\*|__)+/u;
/** Markdown emphasis around a word ("**Manage**"); a lone "*" in front may belong to the password ("*Gavel1"). */
const EMPHASIS = /^([*_~`]+)(.+?)\1$/u;

export interface Candidate {
  /** The value as written, possibly with quotes or a final full stop around it. */
  readonly raw: string;
  readonly evidence: Evidence;
  /** The word after the value, if any (a unit after a number makes it a quantity). */
  readonly nextWord?: string;
}

/** The span of `raw` that is the password (start and end offsets inside raw), or undefined when it is none. */
export function passwordWithin({ raw, evidence, nextWord }: Candidate): { start: number; end: number } | undefined {
  // A word followed by a colon is itself a label ("user: jdoe | role: attorney"), not a value.
  if (/\p{L}:$/u.test(raw)) return undefined;
  const emphasis = EMPHASIS.exec(raw.replace(TRAILING, ''));
  const start = emphasis ? emphasis[1]!.length : LEADING.exec(raw)?.[0].length ?? 0;
  let value = emphasis ? emphasis[2]! : raw.slice(start).replace(TRAILING, '');
  if (isPlainWord(value.replace(/[!?]+$/, ''))) value = value.replace(/[!?]+$/, '');
  if (!isPassword(value, evidence, nextWord)) return undefined;
  return { start, end: start + value.length };
}

export function isPassword(value: string, evidence: Evidence, nextWord?: string): boolean {
  if (value.length < 3 || value.length > 128 || NOT_A_PASSWORD.has(value.toLowerCase())) return false;
  return hasPasswordShape(value, evidence, nextWord) && !NEVER_A_PASSWORD.some((shape) => shape.test(value));
}

function hasPasswordShape(value: string, evidence: Evidence, nextWord: string | undefined): boolean {
  if (/^\d+$/.test(value)) return value.length >= 4 && !QUANTITY_UNITS.has((nextWord ?? '').toLowerCase());
  if (isStrong(value)) return true;
  if (evidence === 'near' || !isPlainWord(value)) return false;
  return !isOrdinaryWord(value);
}

/** Letters with digits, inner symbols or inner capitals ("Hunter2!", "sUnshine", "Tr0ub4dor&3"). */
export function isStrong(value: string): boolean {
  if (value.length < 4 || !/\p{L}/u.test(value)) return false;
  const inner = value.slice(0, -1);
  return /\d/.test(value) || /[^\p{L}\p{N}'’-]/u.test(inner) || /\p{Ll}\p{Lu}/u.test(value);
}

function isPlainWord(value: string): boolean {
  return /^\p{L}[\p{L}'’-]*$/u.test(value);
}

/** A word of the language rather than a chosen secret. */
export function isOrdinaryWord(value: string): boolean {
  const word = value.toLowerCase().replace(/['’]s$/, '');
  if (NOT_A_PASSWORD.has(word)) return true;
  if (word.includes('-') && word.split('-').every((part) => part === '' || isOrdinaryWord(part))) return true;
  // Verb, adverb and adjective forms say what happened to the password or what it is like ("is expiring",
  // "was blocked", "is apparently", "is changeable", "is ridiculous"), not what it is.
  // Spanish participles and adverbs likewise ("bloqueada", "vencido", "actualmente").
  return (word.length >= 5 && /(?:ing|ed|ly|n't)$/.test(word)) || (word.length >= 7 && /(?:able|ible|ous|ive|ful|less)$/.test(word))
    || (word.length >= 6 && /(?:ado|ada|ados|adas|ido|ida|idos|idas|mente)$/.test(word));
}
