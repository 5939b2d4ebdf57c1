import { normaliseText } from '../content/normalise';

/**
 * Candidates (labels, navigation words, titles, court names) all come from content, so their normalised forms
 * are computed once and kept; this was the engine's largest per-turn cost. The user's text is never cached.
 */
const normalisedCandidates = new Map<string, string>();
function normaliseCandidate(candidate: string): string {
  let normalised = normalisedCandidates.get(candidate);
  if (normalised === undefined) {
    normalised = normaliseText(candidate);
    normalisedCandidates.set(candidate, normalised);
  }
  return normalised;
}

/** Whole-message matching for buttons and navigation words: case, spacing and punctuation do not matter. */
export function matchesAny(text: string, candidates: readonly string[]): boolean {
  return matchesNormalised(normaliseText(text), candidates);
}

/** matchesAny for a text already normalised, so a caller comparing one message with many lists does it once. */
export function matchesNormalised(wanted: string, candidates: readonly string[]): boolean {
  return wanted.length > 0 && candidates.some((candidate) => normaliseCandidate(candidate) === wanted);
}

/** A short message (at most maxWords words) that begins with one of the phrases, e.g. "yes it is" for "yes". */
export function startsWithAny(text: string, phrases: readonly string[], maxWords: number): boolean {
  const wanted = normaliseText(text);
  if (wanted.split(' ').length > maxWords) return false;
  return phrases.some((phrase) => {
    const start = normaliseCandidate(phrase);
    return start.length > 0 && wanted.startsWith(`${start} `);
  });
}

/** A message of at most maxWords words that says one of the phrases somewhere, as whole words ("can i talk to a real person"). */
export function saysAny(text: string, phrases: readonly string[], maxWords: number): boolean {
  const wanted = normaliseText(text);
  if (wanted.length === 0 || wanted.split(' ').length > maxWords) return false;
  const padded = ` ${wanted} `;
  return spacedPhrases(phrases).some((said) => padded.includes(said));
}

/**
 * A content list's phrases normalised and padded with a space at each end (the empty ones left out), made once per
 * list: the handoff layer reads every message, and each of its sentences, against the same lists.
 */
const spacedLists = new WeakMap<readonly string[], readonly string[]>();
function spacedPhrases(phrases: readonly string[]): readonly string[] {
  let spaced = spacedLists.get(phrases);
  if (!spaced) {
    spaced = phrases.map(normaliseCandidate).filter((said) => said.length > 0).map((said) => ` ${said} `);
    spacedLists.set(phrases, spaced);
  }
  return spaced;
}
