import type { AnswerWords } from '../content/types';
import { tokens } from './answerReader';

/** A clause up to this long may put the rest off ("ok im going to stop and do this tomorrow"). */
const PUT_OFF_WORDS = 10;

interface PutOffWords {
  readonly doing: ReadonlySet<string>;
  readonly later: readonly (readonly string[])[];
  readonly by: ReadonlySet<string>;
}
const vocabularies = new WeakMap<AnswerWords, PutOffWords>();

/**
 * "I'll finish the rest tonight", "ok im going to stop and do this tomorrow", "let me pick it up in the morning": a
 * short clause with a word of doing (content's `laterDoing`) and after it a later time (`later`) puts the rest off,
 * in any words around them. A time said as a deadline (`laterBy`: "I have to do this before tomorrow") puts nothing
 * off; whether the clause asks or negates is the caller's (commandReader's saysStop).
 */
export function putsOff(words: AnswerWords, clause: string): boolean {
  const { doing, later, by } = vocabularyOf(words);
  const said = tokens(clause);
  if (said.length > PUT_OFF_WORDS || later.length === 0) return false;
  const at = said.findIndex((_, i) => later.some((time) => time.every((word, k) => said[i + k] === word)));
  return at > 0 && said.slice(0, at).some((word) => doing.has(word)) && !said.some((word) => by.has(word));
}

function vocabularyOf(words: AnswerWords): PutOffWords {
  let vocabulary = vocabularies.get(words);
  if (!vocabulary) {
    vocabulary = {
      doing: new Set((words.laterDoing ?? []).flatMap(tokens)),
      later: (words.later ?? []).map(tokens).filter((time) => time.length > 0),
      by: new Set((words.laterBy ?? []).flatMap(tokens)),
    };
    vocabularies.set(words, vocabulary);
  }
  return vocabulary;
}
