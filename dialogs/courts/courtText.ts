import { foldAccents, normaliseText } from '../content/normalise';

/** Initials written with dots and no space ("U.S.B.C.", "S.D.N.Y", "N.D."): one word each. */
const DOTTED_INITIALS = /(?:\b[A-Za-z]\.){2,}(?:[A-Za-z]\b)?/g;

/**
 * A text's words as the court matcher compares them: lower case, punctuation gone, and initials run together
 * ("S.D.N.Y." and "s d n y" -> "sdny", "E.D. Tex." and "E. D. Tex." -> "ed tex", but "U.S.B.C. N.D." -> "usbc nd"),
 * so that a citation, its run-together acronym and its spaced form meet; accents folded, as court names are kept
 * ("Nuevo México" -> "nuevo mexico"). Both the generated names (deploy/tools) and messages go through it.
 */
export function courtWords(text: string): string[] {
  const lowered = normaliseText(text.replace(DOTTED_INITIALS, (initials) => ` ${initials.replace(/\./g, '')} `));
  // Folding is for the few texts with a letter outside ASCII: most messages skip its Unicode normalisation.
  const normalised = /[\u0080-\uffff]/.test(lowered) ? foldAccents(lowered) : lowered;
  if (normalised === '') return [];
  const words: string[] = [];
  let initials = '';
  for (const word of normalised.split(' ')) {
    if (/^[a-z]$/.test(word)) {
      initials += word;
      continue;
    }
    if (initials) words.push(initials);
    initials = '';
    words.push(word);
  }
  if (initials) words.push(initials);
  return words;
}

/** A name's comparable form: its words joined by single spaces. */
export function courtPhrase(text: string): string {
  return courtWords(text).join(' ');
}
