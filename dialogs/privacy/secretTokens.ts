import { isPassword, passwordWithin, VALUE } from './passwordValue';
import type { SecretSpan } from './spans';
import { CHANGE_VERB, WORD_START } from './words';

/*
 * Password-shaped tokens with no label around them:
 * - a message that is one token of 8 or more characters mixing three kinds of character (a pasted password);
 * - anywhere, a token mixing letters with digits or both cases and a symbol names and numbers do not use
 *   ("Tr0ub4dor&3", "Stormy#Weather", "Falcon@Ridge12", "«Tiger»_Lily_88"), or all four kinds of character
 *   with an underscore ("Moskva_Kreml1147": names and prose have none);
 * - in a message about passwords, a token with all four kinds even if its only symbols are the hyphens, dots or
 *   underscores of names ("Emerald-Isle-77"), a password made from the word itself ("password123"), and a quoted
 *   token of letters with digits ("does 'Bluebird9' meet the rules?");
 * - after a change of something unnamed ("I changed it to X"), a token that looks like a password by itself.
 */

/** Symbols people put in passwords and names and numbers do not have. */
const PASSWORD_SYMBOL = /[!#$%^&*~?+=<>{}|\\@«»‹›¿¡€£¥§¤°±×÷¬¦]/;
/** Tokens of 8-64 characters holding a password symbol not doubled like Markdown's "**". */
const SYMBOL_TOKEN = /(?<!\S)(?=[^\s]{0,63}(?:[!#$%^&~?+=<>{}|\\@«»‹›¿¡€£¥§¤°±×÷¬¦]|(?<!\*)\*(?!\*)))[^\s]{8,64}(?!\S)/gu;
/** Tokens of 8-64 characters with a digit and an underscore. */
const UNDERSCORE_TOKEN = /(?<!\S)(?=[^\s]{0,63}\d)(?=[^\s]{0,63}_)[^\s]{8,64}(?!\S)/gu;
/** Tokens of 8-64 characters with a digit and a name's symbol (only read in a message about passwords). */
const NAME_SYMBOL_TOKEN = /(?<!\S)(?=[^\s]{0,63}\d)(?=[^\s]{0,63}[_.-])[^\s]{8,64}(?!\S)/gu;
/** A quoted word of 6-64 characters (only read in a message about passwords). */
const QUOTED_TOKEN = /(?<![^\s(])["“'‘][^\s"“”'‘’]{6,64}["”'’](?=[\s.,;:!?)]|$)/gu;
const LABEL_WORD_TOKEN = /(?<!\S)(?:pass(?:word|wd)?|pwd?)[!@#$%^&*_.-]{0,3}\d[^\s]{0,60}/giu;
const ABOUT_PASSWORDS = /pass|pw|character|symbol|complexity/i;
/** Markup and punctuation around a word ("**Manage", "{court.helpDesk}", "Hunter#2?", Spanish "¿Funcionó?") are not part of it. */
const MARKUP_BEFORE = /^[*_~`"'“‘(\[{<¿¡]+/u;
const MARKUP_AFTER = /[*_~`"'”’)\]}>?.,;:]+$/u;
/** Markup, links, formulas and code ("onerror=alert(1)>", "=HYPERLINK(…", "a=b&c=d"): not what people choose. */
const CODE_LIKE = /:\/\/|[<>]|[\p{L}\d]\(|^=|^[\p{L}_]+=/u;

/** "changed it to X", "set mine as X", "changed it from X to Y": a change of something unnamed to a value that looks like a password. */
const CHANGED_TO = new RegExp(String.raw`${WORD_START}${CHANGE_VERB}\s+(?:it|mine|that|this|them)\s+(?:from\s+${VALUE}\s+)?(?:to|as|into)\s+${VALUE}`, 'dgiu');
const CHANGED_TO_HINT = /\s(?:it|mine|that|this|them)\s+(?:to|as|into|from)\s/i;

/** What a token pattern needs: a password symbol, a word saying the message is about passwords, or a change. */
export const TOKEN_HINT = new RegExp(String.raw`[!#$%^&~+=<>{}|\\@«»‹›¿¡€£¥§¤°±×÷¬¦_]|\?\S|(?<!\*)\*(?!\*)|pass|pw|character|symbol|complexity|${CHANGED_TO_HINT.source}`, 'i');

/** A message that is a single password-looking token. */
export function loneSecret(text: string): SecretSpan | undefined {
  if (text.length < 8 || text.length > 256) return undefined;
  const trimmed = text.trim();
  if (!isLoneToken(trimmed) || !looksLikeLonePassword(trimmed)) return undefined;
  const start = text.indexOf(trimmed);
  return { start, end: start + trimmed.length };
}

/** Password-shaped tokens anywhere in a text (see above). */
export function secretTokens(text: string): SecretSpan[] {
  const withSymbols = PASSWORD_SYMBOL.test(text) ? tokens(text, SYMBOL_TOKEN, (token) => hasPasswordSymbol(token) && isUnlabelledPassword(token)) : [];
  const changed = CHANGED_TO_HINT.test(text) ? changedTo(text) : [];
  const underscored = text.includes('_') ? tokens(text, UNDERSCORE_TOKEN, (token) => hasAllKinds(token) && isUnlabelledPassword(token)) : [];
  if (!ABOUT_PASSWORDS.test(text) || !/\d/.test(text)) return [...withSymbols, ...changed, ...underscored];
  return [
    ...withSymbols, ...changed, ...underscored,
    ...tokens(text, NAME_SYMBOL_TOKEN, (token) => hasAllKinds(token) && isUnlabelledPassword(token)),
    ...tokens(text, LABEL_WORD_TOKEN, (token) => token.length >= 6),
    ...tokens(text, QUOTED_TOKEN, (token) => /\p{L}/u.test(token) && /\d/.test(token) && !CODE_LIKE.test(token) && isPassword(token, 'near')),
  ];
}

function tokens(text: string, pattern: RegExp, accept: (token: string) => boolean): SecretSpan[] {
  const spans: SecretSpan[] = [];
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    const { offset, token } = withoutMarkup(match[0]);
    if (accept(token)) spans.push({ start: match.index + offset, end: match.index + offset + token.length });
  }
  return spans;
}

/** The token without the markup around it, and where it starts; quote marks around a whole word ("«Connexion»") go too. */
function withoutMarkup(raw: string): { offset: number; token: string } {
  const offset = MARKUP_BEFORE.exec(raw)?.[0].length ?? 0;
  const token = raw.slice(offset).replace(MARKUP_AFTER, '');
  return /^[«‹][^«‹»›]*[»›]$/u.test(token) ? { offset: offset + 1, token: token.slice(1, -1) } : { offset, token };
}

function isUnlabelledPassword(token: string): boolean {
  return token.length >= 8 && !CODE_LIKE.test(token) && isPassword(token, 'near');
}

function changedTo(text: string): SecretSpan[] {
  const spans: SecretSpan[] = [];
  CHANGED_TO.lastIndex = 0;
  for (let match = CHANGED_TO.exec(text); match; match = CHANGED_TO.exec(text)) {
    for (const group of [1, 2]) {
      const raw = match[group];
      const start = match.indices![group]?.[0] ?? 0;
      const within = raw !== undefined && !CODE_LIKE.test(raw) && passwordWithin({ raw, evidence: 'near' });
      if (within) spans.push({ start: start + within.start, end: start + within.end });
    }
  }
  return spans;
}

/** One word of 8 to 128 characters with nothing around it: the shape of a pasted password. */
function isLoneToken(trimmed: string): boolean {
  return trimmed.length >= 8 && trimmed.length <= 128 && !/\s/.test(trimmed);
}

/** A lone token counts when it mixes at least three kinds of character, like a real password. */
function looksLikeLonePassword(value: string): boolean {
  // A Spanish word asked or exclaimed ("¿Funcionó?", "¡Gracias!") is no password.
  if (/^https?:|^www\.|@.*\./i.test(value) || /^[¿¡]\p{L}+[?!.]*$/u.test(value) || !isPassword(value, 'near')) return false;
  return [/\p{Ll}/u, /\p{Lu}/u, /\d/, /[^\p{L}\p{N}]/u].filter((kind) => kind.test(value)).length >= 3;
}

/**
 * A password symbol inside the token with digits or both cases around it, or a final "!" after both cases
 * ("Summer2024!"); a final "?" is punctuation.
 */
function hasPasswordSymbol(token: string): boolean {
  const bothCases = /\p{Ll}/u.test(token) && /\p{Lu}/u.test(token);
  if (!bothCases && !/\d/.test(token)) return false;
  if (PASSWORD_SYMBOL.test(token.slice(0, -1))) return true;
  return /[!#$%^&*~+=]$/.test(token) && bothCases;
}

function hasAllKinds(token: string): boolean {
  return /\p{Ll}/u.test(token) && /\p{Lu}/u.test(token) && /\d/.test(token) && /[^\p{L}\p{N}]/u.test(token);
}
