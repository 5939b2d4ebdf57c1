import { isNegation, tokens } from './answerReader';
import { readCommand } from './commandReader';
import type { EngineContext } from './context';
import { activeWalkthrough } from './questions';
import type { ConversationState } from './state';
import type { TurnTools } from './turnTools';
import { clauses } from './textMatch';

/**
 * "ok start the steps", "pacer is mine, upgraded. yes i know my ecf password. lets begin" while the walkthrough waits
 * at one of its questions before the steps: the user asks to skip the rest of them, as "done" there does. The
 * questions the message and earlier answers leave open take their `assumed` answers, said so with how to undo them
 * (walkthrough.ts). Not when a side topic's tree is open (the user went there for a reason), nor when the message
 * tells an answer that leaves the path ("not live yet, let's start": that answer is the message), nor when the start
 * is negated ("don't start yet").
 */
export function skipsQuestions(ctx: EngineContext, tools: TurnTools, state: ConversationState, text: string): boolean {
  const at = state.tree ? undefined : activeWalkthrough(state, tools.view);
  if (!at || at.flowId !== 'procedure' || tools.view.node(at).step !== undefined) return false;
  if ([...ctx.told.read(text).values()].some((choice) => !choice.fact)) return false;
  const starts = (part: string) => readCommand(ctx, state, part)?.command === 'start' && !tokens(part).some(isNegation);
  // Asked as a whole ("can we just start"), it is a request; a clause that asks is about something else.
  return starts(text) || clauses(text).some((part) => !ctx.answers.isQuestion(part) && starts(part));
}
