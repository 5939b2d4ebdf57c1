import { clauses } from './commandReader';
import type { EngineContext } from './context';
import { activeWalkthrough } from './questions';
import type { ConversationState } from './state';
import type { TurnTools } from './turnTools';
import type { Draft } from './turnShape';

/** "go to step 4", "skip to step 5", "back to step 2", "show me step 3", "what was step 2 again". */
const STEP_REQUEST = /^(?:(?:go|jump|skip|back|return|take me|move|get)(?: back)?(?: to)? |show(?: me)? |(?:what|whats)(?: is| was)? |repeat |see )?step (\w+)(?: again)?$/;

/** What a user says about the walkthrough's steps in their own words: a step asked for by number, a step done. */
export class StepRequests {
  constructor(private readonly ctx: EngineContext, private readonly tools: TurnTools) {}

  /** "go to step 4", "back to step 2", "what was step 2 again?": that step, whatever the walkthrough's place. */
  jump(state: ConversationState, text: string): Draft | undefined {
    const asked = STEP_REQUEST.exec(this.ctx.answers.core(text));
    if (!asked) return undefined;
    const { procedure } = this.ctx.content;
    const number = asked[1] === 'one' ? 0 : this.ctx.answers.position(asked[1]!, procedure.totalSteps);
    const steps = [...procedure.flow.nodes.values()].filter((node) => node.step !== undefined);
    const target = number === undefined ? undefined : steps[number];
    if (!target) return undefined;
    const before = (state.walkthrough?.history ?? []).filter((id) => procedure.flow.nodes.get(id)?.step === undefined);
    const history = [...before, ...steps.slice(0, number).map((node) => node.id)];
    return this.tools.walkthrough.show(state, { flowId: 'procedure', nodeId: target.id, history }, { action: 'step' }, [], false);
  }

  /** "logged in", "names match, submitted": the user says they did the step on screen, so the walkthrough goes on. */
  done(state: ConversationState, text: string): Draft | undefined {
    const at = activeWalkthrough(state, this.tools.view);
    const node = at && this.tools.view.node(at);
    // "both names are mine, ok to press submit?" asks before doing: a question mark is enough to hold back.
    if (!node || node.step === undefined || this.ctx.answers.isQuestion(text) || text.endsWith('?')) return undefined;
    const parts = [text, ...clauses(text)];
    const anyStep = this.ctx.content.responses.stepDone;
    if (!parts.some((part) => this.ctx.nodeQuestions.saysDone(part, node, anyStep))) return undefined;
    return this.tools.walkthrough.navigate({ ...state, tree: undefined }, 'next', { action: 'step_done' });
  }
}
