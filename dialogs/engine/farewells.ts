import type { Topic } from '../content/types';
import { tokens, type AnswerReader } from './answerReader';

/**
 * Whether a message says goodbye in words, not only in the recognizer's guess: "ok i see it" or "i see it now" may
 * score as a goodbye, but ends nothing. A farewell says a word that only the goodbye topic's examples use ("bye",
 * "ttyl"), or one of those examples whole ("that's all", "take care"). Built once from content.
 */
export class Farewells {
  private readonly words: ReadonlySet<string>;
  /** The goodbye examples without their fillers, by first word. */
  private readonly phrases: ReadonlyMap<string, readonly (readonly string[])[]>;

  constructor(topics: readonly Topic[], goodbyeIntent: string, answers: AnswerReader) {
    const goodbye = topics.find((topic) => topic.intent === goodbyeIntent)?.examples ?? [];
    const elsewhere = new Set(topics.filter((topic) => topic.intent !== goodbyeIntent).flatMap((topic) => topic.examples.flatMap(tokens)));
    // "nice" of "have a nice day" is a filler too ("nice, i see it").
    this.words = new Set(goodbye.flatMap(tokens).filter((word) => !elsewhere.has(word) && !answers.isAcknowledgement(word)));
    const phrases = new Map<string, (readonly string[])[]>();
    for (const example of goodbye) {
      const words = tokens(answers.core(example));
      if (words.length > 0) phrases.set(words[0]!, [...(phrases.get(words[0]!) ?? []), words]);
    }
    this.phrases = phrases;
  }

  says(text: string): boolean {
    const words = tokens(text);
    return words.some((word, start) => this.words.has(word)
      || (this.phrases.get(word) ?? []).some((phrase) => phrase.every((part, i) => words[start + i] === part)));
  }
}
