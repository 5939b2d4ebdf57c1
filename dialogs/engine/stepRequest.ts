import type { StepRequestWords } from '../content/types';
import { foldAccents } from '../content/normalise';
import { tokens } from './answerReader';
import { clauses } from './commandReader';
import type { EngineContext } from './context';

interface Vocabulary { readonly step: ReadonlySet<string>; readonly around: ReadonlySet<string> }

const vocabularies = new WeakMap<StepRequestWords, Vocabulary>();

/**
 * The step a message asks for by its number, 0-based ("what's step 1?", "skip ahead to step 3, I'm already logged
 * in", "estoy en el paso 2"): a sentence of it holds the step's word and a number, and nothing else but the content's
 * `stepRequest.words`. A sentence with any other word ("is step 5 permanent?") is a question about the step.
 */
export function requestedStep(ctx: EngineContext, text: string): number | undefined {
  const request = ctx.content.responses.stepRequest;
  if (!request) return undefined;
  const vocabulary = vocabularyOf(request);
  const total = ctx.content.procedure.totalSteps;
  for (const sentence of [text, ...clauses(text)]) {
    const words = tokens(foldAccents(sentence));
    const at = words.findIndex((word) => vocabulary.step.has(word));
    const number = at < 0 ? undefined : stepNumber(ctx, words[at + 1], total);
    if (number === undefined) continue;
    if (words.every((word, i) => i === at || i === at + 1 || vocabulary.around.has(word))) return number;
  }
  return undefined;
}

/** "3", "three", "third" (the answer words' ordinals); "one" points at a button elsewhere, so it is read here. */
function stepNumber(ctx: EngineContext, word: string | undefined, total: number): number | undefined {
  if (word === undefined) return undefined;
  if (/^\d+$/.test(word)) return Number(word) >= 1 && Number(word) <= total ? Number(word) - 1 : undefined;
  return word === 'one' || word === 'uno' ? 0 : ctx.answers.position(word, total);
}

function vocabularyOf(request: StepRequestWords): Vocabulary {
  let vocabulary = vocabularies.get(request);
  if (!vocabulary) {
    const words = (list: readonly string[]) => new Set(list.flatMap((word) => tokens(foldAccents(word))));
    vocabulary = { step: words(request.step), around: words(request.words) };
    vocabularies.set(request, vocabulary);
  }
  return vocabulary;
}
