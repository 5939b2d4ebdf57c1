import { OUT_OF_SCOPE_INTENT } from '../content/intents';
import { foldAccents } from '../content/normalise';
import type { Topic } from '../content/types';
import { tokens } from './answerReader';
import { FUNCTION_WORDS, stem } from './wordForms';

/** A word of at most this many topics' examples says which topic a message is about ("code", "billing"; not "account"). */
const TELLING_TOPICS = 3;
/** A word of more than this share of the topics is chatter ("need", "help"), no topic's own ("different", "name"). */
const CHATTER_SHARE = 0.25;

/**
 * The words that tell a topic: those of its title and examples that few other topics use. A follow-up the
 * recognizer cannot place ("where do i get the code? nobody texted me anything" after one-time codes) is read in
 * the topic in focus when it says one of them. Built once from content.
 */
export class TopicWords {
  private readonly telling: ReadonlyMap<string, ReadonlySet<string>>;
  /** Each topic's words besides function words and chatter: what its examples speak of, told apart or not. */
  private readonly own: ReadonlyMap<string, ReadonlySet<string>>;
  /** Every word (stemmed, accents folded) of the topics the bot answers (out of scope's examples are no such topic). */
  private readonly known: ReadonlySet<string>;

  constructor(topics: readonly Topic[]) {
    const wordsOf = new Map(topics.map((topic) => [topic.intent, new Set([topic.title, ...topic.examples].flatMap(tokens).map(stem))]));
    const topicsWith = new Map<string, number>();
    for (const words of wordsOf.values()) for (const word of words) topicsWith.set(word, (topicsWith.get(word) ?? 0) + 1);
    const tells = (word: string) => !FUNCTION_WORDS.has(word) && word.length > 2 && (topicsWith.get(word) ?? 0) <= TELLING_TOPICS;
    this.telling = new Map([...wordsOf].map(([intent, words]) => [intent, new Set([...words].filter(tells))]));
    const ownWord = (word: string) => !FUNCTION_WORDS.has(word) && word.length > 2 && (topicsWith.get(word) ?? 0) <= topics.length * CHATTER_SHARE;
    this.own = new Map([...wordsOf].map(([intent, words]) => [intent, new Set([...words].filter(ownWord))]));
    const answered = topics.filter((topic) => topic.intent !== OUT_OF_SCOPE_INTENT);
    this.known = new Set(answered.flatMap(textsOf).flatMap((text) => tokens(foldAccents(text))).map(stem));
  }

  /**
   * True when the message says a word that no topic the bot answers uses ("dollar" in "how much is the dollar", "cafe"):
   * a short question that names something of its own is about that, not a follow-up to the topic in focus.
   */
  saysForeignWord(text: string): boolean {
    const foreign = (word: string) => !FUNCTION_WORDS.has(word) && word.length > 2 && !/\d/.test(word) && !this.known.has(stem(word));
    return tokens(foldAccents(text)).some(foreign);
  }

  /** True when the message says a word that tells this topic. */
  says(intent: string, text: string): boolean {
    const telling = this.telling.get(intent);
    return telling !== undefined && tokens(text).some((word) => telling.has(stem(word)));
  }

  /** The message's words (stemmed) that this topic's examples speak of, chatter aside ("client", "code", "different"). */
  ownIn(intent: string, text: string): string[] {
    const own = this.own.get(intent);
    return own === undefined ? [] : tokens(text).map(stem).filter((word) => own.has(word));
  }
}

/** What a topic says and is asked in: its title, examples, and each node's words and questions. */
function textsOf(topic: Topic): string[] {
  const nodes = [...topic.flow.nodes.values()];
  const said = nodes.flatMap((node) => [node.title, node.say, node.ask, node.tip, ...node.questions.flatMap((question) => [...question.examples, question.say])]);
  return [topic.title, ...topic.examples, ...said.filter((text): text is string => text !== undefined)];
}
