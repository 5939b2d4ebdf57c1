import { foldAccents } from '../content/normalise';
import type { AnswerWords } from '../content/types';
import { tokens } from './answerReader';

/** A request for a person is read in a sentence up to this long ("could you find me a real person at the clerk's office"). */
const REQUEST_WORDS = 14;

interface SomeoneWords { readonly someone: ReadonlySet<string>; readonly around: ReadonlySet<string> }
const vocabularies = new WeakMap<AnswerWords, SomeoneWords>();

/**
 * "can you get me someone there", "could you find me a real person at the clerk's office", "¿me consigue a alguien de
 * la corte?": a sentence made only of a word naming a person (`answers.someone`) and the words a request for one has
 * around it (`answers.someoneAround`). Read from its words, not from whole phrases, so a new verb order or place
 * still asks; a word of anything else ("someone else at the firm uses my login") makes it a sentence about that.
 */
export function asksForSomeone(words: AnswerWords, text: string): boolean {
  const { someone, around } = vocabularyOf(words);
  return [text, ...text.split(/[.?!¿¡;]+/)].some((sentence) => {
    const said = tokens(foldAccents(sentence));
    return said.length <= REQUEST_WORDS && said.some((word) => someone.has(word)) && said.every((word) => someone.has(word) || around.has(word));
  });
}

function vocabularyOf(words: AnswerWords): SomeoneWords {
  let vocabulary = vocabularies.get(words);
  if (!vocabulary) {
    const set = (list: readonly string[] = []) => new Set(list.flatMap((phrase) => tokens(foldAccents(phrase))));
    vocabulary = { someone: set(words.someone), around: set([...(words.someoneAround ?? []), ...words.fillers]) };
    vocabularies.set(words, vocabulary);
  }
  return vocabulary;
}
