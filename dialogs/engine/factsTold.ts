import { normaliseText } from '../content/normalise';
import type { Choice, Content, FlowNode } from '../content/types';
import { isNegation, tokens, type AnswerReader } from './answerReader';
import type { ChoiceReader } from './choiceReader';
import { takeChoice } from './pendingReply';
import { activeWalkthrough } from './questions';
import { placedNothing } from './replies';
import type { ConversationState, Position } from './state';
import type { TurnTools } from './turnTools';
import type { Draft } from './turnShape';
import { markedClauses } from './textMatch';
import { GOODBYE_INTENT, GREETING_INTENT, HELP_MENU_INTENT, THANKS_INTENT } from './topicAnswers';


const RECENT_TEXTS = 4;

/** The most words a clause that only adds to the one before it has ("…, individual", "…, mine only"). */
const PIECE_WORDS = 2;

/** Topics that close a conversation: what else such a message says is no answer to settle. */
const CLOSING: ReadonlySet<string> = new Set([THANKS_INTENT, GOODBYE_INTENT]);

/** Topics that answer nothing of linking: a question read as one of them, beside answers told, asks how to go on. */
const NOTHING_OF_THE_MATTER: ReadonlySet<string> = new Set([GREETING_INTENT, HELP_MENU_INTENT]);

/**
 * Facts said before they are asked ("Court: Bankr. S.D.N.Y. It's live. My PACER account is upgraded (created 2018).
 * I have my old ECF login"): each clause of a message that asks nothing is read against every question of the
 * walkthrough before the steps, in that question's own words (content's choice labels and `also`, and a date in a
 * clause that names what the dated choices are about: "made", "account"), never by a bare yes / no, which answers
 * only the question on screen. A stated choice with a `fact` is kept for its question, which is then passed over
 * (walkthrough.ts); a stated choice that leaves the path (an account made in 2012, a court not live yet) is taken
 * when the walkthrough reaches its question, or answered when the message placed nothing else.
 */
export class FactsTold {
  /** The last messages read: a turn reads its message (and its opening clause) several times. */
  private readonly recent = new Map<string, ReadonlyMap<string, Choice>>();

  /** "I've noted …", in the content's language. */
  private readonly factNoted: string;

  /**
   * Content's `next` and `start` commands, as read without fillers ("now what", "empezamos?"): a clause asking only
   * what comes next, or to begin.
   */
  private readonly goesOn: ReadonlySet<string>;

  /** The walkthrough's questions before the steps, and for each the words that say what its dates are about. */
  private readonly nodes: readonly { readonly node: FlowNode; readonly subject: ReadonlySet<string> }[];

  /** Built once per engine (the turn path is hot): the nodes and their words are content's, which never changes. */
  /**
   * `asksToLink`: whether a clause asks to link (the recognizer's start intent, confidently: "now the link?"), which
   * asks for nothing but what comes next.
   */
  constructor(content: Content, private readonly answers: AnswerReader, private readonly choices: ChoiceReader,
    private readonly asksToLink: (clause: string) => boolean = () => false, private readonly closes: (clause: string) => boolean = () => false) {
    this.factNoted = content.responses.messages.factNoted;
    const { next, start } = content.responses.commands;
    this.goesOn = new Set([...next, ...start].map((phrase) => answers.core(phrase)));
    this.nodes = [...content.procedure.flow.nodes.values()]
      .filter((node) => node.step === undefined && node.choices.length > 0)
      .map((node) => ({ node, subject: choices.dateSubject(node) }));
    this.referring = this.nodes.flatMap(({ node }) => node.choices.filter((choice) => choice.fact && choice.implies).map((choice) => ({
      choice,
      phrases: [choice.label, ...choice.also].filter((phrase) => answers.refersBack(phrase))
        .map((phrase) => tokens(phrase).join(' ')),
    })));
  }

  /** The answers that imply another question's, and their phrases that say them only by referring back ("i know them"). */
  private readonly referring: readonly { readonly choice: Choice; readonly phrases: readonly string[] }[];

  /**
   * The turn's login told back ("found it", "they reset it") where the question about knowing it is in focus
   * (`regainedIn`): read with the message's other answers. Set when the turn notes the facts (`noted`).
   */
  private regained?: { readonly text: string; readonly nodeId: string; readonly choice: Choice };

  /** The choice each prerequisite question's answer takes, by node id, as the message states them. */
  read(text: string): ReadonlyMap<string, Choice> {
    const told = this.readPlain(text);
    const back = this.regained;
    return back?.text === text && !told.has(back.nodeId) ? new Map([...told, [back.nodeId, back.choice]]) : told;
  }

  /**
   * "ok found it on a sticky note", "called the clerk, they reset it. lets continue", "ya me la resetearon x correo":
   * a lost thing told back (content's `regained`) is the yes of the question that asks whether the user knows it (one
   * whose other answer says it is lacking: "No, I forgot them"), while that question is the walkthrough's place or its
   * lacking answer's topic was the last one shown (its tree, or its answer). Not in a question, not negated.
   */
  private regainedIn(state: ConversationState, text: string): { readonly nodeId: string; readonly choice: Choice } | undefined {
    if (!this.answers.saysRegained(text) || this.answers.isQuestion(text) || tokens(text).some(isNegation)) return undefined;
    const at = state.walkthrough?.flowId === 'procedure' ? state.walkthrough.nodeId : undefined;
    const topics = new Set([state.tree?.flowId, state.recent?.[state.recent.length - 1]?.node?.split('/')[0]]);
    for (const { node } of this.nodes) {
      const lacking = node.choices.find((choice) => [choice.label, ...choice.also].some((phrase) => this.answers.saysLacking(phrase)));
      const yes = node.choices.find((choice) => choice.fact && choice.target.kind === 'node');
      const inFocus = node.id === at || (lacking?.target.kind === 'topic' && topics.has(lacking.target.intent));
      if (lacking && yes && inFocus) return { nodeId: node.id, choice: yes };
    }
    return undefined;
  }

  private readPlain(text: string): ReadonlyMap<string, Choice> {
    const known = this.recent.get(text);
    if (known) return known;
    const stated = new Map<string, Choice | null>();
    let previous: string | undefined;
    for (const clause of markedClauses(text)) {
      // "…gave me a CM/ECF login, which I still know along with the password": the relative clause tells of the one before.
      const relative = previous !== undefined && this.answers.opensRelative(clause);
      if (!relative && this.answers.isQuestion(clause) && !this.answers.asksOnlyByOpening(clause)) {
        previous = undefined;
        continue;
      }
      // A clause that opens with a no or a not sure ("no me acuerdo de la contraseña vieja") states no yes of the path.
      const opening = this.answers.polarity(clause)?.polarity;
      const denies = opening === 'no' || opening === 'unsure';
      const saidBefore = previous === undefined ? undefined : relative ? this.relativeTo(previous, clause) : this.referredTo(previous, clause);
      for (const { node, subject } of this.nodes) {
        const found = this.statedIn(clause, node, subject) ?? (saidBefore === undefined ? undefined : this.choices.statedByMeaning(saidBefore, node.choices));
        // Unless the no is the answer's own ("i dont share account with nobody": only mine).
        const choice = denies && found?.fact && !this.choices.statedAsNegation(clause, found) ? undefined : found;
        // Two clauses that disagree about one question tell nothing about it.
        if (choice) stated.set(node.id, stated.has(node.id) && stated.get(node.id) !== choice ? null : choice);
      }
      previous = clause;
    }
    const told = new Map([...stated].filter((entry): entry is [string, Choice] => entry[1] !== null));
    if (this.recent.size >= RECENT_TEXTS) this.recent.delete(this.recent.keys().next().value as string);
    this.recent.set(text, told);
    return told;
  }

  /**
   * "ok the court changed it for me, i have the new login + pw" at "Do you know your CM/ECF login and password?": the
   * one answer to the question on screen a clause that asks nothing and opens with no no states by meaning, the
   * question's own words standing for what it leaves out (ChoiceReader.statedAtQuestion).
   */
  statedAtQuestion(text: string, node: FlowNode): Choice | undefined {
    const found = new Set<Choice>();
    for (const clause of markedClauses(text)) {
      const opening = this.answers.polarity(clause)?.polarity;
      if (this.answers.isQuestion(clause) || opening === 'no' || opening === 'unsure') continue;
      const choice = this.choices.statedAtQuestion(clause, node);
      if (choice) found.add(choice);
    }
    return found.size === 1 ? [...found][0] : undefined;
  }

  /**
   * The clause without the words of the answers it tells on the path ("Individual account" → ""): what else it says.
   * Such words are no report of progress, though a step's examples share them ("linked my account").
   */
  withoutAnswers(clause: string): string {
    const words = this.answerWords(clause);
    return words.size === 0 ? clause : tokens(clause).filter((word) => !words.has(word)).join(' ');
  }

  /** The words of the answers on the path a message tells (their labels, `also` and `when`): none when it tells none. */
  answerWords(text: string): ReadonlySet<string> {
    const told = [...this.read(text).values()].filter((choice) => choice.fact);
    return new Set(told.flatMap((choice) => [choice.label, ...choice.also, ...(choice.when ?? []).flat()]).flatMap(tokens));
  }

  /**
   * "my old ecf login for that court, yes I know it": a clause that says what it is about only by "it" (content's
   * `referring` words) is read with the clause before it, by meaning (`when`), when neither negates anything ("…, I
   * don't know it" tells no yes). Undefined when the clause refers to nothing.
   */
  private referredTo(before: string, clause: string): string | undefined {
    // A clause of a word or two is a piece of the one before ("my pacer is upgraded, individual").
    const piece = tokens(clause).length <= PIECE_WORDS && !this.answers.isQuestion(clause);
    if (!(piece || this.answers.refersBack(clause)) || [before, clause].some((part) => tokens(part).some(isNegation))) return undefined;
    return `${before} ${clause}`;
  }

  /** A relative clause read with the one before it, when neither negates anything; undefined otherwise. */
  private relativeTo(before: string, clause: string): string | undefined {
    return [before, clause].some((part) => tokens(part).some(isNegation)) ? undefined : `${before} ${clause}`;
  }

  /** The state with the facts the message told kept (nothing else changes). */
  noted(state: ConversationState, text: string): ConversationState {
    const back = this.regainedIn(state, text);
    this.regained = back && { text, ...back };
    return withFactsOf(state, [...this.read(text).values(), ...this.referredToQuestion(state, text)]);
  }

  /**
   * "yes i know them" to "Do you e-file in this court (do you have a CM/ECF e-filing login there)?": a later question's
   * answer said in words that refer back ("i know them", "i have it"), which alone tell nothing, says that answer when
   * it implies the answer to the question on screen (content's `implies`: knowing the CM/ECF login makes an e-filer
   * there): what the words refer to is what the question on screen asks about. Kept, so it is not asked again.
   */
  private referredToQuestion(state: ConversationState, text: string): Choice[] {
    const at = state.tree || state.stopped || state.pending?.kind !== 'node' ? undefined : state.walkthrough;
    const onScreen = at?.flowId === 'procedure' ? this.nodes.find(({ node }) => node.id === at.nodeId)?.node : undefined;
    const asked = new Set(onScreen?.choices.flatMap((choice) => (choice.fact ? [choice.fact] : [])) ?? []);
    if (asked.size === 0) return [];
    const words = tokens(text);
    if (words.some(isNegation) || this.answers.isQuestion(text)) return [];
    const said = ` ${words.join(' ')} `;
    return this.referring.filter(({ choice, phrases }) => choice.implies?.some((fact) => asked.has(fact)) && phrases.some((phrase) => said.includes(` ${phrase} `)))
      .map(({ choice }) => choice);
  }

  /**
   * The turn, carried on by what the message told (`before`: the state it was read in). A message that tells the
   * answers up front is Step 1 (answersEvery); said at a step, answers alone are noted and the step stays. While the
   * walkthrough waits at a question the message answered (and the turn showed that place, or could not place the
   * message), that answer is taken, again and again. A message the turn could not place (or asked "did you mean")
   * that told one answer leaving the path gets that answer's topic ("la hice en 2010": an account to upgrade), the
   * walkthrough's place kept; one that told answers on the path with no walkthrough under way starts it, past them.
   */
  follow(draft: Draft, text: string, tools: TurnTools, before: ConversationState): Draft {
    const told = this.read(text);
    if (told.size === 0) return this.referredOn(draft, tools);
    const atOnce = this.corrected(draft, text, tools, before) ?? this.answersEvery(draft, text, tools, before)
      ?? this.notedAtStep(draft, text, tools, before) ?? this.settlesTopic(draft, text, tools, before) ?? this.asksHowThen(draft, text, tools, before);
    if (atOnce) return atOnce;
    let current = draft;
    for (let guard = 0; guard <= told.size; guard += 1) {
      const at = activeWalkthrough(current.state, tools.view);
      const choice = at && at.flowId === 'procedure' ? told.get(at.nodeId) : undefined;
      if (!at || !choice || !(current.showsPlace || this.unplaced(current))) break;
      current = takeChoice(tools, current.state, at, choice);
    }
    if (current !== draft) return current;
    // A "did you mean" is no answer either when the message told, in content's words, the one topic it leads to.
    const leaving = [...told.values()].filter((choice) => choice.target.kind === 'topic');
    const unsure = this.unplaced(draft) || draft.question?.kind === 'clarify';
    if (unsure && leaving.length === 1 && leaving[0]!.target.kind === 'topic') return this.topicOf(draft.state, leaving[0]!.target.intent, text, tools);
    if (!this.unplaced(draft) || activeWalkthrough(draft.state, tools.view) || leaving.length > 0) return draft;
    const trace: Draft['trace'] = { action: 'told' };
    return this.follow(tools.walkthrough.start({ ...draft.state, tree: undefined }, trace), text, tools, before);
  }

  /**
   * "got em" to "Do you e-file there?" once the other questions are answered: words that say a later answer only by
   * referring back (`referredToQuestion`, noted before the turn read the message) answer the question on screen too,
   * though nothing else placed the message: the walkthrough goes on past what is known, saying which answers it took.
   */
  private referredOn(draft: Draft, tools: TurnTools): Draft {
    const at = draft.state.tree ? undefined : activeWalkthrough(draft.state, tools.view);
    if (!at || at.flowId !== 'procedure' || !this.unplaced(draft) || tools.walkthrough.skipAnswered(draft.state).walkthrough === at) return draft;
    return tools.walkthrough.show({ ...draft.state, misses: 0 }, at, { action: 'noted' });
  }

  /**
   * "wait sorry, I misread — it is live" after "not yet": a message that tells, and asks nothing, another answer to a
   * question the walkthrough already passed than the one taken there is a correction. The walkthrough goes back to
   * that question, drops the facts of the answer taken and takes the one told (and then passes over what is known).
   * Only before the steps (or where an answer ended the walkthrough): at a step, what the user does is the message.
   */
  private corrected(draft: Draft, text: string, tools: TurnTools, before: ConversationState): Draft | undefined {
    const at = before.tree ? undefined : before.walkthrough;
    if (!at || at.flowId !== 'procedure' || tools.view.node(at).step !== undefined) return undefined;
    if (markedClauses(text).some((clause) => this.asks(clause))) return undefined;
    const told = this.read(text);
    const path = [...at.history, at.nodeId];
    for (let i = 0; i < at.history.length; i += 1) {
      const asked: Position = { flowId: at.flowId, nodeId: path[i]!, history: path.slice(0, i) };
      const now = told.get(asked.nodeId);
      const taken = now && tools.view.node(asked).choices.find((choice) => choice.target.kind === 'node' && choice.target.nodeId === path[i + 1]);
      if (now && taken && taken !== now) return takeChoice(tools, withoutFactsOf({ ...draft.state, tree: undefined, stopped: false }, taken), asked, now);
    }
    return undefined;
  }

  /**
   * The topic of an answer that leaves the path, its first question answered by the same words when they state one of
   * its choices ("made it in 2010": the account is legacy, so the upgrade itself, not "is it legacy or upgraded?").
   */
  private topicOf(state: ConversationState, intent: string, text: string, tools: TurnTools): Draft {
    const answered = tools.answers.answer(state, intent, { action: 'told', intent, score: 1 });
    const tree = answered.state.tree;
    const choices = tree ? tools.view.node(tree).choices : [];
    const stated = tree && (this.choices.dated(text, choices) ?? this.choices.stated(text, choices));
    return tree && stated ? takeChoice(tools, answered.state, tree, stated) : answered;
  }

  /**
   * "need to link acct, bankr sdny, its live, pacer is upgraded n mine, i know my old ecf login": a message that
   * tells two or more answers on the path, asks nothing and says nothing goes wrong, is the walkthrough at Step 1,
   * whatever topic its words lean to ("upgraded" is upgrade_account's word). Told before any of the walkthrough's
   * questions was put to the user ("ED Virginia, live, own upgraded PACER from 2017, let's go"), the questions it
   * leaves open take their `assumed` answers, said so with how to undo them; told in reply to one of them, it must
   * answer every one. Undefined when it is anything less.
   */
  private answersEvery(draft: Draft, text: string, tools: TurnTools, before: ConversationState): Draft | undefined {
    if (this.stepOf(before, tools)) return undefined;
    // "…, and I know my old ECF login. What's step one?": the step asked for is the one the answers reach; said with them.
    // (Read by the turn for the court the message names, not again by the one that noted it.)
    const asked = draft.trace.action === 'step' && draft.trace.kind === 'step' && draft.state.courtId === before.courtId
      && before.walkthrough?.nodeId !== draft.state.walkthrough?.nodeId;
    const reached = asked ? tools.walkthrough.start({ ...draft.state, walkthrough: before.walkthrough, tree: undefined }, draft.trace) : undefined;
    if (reached?.trace.kind === 'step' && reached.state.walkthrough?.nodeId === draft.state.walkthrough?.nodeId) return reached;
    const facts = [...this.read(text).values()];
    if (facts.length < 2 || facts.some((choice) => !choice.fact) || draft.trace.kind === 'step') return undefined;
    const told = tools.walkthrough.start({ ...draft.state, tree: undefined }, { action: 'told' });
    if (this.onlyAnswersOnThePath(draft, text, 2, told.trace.kind === 'step')) {
      const replying = before.pending?.kind === 'node' && !before.tree && activeWalkthrough(before, tools.view) !== undefined;
      const started = replying ? told : tools.walkthrough.start({ ...draft.state, tree: undefined }, { action: 'told' }, [], true);
      return started.trace.kind === 'step' ? started : undefined;
    }
    return undefined;
  }

  /**
   * "my own pacer, upgraded, 2022" at a step: answers to the questions before the steps, said alone, are noted and
   * the step is shown again (the place kept), not the topic their words lean to.
   */
  private notedAtStep(draft: Draft, text: string, tools: TurnTools, before: ConversationState): Draft | undefined {
    const at = this.stepOf(before, tools);
    if (!at || !this.onlyAnswersOnThePath(draft, text, 1)) return undefined;
    const noted = notedReply(tools, this.factNoted, [...this.read(text).values()]);
    return tools.walkthrough.show({ ...draft.state, tree: undefined }, at, { action: 'noted' }, [noted]);
  }

  /**
   * "the pacer account is the same one I used in the circuit, upgraded, mine" while "do you e-file there?" waits: the
   * recognizer opens the topic the words lean to (upgrade_account, or "Is only for me, not shared with office": the
   * shared account), or asks "did you mean", but the message only tells answers on the path. Those answers are the
   * message: they are noted, and the question on screen is asked again (the place kept), as for any answer told before
   * it is asked. With no walkthrough under way ("ok upgraded it, my new username has 10 letters. now what", "yes I
   * remember my ECF login" at a side topic), the answers start it, past what is known: they are the walkthrough's, not
   * the topic's. So at a side topic's question they answer only by a yes or a no ("ok yes is upgraded, i made it in
   * 2021" to "did the reset work?"): the yes is the fact's, and the side question is left.
   */
  private settlesTopic(draft: Draft, text: string, tools: TurnTools, before: ConversationState): Draft | undefined {
    const topic = draft.trace.topic ?? (draft.trace.action === 'answer' ? draft.trace.intent : undefined);
    // A turn that took the walkthrough up itself ("… lets start") did what the answers would; thanks or a goodbye
    // ("ok thanks, I'll come back when they go live") closes, whatever it says of the path.
    if ((topic === undefined && draft.question?.kind !== 'clarify') || draft.showsPlace || CLOSING.has(topic ?? '')) return undefined;
    // An open side tree's own answer ("Yes, it's upgraded" to its question, in its words) goes on in the tree.
    const tree = before.tree;
    if (tree && this.answersInWords(text, tools.view.node(tree).choices)) return undefined;
    const under = activeWalkthrough(before, tools.view);
    // With nothing under way, only a reply tells a topic's matter settled: an opening message's facts frame its question.
    const idle = under === undefined && (before.recent?.length ?? 0) > 0;
    const atQuestion = under !== undefined && under.flowId === 'procedure' && tools.view.node(under).step === undefined;
    if (!(idle || atQuestion)) return undefined;
    // Told plainly: nothing asked but what comes next ("now what", "now the link?"), nothing negated but in the answers' own words
    // ("upgraded, but it won't let me in" is the trouble; "not shared" is the answer), every answer on the path. Words
    // of trouble alone do not count here: "the same one I used" is no "same thing happens".
    const told = this.read(text);
    const asks = (clause: string) => (this.asks(clause) || clause.endsWith('?')) && !this.goesOnOnly(clause) && !this.asksToLink(clause);
    const parts = markedClauses(text);
    const plain = !parts.some(asks) && !parts.some((clause) => tokens(this.withoutAnswers(clause)).some(isNegation));
    if (!plain || told.size === 0 || [...told.values()].some((choice) => !choice.fact) || draft.trace.offerHandoff) return undefined;
    const choices = [...told.values()];
    const kept: ConversationState = { ...withFactsOf(before, choices), tree: undefined, misses: 0 };
    if (idle) return tools.walkthrough.start(kept, { action: 'noted' });
    const noted = notedReply(tools, this.factNoted, choices);
    // What it implies may answer the question on screen too ("I know my old login": an e-filer there): it goes on.
    const answered = tools.walkthrough.skipAnswered(kept).walkthrough !== under;
    if (answered || tree) return tools.walkthrough.show(kept, under!, { action: 'noted' }, [noted]);
    return { state: kept, said: [noted], trace: { action: 'noted' } };
  }

  /**
   * "ok, ya me confirmaron q sale en vivo el lunes. ese dia como le hago?" with no walkthrough under way: answers on the
   * path told, then a question the recognizer takes for thanks or a goodbye though no clause says either, asks how to
   * go on from what was told: the walkthrough, past what is known.
   */
  private asksHowThen(draft: Draft, text: string, tools: TurnTools, before: ConversationState): Draft | undefined {
    const topic = draft.trace.topic ?? draft.trace.intent;
    const closing = CLOSING.has(topic ?? '');
    const unsure = closing || NOTHING_OF_THE_MATTER.has(topic ?? '') || draft.question?.kind === 'clarify';
    if (!unsure || activeWalkthrough(before, tools.view) !== undefined || draft.trace.offerHandoff) return undefined;
    const told = [...this.read(text).values()];
    const parts = markedClauses(text);
    if (told.length === 0 || told.some((choice) => !choice.fact) || (closing && parts.some(this.closes))) return undefined;
    if (!parts.some((clause) => this.answers.isQuestion(clause) || clause.endsWith('?')) || parts.some((clause) => this.answers.saysTrouble(clause))) return undefined;
    return tools.walkthrough.start({ ...withFactsOf(before, told), tree: undefined, misses: 0 }, { action: 'told' });
  }

  /**
   * Whether a reply answers a side question in its choices' own words or by a date, not only by a yes or a no; a
   * choice's label or synonym said whole ("Yes, it's upgraded": its button) is that choice.
   */
  private answersInWords(text: string, choices: readonly Choice[]): boolean {
    const said = normaliseText(text);
    const whole = (phrase: string) => normaliseText(phrase) === said && this.answers.purePolarity(phrase) === undefined;
    return choices.some((choice) => [choice.label, ...choice.also].some(whole)) || this.choices.statedChoices(text, choices).length > 0 || this.choices.dated(text, choices) !== undefined
      || this.choices.statedByMeaning(text, choices) !== undefined;
  }

  /** The step the walkthrough stands at, if it stands at one (no side tree open). */
  private stepOf(state: ConversationState, tools: TurnTools): Position | undefined {
    const at = state.tree ? undefined : activeWalkthrough(state, tools.view);
    return at && tools.view.node(at).step !== undefined ? at : undefined;
  }

  /**
   * The message tells at least `least` answers, each on the path (a `fact`), asks nothing and says nothing goes
   * wrong; and the turn neither reached a step by it nor offered a person.
   */
  private onlyAnswersOnThePath(draft: Draft, text: string, least: number, every = false): boolean {
    const told = [...this.read(text).values()];
    if (told.length < least || told.some((choice) => !choice.fact) || draft.trace.offerHandoff || draft.trace.kind === 'step') return false;
    // "…, esta live, pero en utilities no sale el link": a turn to what did not happen is a problem, whatever it negates.
    if (tokens(this.answers.afterContrast(text) ?? '').some(isNegation)) return false;
    // Every question before the steps answered ("… i know my old ecf login/pw. can we get on with it"): whatever else
    // it asks is asked of the steps, which come next; only trouble told beside the answers is the message.
    if (every) return !markedClauses(text).some((clause) => this.answers.saysTrouble(clause));
    // A clause asking only what comes next or to begin ("empezamos?") asks nothing the answers leave open; one asking
    // how to link ("how do i link my account for N.D. Ill.?") leaves the questions they do not answer to be asked.
    const asksMore = (clause: string) => (this.asks(clause) || this.asksApart(clause)) && !this.goesOnOnly(clause);
    return !markedClauses(text).some((clause) => asksMore(clause) || this.answers.saysTrouble(clause));
  }

  /** A clause that asks only what comes next ("now what") or to begin ("empezamos?"). */
  private goesOnOnly(clause: string): boolean {
    return this.goesOn.has(this.answers.core(clause));
  }

  /**
   * Whether a clause asks: a question, unless it asks only by its opening and tells an answer on the path ("Is live in
   * NextGen already", "is individual, only I use it", "y si tengo el login del ecf anotado"); "is possible to link two
   * courts" still asks.
   */
  private asks(clause: string): boolean {
    return this.answers.isQuestion(clause) && !(this.answers.asksOnlyByOpening(clause) && this.read(clause).size > 0);
  }

  /**
   * "mi login del cm/ecf tiene una @ porque es mi correo. eso es problema?": a clause with a question mark that tells
   * no answer of its own asks about what the others told; "made it in 2019?" (an answer said unsure) still tells.
   */
  private asksApart(clause: string): boolean {
    return clause.trimEnd().endsWith('?') && this.read(clause).size === 0;
  }

  /** Turns whose own reading gives way to what the message told ("Sorry, I didn't catch that" and the like). */
  private unplaced(draft: Draft): boolean {
    // A mere "ok" to words that tell an answer ("oh wait, i have my own one since 2020") placed nothing of them either.
    return placedNothing(draft.trace) || (draft.trace.action === 'acknowledged' && draft.trace.kind === 'answer' && !draft.showsPlace);
  }

  /**
   * The choice a clause states: in a choice's own words, else by a year, else by meaning (`when`). A clause that
   * states two of its choices in their words ("I have my old ECF login but forgot the password") states none, and
   * so does one whose year fits no one choice ("my own PACER from 2014": before or after August?).
   */
  private statedIn(clause: string, node: FlowNode, subject: ReadonlySet<string>): Choice | undefined {
    const inWords = this.choices.statedAbout(clause, node);
    if (inWords.length > 0) return inWords.length === 1 ? inWords[0] : undefined;
    if (subject.size === 0 || this.answers.dateSpan(clause) === undefined) return this.choices.statedByMeaning(clause, node.choices);
    // A year said with the words that say a dated choice by meaning ("my own one from 2020") is that thing's date too.
    const byMeaning = this.choices.statedByMeaning(clause, node.choices);
    const dated = tokens(clause).some((word) => subject.has(word)) || (byMeaning?.date !== undefined);
    return dated ? this.choices.dated(clause, node.choices) : byMeaning;
  }
}

/** The state with the facts the choices establish kept, and the facts those imply (content's `implies`). */
export function withFactsOf(state: ConversationState, choices: readonly Choice[]): ConversationState {
  const known = state.facts ?? [];
  const given = choices.flatMap((choice) => (choice.fact ? [choice.fact, ...(choice.implies ?? [])] : []));
  const added = [...new Set(given)].filter((fact) => !known.includes(fact));
  return added.length === 0 ? state : { ...state, facts: [...known, ...added] };
}

/** "I've noted …" for each answer kept (`factNoted`: content's message); the question or step on screen follows. */
export function notedReply(tools: TurnTools, factNoted: string, choices: readonly Choice[]): Draft['said'][number] {
  return { reply: { text: choices.map((choice) => tools.view.fill(factNoted, { answer: choice.label })).join(' ') } };
}

/** The state without the facts a choice established (a corrected answer's). */
function withoutFactsOf(state: ConversationState, choice: Choice): ConversationState {
  const dropped = new Set(choice.fact ? [choice.fact, ...(choice.implies ?? [])] : []);
  return dropped.size === 0 ? state : { ...state, facts: (state.facts ?? []).filter((fact) => !dropped.has(fact)) };
}
