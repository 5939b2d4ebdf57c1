import type { Choice, NodeQuestion } from '../content/types';
import { LEGAL_QUESTION_INTENT, OUT_OF_SCOPE_INTENT } from '../content/intents';
import { findGlossaryTerm } from '../content/glossary';
import { normaliseText } from '../content/normalise';
import { tokens } from './answerReader';
import { spanOfDate } from './choiceReader';
import type { EngineContext } from './context';
import type { FlowView } from './flowView';
import { askedBeforeWorry, contextTopic, isConfident } from './reading';
import type { IntentRecognition } from './ports';
import { activeWalkthrough, type Questions } from './questions';
import type { TurnKind } from './replies';
import type { ConversationState, Position } from './state';
import { markedClauses, saysAny, sentences } from './textMatch';
import type { Draft } from './turnShape';
import type { Walkthrough } from './walkthrough';
import { FUNCTION_WORDS } from './wordForms';
import { OthersDoing } from './othersDoing';

type Trace = Draft['trace'];

/**
 * Topics answered as small talk, a menu or a boundary rather than a help answer (the turn's kind names them): the
 * legal-information boundary is out of scope as the generic answer is, in its own words (intents.ts).
 */
const KIND_OF_TOPIC: Readonly<Record<string, TurnKind>> = {
  greeting: 'greeting', thanks: 'thanks', goodbye: 'goodbye', what_can_you_do: 'help_menu', [OUT_OF_SCOPE_INTENT]: 'out_of_scope',
  [LEGAL_QUESTION_INTENT]: 'out_of_scope',
};
export const GREETING_INTENT = 'greeting';
const SMALL_TALK = new Set([GREETING_INTENT, 'thanks', 'goodbye']);
/** A question about a word is this short ("so what does upgraded account actually mean"). */
const TERM_QUESTION_WORDS = 8;
/** How far down the recognizer's guesses the glossary may be for a short question naming a term to ask its meaning. */
const TERM_RANKS = 3;
/** A tree's start this short only leads in to its question ("Sorry it didn't work. Let's narrow it down."). */
const LEAD_IN_WORDS = 12;
/** A question this long may ask what to do if the answer does not work ("is there any other way if … won't work?"). */
const IF_IT_FAILS_WORDS = 20;
/** How many of the recognizer's guesses a direct question's fact is looked for in, and how many telling words it says there. */
const FACT_GUESSES = 3;
const GUESSED_FACT_WORDS = 3;

export function isSmallTalk(intent: string): boolean {
  return SMALL_TALK.has(intent);
}

/** Two kinds of small talk too close to choose ("thanks, bye"): either answer is right, so there is nothing to ask. */
export function isSmallTalkPair(recognition: IntentRecognition): boolean {
  return recognition.ranked.slice(0, 2).every((scored) => SMALL_TALK.has(scored.intent));
}
/** The topic "help" and "menu" show: what the bot can do. */
export const HELP_MENU_INTENT = 'what_can_you_do';
export const GOODBYE_INTENT = 'goodbye';
export const THANKS_INTENT = 'thanks';

/**
 * Answers beside the walkthrough: a topic (a one-node answer or a troubleshooting tree), a question about the node
 * the user is on, "did you mean", out of scope, and "I didn't catch that". None of them moves the walkthrough.
 */
export class TopicAnswers {
  constructor(
    private readonly ctx: EngineContext, private readonly view: FlowView,
    private readonly questions: Questions, private readonly walkthrough: Walkthrough,
  ) {}

  /** `text`: the message, for a glossary question that names its word ("what does NextGen mean?"). */
  answer(state: ConversationState, intent: string, trace: Trace, text?: string): Draft {
    if (intent === this.ctx.content.procedure.startIntent) return this.walkthrough.start(state, trace);
    const shown = this.walkthrough.showTreeNode(state, this.firstNode(intent, text), trace);
    const kind = KIND_OF_TOPIC[intent];
    const opensTree = shown.state.tree !== undefined && !this.answeredBefore(state, shown.state.tree);
    // A one-node answer leaves an open tree where it was: its question is asked again after the answer.
    const next: ConversationState = opensTree ? shown.state : { ...shown.state, tree: state.tree };
    const asked = shown.state.tree !== undefined && !opensTree ? { kind: 'answer' as const } : {};
    return { ...shown, state: next, quiet: intent === GOODBYE_INTENT, trace: { ...shown.trace, ...(kind && !opensTree ? { kind } : {}), ...asked } };
  }

  /**
   * "how can I double check the court is actually on NextGen?" after the user said it is live: the topic's answer says
   * how, but its question ("Is the court live?") asks for an answer the user gave (a choice's `fact` they told): a
   * question about a fact does not take the answer back, so that question is not asked again.
   */
  private answeredBefore(state: ConversationState, tree: Position): boolean {
    const at = state.walkthrough;
    if (tree.history.length > 0 || at?.flowId !== this.ctx.content.procedure.flow.id) return false;
    // Answers the walkthrough went past (not those the message itself tells: "made it in 2019, does it need the upgrade?").
    // The same question: one the walkthrough passed, whose choices lead to this topic, answered with a fact the topic's
    // question has too ("Is the court live?" of court_not_live, which that question's "I'm not sure" opens).
    const settled = at.history.map((nodeId) => this.view.node({ ...at, nodeId }).choices)
      .filter((choices) => choices.some((choice) => choice.target.kind === 'topic' && choice.target.intent === tree.flowId))
      .flatMap((choices) => choices.flatMap((choice) => (choice.fact !== undefined && state.facts?.includes(choice.fact) ? [choice.fact] : [])));
    return this.view.node(tree).choices.some((choice) => choice.fact !== undefined && settled.includes(choice.fact));
  }

  /** Where a topic's answer starts: its first node, or for the glossary the node of the word the message names. */
  private firstNode(intent: string, text: string | undefined): Position {
    const start = this.view.start(intent);
    const { glossary } = this.ctx.content;
    const term = intent === glossary.intent && text !== undefined ? findGlossaryTerm(glossary, text) : undefined;
    return term ? { ...start, nodeId: term.nodeId, history: [start.nodeId] } : start;
  }

  /**
   * A question about the node the user is on, answered in that node's own words; the place does not move. The turn is
   * about the answer's topic, whatever the recognizer read: a follow-up after it follows on from that topic.
   */
  nodeAnswer(state: ConversationState, question: NodeQuestion, trace: Trace): Draft {
    const { topic } = question;
    const buttons = question.suggest.flatMap((intent) => this.ctx.content.topicsByIntent.get(intent)?.title ?? []);
    return {
      state: { ...state, misses: 0 }, said: [{ reply: { text: this.view.fill(question.say), source: question.cite } }], buttons,
      trace: { ...trace, action: 'node_question', kind: 'answer', ...(topic ? { topic, intent: topic } : {}) },
    };
  }

  /** `followsOn`: the message was read in the topic in focus (it did not name the topic on its own). */
  recognized(state: ConversationState, recognition: IntentRecognition, trace: Trace, text: string, followsOn = false): Draft {
    const intents = recognition.ranked.slice(0, 2).map((scored) => scored.intent);
    if (recognition.ambiguous && intents.length === 2) {
      // Starting the walkthrough costs nothing (side questions keep its place), so it needs no "did you mean";
      // nor does a choice between two kinds of small talk ("thanks, bye").
      const { startIntent } = this.ctx.content.procedure;
      if (intents.includes(startIntent)) return this.answer(state, startIntent, { ...trace, action: 'answer', intent: startIntent });
      if (!isSmallTalkPair(recognition)) {
        return { state, said: [], question: this.questions.clarify(intents), trace: { ...trace, action: 'did_you_mean' } };
      }
    }
    if (recognition.intent === OUT_OF_SCOPE_INTENT || this.asksNoWord(recognition.intent, text)) return this.outOfScope(state, trace);
    // A question about the topic in focus gets the node that answers it ("how do I upgrade it" at "legacy or
    // upgraded?": the upgrade's steps), whether it named the topic itself or needed the topic to be read.
    const node = this.followUp(state, recognition.intent, text, trace, followsOn);
    return node ?? this.answerTold(state, recognition.intent, { ...trace, action: 'answer' }, text);
  }

  /**
   * A topic told about in words that already answer its tree's first question ("the link form says invalid login",
   * "the confirm screen shows the firm's name for PACER"): that answer is taken, and the node it leads to is the reply
   * (the choice's fact kept), not the question the user already answered. Only a question among situations ("What
   * happened?") counts: a yes / no question asks what the answer's own advice did, or a fact of the user's. Read in
   * the choices' own words or their `when` meaning, in a message that asks nothing (a question gets the topic's answer
   * to it) and opens with no yes or no ("yes i remember my ecf login" replies to something else); a message that
   * states none of the choices, or several, gets the question.
   */
  answerTold(state: ConversationState, intent: string, trace: Trace, text: string): Draft {
    const shown = this.answer(state, intent, trace, text);
    const tree = shown.state.tree;
    if (!tree || tree.flowId !== intent || tree.history.length > 0 || intent === this.ctx.content.glossary.intent) return shown;
    const past = this.pastTried(state, tree, text, trace);
    if (past) return past;
    const dated = this.ctx.choices.datedIn(text, this.view.node(tree));
    if (dated) return this.pastDatedQuestion(state, shown, tree, dated, trace) ?? shown;
    const { choices } = this.view.node(tree);
    const { answers } = this.ctx;
    // The start must only lead in to its question ("Sorry it didn't work. Let's narrow it down."): one that says what
    // to know first ("each filer needs their own account") is shown with its question. One whose advice is a warning
    // ("don't press Submit until both names are yours") gives way to a told node of its own, the warning kept on it,
    // and its question is asked after it: "so I logged in with his account?" is still read against its answers.
    const start = this.view.node(tree);
    const beside = this.situationBesideQuestion(shown, tree, text, trace);
    if (beside) return beside;
    const leadsIn = tokens(start.say ?? '').length <= LEAD_IN_WORDS && start.warning === undefined && start.tip === undefined;
    const warns = !leadsIn && start.warning !== undefined && start.tip === undefined;
    if (!(leadsIn || warns) || choices.some((choice) => answers.purePolarity(choice.label) !== undefined)) return shown;
    const clauses = markedClauses(text);
    // "… pacer still says Maria Delgado. problem?": a question whether the told situation matters asks nothing else.
    const asking = clauses.filter((clause) => answers.isQuestion(clause) || clause.endsWith('?'));
    const matters = asking.length > 0 && asking.every((clause) => answers.asksIfItMatters(clause));
    const asks = !matters && (answers.asksInAnySentence(text) || asking.length > 0);
    if (asks || answers.polarity(text) !== undefined) return shown;
    const stated = this.ctx.choices.statedInAnyWay(clauses, choices);
    const [told] = stated;
    if (stated.size !== 1 || !told || (warns && told.target.kind !== 'node')) return shown;
    const topic = (base: ConversationState, other: string) => this.answer({ ...base, tree: state.tree }, other, { ...trace, intent: other }, text);
    const taken = this.walkthrough.takeTreeChoice(shown.state, tree, told, trace, topic);
    if (!taken || !warns) return taken ?? shown;
    return { ...withWarning(taken, this.view.fill(start.warning!)), state: { ...taken.state, tree } };
  }

  /**
   * A question asked after the situation it is about, told in sentences of its own that state one of the tree's first
   * choices by meaning ("i file for him and 2 other attys. do i need my own pacer or can i keep using theirs?": staff who file
   * for attorneys): the node that choice leads to answers the question for that situation, not the topic's start,
   * whose question the user has answered. Only a question among situations, leading to a node of the same topic, at a
   * start that warns of nothing.
   */
  private situationBesideQuestion(shown: Draft, tree: Position, text: string, trace: Trace): Draft | undefined {
    const { answers } = this.ctx;
    const parts = sentences(text);
    const asks = (part: string) => part.endsWith('?') || answers.isQuestion(part);
    const first = parts.findIndex(asks);
    if (first < 1) return undefined;
    // A start that warns ("don't press Submit until both names are yours") is said first, whatever the situation.
    const { choices, warning } = this.view.node(tree);
    if (warning !== undefined || choices.some((choice) => answers.purePolarity(choice.label) !== undefined)) return undefined;
    // By meaning (content's `when`: "i file for him"), not by a word of a label: "I'm a paralegal. …?" says who asks.
    const stated = new Set(parts.slice(0, first).flatMap(markedClauses).flatMap((clause) => this.ctx.choices.statedByMeaning(clause, choices) ?? []));
    const [told] = stated;
    if (stated.size !== 1 || !told || told.target.kind !== 'node') return undefined;
    return this.walkthrough.takeTreeChoice(shown.state, tree, told, trace, () => shown);
  }

  /**
   * A topic told with its advice already tried and the problem still there ("did the f5 thing, still no Civil menu",
   * "refreshed. logged out and back in. still only query"): each node whose `tried` the message says, and whose
   * question's no leads on, is passed over by that no. The node reached is the reply, not the advice the user tried.
   * Said at the tree's question too, where it is no report of a step ("logged out and back in" is no Step 2 done).
   */
  pastTried(state: ConversationState, tree: Position, text: string, trace: Trace): Draft | undefined {
    if (!this.ctx.answers.saysProblem(text) || this.ctx.answers.namesSolved(text)) return undefined;
    const history = [...tree.history];
    let nodeId = tree.nodeId;
    // Tried by someone else ("ya le dio f5 y nada", "he hit f5"): what was tried all the same.
    const own = OthersDoing.of(this.ctx.content).asOwn(text);
    for (;;) {
      const node = this.view.node({ ...tree, nodeId });
      const no = this.noChoice(node.choices)?.target;
      const next = no?.kind === 'node' ? no.nodeId : undefined;
      // A question of the node's own said with it ("F5 does nothing, I'm on a Mac") is asked there: it is not passed.
      const asked = () => [text, ...sentences(text)].some((part) => this.ctx.nodeQuestions.byExample(part, node) !== undefined);
      if (!next || history.includes(nodeId) || !this.ctx.choices.saysPhrase(own, node.tried) || asked()) break;
      history.push(nodeId);
      nodeId = next;
    }
    return nodeId === tree.nodeId ? undefined : this.walkthrough.showTreeNode(state, { flowId: tree.flowId, nodeId, history }, trace);
  }

  /**
   * A topic told only by its advice tried and the problem still there ("f5 did nothing" at Step 6, "hit refresh, nothing
   * changed"): the one topic whose start's `tried` the message says, answered past what was tried (pastTried). None
   * when several topics' starts say it or the message names the problem solved.
   */
  triedTopic(state: ConversationState, text: string, trace: Trace): Draft | undefined {
    const { answers, choices } = this.ctx;
    if (!answers.saysProblem(text) || answers.namesSolved(text)) return undefined;
    const own = OthersDoing.of(this.ctx.content).asOwn(text);
    const found = [...this.ctx.content.topicsByIntent.values()].filter((topic) => {
      const start = topic.flow.nodes.get(topic.flow.start);
      return start !== undefined && start.tried.length > 0 && choices.saysPhrase(own, start.tried);
    });
    if (found.length !== 1) return undefined;
    const intent = found[0]!.intent;
    return this.answerTold(state, intent, { ...trace, action: 'answer', intent }, text);
  }

  /**
   * A topic opened by a choice that says when ("It's older than August 2014" at "Do you have your own upgraded PACER
   * account?"): when the topic's first question asks when too, the choice of it the same date takes is taken.
   */
  answerAfter(state: ConversationState, intent: string, trace: Trace, taken: Choice): Draft {
    const shown = this.answer(state, intent, trace);
    const tree = shown.state.tree;
    const span = taken.date && spanOfDate(taken.date);
    const dated = tree && span && tree.flowId === intent && tree.history.length === 0 ? this.ctx.choices.fitting(span, this.view.node(tree).choices) : undefined;
    return (tree && dated && this.pastDatedQuestion(state, shown, tree, dated, trace)) || shown;
  }

  /**
   * "not sure if they're live honestly" said of a walkthrough question: the topic its "I'm not sure" leads to, at the
   * node its own question's "not sure" leads to (how to find out; the topic's opening answer is left out, so the turn
   * stays short), else the topic.
   */
  answerNotSure(state: ConversationState, intent: string, trace: Trace): Draft {
    const shown = this.answer(state, intent, trace);
    const tree = shown.state.tree;
    const unsure = tree && tree.flowId === intent && tree.history.length === 0
      ? this.view.node(tree).choices.find((choice) => this.ctx.answers.purePolarity(choice.label) === 'unsure') : undefined;
    return (tree && unsure && this.pastDatedQuestion(state, shown, tree, unsure, trace, false)) || shown;
  }

  /**
   * A topic whose first question asks when (its choices dated), told the date already ("my PACER account is from
   * 2010, do I need to upgrade?"): its start's answer, then the node that date's choice leads to (the upgrade itself),
   * not the question the user has answered. The start's answer is not cut; the node's is when the turn is long.
   */
  private pastDatedQuestion(state: ConversationState, shown: Draft, tree: Position, dated: Choice, trace: Trace, withStart = true): Draft | undefined {
    const topic = (base: ConversationState, other: string) => this.answer({ ...base, tree: state.tree }, other, { ...trace, intent: other });
    const taken = this.walkthrough.takeTreeChoice(shown.state, tree, dated, trace, topic);
    if (!taken) return undefined;
    // A choice that establishes no fact passes over no question of the walkthrough: its place stays where it was.
    const kept = dated.fact ? taken.state : { ...taken.state, walkthrough: shown.state.walkthrough };
    return { ...taken, state: kept, said: [...(withStart ? shown.said.map(({ reply }) => ({ reply })) : []), ...taken.said] };
  }

  /**
   * "what's ECF anyway", "what does NextGen even mean": a short question that names a word of the glossary and that
   * the recognizer cannot place (or takes for a goodbye: "anyway") asks what that word means — when the recognizer
   * ranks the glossary among its first guesses, or the word is nearly all the question names. "why can't I log in to
   * ECF anymore" names ECF too, but asks about logging in: not a definition. A name on the screen of the node on
   * screen (`shown`, in bold: "where do I find Document Filing System" at step 1) is asked about there: the node's own
   * help, not a definition.
   */
  asksTerm(recognition: IntentRecognition, text: string, sure: boolean, shown?: Position): boolean {
    const { glossary } = this.ctx.content;
    if (sure && recognition.intent !== GOODBYE_INTENT) return false;
    const words = tokens(text);
    if (words.length > TERM_QUESTION_WORDS || !this.ctx.answers.isQuestion(text)) return false;
    const term = findGlossaryTerm(glossary, text);
    if (!term || (shown && screenNames(this.view.node(shown).say).some((name) => term.phrases.includes(name)))) return false;
    const ranked = recognition.ranked.slice(0, TERM_RANKS).some((guess) => guess.intent === glossary.intent);
    return ranked || otherWords(words, term.phrases).length <= 1;
  }

  /**
   * "what's 2+2": read as asking what something means, but it names no word at all (only numbers and signs beside
   * its question words), so there is nothing to explain: it is out of scope, not "which word?".
   */
  private asksNoWord(intent: string, text: string): boolean {
    const { glossary } = this.ctx.content;
    if (intent !== glossary.intent || findGlossaryTerm(glossary, text)) return false;
    const words = tokens(text);
    const named = otherWords(words, []).filter((word) => /[a-z]/.test(word));
    return named.length === 0 && words.some((word) => /\d/.test(word));
  }

  /**
   * A question asked inside the topic in focus (its open tree, or the answer just given) that another of its nodes
   * answers: that node — the fact asked for first, not the topic from its start again.
   */
  private followUp(state: ConversationState, intent: string, text: string, trace: Trace, followsOn: boolean): Draft | undefined {
    if (!this.ctx.answers.isQuestion(text)) return undefined;
    const last = state.recent?.[state.recent.length - 1];
    const flow = this.view.flow(intent);
    const focused = state.tree?.flowId === intent ? state.tree : last?.intent === intent ? this.view.start(intent) : undefined;
    // Asked from anywhere, a question in the words of a node's title ("how do I upgrade it") gets that node first.
    const asked = askedBeforeWorry(this.ctx, text);
    const shown = focused ?? (this.ctx.topicNodes.titled(flow, asked) ? this.view.start(intent) : undefined);
    if (!shown) return undefined;
    // A question that names the topic on its own and that the topic's start speaks to ("do they link in each one?"
    // at the once-per-court answer) is the topic's own question: its start, not a side node. "Any other way if it
    // won't work?" asks where the question on screen leads when the answer did not help.
    const nodeId = (focused && this.stuckBranch(focused, asked)) ?? this.ctx.topicNodes.answering(flow, asked, !followsOn);
    if (nodeId === undefined) return undefined;
    const history = nodeId === shown.nodeId ? shown.history : [...shown.history, shown.nodeId];
    return this.walkthrough.showTreeNode(state, { flowId: intent, nodeId, history }, { ...trace, action: 'follow_up', intent });
  }

  /** The node the shown question's "no" leads to, for a question about the answer failing (content's `ifItFails`). */
  stuckBranch(shown: Position, text: string): string | undefined {
    if (!this.asksIfItFails(text)) return undefined;
    const no = this.noChoice(this.view.node(shown).choices);
    return no?.target.kind === 'node' ? no.target.nodeId : undefined;
  }

  /** The choice of a yes / no question that is its no. */
  private noChoice(choices: readonly Choice[]): Choice | undefined {
    return choices.find((choice) => [choice.label, ...choice.also].some((phrase) => this.ctx.answers.purePolarity(phrase) === 'no'));
  }

  private asksIfItFails(text: string): boolean {
    return saysAny(text, this.ctx.content.responses.ifItFails ?? [], IF_IT_FAILS_WORDS);
  }

  /**
   * A question whose answer is one node of a topic it is about gets that node first, whether or not the topic is
   * open, before "did you mean" or "I didn't catch that": in the topic in focus (the open tree's, the last answer's)
   * a node saying one telling word ("what about billing, the partners want one bill" after the shared-account
   * answer: the node on the firm's billing account); in a topic the recognizer guesses, a node saying several ("will
   * upgrading break my filing in the courts that haven't switched yet": the node on courts not live yet). An open
   * tree of another topic stays open: its question is asked again after the fact.
   */
  directFact(state: ConversationState, recognition: IntentRecognition, text: string, trace: Trace): Draft | undefined {
    // The question's own sentences say what is asked ("so every attorney needs their own?? what about billing, …",
    // "¿y la facturación?"); the rest says why ("otra cosa: mi corte todavía no pasa a NextGen … ¿puedo vincular ya?").
    const asked = sentences(text).filter((part) => part.endsWith('?') || this.ctx.answers.isQuestion(part)).join(' ');
    // What to do if the answer fails is the open question's no (stuckBranch), not a fact the question's words name.
    if (asked === '' || this.asksIfItFails(text)) return undefined;
    // The topic in focus, unless the recognizer is sure the question is about another ("what if it all goes wrong, can
    // it be reversed?" after the cookies answer is about undoing a link, whatever "wrong" the cookies topic says).
    const sureOf = isConfident(recognition) ? recognition.intent : undefined;
    // The side topic answered last counts though a turn without a topic came since ("Staff file for attorneys" pressed).
    const inFocus = [state.tree?.flowId, state.recent?.[state.recent.length - 1]?.intent, contextTopic(this.ctx, state)]
      .filter((intent) => sureOf === undefined || intent === sureOf);
    const guessed = recognition.ranked.slice(0, FACT_GUESSES).map((scored) => scored.intent);
    const topics = [...new Set([...inFocus, ...guessed])].flatMap((intent) => {
      // The glossary's nodes are words, each answered when its word is asked about (asksTerm), not facts of one topic.
      const topic = intent !== undefined && !KIND_OF_TOPIC[intent] && intent !== this.ctx.content.glossary.intent ? this.ctx.content.topicsByIntent.get(intent) : undefined;
      return topic ? [{ flow: topic.flow, needs: inFocus.includes(intent) ? 1 : GUESSED_FACT_WORDS }] : [];
    });
    const found = this.ctx.topicNodes.factAmong(topics, asked);
    if (!found) return undefined;
    const start = this.view.start(found.flowId);
    // Inside the topic in focus it is a follow-up (as followUp's), elsewhere a fact of a topic not yet open.
    const action = inFocus.includes(found.flowId) ? 'follow_up' : 'fact';
    const shown = this.walkthrough.showTreeNode(state, { flowId: found.flowId, nodeId: found.nodeId, history: [start.nodeId] }, { ...trace, action, intent: found.flowId });
    const keepsTree = shown.state.tree === undefined && state.tree !== undefined && state.tree.flowId !== found.flowId;
    return keepsTree ? { ...shown, state: { ...shown.state, tree: state.tree } } : shown;
  }

  /** Not something the bot does: says what it does; a second miss in a row makes the handoff offer a person. */
  outOfScope(state: ConversationState, trace: Trace): Draft {
    const misses = state.misses + 1;
    const shown = this.answer({ ...state, misses }, OUT_OF_SCOPE_INTENT, trace);
    return { ...shown, state: { ...shown.state, misses }, trace: { ...shown.trace, action: misses >= 2 ? 'repeated_miss' : 'out_of_scope' } };
  }

  /** A reply to the bot's question that it cannot place: the same question again (asked by the turn's shape). */
  didntCatch(state: ConversationState, trace: Trace): Draft {
    const misses = state.misses + 1;
    const said = [{ reply: { text: this.view.fill(this.ctx.content.responses.messages.didntCatch) } }];
    return { state: { ...state, misses }, said, trace: { ...trace, action: misses >= 2 ? 'repeated_miss' : 'didnt_catch', kind: 'didnt_catch' } };
  }

  /** "Okay, take your time": then the question waiting, or the way back to the walkthrough, or what else to ask. */
  acknowledge(state: ConversationState, trace: Trace): Draft {
    const said = [{ reply: { text: this.view.fill(this.ctx.content.responses.messages.noted) } }];
    if (!this.questions.kept(state) && !activeWalkthrough(state, this.view)) said.push({ reply: { text: this.view.fill(this.ctx.content.responses.messages.anythingElse) } });
    return { state, said, trace: { ...trace, action: 'acknowledged', kind: 'answer' } };
  }

  /** The help menu when content has one, else the greeting (which also says what the bot does). */
  helpMenu(state: ConversationState, trace: Trace): Draft {
    const intent = this.ctx.content.topicsByIntent.has(HELP_MENU_INTENT) ? HELP_MENU_INTENT : 'greeting';
    const shown = this.answer(state, intent, { ...trace, intent });
    return { ...shown, trace: { ...shown.trace, kind: 'help_menu' } };
  }
}

/** The names on the user's screen that a node's text writes in bold ("Click the **Document Filing System** link"). */
function screenNames(say: string): string[] {
  return [...say.matchAll(/\*\*([^*]+)\*\*/g)].map((bold) => normaliseText(bold[1]!));
}

/** A node's answer with a warning said before it (the start's it passed over), unless it has its own. */
function withWarning(draft: Draft, warning: string): Draft {
  const [first, ...rest] = draft.said;
  if (!first || first.reply.warning !== undefined) return draft;
  return { ...draft, said: [{ ...first, reply: { ...first.reply, warning } }, ...rest] };
}

/** The words of a message besides function words ("whats" is "what's" once normalised) and the given phrases' words. */
function otherWords(words: readonly string[], phrases: readonly string[]): string[] {
  const named = new Set(phrases.flatMap((phrase) => phrase.split(' ')));
  const asking = (word: string) => FUNCTION_WORDS.has(word) || FUNCTION_WORDS.has(word.replace(/s$/, ''));
  return words.filter((word) => !asking(word) && !named.has(word));
}
