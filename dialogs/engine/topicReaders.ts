import type { NodeQuestion } from '../content/types';
import { readCommand } from './commandReader';
import type { EngineContext } from './context';
import type { FlowView } from './flowView';
import { FULL_COVERAGE, TELLING_EXAMPLE_WORDS } from './nodeQuestions';
import type { IntentRecognition } from './ports';
import { isConfident, isSurelyOutOfScope, MessageReading } from './reading';
import type { ConversationState } from './state';
import { isSmallTalk } from './topicAnswers';
import { clauses, markedClauses, sentences } from './textMatch';

/** A reply this short, as a sentence of its own, may come before a question ("nada.", "no, still the same."). */
const REPLY_WORDS = 3;
/** Words after a "but" that can be a question of their own ("but utilities has no link"). */
const TURN_WORDS = 3;
/** The words after a contrast turn to another topic only when the recognizer is at least this sure of it. */
const PLAIN_TOPIC_SCORE = 0.6;

/**
 * What the turn asks the recognizer and the topics' node questions about a message before it settles on a reading:
 * whether it turns to, names, or asks about a help topic, and which of a topic's node questions it asks.
 */
export class TopicReaders {
  constructor(private readonly ctx: EngineContext, private readonly view: FlowView) {}

  /**
   * "ok that worked, but under Utilities there's no link": the words after a contrast, when a question is on screen
   * (a topic's, or the walkthrough's: "I got to the confirm screen, but the CM/ECF name isn't mine" at "do you know
   * your login?") and they are plainly about another topic (answered instead of the reply before them).
   */
  turnedToOtherTopic(state: ConversationState, text: string): string | undefined {
    const open = state.tree !== undefined || state.pending !== undefined;
    const rest = open && (this.ctx.answers.afterContrast(text) ?? (state.tree ? this.askedAfterReply(text) : undefined));
    if (!rest || rest.split(' ').length < TURN_WORDS) return undefined;
    // Plainly: a few words that only lean to a topic insist on the reply, they turn to nothing ("it says the login is
    // invalid but it's definitely right" leans to legal questions by "right").
    const intent = this.confidentTopic(state, rest, PLAIN_TOPIC_SCORE);
    // Small talk after a "but" ("yes but thanks for asking") leaves the reply an answer to the question; the
    // walkthrough itself after it ("yes, but let's link first") is no other topic.
    const other = intent !== undefined && intent !== state.tree?.flowId && intent !== this.ctx.content.procedure.startIntent;
    return other && !isSmallTalk(intent) ? rest : undefined;
  }

  /**
   * "nada. y si lo vinculé con la cuenta equivocada?" at a troubleshooting tree's question: a short reply (a yes, a
   * no, "still nothing") as a sentence of its own, then a question: the question, read as the words after a contrast are.
   */
  private askedAfterReply(text: string): string | undefined {
    const { answers } = this.ctx;
    const [reply, ...others] = markedClauses(text);
    const rest = others.join(' ');
    if (reply === undefined || others.length === 0 || reply.split(/\s+/).length > REPLY_WORDS) return undefined;
    const replies = answers.polarity(reply) !== undefined || answers.saysStuck(reply);
    return replies && (answers.isQuestion(rest) || rest.includes('?')) ? rest : undefined;
  }

  /** `atLeast`: how sure the recognizer must be; small talk counts only when no score is asked for. */
  namesOtherTopic(state: ConversationState, text: string, answered: string | undefined, atLeast = 0): boolean {
    const intent = this.confidentTopic(state, text, atLeast);
    return intent !== undefined && intent !== answered && (atLeast === 0 || !isSmallTalk(intent));
  }

  /**
   * "I remember my username but not the password. What now?": a command said as a question in one clause ("what
   * now") asks about the topic the other clauses name, so the topic is answered, not the command. With `problemOnly`
   * (a "what next" at a step) the other clauses must state a problem: "I'm on the login page now, what next?" is
   * progress on the step and moves on. A command asked politely ("can you repeat that") asks nothing of the others.
   */
  asksAboutTopic(state: ConversationState, text: string, problemOnly: boolean): boolean {
    const { answers } = this.ctx;
    if (!answers.isQuestion(text) && !text.includes('?')) return false;
    const parts = clauses(text);
    const commanded = parts.map((part) => readCommand(this.ctx, state, part) !== undefined);
    // A command asked politely beside statements ("can you show that one again, i closed the tab by accident") is a
    // request: it asks nothing about what they tell.
    const asks = (part: string, i: number) => answers.isQuestion(part) && !(commanded[i] && answers.request(part) !== undefined);
    if (!text.includes('?') && !parts.some(asks)) return false;
    const rest = parts.filter((_, i) => !commanded[i]).join('. ');
    if (rest === '' || (problemOnly && !answers.saysProblem(rest))) return false;
    const intent = this.confidentTopic(state, rest);
    return intent !== undefined && !isSmallTalk(intent);
  }

  /**
   * A question one of the recognised topic's nodes asks in its own words ("can the firm still pay for everyone?" is
   * the shared-account tree's billing question): that node's answer, not the topic from its start.
   */
  nodeQuestionOf(intent: string, text: string, inTopic = true): NodeQuestion | undefined {
    if (!this.ctx.content.topicsByIntent.has(intent)) return undefined;
    // A wish told after the question is asked too ("so each attorney needs their own?? the partners want a single bill
    // tho": the billing question), read after the message and its asking clauses; what is told before a question says
    // why ("we have one pacer account shared by all 12 attorneys. what do we need to do").
    const parts = sentences(text);
    const asks = (part: string) => part.endsWith('?') || this.ctx.answers.isQuestion(part);
    const first = parts.findIndex(asks);
    const told = first < 0 ? [] : parts.slice(first + 1).filter((part) => !asks(part));
    return this.inFlow(intent, [...this.asking(text), ...told], undefined, undefined, inTopic);
  }

  /**
   * A question one node of a flow asks in its own words, wherever in that flow the user is: "I'm on a Mac, what do I
   * press for F5?" at Step 3 is Step 6's question; at the menus tree's "still missing?" it is the refresh node's.
   */
  questionInFlow(flowId: string, text: string, coverage?: number, fewest?: number): NodeQuestion | undefined {
    return this.inFlow(flowId, this.asking(text), coverage, fewest);
  }

  /** Whether a message asks, in the words of one of its examples, a node question of the topic (any node of it). */
  askedInTopic(intent: string, text: string): boolean {
    return this.ctx.content.topicsByIntent.has(intent) && this.questionInFlow(intent, text) !== undefined;
  }

  /** The message, then each of its clauses that asks, when the rest says why ("when I file for my boss, whose name does the docket show?"). */
  private asking(text: string): string[] {
    return [text, ...clauses(text).filter((part) => part !== text.trim() && this.ctx.answers.isQuestion(part))];
  }

  private inFlow(flowId: string, saids: readonly string[], coverage?: number, fewest?: number, inTopic = true): NodeQuestion | undefined {
    const flow = this.view.flow(flowId);
    for (const said of saids) {
      const question = this.ctx.nodeQuestions.firstInFlow(said, flow, coverage, fewest, inTopic);
      if (question) return question;
    }
    return undefined;
  }

  /**
   * The one node question of all topics a question asks in its own words ("whose name is on the docket when staff
   * file?", a filing agent's question, asked while another topic is open); undefined when none or several do. Not of
   * the topic the recognizer guesses: that topic's own answer, or "did you mean", fits it better. A question the
   * recognizer is sure no topic answers must say every word of the example: "how do I update the email address for my
   * notices of electronic filing" is no filing agent's "notices of electronic filing for staff". `placed`: the
   * recognizer places the question in a topic that has no answer to it, so it must say every word of an example of
   * at least three words ("once it's upgraded can his secretary use it too?": whose account it is, not the upgrade).
   */
  questionAnywhere(text: string, recognition: IntentRecognition, placed = false): NodeQuestion | undefined {
    const others = [...this.ctx.content.topicsByIntent.keys()].filter((intent) => intent !== recognition.intent);
    const coverage = placed || isSurelyOutOfScope(recognition) ? FULL_COVERAGE : undefined;
    const fewest = placed ? TELLING_EXAMPLE_WORDS : 0;
    const saids = this.asking(text);
    const found = others.flatMap((intent) => this.inFlow(intent, saids, coverage, fewest, false) ?? []);
    return found.length === 1 ? found[0] : undefined;
  }

  /** The help topic a text is confidently about, read on its own (out of scope is never confident). */
  private confidentTopic(state: ConversationState, text: string, atLeast = 0): string | undefined {
    const recognition = new MessageReading(this.ctx).read(state, text);
    return isConfident(recognition) && recognition.score >= atLeast ? recognition.intent : undefined;
  }
}
