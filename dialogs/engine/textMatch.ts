/** Whole-message matching for buttons and navigation words: case, spacing and punctuation do not matter. */
export function normaliseMessage(text: string): string {
  return text.toLowerCase().replace(/[’']/g, '').replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

export function matchesAny(text: string, candidates: readonly string[]): boolean {
  const wanted = normaliseMessage(text);
  return wanted.length > 0 && candidates.some((candidate) => normaliseMessage(candidate) === wanted);
}
