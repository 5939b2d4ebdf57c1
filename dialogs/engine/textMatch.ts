import { normaliseText } from '../content/normalise';

/** Whole-message matching for buttons and navigation words: case, spacing and punctuation do not matter. */
export function matchesAny(text: string, candidates: readonly string[]): boolean {
  const wanted = normaliseText(text);
  return wanted.length > 0 && candidates.some((candidate) => normaliseText(candidate) === wanted);
}

/** A short message (at most maxWords words) that begins with one of the phrases, e.g. "yes it is" for "yes". */
export function startsWithAny(text: string, phrases: readonly string[], maxWords: number): boolean {
  const wanted = normaliseText(text);
  if (wanted.split(' ').length > maxWords) return false;
  return phrases.some((phrase) => {
    const start = normaliseText(phrase);
    return start.length > 0 && wanted.startsWith(`${start} `);
  });
}
