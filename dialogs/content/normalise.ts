/**
 * The comparable form of a short text: lower case, apostrophes dropped ("don't" = "dont"), any run of
 * punctuation or spacing as one space. Used to spot duplicate examples and to match whole messages to buttons.
 */
export function normaliseText(text: string): string {
  return text.toLowerCase().replace(/[’']/g, '').replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

/**
 * Accents and tildes gone ("contraseña" -> "contrasena", "olvidé" -> "olvide"): people type both. Letters that do not
 * decompose are spelt as their languages spell them in ASCII, so a reader that keeps a-z only reads "Straße" as
 * "strasse", not "stra" and "e".
 */
export function foldAccents(text: string): string {
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(UNDECOMPOSED_LETTERS, (letter) => LATIN_SPELLING[letter] as string);
}

const LATIN_SPELLING: Readonly<Record<string, string>> = { ß: 'ss', ẞ: 'SS', æ: 'ae', Æ: 'AE', œ: 'oe', Œ: 'OE', ø: 'o', Ø: 'O', ł: 'l', Ł: 'L', đ: 'd', Đ: 'D' };
const UNDECOMPOSED_LETTERS = new RegExp(`[${Object.keys(LATIN_SPELLING).join('')}]`, 'g');
