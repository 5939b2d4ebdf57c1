/** ASCII letters and digits, words one space apart: normaliseText only lower-cases such a text. */
const PLAIN_WORDS = /^[A-Za-z0-9]+(?: [A-Za-z0-9]+)*$/;

/** A character beyond ASCII: only there does NFD change anything (ASCII text is its own decomposition). */
const NON_ASCII = /[\u0080-\uffff]/;

/**
 * The comparable form of a short text: lower case, apostrophes dropped ("don't" = "dont"), any run of
 * punctuation or spacing as one space. Used to spot duplicate examples and to match whole messages to buttons.
 */
export function normaliseText(text: string): string {
  // Most texts read in a turn are plain words ("next", "how do I link my account", a message's clauses and tokens
  // read again): they need no apostrophe or punctuation pass, and a test costs less than those two passes
  // (bench/README.md, "perf-turn16").
  if (PLAIN_WORDS.test(text)) return text.toLowerCase();
  return text.toLowerCase().replace(/[’']/g, '').replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

/** Accents and tildes gone ("contraseña" -> "contrasena", "olvidé" -> "olvide"): people type both. */
export function foldAccents(text: string): string {
  // Plain ASCII has nothing to fold; NFD would still copy it (a turn folds ~170 texts, nearly all ASCII).
  return NON_ASCII.test(text) ? text.normalize('NFD').replace(/[\u0300-\u036f]/g, '') : text;
}
