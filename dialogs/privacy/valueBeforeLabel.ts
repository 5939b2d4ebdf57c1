import { passwordWithin, VALUE, type Evidence } from './passwordValue';
import { startOfWordsBefore, type SecretSpan } from './spans';
import { CREDENTIALS_LABEL, DETERMINERS, LOGIN_LABEL, NOT_MY_PASSWORD_BEFORE, SECRET_LABEL, TAKEOVER_NOUNS } from './words';

/**
 * The value written before its label: "I typed X as my password", "X is my new PACER password", "X for the
 * password", "X — that's my password", "X es mi contraseña", "I entered X in the password box". Read backwards
 * from a label found in the text, over at most a short stretch, so the work stays linear however long the text is.
 */
const CONNECTORS = String.raw`(?:as|is|was|for|=|es|est|ist|in|into)`;
/** "X — that's my password", "X, which is my password". */
const ASIDE = String.raw`(?:that|which|it)(?:['’]s|\s+is|\s+was)`;
/** Up to three words between the connector and the label ("my new PACER"), none of them a connector itself. */
const MODIFIERS = String.raw`((?:(?!${CONNECTORS}\s)[^\s]{1,24}\s+){0,3})`;
const BEFORE = new RegExp(String.raw`(?<!\S)${VALUE}\s+(?:[—–-]+\s+|,\s*)?(${CONNECTORS}|${ASIDE})\s+${MODIFIERS}$`, 'iu');
/** "X in the password box": the value was typed into the label's field, which says nothing more about it. */
const INTO_FIELD = /^(?:in|into)$/i;
/** The value, a dash, its connector (two words for an aside) and up to three modifiers: how many words are read. */
const WORDS_BEFORE = 7;
const LOGIN_WORD = new RegExp(String.raw`^${LOGIN_LABEL}$`, 'iu');
/**
 * A word that opens a clause of its own ("the problem is that my password…", "el problema es q la clave…"): the
 * word before the connector is then the subject of a sentence about the password, never its value.
 */
const CLAUSE_OPENER = /^(?:that|because|since|if|whether|when|que|q|k|porque|xq|pq|si|cuando)$/i;
const FOLLOWING_WORD = /^\s+([^\s]{1,24})/;
/**
 * Labels only, joined ("user/pass in my password manager", "login+pw in my password app"): the words name the login
 * and the password kept there, they are no value of either.
 */
const LABELS_ONLY = new RegExp(String.raw`^(?:${CREDENTIALS_LABEL}|(?:${LOGIN_LABEL}|${SECRET_LABEL})(?:\s*[/+&]\s*(?:${LOGIN_LABEL}|${SECRET_LABEL}))+)$`, 'iu');

export function valueBeforeLabel(text: string, labelStart: number, labelEnd: number): SecretSpan | undefined {
  // How far back those words may reach: a value is at most 128 characters.
  const from = startOfWordsBefore(text, labelStart, WORDS_BEFORE, 240);
  const match = BEFORE.exec(text.slice(from, labelStart));
  if (!match) return undefined;
  const [, raw, connector, modifiers] = match;
  const start = from + match.index;
  if (LABELS_ONLY.test(raw!)) return undefined;
  const following = FOLLOWING_WORD.exec(text.slice(labelEnd, labelEnd + 32))?.[1]?.toLowerCase() ?? '';
  const intoField = INTO_FIELD.test(connector!);
  if (isDeterminedNoun(text, start) || !isPlainModifiers(modifiers!) || (TAKEOVER_NOUNS.has(following) && !intoField)) return undefined;
  const evidence: Evidence = intoField || connector!.toLowerCase() === 'for' ? 'near' : 'announced';
  const within = passwordWithin({ raw: raw!, evidence });
  return within && { start: start + within.start, end: start + within.end };
}

/** "my email as my password", "the same as my password": the word is a noun phrase, not the value. */
function isDeterminedNoun(text: string, start: number): boolean {
  const wordBefore = text.slice(startOfWordsBefore(text, start, 1, 24), start).trim().toLowerCase();
  return DETERMINERS.has(wordBefore) || wordBefore === 'same' || wordBefore === 'such';
}

/** "my new PACER" before "password"; not "username and" (the value is then a username), "one-time", nor "q la". */
function isPlainModifiers(modifiers: string): boolean {
  if (NOT_MY_PASSWORD_BEFORE.test(modifiers)) return false;
  const words = modifiers.toLowerCase().split(/\s+/).filter(Boolean);
  return words.every((word) => !/^(?:and|or|&|\+|not|no)$/.test(word) && !CLAUSE_OPENER.test(word) && !LOGIN_WORD.test(word));
}
