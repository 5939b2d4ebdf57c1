import { tokens } from './answerReader';
import type { EngineContext } from './context';

/** The most words a first move asked in the user's own words has ("ok so what do i do first then please"). */
const FIRST_MOVE_WORDS = 9;

/** Content's first-move words as sets, made once per content. */
interface FirstMoveWords { readonly first: ReadonlySet<string>; readonly asks: ReadonlySet<string>; readonly around: ReadonlySet<string> }
const wordsByContent = new WeakMap<EngineContext['content'], FirstMoveWords>();

/**
 * The first move asked for in the user's own words and order ("Okay. First what I do?", "what i do first", "ok go ahead
 * from the top", "1st step pls"): a short message with a word of content's `answers.firstMove`, one of
 * `firstMoveAsks`, and besides them only words of `firstMoveAround` and the fillers. It is the start command (the
 * walkthrough where it is, Step 1 once the questions before it are answered); so is a word of `firstMove` alone with
 * a question mark ("first?"). Any other word ("do I start with my PACER login first?", "I don't know where to start")
 * makes the message one of its own.
 */
export function asksFirstMove(ctx: EngineContext, text: string): boolean {
  const words = tokens(ctx.answers.core(text));
  const { first, asks, around } = firstMoveWords(ctx.content);
  // A word of `firstMove` alone, asked ("first?", "start?"): the question's other words left out.
  if (words.length === 1) return first.has(words[0]!) && text.trim().endsWith('?');
  if (words.length > FIRST_MOVE_WORDS) return false;
  if (first.size === 0 || !words.some((word) => first.has(word)) || !words.some((word) => asks.has(word))) return false;
  return words.every((word) => first.has(word) || asks.has(word) || around.has(word));
}

function firstMoveWords(content: EngineContext['content']): FirstMoveWords {
  let words = wordsByContent.get(content);
  if (!words) {
    const { firstMove, firstMoveAsks, firstMoveAround, fillers } = content.responses.answers;
    const set = (list: readonly string[] = []) => new Set(list.flatMap(tokens));
    words = { first: set(firstMove), asks: set(firstMoveAsks), around: set([...(firstMoveAround ?? []), ...fillers]) };
    wordsByContent.set(content, words);
  }
  return words;
}
