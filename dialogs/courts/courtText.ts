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

/**
 * E-mail and web addresses, whose words name no court ("r.smith@ohio", "jane@texas-law.com", "www.florida-bar.org"):
 * anything around an @, or from http(s):// or www., or a dotted name ending in a common top-level domain.
 */
const ADDRESS = /[^\s@]+@[^\s@]+|\b(?:https?:\/\/|www\.)\S+|\b[\w-]+(?:\.[\w-]+)*\.(?:com|net|org|gov|edu|us|law)\b\S*/gi;
/** What every address has (an @, "://" or a dot before a letter): most messages have none and skip ADDRESS. */
const MAYBE_ADDRESS = /@|:\/\/|\.[a-z]/i;
const NOWHERE: ReadonlySet<number> = new Set();
/** A court's own address names it: "ecf.nysb.uscourts.gov" (the label before uscourts.gov). */
const COURT_HOST = /^(?:[\w-]+\.)*([a-z]+)\.uscourts\.gov\b/i;

/**
 * A text's court-comparable words (as `courtWords`) and which of them were written inside an e-mail or web address,
 * so that those are never read as a court's name; the court label of a uscourts.gov address is not among them.
 */
export function courtWordsOutsideAddresses(text: string): { readonly words: string[]; readonly inAddress: ReadonlySet<number> } {
  if (!MAYBE_ADDRESS.test(text)) return { words: courtWords(text), inAddress: NOWHERE };
  const words: string[] = [];
  const inAddress = new Set<number>();
  let from = 0;
  for (const address of text.matchAll(ADDRESS)) {
    words.push(...courtWords(text.slice(from, address.index)));
    const host = COURT_HOST.exec(address[0].replace(/^(?:https?:\/\/)?/i, ''))?.[1]?.toLowerCase();
    for (const word of courtWords(address[0])) {
      if (word !== host) inAddress.add(words.length);
      words.push(word);
    }
    from = address.index + address[0].length;
  }
  if (from === 0) return { words: courtWords(text), inAddress };
  words.push(...courtWords(text.slice(from)));
  return { words, inAddress };
}

/** A name's comparable form: its words joined by single spaces. */
export function courtPhrase(text: string): string {
  return courtWords(text).join(' ');
}
