/**
 * Informal Spanish, generated rather than hand-picked (issue 18/21, round 12): how the Spanish recognizer fares when a
 * question is typed the way people chat — no accents, no ¿ ¡, chat abbreviations ("q", "xq", "tb", "x", "pa"), and
 * the English words Spanish speakers use for the screens and the account ("password", "login", "linkear", "upgrade").
 *
 * Each carrier sentence is rewritten in four registers, each adding to the one before it where it says so:
 * - `sin acentos`: lower case, accents, tildes and ¿ ¡ gone (the recognizer folds accents itself: a check);
 * - `abreviaturas`: sin acentos, and every word that has a chat abbreviation written with it;
 * - `spanglish`: sin acentos, and the words that have an English loanword in chat written with it;
 * - `todo junto`: both.
 * Where a word has several informal forms ("xq" / "pq", "tb" / "tmb") a seeded random picks one, the same every run.
 * The abbreviations are common Spanish chat shorthand (the brief's q / xq / pq / tb and more of the kind: "x", "pa",
 * "d", "dnd", "msj", "porfa"); the loanwords are the brief's (password, login, upload, link, upgrade) with the verb
 * forms Spanish speakers build from them ("linkear", "upgradear", "loguearme"), and "email", "user", "browser".
 */
import { foldAccents } from '../dialogs/content/normalise';
import { seededRandom } from '../dialogs/nlu/random';

/** A whole word (or two) of the folded text and the informal forms it may be typed as. */
type Rewrite = readonly [pattern: RegExp, forms: readonly string[]];

const word = (w: string): RegExp => new RegExp(`(?<![\\p{L}\\p{N}])${w}(?![\\p{L}\\p{N}])`, 'gu');

/** Chat abbreviations. Two-word forms first, so "por que" is "xq" before "por" is "x". */
const ABBREVIATIONS: readonly Rewrite[] = [
  [word('por que'), ['xq', 'pq']], [word('porque'), ['xq', 'pq', 'porq']], [word('por favor'), ['porfa', 'xfa', 'plis']],
  [word('que'), ['q', 'q', 'k']], [word('tambien'), ['tb', 'tmb']], [word('por'), ['x']], [word('para'), ['pa', 'pa', 'p']],
  [word('de'), ['d']], [word('donde'), ['dnd']], [word('mensaje'), ['msj']], [word('gracias'), ['grax', 'grcs']],
  [word('esta'), ['sta']], [word('estoy'), ['toy']], [word('nada'), ['nd']], [word('saludos'), ['salu2']],
];

/** English words Spanish speakers type among Spanish ones, and the Spanish verb forms made from them. */
const LOANWORDS: readonly Rewrite[] = [
  [word('iniciar sesion'), ['hacer login', 'loguearme']], [word('inicio de sesion'), ['login']], [word('inicie sesion'), ['hice login']],
  [word('contrasena'), ['password']], [word('contrasenas'), ['passwords']], [word('clave'), ['password']],
  [word('vinculacion'), ['link']], [word('enlace'), ['link']], [/vincul(?=[aeiou])/gu, ['linke']], [/enla(?:z|c)(?=[aeiou])/gu, ['linke']],
  [word('actualizacion'), ['upgrade']], [/actuali(?:z|c)(?=[aeiou])/gu, ['upgrade']],
  [word('subir'), ['hacer upload', 'uploadear']], [word('correo electronico'), ['email']], [word('correo'), ['email', 'mail']],
  [word('usuario'), ['user', 'username']], [word('navegador'), ['browser']],
];

export type Register = 'sin acentos' | 'abreviaturas' | 'spanglish' | 'todo junto';
export const REGISTERS: readonly Register[] = ['sin acentos', 'abreviaturas', 'spanglish', 'todo junto'];

/** Lower case, no accents or tildes, no ¿ ¡. */
export function plain(text: string): string {
  return foldAccents(text.toLowerCase()).replace(/[¿¡]/g, '');
}

function rewrite(text: string, rules: readonly Rewrite[], random: () => number): string {
  let out = text;
  for (const [pattern, forms] of rules) out = out.replace(pattern, () => forms[Math.floor(random() * forms.length)] as string);
  return out;
}

/** The text typed in `register`; `random` picks among a word's informal forms. */
export function informal(text: string, register: Register, random: () => number): string {
  const folded = plain(text);
  const abbreviated = register === 'abreviaturas' || register === 'todo junto';
  const loaned = register === 'spanglish' || register === 'todo junto';
  // Loanwords first: "iniciar sesion" must still be whole when the abbreviations run.
  const withLoans = loaned ? rewrite(folded, LOANWORDS, random) : folded;
  return abbreviated ? rewrite(withLoans, ABBREVIATIONS, random) : withLoans;
}

export interface InformalSentence<T> {
  readonly original: T;
  readonly text: string;
}

/** Each carrier's text rewritten in `register`, the same every run; only carriers the register changes are kept. */
export function informalSentences<T extends { text: string }>(carriers: readonly T[], register: Register, seed = 1): InformalSentence<T>[] {
  const random = seededRandom(seed);
  return carriers.map((original) => ({ original, text: informal(original.text, register, random) }))
    .filter((s) => register === 'sin acentos' || s.text !== plain(s.original.text));
}
