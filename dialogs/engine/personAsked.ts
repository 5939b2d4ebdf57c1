import { foldAccents } from '../content/normalise';
import type { AnswerWords } from '../content/types';
import { readChatSpanish } from '../nlu-es/chatSpanish';
import { isNegation, tokens } from './answerReader';

/** A request for a person is read in a sentence up to this long ("could you find me a real person at the clerk's office"). */
const REQUEST_WORDS = 14;
/** Who wants the person, said before a word of wanting ("the user now wants a human"): at most this many words. */
const WHO_WANTS_WORDS = 4;

interface SomeoneWords {
  readonly someone: ReadonlySet<string>;
  /** The people of a place, each as its words in order ("help desk", "mesa de ayuda"). */
  readonly places: readonly (readonly string[])[];
  readonly wish: ReadonlySet<string>;
  readonly around: ReadonlySet<string>;
  /** Words after which the request says what it is about: that matter may be in any words. */
  readonly matter: ReadonlySet<string>;
  /** Wanting said of someone ("wants", "quiere"): the words before it say who, the rest is read as a request. */
  readonly wanting: ReadonlySet<string>;
}
const vocabularies = new WeakMap<AnswerWords, SomeoneWords>();

/**
 * "can you get me someone there", "I'd like a person to look into it", "can I get the clerk's help desk for ECF",
 * "¿me consigue a alguien de la corte?": a sentence or clause made only of a word naming a person (`answers.someone`),
 * or the people of a place wished for (`someonePlaces` with a word of `someoneWish`: "Hi, clerk's office here" says who
 * is writing), and the words a request has around it (`answers.someoneAround`). Read from its words, not from whole
 * phrases, so a new verb order or place still asks, wherever the clause sits ("this is a waste of time, I want to talk
 * to the help desk"); a word of anything else makes it a sentence about that ("someone else at the firm uses my
 * login", "what's the help desk number?": a question about how to reach them, which the contact topic answers), except
 * after a word that says what the request is about (`someoneMatter`: "is there a person i can talk to about this").
 */
export function asksForSomeone(words: AnswerWords, text: string, chatSpanish = false): boolean {
  const vocabulary = vocabularyOf(words);
  // Spanish as chatted is read as the words it stands for ("mejor q nos llame alguien": "que").
  const read = (sentence: string) => (chatSpanish ? readChatSpanish(tokens(foldAccents(sentence))) : tokens(foldAccents(sentence)));
  // Every request names someone or wishes for a place's people, and a sentence's words are the message's: a message
  // with no such word (most are) is not cut into sentences and read again.
  if (!read(text).some((word) => vocabulary.someone.has(word) || vocabulary.wish.has(word))) return false;
  return [text, ...text.split(/[.,?!¿¡;:]+/)].some((sentence) => isRequest(vocabulary, read(sentence)) || isWantedFor(vocabulary, read(sentence)));
}

/**
 * "the simulated user now wants a human at the help desk", "mi jefe quiere hablar con alguien": who wants the person,
 * in a few words (none a negation: "I don't need a person"), then a word of wanting and a request in the request's words.
 */
function isWantedFor(vocabulary: SomeoneWords, sentence: readonly string[]): boolean {
  const at = sentence.findIndex((word) => vocabulary.wanting.has(word));
  if (at <= 0 || at > WHO_WANTS_WORDS || sentence.slice(0, at).some(isNegation)) return false;
  return isRequest(vocabulary, sentence.slice(at));
}

function isRequest({ someone, places, wish, around, matter, wanting }: SomeoneWords, sentence: readonly string[]): boolean {
  // "… contact me about our firm's accounts": what it is about is no part of the request.
  const cut = sentence.findIndex((word) => matter.has(word));
  const said = cut > 0 ? sentence.slice(0, cut) : sentence;
  if (said.length > REQUEST_WORDS) return false;
  const naming = new Set<number>();
  said.forEach((word, i) => {
    if (someone.has(word)) naming.add(i);
  });
  if (said.some((word) => wish.has(word) || wanting.has(word))) {
    said.forEach((_, i) => {
      for (const place of places) if (place.every((part, k) => said[i + k] === part)) place.forEach((__, k) => naming.add(i + k));
    });
  }
  return naming.size > 0 && said.every((word, i) => naming.has(i) || wish.has(word) || around.has(word) || wanting.has(word));
}

function vocabularyOf(words: AnswerWords): SomeoneWords {
  let vocabulary = vocabularies.get(words);
  if (!vocabulary) {
    const set = (list: readonly string[] = []) => new Set(list.flatMap((phrase) => tokens(foldAccents(phrase))));
    vocabulary = {
      someone: set(words.someone),
      places: (words.someonePlaces ?? []).map((phrase) => tokens(foldAccents(phrase))),
      wish: set(words.someoneWish),
      around: set([...(words.someoneAround ?? []), ...words.fillers]),
      matter: set(words.someoneMatter),
      wanting: set(words.someoneWanting),
    };
    vocabularies.set(words, vocabulary);
  }
  return vocabulary;
}
