import { OUT_OF_SCOPE_INTENT } from '../content/intents';
import type { Choice, FlowNode } from '../content/types';
import { tokens } from './answerReader';
import type { PlacedChoice } from './choiceReader';
import type { EngineContext } from './context';
import { OTHER_COURT, type CourtReading } from './courtDirectory';
import { notedReply, withFactsOf } from './factsTold';
import { activeWalkthrough } from './questions';
import { asksToLink, isConfident, lackingTopic } from './reading';
import type { ConversationState, Position } from './state';
import { isSmallTalk } from './topicAnswers';
import type { TurnTools } from './turnTools';
import type { Draft } from './turnShape';
import { clauses } from './textMatch';

/** What each choice's label reads as (content is immutable, so once per choice). */
const LABEL_TOPICS = new WeakMap<Choice, string>();

/** A reply this short may pick an offered topic in other words ("the linking one"). */
const SUGGESTION_WORDS = 4;

/** What a reply to the question on screen was taken as: `exact` wins over everything, `partial` over a new question. */
export interface Reading { readonly how: 'exact' | 'partial'; readonly take: () => Draft }

/** What the turn does for the court question and "something else", which need the turn itself. */
export interface PendingHooks {
  readonly noteCourt: (state: ConversationState, court: Extract<CourtReading, { kind: 'court' }>, text: string) => Draft;
  /** A court answer that is not one court: a choice to offer, a court of appeals, "change court". */
  readonly courtReading: (state: ConversationState, reading: CourtReading) => Draft;
  readonly rephrase: (state: ConversationState) => Draft;
}

/**
 * Reads a reply against the question the last turn asked (state.pending), before anything else: a node's choices
 * (and, when a side question's tree took the walkthrough question's place, that question too), the court, or
 * "did you mean A or B?".
 */
export class PendingReply {
  constructor(private readonly ctx: EngineContext, private readonly tools: TurnTools, private readonly hooks: PendingHooks) {}

  read(state: ConversationState, text: string): Reading | undefined {
    const reading = this.readPending(state, text);
    // "thanks for nothing, this is a disaster" answers no question: anger said without a yes or a no is read as such
    // (the person offer), not as a choice its words happen to come near ("nothing" for "No, I only use PACER").
    const angry = reading?.how === 'partial' && this.ctx.answers.polarity(text) === undefined && this.ctx.isFrustrated?.(text) === true;
    return angry ? undefined : reading;
  }

  private readPending(state: ConversationState, text: string): Reading | undefined {
    const pending = state.pending;
    if (pending?.kind === 'node') return this.nodeAnswer(state, text);
    if (pending?.kind === 'court') return this.courtAnswer(state, text, pending.candidates);
    if (pending?.kind === 'clarify') {
      const picked = this.ctx.answers.position(text, pending.intents.length + 1);
      if (picked === undefined) return this.displacedAnswer(state, text);
      const intent = pending.intents[picked];
      return { how: 'exact', take: () => (intent ? this.tools.answers.answer(state, intent, { action: 'button', intent, score: 1 }) : this.hooks.rephrase(state)) };
    }
    return state.suggested ? this.suggestionPicked(state, text) : undefined;
  }

  /**
   * Topic buttons offered without a question (the menu, suggestions), picked in words: "the first one", "the
   * linking one". Weaker than a question: only a short reply that asks nothing picks one in other words.
   */
  private suggestionPicked(state: ConversationState, text: string): Reading | undefined {
    const { content } = this.ctx;
    const intents = (state.suggested ?? []).filter((intent) => content.topicsByIntent.has(intent));
    const choices: Choice[] = intents.map((intent) => ({ label: content.topicsByIntent.get(intent)!.title, also: [], target: { kind: 'topic', intent } }));
    const short = text.split(/\s+/).length <= SUGGESTION_WORDS && !this.ctx.answers.isQuestion(text);
    // "i guess the linking one, i got a notice in the mail": the pick in the opening clause, the rest why.
    const opening = short ? undefined : this.openingPick(text, choices);
    if (opening) return opening.choice.target.kind === 'topic' ? this.suggestionTaken(state, opening.choice.target.intent, 'partial') : undefined;
    const placed = this.ctx.choices.read(text, choices) ?? (short ? this.namedIn(text, choices) : undefined);
    if (!placed || (placed.how === 'partial' && !short) || placed.choice.target.kind !== 'topic') return undefined;
    return this.suggestionTaken(state, placed.choice.target.intent, placed.how);
  }

  private suggestionTaken(state: ConversationState, intent: string, how: Reading['how']): Reading {
    return { how, take: () => this.tools.answers.answer(state, intent, { action: 'button', intent, score: 1 }) };
  }

  /** A short opening clause that points at one offered button in its words, in a message that asks nothing. */
  private openingPick(text: string, choices: readonly Choice[]): PlacedChoice | undefined {
    const parts = clauses(text);
    const first = parts[0];
    if (parts.length < 2 || first === undefined || first.split(/\s+/).length > SUGGESTION_WORDS + 1) return undefined;
    if (text.includes('?') || parts.some((part) => this.ctx.answers.isQuestion(part))) return undefined;
    return this.namedIn(first, choices);
  }

  /** The one choice whose label has every word the reply points with ("the linking one"). */
  private namedIn(text: string, choices: readonly Choice[]): PlacedChoice | undefined {
    const words = this.ctx.answers.pointedWords(text);
    const named = words.length === 0 ? [] : choices.filter((choice) => words.every((word) => tokens(choice.label).includes(word)));
    return named.length === 1 ? { choice: named[0]!, how: 'partial' } : undefined;
  }

  /**
   * The court question's answer: a court, listed or not, or "not sure". A reply that answers the walkthrough's
   * first question instead ("yes" — people answer what they expect to be asked) leaves the court unnamed (answers
   * stay general, it can be named any time) and answers that question.
   */
  private courtAnswer(state: ConversationState, text: string, candidates?: readonly string[]): Reading | undefined {
    // A question instead of an answer ("do i need a lawyer or ...") is read for a court in the strict way.
    const loose = !this.ctx.answers.isQuestion(text);
    const reading = this.ctx.courts.read(text, loose, candidates) ?? this.courtPointedAt(text, candidates);
    if (reading && reading.kind !== 'court') return { how: 'exact', take: () => this.hooks.courtReading(state, reading) };
    const polarity = this.ctx.answers.purePolarity(text);
    const court = reading ?? (polarity === 'unsure' ? { kind: 'court', id: OTHER_COURT } as const : undefined);
    if (court !== undefined) return { how: 'exact', take: () => this.hooks.noteCourt(state, court, text) };
    // A bare "yes" or "no" to "which court?" places none, nor does it answer a walkthrough question the user has not
    // seen yet: the same court question again (the walkthrough's question waits).
    if (polarity !== undefined) return { how: 'exact', take: () => this.sameCourtChoice(state, candidates) };
    const skipped: ConversationState = { ...state, courtId: OTHER_COURT };
    const at = activeWalkthrough(skipped, this.tools.view);
    const placed = at && this.ctx.choices.read(text, this.tools.view.node(at).choices);
    return at && placed && { how: placed.how, take: () => takeChoice(this.tools, skipped, at, placed.choice) };
  }

  /** "I didn't catch that" and the same court question (a choice of courts is one the turn raised, which the state does not keep). */
  private sameCourtChoice(state: ConversationState, candidates: readonly string[] = []): Draft {
    return { ...this.tools.answers.didntCatch(state, { action: 'didnt_catch' }), question: this.tools.questions.court(candidates) };
  }

  /** "the second one", "la segunda", "2": the offered court at that place among the buttons ("none of these" last). */
  private courtPointedAt(text: string, candidates: readonly string[] = []): CourtReading | undefined {
    const shown = candidates.length > 0 ? this.ctx.courts.shownCourts(candidates) : undefined;
    const at = shown && this.ctx.answers.position(text, shown.length + 1);
    return at === undefined ? undefined : { kind: 'court', id: shown![at] ?? OTHER_COURT };
  }

  private nodeAnswer(state: ConversationState, text: string): Reading | undefined {
    const focus = state.tree ?? activeWalkthrough(state, this.tools.view);
    const node = focus && this.tools.view.node(focus);
    const placed = node && this.ctx.choices.read(text, node.choices);
    // A button pressed ("I forgot the password") is its choice, whatever it lacks.
    const lacking = state.tree && placed?.how !== 'exact' && this.lackingElsewhere(state.tree, text);
    if (lacking) return this.topicInstead(state, lacking);
    const unsure = focus && !state.tree ? this.unsureOfAnother(focus, text) : undefined;
    if (unsure?.target.kind === 'topic') {
      const { intent } = unsure.target;
      return { how: 'partial', take: () => this.tools.answers.answerNotSure({ ...state, misses: 0 }, intent, { action: 'choice', intent, score: 1 }) };
    }
    const prerequisite = placed && this.prerequisiteAnswered(state, placed.choice);
    if (placed && prerequisite) return { how: placed.how, take: () => prerequisite() };
    const instead = focus && placed?.how === 'partial' ? this.laterAnswered(focus, text) : undefined;
    if (instead) return { how: 'partial', take: () => this.noted(state, [instead]) };
    const elsewhere = focus && placed?.how === 'partial' && !placed.choice.fact
      ? this.otherQuestionsTopic(focus, text) ?? this.problemBeside(focus, placed.choice, text) : undefined;
    if (elsewhere) return this.aboutTheUser(state, focus!, elsewhere, text) ?? this.topicInstead(state, elsewhere);
    if (focus && placed) return { how: placed.how, take: () => this.thenLinking(takeChoice(this.tools, state, focus, placed.choice), text) };
    // Said in a clause among other facts ("my account dates from 2017 and I have my old e-filing login"); at a topic's
    // question, a fact that states a choice by meaning, in its `when` words ("tried 3 times" for "login rejected").
    const told = focus?.flowId === 'procedure' ? this.ctx.told.read(text).get(focus.nodeId) ?? this.ctx.told.statedAtQuestion(text, node!)
      : node && this.ctx.choices.statedByMeaning(text, node.choices);
    const besideTold = focus && told && !told.fact ? this.problemBeside(focus, told, text) : undefined;
    if (besideTold) return this.topicInstead(state, besideTold);
    if (focus && told) return { how: 'partial', take: () => takeChoice(this.tools, state, focus, told) };
    const others = focus ? this.othersAnswered(focus, text) : [];
    if (others.length > 0) return { how: 'partial', take: () => this.noted(state, others) };
    const displaced = state.tree && this.displacedAnswer(state, text);
    if (displaced) return displaced;
    const ahead = state.tree && focus ? this.nextQuestionAnswered(focus, text) : undefined;
    if (ahead) return { how: 'partial', take: () => takeChoice(this.tools, state, ahead.at, ahead.choice) };
    const opening = state.tree && focus ? this.statedWhenOpened(state, focus, text) : undefined;
    if (opening) return { how: 'partial', take: () => takeChoice(this.tools, state, focus!, opening) };
    const beside = state.tree && focus && node ? this.answeredBeside(text, node.choices) : undefined;
    if (beside) return { how: 'partial', take: () => takeChoice(this.tools, state, focus!, beside) };
    // "no idea" to a question without a "not sure" choice: the node's own explanation, then the question again.
    const help = node?.questions[0];
    if (help && this.ctx.answers.purePolarity(text) === 'unsure') {
      return { how: 'exact', take: () => this.tools.answers.nodeAnswer(state, help, { action: 'node_question' }) };
    }
    return undefined;
  }

  /**
   * "ya las borré y cerré el chrome, ahora me dice q el password está mal. creo q se me olvidó" at the cookie tree's
   * question: a new problem, told as a thing the user lacks (reading's lackingTopic: a topic the recognizer is sure of)
   * that is not the tree's own, leaves the tree for that topic, whatever choice its other words come near ("ya las
   * borré" to "did that fix it?").
   */
  private lackingElsewhere(tree: Position, text: string): string | undefined {
    const intent = lackingTopic(this.ctx, text)?.intent;
    return intent !== undefined && intent !== tree.flowId ? intent : undefined;
  }

  /**
   * "there is no release 1.1 page either. you keep sending me in circles" to "did you find it?": one clause answers the
   * tree's question, and the others ask nothing (they vent, or remark); the answer stands (anger is read by the
   * handoff layer).
   */
  private answeredBeside(text: string, choices: readonly Choice[]): Choice | undefined {
    const parts = clauses(text);
    if (parts.length < 2 || text.includes('?') || parts.some((part) => this.ctx.answers.isQuestion(part))) return undefined;
    const placed = parts.map((part) => this.ctx.choices.read(part, choices)?.choice);
    const answers = placed.filter((choice) => choice !== undefined);
    if (answers.length !== 1) return undefined;
    // The others say nothing a topic answers, nor thanks or a goodbye ("ok now it show!! after logout and login again.
    // thank you very much" closes the matter; "y en el client code q pongo, la firma nunca me dijo" asks about a topic).
    const placesNothing = (part: string) => {
      const reading = this.ctx.recognize(part);
      return !isSmallTalk(reading.intent) && (reading.intent === OUT_OF_SCOPE_INTENT || !isConfident(reading));
    };
    return parts.every((part, i) => placed[i] !== undefined || placesNothing(part)) ? answers[0] : undefined;
  }

  /**
   * "i dont have my own" to "What is the shared account used for?": no choice of the topic's question on screen, but
   * a short yes or no to a question one of its choices leads to ("Do you have your own PACER account?") that echoes a
   * word only that question asks ("own"). The user is a question ahead: that question is answered there.
   */
  private nextQuestionAnswered(focus: Position, text: string): { at: Position; choice: Choice } | undefined {
    const words = tokens(text);
    if (text.includes('?') || words.length > SHORT_REPLY || this.ctx.answers.isQuestion(text)) return undefined;
    const here = this.tools.view.node(focus);
    const said = new Set(words);
    const asked = new Set(askedWords(here.ask));
    const found = here.choices.flatMap((choice) => {
      if (choice.target.kind !== 'node') return [];
      const at: Position = { flowId: focus.flowId, nodeId: choice.target.nodeId, history: [...focus.history, focus.nodeId] };
      const next = this.tools.view.node(at);
      // A yes or no is that question's when it echoes what only that question asks about ("own" in "i dont have my own").
      const echoes = askedWords(next.ask).some((word) => !asked.has(word) && said.has(word));
      const placed = echoes ? this.ctx.choices.read(text, next.choices) : undefined;
      return placed ? [{ at, choice: placed.choice }] : [];
    });
    return found.length === 1 ? found[0] : undefined;
  }

  /**
   * "No, todavía no le he dado a Submit" to a question among situations ("Which best describes what you see?") that
   * the message opening the topic answered already ("… aparece el nombre de un compañero en la parte de PACER, no el
   * mío"): a no that places none of its choices leaves the one situation that message stated, which is taken.
   */
  private statedWhenOpened(state: ConversationState, focus: Position, text: string): Choice | undefined {
    const opened = state.recent?.at(-1);
    const { answers, choices } = this.ctx;
    if (focus.history.length > 0 || opened?.intent !== focus.flowId || answers.polarity(text)?.polarity !== 'no' || answers.isQuestion(text)) return undefined;
    const offered = this.tools.view.node(focus).choices;
    if (offered.some((choice) => answers.purePolarity(choice.label) !== undefined)) return undefined;
    const stated = choices.statedInAnyWay(clauses(opened.said), offered);
    return stated.size === 1 ? [...stated][0] : undefined;
  }

  /**
   * "not sure if they're live honestly" while "do you e-file there?" waits: a reply that opens by not knowing, about
   * what another question of the walkthrough asks (its rest states one of that question's choices in their words:
   * "live"), is that question's "I'm not sure" (how to find out), the place kept. Undefined unless exactly one later
   * question with a "not sure" answer is meant.
   */
  private unsureOfAnother(focus: Position, text: string): Choice | undefined {
    const { answers, choices } = this.ctx;
    const opening = focus.flowId === 'procedure' ? answers.polarity(text) : undefined;
    if (opening?.polarity !== 'unsure' || answers.isQuestion(text) || tokens(opening.rest).length === 0) return undefined;
    const meant = [...this.ctx.content.procedure.flow.nodes.values()].flatMap((node) => {
      if (node.step !== undefined || node.id === focus.nodeId || focus.history.includes(node.id)) return [];
      const unsure = node.choices.find((choice) => choice.target.kind === 'topic' && answers.purePolarity(choice.label) === 'unsure');
      return unsure && choices.statedChoices(opening.rest, node.choices).length > 0 ? [unsure] : [];
    });
    return meant.length === 1 ? meant[0] : undefined;
  }

  /**
   * "wait, it is live" to a side topic's question ("is the court live?" of court_not_live) while the walkthrough
   * waits before the steps: a choice whose fact is a walkthrough answer's fact answers the walkthrough, and the side
   * topic closes: its question taken when it is on screen, else noted with the walkthrough's question asked again.
   */
  private prerequisiteAnswered(state: ConversationState, choice: Choice): (() => Draft) | undefined {
    const at = state.tree && choice.fact ? activeWalkthrough(state, this.tools.view) : undefined;
    if (!at || at.flowId !== 'procedure' || this.tools.view.node(at).step !== undefined) return undefined;
    const same = (candidate: Choice) => candidate.fact === choice.fact && candidate.target.kind === 'node';
    const here = this.tools.view.node(at).choices.find(same);
    const closed: ConversationState = { ...state, tree: undefined };
    if (here) return () => takeChoice(this.tools, closed, at, here);
    const later = [...this.ctx.content.procedure.flow.nodes.values()].flatMap((node) => (node.step === undefined ? node.choices : [])).find(same);
    return later && (() => this.noted(withFactsOf(closed, [later]), [later]));
  }

  /**
   * "ok upgrade complete. now the linking": an answer to a side topic's question with a sentence of its own that asks
   * to link is the answer (its fact kept) and then the walkthrough, which passes over what the answer told.
   */
  private thenLinking(answered: Draft, text: string): Draft {
    if (activeWalkthrough(answered.state, this.tools.view) || answered.state.tree) return answered;
    const parts = clauses(text);
    const asks = parts.length > 1 && parts.some((part) => asksToLink(this.ctx, part));
    return asks ? this.tools.walkthrough.start(answered.state, { action: 'choice', intent: this.ctx.content.procedure.startIntent }) : answered;
  }

  /**
   * "ok yes mine is upgraded" while "is the court live?" waits: a reply that opens by stating, in its own words, the
   * answer to a later question of the walkthrough (and not to this one) says yes to that one. Its fact is kept (the
   * turn noted it) and the question on screen is asked again.
   */
  private laterAnswered(focus: Position, text: string): Choice | undefined {
    if (focus.flowId !== 'procedure') return undefined;
    const opening = clauses(text)[0] ?? text;
    const told = this.ctx.told.read(opening);
    if (told.has(focus.nodeId)) return undefined;
    return [...told].find(([nodeId, choice]) => choice.fact && !focus.history.includes(nodeId))?.[1];
  }

  /**
   * "upgraded, yes. made it in 2019" while "do you e-file there?" waits: a reply that asks nothing and states only
   * answers to other questions of the walkthrough, each on its path (a `fact`), is those answers, not the topic its
   * words name ("upgraded" is upgrade_account's word, "the firm's" shared_account's). A clause that tells none of them
   * may go with them unless it asks or says something goes wrong ("it's upgraded but I don't know my ECF password"
   * is a trouble). Their facts are kept (the turn noted them) and the question on screen is asked again.
   */
  private othersAnswered(focus: Position, text: string): Choice[] {
    const { answers, told } = this.ctx;
    if (focus.flowId !== 'procedure' || answers.isQuestion(text)) return [];
    const stated = [...told.read(text).values()];
    if (stated.length === 0 || stated.some((choice) => !choice.fact)) return [];
    const rest = clauses(text).filter((clause) => told.read(clause).size === 0);
    return rest.some((clause) => answers.isQuestion(clause) || answers.saysTrouble(clause)) ? [] : stated;
  }

  /**
   * "hmm I don't actually know my old ecf password" while "do you e-file there?" waits: a reply read loosely as this
   * question's no (a choice that leaves the path) whose words are plainly about another question of the walkthrough
   * — the topic one of that question's choices leads to (forgot_ecf_credentials, court_not_live, upgrade_account) —
   * answers that question: its topic, the place kept. A no about this question's own subject stays its answer.
   */
  private otherQuestionsTopic(focus: Position, text: string): string | undefined {
    if (focus.flowId !== 'procedure') return undefined;
    const nodes = [...this.ctx.content.procedure.flow.nodes.values()].filter((node) => node.step === undefined);
    const topicsOf = (node: FlowNode) => node.choices.flatMap((choice) => (choice.target.kind === 'topic' ? [choice.target.intent] : []));
    const own = new Set(topicsOf(this.tools.view.node(focus)));
    const others = new Set(nodes.filter((node) => node.id !== focus.nodeId).flatMap(topicsOf).filter((intent) => !own.has(intent)));
    // The message as a whole, else the sentence that says it ("I don't think they've switched yet, the email said …").
    for (const part of [text, ...clauses(text)]) {
      const recognition = this.ctx.recognize(part);
      if (isConfident(recognition) && others.has(recognition.intent)) return recognition.intent;
    }
    return undefined;
  }

  /**
   * "no veo el enlace en Utilities" or "I don't see the link under Utilities" while "do you e-file there?" waits: a
   * reply read loosely as a choice that leaves the path (by its "no", or by its words: "todos usamos un solo login de
   * pacer" says "solo … pacer"), which the recognizer is sure is about another topic — not
   * the one the choice's own label is about ("no, I only look up cases" is the label's pacer_only), not one this
   * question's choices lead to, not small talk — asks about that topic: its answer, the place kept. Its opening "no"
   * negates the problem ("I don't see"), not the question on screen. At a troubleshooting tree's question ("What did
   * you forget?" of forgot_ecf_credentials), only a topic the recognizer is sure of, not the tree's own: "y tampoco me
   * acuerdo de mi usuario de pacer" is a second problem (the PACER username), not the tree's "the login".
   */
  private problemBeside(focus: Position, choice: Choice, text: string): string | undefined {
    const inTree = focus.flowId !== 'procedure';
    const recognition = this.ctx.recognize(text);
    const { intent } = recognition;
    if (!isConfident(recognition) || isSmallTalk(intent) || !this.ctx.content.topicsByIntent.has(intent)) return undefined;
    if (inTree && (recognition.score < SURE_TREE_TOPIC || intent === focus.flowId)) return undefined;
    const own = this.tools.view.node(focus).choices.some((offered) => offered.target.kind === 'topic' && offered.target.intent === intent);
    return own || intent === this.labelTopic(choice) ? undefined : intent;
  }

  /**
   * "no tengo abogado, llevo mi caso sola" while "do you e-file there?" waits: a no that says who the user is (a topic
   * of content's `aboutTheUser`), asking nothing, answers neither the question nor that topic's question: what the
   * walkthrough's questions decide, so the question on screen is asked again.
   */
  private aboutTheUser(state: ConversationState, focus: Position, intent: string, text: string): Reading | undefined {
    if (focus.flowId !== 'procedure' || !this.ctx.content.procedure.aboutTheUser.includes(intent) || text.includes('?') || this.ctx.answers.isQuestion(text)) return undefined;
    return { how: 'partial', take: () => this.tools.walkthrough.show(state, focus, { action: 'about_user', intent }) };
  }

  /** A reply that answers another topic's question rather than the one on screen: that topic, the place kept. */
  private topicInstead(state: ConversationState, intent: string): Reading {
    return { how: 'partial', take: () => this.tools.answers.answer(state, intent, { action: 'answer', intent }) };
  }

  /** The topic a choice's own label reads as ("No, I only use PACER": pacer_only), once per choice. */
  private labelTopic(choice: Choice): string {
    let intent = LABEL_TOPICS.get(choice);
    if (intent === undefined) {
      intent = this.ctx.recognize(choice.label).intent;
      LABEL_TOPICS.set(choice, intent);
    }
    return intent;
  }

  /**
   * "I've noted …" for each answer kept; the question on screen follows (the turn's shape asks it again). When what
   * they imply answers that question too ("I have my old ECF login written down" at "do you e-file there?": a CM/ECF
   * login there makes the user an e-filer, content's `implies`), the walkthrough goes on past it instead, saying
   * which answers it took.
   */
  private noted(state: ConversationState, choices: readonly Choice[]): Draft {
    const kept: ConversationState = { ...withFactsOf(state, choices), misses: 0 };
    const at = kept.tree ? undefined : activeWalkthrough(kept, this.tools.view);
    if (at && this.tools.walkthrough.skipAnswered(kept).walkthrough !== at) return this.tools.walkthrough.show(kept, at, { action: 'noted' });
    const said = [notedReply(this.tools, this.ctx.content.responses.messages.factNoted, choices)];
    return { state: kept, said, trace: { action: 'noted' } };
  }

  /**
   * A side question opened a tree (or a "did you mean") whose question took the place of the walkthrough's: a reply
   * that fits only the walkthrough's question (people keep answering it) answers that one, and the tree closes.
   */
  private displacedAnswer(state: ConversationState, text: string): Reading | undefined {
    const at = activeWalkthrough(state, this.tools.view);
    const placed = at && this.ctx.choices.read(text, this.tools.view.node(at).choices);
    return at && placed && { how: placed.how, take: () => takeChoice(this.tools, { ...state, tree: undefined }, at, placed.choice) };
  }

}

/** A choice taken at `focus` (a fact it establishes kept): its node, its topic, or the end. */
export function takeChoice(tools: TurnTools, state: ConversationState, focus: Position, choice: Choice): Draft {
  const base: ConversationState = { ...withFactsOf(state, [choice]), misses: 0 };
  const draft = choose(tools, base, focus, choice);
  // A fact given in a side topic may answer the walkthrough's waiting question as well.
  return focus.flowId === 'procedure' || !choice.fact ? draft : { ...draft, state: tools.walkthrough.skipAnswered(draft.state) };
}

function choose(tools: TurnTools, base: ConversationState, focus: Position, choice: Choice): Draft {
  const trace: Draft['trace'] = { action: 'choice' };
  switch (choice.target.kind) {
    case 'topic':
      return tools.answers.answerAfter(base, choice.target.intent, { ...trace, intent: choice.target.intent, score: 1 }, choice);
    case 'end':
      return tools.walkthrough.stop(base, trace);
    case 'node':
      return tools.walkthrough.moveTo(base, { flowId: focus.flowId, nodeId: choice.target.nodeId, history: [...focus.history, focus.nodeId] }, trace);
  }
}

/** How sure the recognizer must be that a reply loosely placed at a tree's question asks about another topic. */
const SURE_TREE_TOPIC = 0.8;

/** A reply a question ahead is a short one ("i dont have my own"); a longer one says something else too. */
const SHORT_REPLY = 6;

/** The words of a question, short ones aside ("have", "your", "own", "pacer", "account" of "Do you have your own PACER account?"). */
function askedWords(ask: string | undefined): string[] {
  return ask === undefined ? [] : tokens(ask).filter((word) => word.length > 2);
}
