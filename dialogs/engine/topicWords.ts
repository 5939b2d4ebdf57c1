import type { Topic } from '../content/types';
import { tokens } from './answerReader';
import { FUNCTION_WORDS, stem } from './wordForms';

/** A word of at most this many topics' examples says which topic a message is about ("code", "billing"; not "account"). */
const TELLING_TOPICS = 3;

/**
 * The words that tell a topic: those of its title and examples that few other topics use. A follow-up the
 * recognizer cannot place ("where do i get the code? nobody texted me anything" after one-time codes) is read in
 * the topic in focus when it says one of them. Built once from content.
 */
export class TopicWords {
  private readonly telling: ReadonlyMap<string, ReadonlySet<string>>;

  constructor(topics: readonly Topic[]) {
    const wordsOf = new Map(topics.map((topic) => [topic.intent, new Set([topic.title, ...topic.examples].flatMap(tokens).map(stem))]));
    const topicsWith = new Map<string, number>();
    for (const words of wordsOf.values()) for (const word of words) topicsWith.set(word, (topicsWith.get(word) ?? 0) + 1);
    const tells = (word: string) => !FUNCTION_WORDS.has(word) && word.length > 2 && (topicsWith.get(word) ?? 0) <= TELLING_TOPICS;
    this.telling = new Map([...wordsOf].map(([intent, words]) => [intent, new Set([...words].filter(tells))]));
  }

  /** True when the message says a word that tells this topic. */
  says(intent: string, text: string): boolean {
    const telling = this.telling.get(intent);
    return telling !== undefined && tokens(text).some((word) => telling.has(stem(word)));
  }
}
