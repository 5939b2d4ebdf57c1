import type { FlowNode } from '../content/types';
import type { EngineContext } from './context';
import { procedureSteps } from './flowView';
import { activeWalkthrough } from './questions';
import type { ConversationState, Position } from './state';
import type { TurnTools } from './turnTools';
import type { Draft, Said } from './turnShape';

/** Where a step asked for or reported done puts the walkthrough: the step shown, or the place kept for later. */
export class StepMoves {
  constructor(private readonly ctx: EngineContext, private readonly tools: TurnTools) {}

  /**
   * Shows the step at `index` (0-based), with the prerequisites answered so far and every step before it in its
   * history. A step that names the user's court (its address) asks which court first, once, with the walkthrough
   * already there: the court's answer shows it.
   */
  goTo(state: ConversationState, index: number, action: string, before: readonly Said[] = []): Draft | undefined {
    const steps = this.steps();
    const target = steps[index];
    if (!target) return undefined;
    const position: Position = { flowId: 'procedure', nodeId: target.id, history: this.historyTo(state.walkthrough?.history ?? [], steps, index) };
    if (target.say.includes('{court.') && this.tools.questions.courtUnknown(state)) {
      const there: ConversationState = { ...state, walkthrough: position, tree: undefined, stopped: false, interrupted: false, misses: 0 };
      return { state: there, said: [...before], question: this.tools.questions.court(), showsPlace: true, trace: { action } };
    }
    return this.tools.walkthrough.show(state, position, { action }, before, false);
  }

  /**
   * The walkthrough put at the step at `index` (0-based) without showing it, for a message that says how far the user
   * got in the walkthrough under way and then asks about a topic or tells a problem there (`told`: what follows the
   * report asks or tells a failure: "logged in, clicked Utilities, but there's no link"): "continue" after the topic's
   * answer shows that step. The question the walkthrough asked before the steps is passed: being at a step implies it.
   * Undefined: the place stays.
   */
  placedFor(state: ConversationState, index: number, place: number, told: boolean): ConversationState | undefined {
    const steps = this.steps();
    const target = steps[index];
    // The last step is the walkthrough's end: nothing waits there to be taken up.
    if (!told || !activeWalkthrough(state, this.tools.view) || index + 1 === place || !target || this.tools.view.isTerminal({ flowId: 'procedure', nodeId: target.id, history: [] })) return undefined;
    const walkthrough: Position = { flowId: 'procedure', nodeId: target.id, history: this.historyTo(state.walkthrough?.history ?? [], steps, index) };
    const pending = state.tree === undefined ? undefined : state.pending;
    return { ...state, walkthrough, pending, stopped: false, interrupted: true };
  }

  /**
   * The walkthrough ended by a report of what its last step says the user will now see, as "next" at that step ends
   * it: told at a question before the steps or at an earlier step ("jaló con F5" to a side topic's question opened at
   * a prerequisite), it is still the end, not one step on from there (the prerequisites taken as assumed, Step 3).
   */
  finished(state: ConversationState): Draft | undefined {
    const steps = this.steps();
    const index = steps.length - 1;
    const walkthrough: Position | undefined = state.walkthrough && { flowId: 'procedure', nodeId: steps[index]!.id, history: this.historyTo(state.walkthrough.history, steps, index) };
    return this.tools.walkthrough.navigate({ ...state, walkthrough, tree: undefined }, 'next', { action: 'step_done' });
  }

  /**
   * The one-line cautions of the steps a report skips that the user never saw (a user who says they are at step 4
   * never read step 2's "not a shared firm account"): said before the step card, so no warning is skipped while
   * something it warns about is still ahead.
   */
  cautions(state: ConversationState, skipped: readonly FlowNode[]): Said[] {
    // Once no warning is ahead (the link is made), a caution warns of nothing the user can still avoid.
    if (!this.steps().slice(skipped.length).some((node) => node.warning !== undefined)) return [];
    const seen = new Set([...(state.walkthrough?.history ?? []), ...(state.walkthrough ? [state.walkthrough.nodeId] : [])]);
    const label = this.ctx.content.responses.labels.warning;
    return skipped.filter((node) => node.caution !== undefined && !seen.has(node.id))
      .map((node) => ({ reply: { text: `**${label}:** ${node.caution!}` } }));
  }

  steps(): readonly FlowNode[] {
    return procedureSteps(this.ctx.content);
  }

  /** The prerequisites answered so far, then every step before the one at `index`. */
  private historyTo(history: readonly string[], steps: readonly FlowNode[], index: number): string[] {
    const { nodes } = this.ctx.content.procedure.flow;
    return [...history.filter((id) => nodes.get(id)?.step === undefined), ...steps.slice(0, index).map((node) => node.id)];
  }
}
