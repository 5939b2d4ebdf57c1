import { foldAccents } from '../content/normalise';
import type { AnswerWords } from '../content/types';
import { tokens } from './answerReader';

/** A request for a person is read in a sentence up to this long ("could you find me a real person at the clerk's office"). */
const REQUEST_WORDS = 14;

interface SomeoneWords {
  readonly someone: ReadonlySet<string>;
  /** Who is named in several words ("help desk", "clerk's office", "mesa de ayuda"), as their words in order. */
  readonly named: readonly (readonly string[])[];
  readonly around: ReadonlySet<string>;
}
const vocabularies = new WeakMap<AnswerWords, SomeoneWords>();

/**
 * "can you get me someone there", "I'd like a person to look into it", "can I get the clerk's help desk for ECF",
 * "¿me consigue a alguien de la corte?": a sentence or clause made only of words naming a person or the people of a
 * place (`answers.someone`: "someone", "help desk", "alguien", "mesa de ayuda") and the words a request for one has
 * around it (`answers.someoneAround`). Read from its words, not from whole phrases, so a new verb order or place still
 * asks, wherever the clause sits ("this is a waste of time, I want to talk to someone at the help desk"); a word of
 * anything else makes it a sentence about that ("someone else at the firm uses my login", "what's the help desk
 * number?": a question about how to reach them, which the contact topic answers).
 */
export function asksForSomeone(words: AnswerWords, text: string): boolean {
  const vocabulary = vocabularyOf(words);
  return [text, ...text.split(/[.,?!¿¡;]+/)].some((sentence) => isRequest(vocabulary, tokens(foldAccents(sentence))));
}

function isRequest({ someone, named, around }: SomeoneWords, said: readonly string[]): boolean {
  if (said.length > REQUEST_WORDS) return false;
  const naming = new Set<number>();
  said.forEach((word, i) => {
    if (someone.has(word)) naming.add(i);
    for (const phrase of named) {
      if (phrase.every((part, k) => said[i + k] === part)) phrase.forEach((_, k) => naming.add(i + k));
    }
  });
  return naming.size > 0 && said.every((word, i) => naming.has(i) || around.has(word));
}

function vocabularyOf(words: AnswerWords): SomeoneWords {
  let vocabulary = vocabularies.get(words);
  if (!vocabulary) {
    const phrases = (words.someone ?? []).map((phrase) => tokens(foldAccents(phrase)));
    const set = (list: readonly string[] = []) => new Set(list.flatMap((phrase) => tokens(foldAccents(phrase))));
    vocabulary = {
      someone: new Set(phrases.filter((phrase) => phrase.length === 1).map((phrase) => phrase[0]!)),
      named: phrases.filter((phrase) => phrase.length > 1),
      around: set([...(words.someoneAround ?? []), ...words.fillers]),
    };
    vocabularies.set(words, vocabulary);
  }
  return vocabulary;
}
