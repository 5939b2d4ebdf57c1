/**
 * The comparable form of a short text: lower case, apostrophes dropped ("don't" = "dont"), any run of
 * punctuation or spacing as one space. Used to spot duplicate examples and to match whole messages to buttons.
 */
export function normaliseText(text: string): string {
  return text.toLowerCase().replace(/[’']/g, '').replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

/** Accents and tildes gone ("contraseña" -> "contrasena", "olvidé" -> "olvide"): people type both. */
export function foldAccents(text: string): string {
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
}
