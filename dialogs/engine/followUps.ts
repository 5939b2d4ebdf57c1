import { LEGAL_QUESTION_INTENT, OUT_OF_SCOPE_INTENT } from '../content/intents';
import { tokens } from './answerReader';
import type { EngineContext } from './context';
import type { NodeQuestion } from '../content/types';
import type { IntentRecognition } from './ports';
import { LegalAsked } from './legalAsked';
import { askedBeforeWorry, asksOfItsOwn, isConfident, thanksInClause } from './reading';
import type { ConversationState, Position } from './state';
import { HELP_MENU_INTENT, isSmallTalk, THANKS_INTENT } from './topicAnswers';
import type { TurnTools } from './turnTools';
import type { Draft } from './turnShape';
import { FUNCTION_WORDS } from './wordForms';
import { clauses } from './textMatch';

/** A message this short that points back is about the answer just given ("so what can I do before then?"). */
const FOLLOW_UP_WORDS = 10;
/** A legal reading at least this sure is one, whatever the follow-up names ("is that legal?" reads 0.9, "what should we be doing in the meantime then" 0.49). */
const SURE_LEGAL = 0.6;
/** Turns whose answer a follow-up can be about. */
const ANSWERED: ReadonlySet<string> = new Set(['answer', 'choice', 'button', 'follow_up']);
/** Placeholders that give a contact: an answer that says one names the person topic (who to call, their hours). */
const CONTACT_PLACEHOLDERS = ['{court.helpDesk}', '{facts.psc.'];
/** A follow-up this long at most may take its subject from the last answer. */
const INHERITED_WORDS = 14;
/** A turn that answered one of a node's questions. */
const NODE_QUESTION = 'node_question';

/**
 * Short messages that point back at the answer just given and that no topic answers on its own: "how do I do that?",
 * "what can I do before then?", "even though I got the email?" get the answer's follow-up (its `followUp` node, the
 * node after it, or the answer again), never the help menu or "outside what I can help with"; a remark ("got it,
 * I'll do that first") is acknowledged. Only when the recognizer places the message nowhere else: on the menu, on
 * the same topic (whose start would repeat), or out of scope — or on the walkthrough's start while the topic's
 * question waits, when one of the topic's own answers answers it (then at any length).
 */
export class FollowUps {
  constructor(private readonly ctx: EngineContext, private readonly tools: TurnTools) {}

  answer(state: ConversationState, text: string, recognition: IntentRecognition, trace: Draft['trace']): Draft | undefined {
    const { answers } = this.ctx;
    // While a side topic's question waits, the walkthrough's start read for a lone question that points back is about
    // that topic when one of its own answers answers it in its words ("until then do i just keep filing with my old
    // login": its "not yet"); starting over would drop its question (see topicsAnswer).
    const startAtTopic = state.tree !== undefined && recognition.intent === this.ctx.content.procedure.startIntent && clauses(text).length === 1;
    const long = tokens(text).length > FOLLOW_UP_WORDS;
    // "how exactly": a question word pressed for more names nothing, whatever the recognizer makes of it.
    const pressed = answers.pressesForMore(text);
    if ((long && !startAtTopic) || !(pressed || answers.refersBack(text)) || (!pressed && asksOfItsOwn(this.ctx, recognition, text))) return undefined;
    const asks = answers.isQuestion(text) || text.trim().endsWith('?') || this.endsAsking(text);
    // "what hours are they open" after the PACER Service Center's number, "how do i find their number" after "contact
    // the court's help desk": the subject is what the last answer named, and a question of its topic answers it.
    const named = asks && !pressed && tokens(text).length <= INHERITED_WORDS ? this.namedNode(state) : undefined;
    const inherited = named ? this.inherited(named, text, recognition) : undefined;
    // The open tree's question is not asked again this turn, but stays open (as a held follow-up's: topicFollowUp.ts).
    if (inherited) return { ...this.tools.answers.nodeAnswer(state, inherited, { ...trace, action: 'follow_up', intent: named!.flowId }), holdsQuestion: state.tree !== undefined };
    const shown = this.lastShown(state, pressed);
    if (!shown) return undefined;
    if (!asks) return this.remark(recognition) ? this.remarked(state, text, trace) : undefined;
    // A confident reading stands, unless it is the menu or the same topic again for a question that names nothing
    // ("what do I do instead", "what can I do before then"): "how do I find out when it's live" asks the topic itself.
    // A question is never small talk ("after that's done, then what" reads as a goodbye).
    const again = recognition.intent === HELP_MENU_INTENT || recognition.intent === shown.flowId;
    const answered = pressed ? undefined : this.ownAnswer(shown, text);
    const generic = pressed || (again && this.namesNothing(text)) || (startAtTopic && this.topicsAnswer(shown, answered)) || this.legalByLooks(text, recognition);
    if (isConfident(recognition) && !isSmallTalk(recognition.intent) && !generic) return undefined;
    if (long && !generic) return undefined;
    const node = this.tools.view.node(shown);
    const target = answered ?? node.followUp ?? node.next;
    const position: Position = target && target !== shown.nodeId ? { flowId: shown.flowId, nodeId: target, history: [...shown.history, shown.nodeId] } : shown;
    return this.tools.walkthrough.showTreeNode(state, position, { ...trace, action: 'follow_up', intent: shown.flowId });
  }

  /**
   * The question, of the topic just answered or of a topic its answer names (its suggestions; the person topic when it
   * gives a contact: {court.helpDesk}, the PACER Service Center's {facts.psc.*}), that a follow-up asks in its words.
   */
  private inherited(shown: Position, text: string, recognition: IntentRecognition): NodeQuestion | undefined {
    const asked = askedBeforeWorry(this.ctx, text);
    const { view } = this.tools;
    const node = view.node(shown);
    const { personTopic } = this.ctx.content.procedure;
    const names = personTopic !== undefined && CONTACT_PLACEHOLDERS.some((mark) => node.say.includes(mark)) ? [personTopic] : [];
    const flows = [...new Set([shown.flowId, ...node.suggest, ...names])].filter((intent) => this.ctx.content.topicsByIntent.has(intent));
    // A confident reading of another topic stands ("how do i upgrade it" names the upgrade).
    if (isConfident(recognition) && !flows.includes(recognition.intent)) return undefined;
    for (const flowId of flows) {
      const flow = view.flow(flowId);
      const question = this.ctx.nodeQuestions.firstInFlow(asked, flow);
      if (question) return question;
      const found = this.ctx.topicFollowUps.answering(flow, asked, shown.flowId === flowId ? shown.nodeId : flow.start);
      if (found?.question) return found.question;
    }
    return undefined;
  }

  /** The topic node the last turn showed: the open tree's, or the one its answer came from. */
  private namedNode(state: ConversationState): Position | undefined {
    if (state.tree) return state.tree;
    const [flowId, nodeId] = state.recent?.at(-1)?.node?.split('/') ?? [];
    if (flowId === undefined || nodeId === undefined || !this.ctx.content.topicsByIntent.has(flowId) || isSmallTalk(flowId)) return undefined;
    const flow = this.tools.view.flow(flowId);
    return flow.nodes.has(nodeId) ? { flowId, nodeId, history: [] } : undefined;
  }

  /**
   * The topic's own answer, not one that hands over to the walkthrough: "now how do I link it" finds the "fixed, now
   * link" answer, whose suggestion is the walkthrough, so the start reading stands there.
   */
  private topicsAnswer(shown: Position, answered: string | undefined): boolean {
    if (answered === undefined) return false;
    return !this.tools.view.node({ ...shown, nodeId: answered }).suggest.includes(this.ctx.content.procedure.startIntent);
  }

  /** The node of the shown topic that answers the question in its own words, or where the user says they are stuck. */
  private ownAnswer(shown: Position, text: string): string | undefined {
    const asked = askedBeforeWorry(this.ctx, text);
    return this.tools.answers.stuckBranch(shown, asked) ?? this.ctx.topicNodes.answering(this.tools.view.flow(shown.flowId), asked);
  }

  /**
   * A remark acknowledged; with thanks in a clause of its own ("ty, I'll forward this to him", "gracias, se lo paso a
   * mi jefe") it is thanks, whatever the rest tells of what the user will do with the answer.
   */
  private remarked(state: ConversationState, text: string, trace: Draft['trace']): Draft {
    return thanksInClause(this.ctx, text) ? this.tools.answers.answer(state, THANKS_INTENT, { ...trace, intent: THANKS_INTENT }) : this.tools.answers.acknowledge(state, trace);
  }

  /**
   * A statement the recognizer reads as nothing it answers, or as half a farewell ("alright, i'll keep doing that
   * then"): a remark on the answer, not a problem report.
   */
  private remark(recognition: IntentRecognition): boolean {
    if (recognition.intent === OUT_OF_SCOPE_INTENT) return true;
    return !isConfident(recognition) && recognition.ranked.slice(0, 2).some((guess) => isSmallTalk(guess.intent));
  }

  /**
   * "what should we be doing in the meantime then" after the court-not-live answer: a legal question only by the look
   * of its words ("what should we", legal advice's "what should I argue"), the recognizer not sure of it and no thing of
   * a case named (content's `answers.caseThings`): it asks what the answer just given leaves to do.
   */
  private legalByLooks(text: string, recognition: IntentRecognition): boolean {
    return recognition.intent === LEGAL_QUESTION_INTENT && recognition.score < SURE_LEGAL && LegalAsked.of(this.ctx.content).namesNoCase(text);
  }

  /** "ok so once I have the account, then what": the last clause is a question word alone, fillers aside. */
  private endsAsking(text: string): boolean {
    const last = clauses(text).at(-1) ?? text;
    return this.ctx.content.responses.answers.asking.includes(this.ctx.answers.core(last));
  }

  /** Only function words and words that point back: the question's subject is what was just said. */
  private namesNothing(text: string): boolean {
    const { answers } = this.ctx;
    return tokens(text).every((word) => FUNCTION_WORDS.has(word) || answers.refersBack(word) || answers.isAcknowledgement(word));
  }

  /**
   * The topic node the last turn showed: the open tree's, or the start of the topic it answered (`pressed`: also by
   * one of its node's questions, "why exactly?" after it asks about that topic).
   */
  private lastShown(state: ConversationState, pressed: boolean): Position | undefined {
    if (state.tree) return state.tree;
    const last = state.recent?.at(-1);
    const intent = last && (ANSWERED.has(last.action) || (pressed && last.action === NODE_QUESTION)) ? last.intent : undefined;
    const side = intent !== undefined && this.ctx.content.topicsByIntent.has(intent) && !isSmallTalk(intent)
      && ![OUT_OF_SCOPE_INTENT, HELP_MENU_INTENT, this.ctx.content.procedure.startIntent].includes(intent);
    return side ? this.tools.view.start(intent) : undefined;
  }
}
