import { replyWords, sliceAnswer } from './answerParts';
import type { EngineContext } from './context';
import type { FlowView } from './flowView';
import { activeWalkthrough, MAX_BUTTONS, type Question, type Questions } from './questions';
import type { HandoffSummary, Reply, TurnKind, TurnResult, TurnTrace } from './replies';
import type { ConversationState, Position } from './state';

/** Words a turn may show (the evaluation's limit is 120; the margin covers counting differences), and one bubble. */
const TURN_WORDS = 110;
const BUBBLE_WORDS = 95;

/**
 * A statement of the turn; `from` marks a node's answer that may be cut short ("more" shows the rest), `courtesy` a
 * line the turn can do without when it is too long ("Thanks, I'll answer for …" above a step card that cannot be cut).
 */
export interface Said {
  readonly reply: Reply;
  readonly from?: { readonly position: Position; readonly part: number };
  readonly courtesy?: boolean;
}

/** What a handler decided; `shape` turns it into the turn's replies under the conversation rules. */
export interface Draft {
  readonly state: ConversationState;
  readonly said: readonly Said[];
  /** A question the turn raises itself (did you mean, person, contact); otherwise the kept question is asked. */
  readonly question?: Question;
  /** Ask nothing this turn, not even the kept question (goodbye, stop, a ticket made). */
  readonly quiet?: boolean;
  /**
   * The open tree's question stays open (a reply to it is still read against it) but is not asked this turn: the
   * turn answered a question the user asked inside the tree instead.
   */
  readonly holdsQuestion?: boolean;
  /** Buttons when no question is asked: navigation or suggestions. */
  readonly buttons?: readonly string[];
  /** The turn showed the walkthrough's place (moved there or showed it again); any other turn is an interruption. */
  readonly showsPlace?: boolean;
  readonly trace: Omit<TurnTrace, 'kind'> & { readonly kind?: TurnKind };
  readonly handoff?: HandoffSummary;
}

type Result = TurnResult<ConversationState>;

/**
 * The conversation rules every turn obeys, applied in one place: at most one question, as the last bubble, whose
 * buttons are the turn's only buttons; at most 6 buttons; a turn under ~110 words and a bubble under ~95 (a
 * longer answer is cut between its parts and the rest offered as "more"); after a side answer at a walkthrough
 * step, a way back to the same step.
 */
export class TurnShaper {
  constructor(private readonly ctx: EngineContext, private readonly view: FlowView, private readonly questions: Questions) {}

  shape(draft: Draft): Result {
    const kept = draft.quiet ? undefined : this.questions.kept(draft.state);
    const held = draft.holdsQuestion === true && draft.question === undefined && kept?.kind === 'tree_question' ? kept : undefined;
    const question = draft.question ?? (held ? undefined : kept);
    // A ticket's turn leaves the way back to the confirmation (or the refusal) the host appends to it.
    const resume = !question && !draft.showsPlace && !draft.handoff ? this.resumeHint(draft.state) : undefined;
    const tail = [...(resume ? [resume.reply] : []), ...(question ? [question.reply] : [])];
    const { said, more } = this.fit(draft.said, tail);
    const { buttons } = this.ctx.content.responses;
    // A question held open keeps its buttons: they still answer it.
    const offered = question ? question.buttons : held ? held.buttons
      : [...(more ? [buttons.more] : []), ...(resume ? [buttons.resume] : []), ...(draft.buttons ?? [])];
    const walkthroughWaits = activeWalkthrough(draft.state, this.view) !== undefined;
    // The place is kept through anything else, and "continue" then shows it again rather than moving on.
    const state: ConversationState = {
      ...draft.state,
      pending: (question ?? held)?.pending,
      suggested: question || held ? undefined : this.suggested(offered),
      more,
      interrupted: walkthroughWaits && !draft.showsPlace,
    };
    const trace: TurnTrace = { ...draft.trace, kind: draft.trace.kind ?? question?.kind ?? 'answer', ...(question ? { asked: question.kind } : {}) };
    return {
      state: withoutUndefined(state),
      replies: [...said, ...tail],
      buttons: [...new Set(offered)].slice(0, MAX_BUTTONS),
      trace,
      ...(draft.handoff ? { handoff: draft.handoff } : {}),
    };
  }

  /** The topics among buttons offered without a question, which a typed reply may pick. */
  private suggested(offered: readonly string[]): readonly string[] | undefined {
    const intents = offered.flatMap((label) => this.ctx.topicOfLabel(label) ?? []);
    return intents.length > 0 ? intents : undefined;
  }

  /**
   * Cuts the turn's long answer (the first that may be cut) so that the whole turn stays short, after leaving out its
   * courtesy lines when it is too long: a step card, whose warning must be read before Submit, is never cut.
   */
  private fit(all: readonly Said[], tail: readonly Reply[]): { said: Reply[]; more?: ConversationState['more'] } {
    const tailWords = tail.reduce((sum, reply) => sum + replyWords(reply), 0);
    const totalOf = (said: readonly Said[]) => said.reduce((sum, s) => sum + replyWords(s.reply), tailWords);
    const said = totalOf(all) > TURN_WORDS ? all.filter((s) => !s.courtesy) : all;
    const words = said.map((s) => replyWords(s.reply));
    const total = totalOf(said);
    const index = said.findIndex((s, i) => s.from && (words[i]! > BUBBLE_WORDS || total > TURN_WORDS));
    const long = said[index];
    if (!long?.from) return { said: said.map((s) => s.reply) };
    const { position, part } = long.from;
    const hint = this.view.fill(this.ctx.content.responses.messages.moreHint);
    const budget = Math.min(BUBBLE_WORDS, TURN_WORDS - (total - words[index]!)) - replyWords({ text: hint });
    const slice = sliceAnswer(this.view, position, part, budget);
    if (slice.next >= slice.total) return { said: said.map((s) => s.reply) };
    // Said as well as shown: while a question is asked its buttons are the only ones, and people type.
    const replies = said.flatMap((s, i) => (i === index ? [slice.reply, { text: hint }] : [s.reply]));
    return { said: replies, more: { flowId: position.flowId, nodeId: position.nodeId, shown: slice.next } };
  }

  /** "Say continue to go back to step 3", when a side answer was given while the walkthrough waits at a step. */
  private resumeHint(state: ConversationState): { reply: Reply } | undefined {
    const at = activeWalkthrough(state, this.view);
    if (!at) return undefined;
    const node = this.view.node(at);
    if (node.step === undefined) return undefined;
    const text = this.view.fill(this.ctx.content.responses.messages.resumeOffer, { title: this.view.describe(at), step: node.step });
    return { reply: { text } };
  }
}

/** Stored state stays small: optional fields that are unset are left out rather than stored as null. */
function withoutUndefined(state: ConversationState): ConversationState {
  const copy: Record<string, unknown> = { ...state };
  for (const key of Object.keys(copy)) if (copy[key] === undefined) delete copy[key];
  return copy as unknown as ConversationState;
}
