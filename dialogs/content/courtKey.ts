import { normaliseText } from './normalise';

/** Words that don't tell courts apart ("the", "court", "U.S." …), and the short forms of "bankruptcy". */
const FILLER = new Set(['the', 'court', 'courts', 'for', 'of', 'federal']);
const SAME_AS: Readonly<Record<string, string>> = { bankr: 'bankruptcy', bk: 'bankruptcy' };
const UNITED_STATES = /(^| )(united states|u s|us|usa)(?= |$)/g;

/**
 * The comparable form of a court's name: its distinctive words in alphabetical order, so that "Bankruptcy
 * S.D.N.Y.", "S.D.N.Y. bankruptcy court" and "the U.S. Bankruptcy Court, S.D.N.Y." are one name. Empty when nothing
 * distinctive is left ("the court").
 */
export function courtKey(text: string): string {
  const words = normaliseText(text).replace(UNITED_STATES, ' ').split(' ')
    .filter((word) => word.length > 0 && !FILLER.has(word))
    .map((word) => SAME_AS[word] ?? word);
  return [...new Set(words)].sort().join(' ');
}
