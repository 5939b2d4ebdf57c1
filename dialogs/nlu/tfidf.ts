/*
 * Inverse document frequency, the IDF of TF-IDF, for the recognizer's vectorizer and for the help desk's grouping of
 * unanswered questions: smoothed as in scikit-learn's TfidfVectorizer, ln((1 + n) / (1 + df)) + 1, so a term found
 * in every document still weighs 1 and an unseen one never divides by zero.
 */

/** The smoothed IDF of every term of `documents` (each document's terms; a term counts once per document). */
export function inverseDocumentFrequencies(documents: readonly Iterable<string>[]): Map<string, number> {
  const frequency = new Map<string, number>();
  for (const document of documents) {
    for (const term of new Set(document)) frequency.set(term, (frequency.get(term) ?? 0) + 1);
  }
  const n = documents.length;
  return new Map([...frequency].map(([term, df]) => [term, Math.log((1 + n) / (1 + df)) + 1]));
}
