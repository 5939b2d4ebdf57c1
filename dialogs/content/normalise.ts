/**
 * The comparable form of a short text: lower case, apostrophes dropped ("don't" = "dont"), any run of
 * punctuation or spacing as one space. Used to spot duplicate examples and to match whole messages to buttons.
 */
export function normaliseText(text: string): string {
  return text.toLowerCase().replace(/[’']/g, '').replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}
