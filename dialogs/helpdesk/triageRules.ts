import type { Content } from '../content/types';
import { stems } from './textGroups';

/** content/triage.yaml, compiled: the score threshold and the urgent phrases (as stem sequences). */
export interface TriageRules {
  readonly lowConfidence: number;
  readonly urgent: readonly UrgentPhrase[];
}

export interface UrgentPhrase {
  readonly phrase: string;
  readonly stems: readonly string[];
}

/** The triage rules of validated content, with each urgent phrase stemmed once. */
export function triageRulesOf(content: Content): TriageRules {
  return Object.freeze({
    lowConfidence: content.triage.lowConfidence,
    urgent: content.triage.urgent.map((phrase) => Object.freeze({ phrase, stems: stems(phrase) })),
  });
}

/** The urgent phrases a text contains, as written in the content. */
export function urgentPhrasesIn(text: string, rules: TriageRules): string[] {
  const words = stems(text);
  const found = rules.urgent.filter(({ stems: phrase }) => phrase.length > 0 && containsSequence(words, phrase));
  // "urgent" and "urgently" share a stem: name the match once.
  return [...new Map(found.map((match) => [match.stems.join(' '), match.phrase])).values()];
}

function containsSequence(words: readonly string[], phrase: readonly string[]): boolean {
  for (let start = 0; start + phrase.length <= words.length; start += 1) {
    if (phrase.every((word, offset) => words[start + offset] === word)) return true;
  }
  return false;
}
