import { isNegation, tokens } from './answerReader';
import { readCommand } from './commandReader';
import type { EngineContext } from './context';
import { activeWalkthrough } from './questions';
import type { ConversationState } from './state';
import type { TurnTools } from './turnTools';
import { clauses } from './textMatch';

/**
 * "ok start the steps", "pacer is mine, upgraded. yes i know my ecf password. lets begin": a request to start the steps
 * that skips the questions before them, as "done" at one of them does. The questions the message and earlier answers
 * leave open take their `assumed` answers, said so with how to undo them (walkthrough.ts). It skips them while the
 * walkthrough waits at one of them with no side topic's tree open (the user went to the tree for a reason), and, from
 * anywhere but a step, when the message itself tells answers on the path ("same upgraded PACER account, I have my ECF
 * login, start the steps" after a side answer); a bare "start" with nothing under way gets the questions. Never when
 * the message tells an answer that leaves the path ("not live yet, let's start": that answer is the message), nor
 * when the start is negated ("don't start yet").
 */
export function skipsQuestions(ctx: EngineContext, tools: TurnTools, state: ConversationState, text: string): boolean {
  const at = activeWalkthrough(state, tools.view);
  if (at && tools.view.node(at).step !== undefined) return false;
  const told = [...ctx.told.read(text).values()];
  if (told.some((choice) => !choice.fact) || (told.length === 0 && (!at || state.tree))) return false;
  const starts = (part: string) => readCommand(ctx, state, part)?.command === 'start' && !tokens(part).some(isNegation);
  // Asked as a whole ("can we just start"), it is a request; a clause that asks is about something else.
  return starts(text) || clauses(text).some((part) => !ctx.answers.isQuestion(part) && starts(part));
}
