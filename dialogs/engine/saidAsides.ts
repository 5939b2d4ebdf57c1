import type { AnswerWords } from '../content/types';
import type { EngineContext } from './context';
import { clauses } from './textMatch';

type AsideKey = 'understood' | 'cameBack' | 'allDone';

const phrasesByReader = new WeakMap<EngineContext['answers'], Map<AsideKey, ReadonlySet<string>>>();

/** Content's phrases of one `answers` list, each as the answer reader's core of it (fillers dropped), made once. */
function phrasesOf(ctx: EngineContext, key: AsideKey): ReadonlySet<string> {
  let byKey = phrasesByReader.get(ctx.answers);
  if (!byKey) {
    byKey = new Map();
    phrasesByReader.set(ctx.answers, byKey);
  }
  let phrases = byKey.get(key);
  if (!phrases) {
    const words: AnswerWords = ctx.content.responses.answers;
    phrases = new Set((words[key] ?? []).map((phrase) => ctx.answers.core(phrase)).filter((core) => core !== ''));
    byKey.set(key, phrases);
  }
  return phrases;
}

/** "got it", "ok makes sense", "ya entendí": what was said, understood, and nothing else (content's `understood`). */
export function saysUnderstood(ctx: EngineContext, text: string): boolean {
  return phrasesOf(ctx, 'understood').has(ctx.answers.core(text));
}

/** "ok i'm back", "ya volví, ¿en qué quedamos?": a clause says the user is back (content's `cameBack`). */
export function saysCameBack(ctx: EngineContext, text: string): boolean {
  const phrases = phrasesOf(ctx, 'cameBack');
  return phrases.size > 0 && clauses(text).some((part) => phrases.has(ctx.answers.core(part)));
}

/** "I have returned", "ya regresé": the message says only that the user is back (content's `cameBack`). */
export function saysOnlyCameBack(ctx: EngineContext, text: string): boolean {
  return phrasesOf(ctx, 'cameBack').has(ctx.answers.core(text));
}

/** "that's everything?", "¿eso es todo?": a clause asks whether the walkthrough is over (content's `allDone`). */
export function asksIfDone(ctx: EngineContext, part: string): boolean {
  return phrasesOf(ctx, 'allDone').has(ctx.answers.core(part));
}
