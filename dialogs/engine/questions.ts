import { courtStillUnknown } from './courtDirectory';
import type { EngineContext } from './context';
import type { FlowView } from './flowView';
import type { Reply, TurnKind } from './replies';
import type { ConversationState, PendingQuestion, Position } from './state';

/** Teams shows 6 card actions and hides the rest. */
export const MAX_BUTTONS = 6;

/** A question a turn ends with: its bubble, the buttons that answer it (the turn's only buttons), and its kind. */
export interface Question {
  readonly reply: Reply;
  readonly buttons: readonly string[];
  readonly kind: TurnKind;
  /** What the next message is read against (undefined for the handoff's questions, kept in `state.handoff`). */
  readonly pending?: PendingQuestion;
}

/**
 * The questions the bot asks, and which one a turn ends with when several want to be asked.
 *
 * Priority (one question per turn, as its last bubble; the others are kept, not lost):
 * 1. the person offer, or the contact question after it (handoff.ts) — it replaces any other question;
 * 2. a question the turn itself raised: "did you mean A or B?";
 * 3. the question of an open troubleshooting tree (the node in focus);
 * 4. which court, while the walkthrough waits before its first step (after its first question: "do you e-file?"),
 *    when no court is pinned, named or declined;
 * 5. the walkthrough's own question (a prerequisite) — re-asked after any side answer;
 * then, when nothing asks: after a side answer at a walkthrough step, a hint (not a question) with a button to
 * continue at the same step.
 * The kept questions (3–5) live in the state itself (positions, court), so a question displaced by a higher one
 * is asked again by the next turn that has nothing more urgent to ask.
 */
export class Questions {
  constructor(private readonly ctx: EngineContext, private readonly view: FlowView) {}

  /** The question kept in the state (priorities 3–5), if any. */
  kept(state: ConversationState): Question | undefined {
    const tree = state.tree && this.forNode(state.tree);
    if (tree) return tree;
    const at = activeWalkthrough(state, this.view);
    if (!at) return undefined;
    // The court comes second: after "do you e-file?" (a PACER-only user is never asked), before the rest.
    if (this.view.node(at).step === undefined && at.history.length > 0 && this.courtUnknown(state)) return this.court();
    return this.forNode(at);
  }

  forNode(position: Position): Question | undefined {
    const reply = this.view.question(position);
    if (!reply) return undefined;
    const kind = position.flowId === 'procedure' ? 'prerequisite' : 'tree_question';
    return { reply, buttons: this.view.choiceLabels(position), kind, pending: { kind: 'node' } };
  }

  /** Which court: open, or among the candidates a message named ("Texas bankruptcy court"). */
  court(candidates: readonly string[] = []): Question {
    const asked = this.ctx.courts.question(candidates);
    const reply: Reply = { text: this.view.fill(asked.text), asks: true };
    return { reply, buttons: asked.buttons, kind: 'court_asked', pending: candidates.length > 0 ? { kind: 'court', candidates } : { kind: 'court' } };
  }

  clarify(intents: readonly string[]): Question {
    const { content } = this.ctx;
    const titles = intents.map((intent) => content.topicsByIntent.get(intent)!.title);
    const reply: Reply = { text: this.view.fill(content.responses.messages.didYouMean), asks: true };
    return { reply, buttons: [...titles, content.responses.buttons.somethingElse], kind: 'clarify', pending: { kind: 'clarify', intents } };
  }

  person(): Question {
    const { messages, buttons } = this.ctx.content.responses;
    return { reply: { text: this.view.fill(messages.handoffOffer), asks: true }, buttons: [buttons.handoffAccept, buttons.handoffDecline], kind: 'person_offered' };
  }

  contact(): Question {
    const { messages, buttons } = this.ctx.content.responses;
    return { reply: { text: this.view.fill(messages.handoffAskContact), asks: true }, buttons: [buttons.noContact], kind: 'contact_asked' };
  }

  courtUnknown(state: ConversationState): boolean {
    return courtStillUnknown(this.ctx.content, this.ctx.pinnedCourt, state);
  }
}

/** The walkthrough position while the walkthrough is under way (started, not stopped, not finished). */
export function activeWalkthrough(state: ConversationState, view: FlowView): Position | undefined {
  const at = state.walkthrough;
  return at && !state.stopped && !view.isTerminal(at) ? at : undefined;
}
