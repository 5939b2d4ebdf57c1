import type { MessageKey, NodeQuestion } from '../content/types';
import { LEGAL_QUESTION_INTENT, OUT_OF_SCOPE_INTENT } from '../content/intents';
import { sliceAnswer } from './answerParts';
import { isNegation, tokens } from './answerReader';
import { isStartCommand, readCommand } from './commandReader';
import { TopicReaders } from './topicReaders';
import { heldFollowUp } from './topicFollowUp';
import { FULL_COVERAGE, TELLING_EXAMPLE_WORDS } from './nodeQuestions';
import type { EngineContext } from './context';
import { CourtMentions, contentMessage, type Courtless, type CourtTurn } from './courtMentions';
import { courtReadingTurn } from './courtTurn';
import { FollowUps } from './followUps';
import { contactDetails, type HandoffLayer } from './handoff';
import type { IntentRecognition } from './ports';
import { PendingReply, takeChoice } from './pendingReply';
import { activeWalkthrough } from './questions';
import { placedNothing, type TurnKind, type TurnResult } from './replies';
import type { ConversationState, Position } from './state';
import { namesNodeMatter } from './treeMatter';
import { asksToLink, contextTopic, namesTheLinking, isConfident, lackingTopic, MessageReading, saysRoleOnly, thanksInClause } from './reading';
import { ShortReplies } from './shortReplies';
import { saysCameBack } from './saidAsides';
import { afterGoingBack } from './placeAsked';
import { remarkOnStep } from './stepRemarks';
import { toldSideMatterDone } from './sideMatterDone';
import { StepJumps } from './stepJumps';
import { StepMoves } from './stepMoves';
import { StepReports } from './stepReports';
import { skipsQuestions } from './questionsSkipped';
import { GOODBYE_INTENT, GREETING_INTENT, HELP_MENU_INTENT, isSmallTalk, THANKS_INTENT } from './topicAnswers';
import { toolsFor, type TurnTools } from './turnTools';
import type { Draft } from './turnShape';
import { clauses, firstClause, markedClauses } from './textMatch';
import { foldAccents } from '../content/normalise';

/** A step word without its plural ("steps", "pasos"). */
function bareStep(word: string): string {
  return word.endsWith('s') ? word.slice(0, -1) : word;
}

type Result = TurnResult<ConversationState>;
type Trace = Draft['trace'];

/**
 * One turn of the conversation logic, free of any Bot Framework type: (state, text) -> (replies, buttons, new state).
 * Order of understanding: an exact answer to the question on screen (a label, a synonym, yes/no, a number); a
 * command (next, continue, help, more …); a court's name; a button's title; an answer in more words, unless the
 * message is itself a question; an acknowledgement ("ok"); a question about the node the user is on; then the
 * recognizer — and while a question waits, only a confident new question is answered as one, anything else gets
 * "I didn't catch that" with the same question. How the turn ends (one question, buttons, length) is turnShape.ts.
 */
export class Turn implements CourtTurn {
  readonly tools: TurnTools;
  private readonly topics: TopicReaders;
  private readonly jumps: StepJumps;
  private readonly reports: StepReports;
  private readonly replies: ShortReplies;
  private readonly followUps: FollowUps;
  private readonly courts: CourtMentions;

  /**
   * `courtless`: the message read without its court's name (`plain`, as the turn reads it) and the same with the marks
   * that end its clauses (`marked`), for the readings that go clause by clause (linkingAsked).
   */
  constructor(private readonly ctx: EngineContext, private readonly handoff: HandoffLayer, private readonly initial: ConversationState,
    private readonly courtless?: Courtless) {
    this.tools = toolsFor(ctx, initial);
    this.topics = new TopicReaders(ctx, this.tools.view);
    const moves = new StepMoves(ctx, this.tools);
    this.reports = new StepReports(ctx, this.tools, moves);
    this.jumps = new StepJumps(ctx, this.tools, moves, this.reports);
    this.replies = new ShortReplies(ctx, this.tools, this.topics);
    this.followUps = new FollowUps(ctx, this.tools);
    this.courts = new CourtMentions(ctx, this, (state, courtless) => new Turn(ctx, handoff, state, courtless));
  }

  welcome(): Result {
    const start = this.ctx.content.topicsByIntent.get(this.ctx.content.procedure.startIntent)!.title;
    return this.shape({ state: this.initial, said: [this.say('welcome')], quiet: true, buttons: [start], trace: { action: 'welcome', kind: 'welcome' } });
  }

  /** One message; `hasSecret`: it contains a password (checked once per turn by the engine). */
  handle(rawText: string, hasSecret: boolean): Result {
    const state = this.initial;
    const text = rawText.trim();
    // A password gets the warning first, even while contact details are asked for; nothing of it is remembered.
    if (hasSecret) return this.shape(this.handoff.warned(this.notice(state, 'credentialWarning', 'credential_warning', 'credential_warning')));
    // "perdón no sabía. sale algo de cookies": the apology's "no" answers nothing; what follows it is the message.
    const said = this.ctx.answers.afterApology(text) ?? text;
    const draft = this.early(state, said) ?? this.declinedWithReport(state, said) ?? this.wentOnWithReport(state, said)
      ?? this.handoff.before(state, said, this.tools) ?? this.understand(state, said);
    return this.shape(this.handoff.after(state, said, this.replies.signedOff(said, draft), this.tools));
  }

  /**
   * "no thanks. i logged in now" to the offer of a person: the offer declined, and the progress told after the no
   * read as a report (the walkthrough goes on from the step it names). Undefined when nothing after the no reports any.
   */
  private declinedWithReport(state: ConversationState, text: string): Draft | undefined {
    const opening = state.handoff?.phase === 'offered' ? firstClause(text) : undefined;
    if (!opening || this.ctx.answers.polarity(opening.first)?.polarity !== 'no' || this.ctx.answers.isQuestion(opening.first)) return undefined;
    const declined: ConversationState = { ...state, handoff: undefined, personOffer: 'declined', misses: 0 };
    const reported = this.reports.reported(declined, opening.rest);
    return reported && 'said' in reported ? { ...reported, said: [this.say('handoffDeclined'), ...reported.said] } : undefined;
  }

  /**
   * "submitted my old ecf creds" while the bot waits for contact details: the user went on, so the step is answered and
   * the request set aside, with a word that no ticket was made and how to ask for one again ("talk to a person").
   */
  private wentOnWithReport(state: ConversationState, text: string): Draft | undefined {
    if (state.handoff?.phase !== 'contact' || contactDetails(text) !== undefined) return undefined;
    const on: ConversationState = { ...state, handoff: undefined, misses: 0 };
    const reported = this.reports.reported(on, text);
    return reported && 'said' in reported ? { ...reported, said: [this.say('handoffSetAside'), ...reported.said] } : undefined;
  }

  confirmHandoff(ticketId: string, contact: string | undefined): Result {
    return this.shape(this.handoff.confirm(this.initial, ticketId, contact, this.tools));
  }

  /** Instead of confirmHandoff when the host could not take the ticket (too many from the user's network). */
  handoffUnavailable(): Result {
    return this.shape(this.handoff.unavailable(this.initial, this.tools));
  }

  /**
   * Understanding after the court was noted in the same message (rendered for that court). `courtsRead`: the
   * message's courts were handled already, so they are not read again (which would start over, without end).
   */
  understand(state: ConversationState, text: string, courtsRead = false): Draft {
    // Facts said before they are asked are kept for their questions, which the walkthrough then passes over.
    const { told } = this.ctx;
    const draft = this.read(told.noted(state, text), text, courtsRead);
    // A court the message named was noted first ("ND Cal, it went live, own upgraded pacer, …"): what its answers make
    // of the turn is shown for that court, after the line that notes it.
    const noted = draft.state.courtId !== state.courtId && draft.said.length > 0;
    const followed = told.follow(draft, text, noted ? toolsFor(this.ctx, draft.state) : this.tools, state);
    return noted && followed !== draft && !followed.said.includes(draft.said[0]!) ? { ...followed, said: [draft.said[0]!, ...followed.said] } : followed;
  }

  private read(state: ConversationState, text: string, courtsRead: boolean): Draft {
    const reading = new PendingReply(this.ctx, this.tools, {
      noteCourt: (at, found, said) => this.courts.noteCourt(at, found, said, true), rephrase: (at) => this.rephrase(at),
      courtReading: (at, found) => courtReadingTurn(this.ctx, this.tools, at, found),
    }).read(state, text);
    // A step asked for by its number beats any reading against the question on screen ("Step 1 please" at a prerequisite),
    // once the court the message names is noted ("N.D. Ill., it's live … what's step one?": that court's Step 1).
    // The court's name left out, the message keeps the marks that end its clauses ("EDPA linking. I've done the prep, take
    // me to step 3": the request is a clause of its own).
    const marked = this.courtless?.plain === text ? this.courtless.marked : text;
    const jumped = courtsRead || !this.courts.namesNewCourt(state, text) ? this.jumps.jump(state, marked) : undefined;
    if (jumped) return jumped;
    // A goodbye is a goodbye, whatever question waits.
    if (this.replies.takesLeave(state, text)) return this.tools.answers.answer(state, GOODBYE_INTENT, { action: 'answer', intent: GOODBYE_INTENT });
    // "got it. thanks" at a step: thanks, the step kept (not done).
    if (this.replies.thanksForStep(state, text) || this.replies.thanksGoingOnAlone(text)) return this.tools.answers.answer(state, THANKS_INTENT, { action: 'answer', intent: THANKS_INTENT });
    // A request to start the steps beats the question on screen, though its words may answer it ("let's start" is a yes).
    if (skipsQuestions(this.ctx, this.tools, state, text)) return this.start(state, text, this.startTrace(), true);
    // Where the user says they are beats the question on screen, unless the reply is exactly one of its answers; a
    // button offered without a question and picked in words ("the linking one", at the help menu) is that pick.
    const pickedOffered = reading !== undefined && state.pending === undefined;
    // A topic's title is its button pressed ("La página para iniciar sesión aparece una y otra vez"), though it names a screen.
    const pressedTopic = this.ctx.titles.has(this.ctx.answers.core(text));
    // A side topic's own answer that is also a step's done ("found it" to "did you find the link?" at step 3) is that
    // step done: the walkthrough goes on, as it does for the same words said any other way ("ah found it").
    // A question of the open tree said in every word of an example is no report ("my login is jdoe@firm - yes, with the
    // @ in it" at "what happened?": the tree's question about symbols in a login, not the login step done).
    const asksTree = state.tree !== undefined && this.topics.questionInFlow(state.tree.flowId, text, FULL_COVERAGE) !== undefined;
    // The open tree's advice told tried, the problem still there: where its no leads, past what was tried.
    const tried = state.tree && this.tools.answers.pastTried(state, state.tree, text, { action: 'choice', intent: state.tree.flowId });
    if (tried) return tried;
    const readsAsReport = (reading?.how !== 'exact' || this.overStep(state)) && !asksTree;
    const reportedAny = readsAsReport && !pickedOffered && !pressedTopic && (courtsRead || !this.courts.namesNewCourt(state, text)) ? this.reports.reported(state, text) : undefined;
    const reported = reportedAny && !this.beginsLinking(state, text) ? reportedAny : undefined;
    // How far the user got, told with a topic's question or problem: the topic is answered from that step.
    if (reported && !('said' in reported)) return this.recognized(reported, text);
    // "linked! thanks so much, bye": the report, and the closing when it leaves nothing to do.
    if (reported) return this.replies.thanked(text, reported);
    // A side matter told done, then "now what", with no walkthrough under way: the walkthrough (with one under way,
    // "next" goes on from its place as a command).
    // A walkthrough at its end is no idle one: "logged back in, the menus show now. done" there ends it, not starts over.
    const ended = !state.stopped && this.atEnd(state);
    const idle = !activeWalkthrough(state, this.tools.view) && !ended;
    if (idle && toldSideMatterDone(this.ctx, state, text)) return this.start({ ...state, tree: undefined }, text, this.startTrace());
    const turnedTo = reading && this.topics.turnedToOtherTopic(state, text);
    if (turnedTo) return this.recognized(state, turnedTo);
    const movedOn = this.walkthroughTakenUp(state, text);
    if (movedOn) return movedOn;
    if (reading?.how === 'exact') return this.replies.thanked(text, reading.take());
    // "ok did it, it says upgrade complete" to a side topic's "Did the upgrade finish?" while the walkthrough waits at a
    // question before the steps: the done answers the side question (its fact kept), and skips no question of the
    // walkthrough, which is asked next.
    const doneAtSide = state.tree && this.beforeSteps(state) && readCommand(this.ctx, state, text)?.command === 'next';
    if (doneAtSide && reading) return reading.take();
    const doneChoice = doneAtSide ? this.tools.view.node(state.tree!).choices.find((choice) => choice.fact !== undefined
      && [choice.label, ...choice.also].some((phrase) => readCommand(this.ctx, state, phrase)?.command === 'next')) : undefined;
    if (doneChoice) return takeChoice(this.tools, state, state.tree!, doneChoice);
    const done = (): Draft | undefined => {
      const told = this.reports.done(state, text);
      return told && this.replies.thanked(text, told);
    };
    const read = this.command(state, text) ?? done() ?? (courtsRead ? undefined : this.courts.courtNamed(state, text)) ?? this.titled(state, text);
    if (read) return read;
    // A loose answer yields to the node's own question in its words ("she's on a Mac, there's no F5 key" opens with
    // the "she's" of a yes, but says what the node's question about F5 says).
    if (reading && !this.ctx.answers.isQuestion(text)) return this.nodeQuestion(state, text) ?? this.replies.thanked(text, reading.take());
    return this.replies.notHelped(state, text) ?? this.replies.acknowledged(state, text) ?? this.nodeQuestion(state, text) ?? this.recognized(state, text);
  }

  /**
   * "ok lets link mine then, ED Michigan", "ok walk me through it" at a side topic's question: a clear request to
   * start the walkthrough (a start command, or a sentence that asks to link) says the user moved on, so the topic's
   * question is dropped and the walkthrough taken up where it is, the court it names noted. Any other command is
   * obeyed as such ("stop the walkthrough"); a plain "yes" / "ok" still answers the question, and so does a reply
   * that says something went wrong ("I still can't link").
   */
  private walkthroughTakenUp(state: ConversationState, text: string): Draft | undefined {
    if (!state.tree) return undefined;
    const command = readCommand(this.ctx, state, text)?.command;
    const { answers } = this.ctx;
    const asks = command === undefined && !answers.isQuestion(text) && !answers.saysTrouble(text) && !tokens(text).some(isNegation)
      && clauses(text).some((part) => asksToLink(this.ctx, part));
    if (command !== 'start' && !asks) return undefined;
    return this.start({ ...state, tree: undefined }, text, this.startTrace());
  }

  /**
   * "ok set up the app and got in. now i want to link my account" with no walkthrough begun: what the user did was
   * something else (PACER's own login, an app), and a clause asking to link, told and not asked, begins the walkthrough
   * with its questions; a step is no place the user reached before the walkthrough began.
   */
  private beginsLinking(state: ConversationState, text: string): boolean {
    if (state.walkthrough !== undefined) return false;
    const parts = clauses(text);
    const { answers } = this.ctx;
    return parts.length > 1 && parts.slice(1).some((part) => !answers.isQuestion(part) && !tokens(part).some(isNegation) && asksToLink(this.ctx, part));
  }

  /** The walkthrough waits at a question before the steps. */
  private beforeSteps(state: ConversationState): boolean {
    const at = activeWalkthrough(state, this.tools.view);
    return at !== undefined && at.flowId === 'procedure' && this.tools.view.node(at).step === undefined;
  }

  /** A side topic's question open while the walkthrough waits at a step. */
  private overStep(state: ConversationState): boolean {
    const at = state.tree && activeWalkthrough(state, this.tools.view);
    return at !== undefined && this.tools.view.node(at).step !== undefined;
  }

  /** The message read without its court's words (`asked`), or as it is when those words were all it said. */
  understandWithout(state: ConversationState, asked: string, text: string): Draft {
    const rest = this.understand(state, asked);
    return placedNothing(rest.trace, false) ? this.understand(state, text, true) : rest;
  }

  private shape(draft: Draft): Result {
    const tools = draft.state.courtId === this.initial.courtId ? this.tools : toolsFor(this.ctx, draft.state);
    return tools.shaper.shape(draft);
  }

  private early(state: ConversationState, text: string): Draft | undefined {
    if (text.length === 0) return this.notice(state, 'pickAChoice', 'empty', 'didnt_catch');
    if (text.length > this.ctx.maxMessageLength) return this.notice(state, 'tooLong', 'too_long', 'too_long');
    return undefined;
  }

  command(state: ConversationState, text: string): Draft | undefined {
    const found = readCommand(this.ctx, state, text);
    if (!found) return undefined;
    const { command, whole } = found;
    const atStep = command === 'next' && state.walkthrough !== undefined;
    // Taking up the walkthrough says where to go: "back again - what step was I on?" is no question about a topic.
    const takesUp = command === 'where' || command === 'resume';
    if (!whole && !takesUp && !this.backInDoubt(command, text) && this.topics.asksAboutTopic(state, text, atStep)) return undefined;
    if (command === 'next' && !whole && this.replies.thanksForAside(state, text)) return undefined;
    // A court named with it ("got it. continue with SDNY then") is noted, and the command obeyed for that court.
    const court = !whole && command !== 'start' && !this.ctx.pinnedCourt ? this.ctx.courts.read(text, false) : undefined;
    if (court?.kind === 'court' && court.id !== state.courtId) return this.courts.obeyedFor(state, court, text);
    const { walkthrough, answers } = this.tools;
    const trace: Trace = { action: command };
    switch (command) {
      case 'next': case 'back': case 'repeat': {
        const moved = walkthrough.navigate(state, command, trace);
        if (moved || !whole) return moved;
        // Nothing under way: "next" / "let's go" takes up the bot's own offer; "back" / "repeat" say what it can do.
        // "ok got it" after an answer says it was understood, not "let's start".
        const understood = command === 'next' && (state.recent ?? []).length > 0 ? this.replies.understoodAside(state, text) : undefined;
        return understood ?? (command === 'next' ? walkthrough.start(state, trace) : answers.helpMenu(state, trace));
      }
      case 'restart': return walkthrough.restart(state, trace);
      case 'stop': return this.replies.paused(state, text, trace);
      // Back after being away ("ok i'm back") or going back to it ("ok back to it") is where the user was, never the
      // next step.
      // "bueno, sigamos con los pasos" with a side topic open and no walkthrough begun: the steps it names are begun.
      case 'resume': if (!state.walkthrough && state.tree && this.namesTheSteps(text)) return this.start({ ...state, tree: undefined }, text, { ...trace, intent: this.ctx.content.procedure.startIntent });
        return walkthrough.resume(state, trace, !saysCameBack(this.ctx, text) && !this.goesBack(text) && !this.askedAside(state), this.saysGoOn(state, text));
      case 'where': return walkthrough.resume(state, trace, false);
      // Taking up the walkthrough in so many words beats a weak reading against a topic's question.
      case 'start': return this.start({ ...state, tree: undefined }, text, { ...trace, intent: this.ctx.content.procedure.startIntent });
      // Read anywhere in a message by the handoff layer; here only when a handoff is under way already.
      case 'person': return { state, said: [], trace: { ...trace, offerHandoff: true } };
      case 'help': return answers.helpMenu(state, trace);
      case 'more': return this.more(state);
      case 'explain': return this.askedAgain(state, text) ?? this.explain(state);
      // Read by the host before the turn (dialogs/keep): a host without them reads the message on.
      case 'checklist': case 'transcript': case 'saveplace': return undefined;
    }
  }

  /**
   * "can we go back to the previous step? i'm not sure that was right", "regrésame al paso anterior, no estoy segura si
   * era ese link": going back, and beside it only a doubt (a clause opening with an unsure answer), which says why.
   */
  private backInDoubt(command: string, text: string): boolean {
    if (command !== 'back') return false;
    const parts = clauses(text);
    return parts.some((part) => this.ctx.answers.polarity(part)?.polarity === 'unsure')
      && parts.every((part) => this.ctx.answers.polarity(part)?.polarity === 'unsure' || readCommand(this.ctx, this.initial, part)?.command === 'back' || this.ctx.answers.isAcknowledgement(part));
  }

  /** The message names the walkthrough's steps (a step word of content's `stepRequest`: "the steps", "los pasos") or the linking. */
  private namesTheSteps(text: string): boolean {
    const stepWords = (this.ctx.content.responses.stepRequest?.step ?? []).map((word) => foldAccents(word));
    return tokens(foldAccents(text)).some((word) => stepWords.includes(bareStep(word))) || clauses(text).some((part) => namesTheLinking(this.ctx, part));
  }

  /**
   * "continue", "ok im here again, continue", "va, sigamos" right after the walkthrough's own turn: a part of the message
   * asks to go on, not only says the user is back ("I'm back") nor goes back ("back to where we were", "let's go back
   * to it"), which show the place as it was; so does any "continue" after a side topic's answer (its topic the last
   * turn's), which takes the walkthrough up where it waits.
   */
  private saysGoOn(state: ConversationState, text: string): boolean {
    const last = state.recent?.at(-1)?.intent;
    if (last !== undefined && last !== this.ctx.content.procedure.startIntent && this.ctx.content.topicsByIntent.has(last)) return false;
    return clauses(text).some((part) => readCommand(this.ctx, state, part)?.command === 'resume'
      && !saysCameBack(this.ctx, part) && afterGoingBack(this.ctx, part) === undefined);
  }

  /**
   * The user's last message asked a question that did not ask to link ("do I have to request e-filing rights again
   * through pacer?") and was answered with the walkthrough's place: a side matter came between, so "resume" after it
   * shows the step the user was on, never the next ("how do I link?" asked to begin, and "continue" then goes on).
   */
  private askedAside(state: ConversationState): boolean {
    const last = state.recent?.at(-1);
    if (last?.action !== 'answer' || last.intent !== this.ctx.content.procedure.startIntent) return false;
    return (last.said.includes('?') || this.ctx.answers.isQuestion(last.said)) && !asksToLink(this.ctx, last.said);
  }

  /** A clause of the message goes back to something ("back to it", "ok back to the steps"): never on from there. */
  private goesBack(text: string): boolean {
    return clauses(text).some((part) => afterGoingBack(this.ctx, part) !== undefined);
  }

  /**
   * The walkthrough taken up; a court named with it ("ok. let's link, Eastern District of Missouri") is its court, and
   * courts to tell apart ("let's do Hawaii": district or bankruptcy?) are asked first.
   */
  private start(state: ConversationState, text: string | undefined, trace: Trace, assumeUnasked = false): Draft {
    const forCourt = text === undefined ? undefined : this.courts.start(state, text, trace, assumeUnasked);
    return forCourt ?? this.tools.walkthrough.start(state, trace, [], assumeUnasked);
  }

  private startTrace(): Trace {
    return { action: 'start', intent: this.ctx.content.procedure.startIntent };
  }

  /** A button of an earlier turn (a topic's title), pressed or typed. */
  private titled(state: ConversationState, text: string): Draft | undefined {
    const wanted = this.ctx.answers.core(text);
    const intent = this.ctx.titles.get(wanted);
    if (intent) return this.tools.answers.answer(state, intent, { intent, score: 1, action: 'button' });
    return wanted === this.ctx.answers.core(this.ctx.content.responses.buttons.somethingElse) ? this.rephrase(state) : undefined;
  }

  /**
   * A question about the node the user is on, in the words of one of its examples: said by the whole message, or by
   * a clause of it that asks, beside what the user sees or fears ("both names are mine. should i press submit? i'm
   * scared", "los dos nombres salen iguales. le doy submit?"): the node's own answer, before any topic's.
   */
  private nodeQuestion(state: ConversationState, text: string): Draft | undefined {
    const focus = this.questionFocus(state);
    // "¿cómo así?" names nothing a node's question asks: it presses for more of the answer just given (followUps).
    if (!focus || this.ctx.answers.pressesForMore(text)) return undefined;
    const node = this.tools.view.node(focus);
    const { nodeQuestions, answers } = this.ctx;
    const asked = (): NodeQuestion | undefined => {
      for (const part of markedClauses(text)) {
        const question = (part.includes('?') || answers.isQuestion(part)) && part !== text ? nodeQuestions.byExample(part, node) : undefined;
        if (question) return question;
      }
      return undefined;
    };
    // In an open tree, a question of one of its other nodes in its words too ("tried 3 times. the login has an @ and a
    // $, does that matter?" at "did it work this time?": the start's question about symbols in a login).
    const inTree = () => (state.tree?.flowId === focus.flowId ? this.topics.questionInFlow(focus.flowId, text) : undefined);
    const question = nodeQuestions.byExample(text, node) ?? asked() ?? inTree();
    if (!question || this.lacksOther(text, question)) return undefined;
    return this.tools.answers.nodeAnswer(state, question, { action: 'node_question' });
  }

  /**
   * "how do I get my old ecf password back" at Step 4 says the words of its question "which password goes here?", but
   * the user lacks the password: the topic the recognizer is sure of for what is lacking (forgotten credentials) answers.
   */
  private lacksOther(text: string, question: NodeQuestion): boolean {
    const lacking = lackingTopic(this.ctx, text);
    return lacking !== undefined && lacking.intent !== (question.topic ?? question.intents[0]) && !question.intents.includes(lacking.intent);
  }

  /**
   * "sorry, what do i type in there again?", "¿qué pongo ahí otra vez?": a question of the step on screen asked again
   * (closed by a word of content's `answers.askedAgain`) asks for what the step said: its card again, the place kept.
   */
  private askedAgain(state: ConversationState, text: string): Draft | undefined {
    const again = this.ctx.content.responses.answers.askedAgain ?? [];
    const at = state.tree || state.pending ? undefined : activeWalkthrough(state, this.tools.view);
    if (!at || this.tools.view.node(at).step === undefined || again.length === 0) return undefined;
    const asking = markedClauses(text).filter((part) => part.includes('?') || this.ctx.answers.isQuestion(part)).map((part) => ` ${tokens(foldAccents(part)).join(' ')} `);
    const last = markedClauses(text).at(-1) ?? '';
    const lastAsks = asking.length > 0 && (last.includes('?') || this.ctx.answers.isQuestion(last));
    const againAsked = lastAsks && again.some((phrase) => asking.at(-1)!.trimEnd().endsWith(` ${tokens(foldAccents(phrase)).join(' ')}`));
    // "which link do i click? i see 'Document Filing System' and 'Query'": which thing to click, asked at the step.
    const which = this.ctx.content.responses.answers.whichToDo ?? [];
    const whichAsked = asking.some((part) => which.some((phrase) => part.includes(` ${tokens(foldAccents(phrase)).join(' ')} `)));
    if (!againAsked && !whichAsked) return undefined;
    return this.tools.walkthrough.navigate(state, 'repeat', { action: 'repeat' });
  }

  /**
   * A question asked in the words of another node's question: of the flow the user is in, when no topic answers it
   * for sure (a later step's, an earlier answer's of the open tree: "I'm on a Mac, what do I press for F5?" at Step 3
   * is Step 6's); of the side topic just answered, though its answer asked nothing and the recognizer reads another
   * topic ("where does the lawyer add me?" after the filing-agent answer is not a legal question); of any topic, the
   * one that asks it, when nothing else places it — or, though the recognizer places it, in every word of an example
   * of three words or more (a specific question the recognised topic has no answer to: "once it's upgraded can his
   * secretary use it too?" is the question of whose account it is, not the upgrade's start again).
   */
  private otherNodeQuestion(state: ConversationState, focus: Position | undefined, text: string, recognition: IntentRecognition): NodeQuestion | undefined {
    // The help menu answers no question: a node's own explanation does.
    const unplaced = !isConfident(recognition) || recognition.intent === HELP_MENU_INTENT;
    const asks = this.ctx.answers.asksInAnySentence(text) || text.includes('?');
    // Inside an open tree a statement may ask it too ("estoy en mac, el F5 no hace nada" at "are the menus there?").
    const inFocus = focus && unplaced && (asks || focus.flowId === state.tree?.flowId) ? this.topics.questionInFlow(focus.flowId, text) : undefined;
    if (inFocus) return inFocus;
    // A boundary (out of scope, a legal question) never beats a question of the flow the user is in that says every
    // word of one of its examples of three telling words or more ("what happens to my old ecf login after this?" at
    // Step 5: Step 6's question of what linking changes, not legal advice).
    // Nor does a topic the recognizer leans to, for an example more specific still (four telling words: "should i log
    // out of pacer first? i have it open in another tab" at Step 1 is Step 2's question, not registering for PACER).
    const bounded = recognition.intent === OUT_OF_SCOPE_INTENT || recognition.intent === LEGAL_QUESTION_INTENT;
    const fewest = bounded ? TELLING_EXAMPLE_WORDS : TELLING_EXAMPLE_WORDS + 1;
    const inFocusSaid = focus && asks ? this.topics.questionInFlow(focus.flowId, text, FULL_COVERAGE, fewest) : undefined;
    if (inFocusSaid) return inFocusSaid;
    const lastTopic = contextTopic(this.ctx, state);
    const other = lastTopic !== undefined && lastTopic !== focus?.flowId ? lastTopic : undefined;
    // A statement nothing places, saying every word of an example of the topic just answered ("the email on the account
    // is from my old job" after "call the PACER Service Center"), is that node's question too; so is one the recognizer
    // places elsewhere that says every word of an example of three telling words or more ("i have pacer but never had an
    // ecf login in that court" after the multiple-courts answer: that court's nothing to link, not registering).
    // With no topic just answered, a statement nothing places that says every word of one example of three telling words
    // or more of one topic's node question ("haven't touched my pacer account in 4 years and now it won't let me log in")
    // is that question.
    if (!asks) {
      if (!other) return unplaced ? this.topics.questionAnywhere(text, recognition, true) : undefined;
      return unplaced ? this.topics.questionInFlow(other, text, FULL_COVERAGE)
        : this.topics.questionInFlow(other, text, FULL_COVERAGE, TELLING_EXAMPLE_WORDS);
    }
    const inLastTopic = other ? this.topics.questionInFlow(other, text) : undefined;
    return inLastTopic ?? this.topics.questionAnywhere(text, recognition, !unplaced);
  }

  private recognized(state: ConversationState, text: string): Draft {
    const reading = new MessageReading(this.ctx);
    const recognition = reading.read(state, text);
    const trace: Trace = { action: 'answer', intent: recognition.intent, score: recognition.score, ranked: recognition.ranked.slice(0, 3) };
    const linking = this.linkingAsked(state, text, recognition, trace) ?? this.aboutUserAtQuestion(state, text, recognition, trace);
    if (linking) return linking;
    // Advice told tried with the problem still there, read as no topic or as small talk ("f5 did nothing" at Step 6
    // reads as a goodbye): the topic whose advice it was, past what was tried.
    const placedElsewhere = isConfident(recognition) && !isSmallTalk(recognition.intent) && recognition.intent !== OUT_OF_SCOPE_INTENT;
    const tried = placedElsewhere ? undefined : this.tools.answers.triedTopic(state, text, trace);
    if (tried) return tried;
    const focus = this.questionFocus(state);
    const onNode = focus && recognition.intent !== OUT_OF_SCOPE_INTENT && this.ctx.nodeQuestions.byIntent(recognition.intent, this.tools.view.node(focus));
    // The topic's own question said in every word of an example of three telling words or more ("where do the attorneys
    // add me as their agent?" at Step 2: the filing agent's, not Step 2's answer on shared accounts) is the one asked.
    if (onNode) {
      const own = this.topics.questionInFlow(recognition.intent, text, FULL_COVERAGE, TELLING_EXAMPLE_WORDS);
      // A reading the recognizer is unsure of yields to another topic's question said in every word of an example of
      // three telling words or more ("does it matter which browser? i use safari" at Step 2 leans to which password).
      const said = own ?? (isConfident(recognition) ? undefined : this.topics.questionAnywhere(text, recognition, true));
      return this.tools.answers.nodeAnswer(state, said ?? onNode, trace);
    }
    // While a tree is open, a question one of its nodes asks, said in every word of an example ("the address bar says
    // ecf-train, is that wrong?" after "try another browser"), is the tree's, whatever topic the recognizer leans to.
    const inTree = state.tree && this.topics.questionInFlow(state.tree.flowId, text, FULL_COVERAGE);
    if (inTree) return this.tools.answers.nodeAnswer(state, inTree, trace);
    // A question its topic's start restates (`inTopic`) is that start's while the topic is not yet open or just answered.
    const open = recognition.intent === state.tree?.flowId || recognition.intent === contextTopic(this.ctx, state);
    const deeper = recognition.intent !== OUT_OF_SCOPE_INTENT ? this.topics.nodeQuestionOf(recognition.intent, text, open) : undefined;
    if (deeper) return this.tools.answers.nodeAnswer(state, deeper, trace);
    const inFlow = this.otherNodeQuestion(state, focus, text, recognition);
    if (inFlow) return this.tools.answers.nodeAnswer(state, inFlow, trace);
    const followUp = this.followUps.answer(state, text, recognition, trace);
    if (followUp) return followUp;
    const fact = this.tools.answers.directFact(state, recognition, text, trace);
    if (fact) return fact;
    // "sorry, what do i put in those boxes again?" at a step: asked again, and placed nowhere else, it asks for the step.
    const again = !isConfident(recognition) || recognition.intent === OUT_OF_SCOPE_INTENT ? this.askedAgain(state, text) : undefined;
    if (again) return again;
    const waiting = state.pending !== undefined;
    // Thanks in a clause of its own beside a plan of the user's ("ok i will call pacer monday. thank you for being
    // patient with me") are those thanks, not a reply the question on screen failed to catch.
    if (waiting && !isConfident(recognition) && !this.ctx.answers.asksInAnySentence(text)) {
      const thanked = thanksInClause(this.ctx, text) && !this.ctx.answers.saysTrouble(text);
      if (thanked) return this.tools.answers.answer(state, THANKS_INTENT, { ...trace, intent: THANKS_INTENT });
      return this.troubleIsNo(state, text) ?? this.treeMatter(state, text, trace) ?? this.tools.answers.didntCatch(state, trace);
    }
    const { glossary } = this.ctx.content;
    if (this.tools.answers.asksTerm(recognition, text, isConfident(recognition), focus)) return this.tools.answers.answer(state, glossary.intent, { ...trace, intent: glossary.intent }, text);
    const remark = recognition.intent === OUT_OF_SCOPE_INTENT ? remarkOnStep(this.ctx, this.tools.view, state, text) : undefined;
    if (remark === 'explain') return this.explain(state) ?? this.tools.answers.recognized(state, recognition, trace, text);
    if (remark === 'acknowledge') return this.tools.answers.acknowledge(state, trace);
    // Goodbye ends the conversation, so it must be sure: "ok, trying again now" is an acknowledgement; with thanks in a
    // clause of its own ("Thanks, have a good one") it is those thanks.
    if (recognition.intent === GOODBYE_INTENT && !reading.saysGoodbye(text, recognition)) {
      return thanksInClause(this.ctx, text) ? this.tools.answers.answer(state, THANKS_INTENT, { ...trace, intent: THANKS_INTENT }) : this.tools.answers.acknowledge(state, trace);
    }
    const answered = this.tools.answers.recognized(state, recognition, trace, text, reading.followsOn);
    if (answered.trace.action === 'didnt_catch') return this.treeMatter(state, text, trace) ?? answered;
    return heldFollowUp(this.ctx, this.tools, state, text, answered) ?? answered;
  }

  /**
   * "entonces le doy submit o no? no quiero regarla" at the names tree's question, caught by nothing else: a question
   * about the tree node's own matter (what its text names in bold: "**Submit**"), which the node's answer says.
   */
  private treeMatter(state: ConversationState, text: string, trace: Trace): Draft | undefined {
    const asks = text.includes('?') || this.ctx.answers.asksInAnySentence(text);
    if (!state.tree || !asks || !namesNodeMatter(this.tools.view.node(state.tree), text)) return undefined;
    return this.tools.walkthrough.showTreeNode(state, state.tree, { ...trace, action: 'tree_matter' });
  }

  /**
   * "I got a notice that I must link my account?? I'm not a lawyer, is this something I did wrong": who the user is
   * (a topic of content's `aboutTheUser`), a greeting ("um hi. need help linking?") or a worry the recognizer cannot
   * place, said with a sentence that asks to link, starts the walkthrough when nothing is under way — unless another
   * sentence plainly asks about another topic.
   */
  private linkingAsked(state: ConversationState, text: string, whole: IntentRecognition, trace: Trace): Draft | undefined {
    const { procedure } = this.ctx.content;
    if (state.walkthrough || state.tree) return undefined;
    const start = () => this.tools.walkthrough.start(state, { ...trace, intent: procedure.startIntent });
    // The message as it was split into clauses, its court's name left out ("hey. solo practitioner, N.D. Cal. …").
    const said = this.courtless?.plain === text ? this.courtless.marked : text;
    if (this.startCommanded(said)) return start();
    const aside = (intent: string) => procedure.aboutTheUser.includes(intent) || intent === GREETING_INTENT;
    const readings = clauses(said).map((part) => [part, this.ctx.recognize(part)] as const);
    // "hello i am assistant for lawyer, need link account please": a greeting, and a request to link said in a clause
    // of its own that asks nothing, is that request, whatever topic the whole leans to.
    const requests = readings.length < 2 ? [] : readings.map(([part, reading]) => !this.ctx.answers.isQuestion(part)
      && (asksToLink(this.ctx, part, reading) || asksToLink(this.ctx, this.ctx.answers.core(part))));
    const greetsAndAsks = requests.some(Boolean)
      && readings.every(([, reading], i) => requests[i] || (aside(reading.intent) && isConfident(reading)));
    if (greetsAndAsks) return start();
    // A clause that may say who the user is ("i am not a lawyer": a legal question by its words, who the user is next),
    // or says it by a role ("soy paralegal": the shared account's words), asks about no other topic.
    const mayBeAside = (reading: IntentRecognition) => reading.ranked.slice(0, 2).some((ranked) => procedure.aboutTheUser.includes(ranked.intent));
    const other = (part: string, reading: IntentRecognition) => isConfident(reading) && reading.intent !== procedure.startIntent
      && !aside(reading.intent) && !mayBeAside(reading) && !saysRoleOnly(this.ctx, part);
    // The whole leaning to a topic no clause of its own is sure of ("me represento solo en un caso …, me dijeron que
    // tengo que vincular algo": "solo" of PACER only) tells no other topic either.
    const ownTopic = readings.some(([part, reading]) => reading.intent === whole.intent && other(part, reading))
      || readings.some(([part]) => this.ctx.answers.saysTrouble(part) || this.ctx.answers.saysFailure(part));
    if (!(aside(whole.intent) || !isConfident(whole) || !ownTopic)) return undefined;
    // Nor does one that only says the user needs help ("i dont know how": the help menu's words).
    const elsewhere = readings.some(([part, reading]) => other(part, reading) && reading.intent !== HELP_MENU_INTENT);
    // A sentence that says what the user must do may say why beside it ("… I need to link my account or I can't file"),
    // or who they are ("I'm a pro se debtor … and I need to link my account"); one statement alone is the topic's.
    const joined = readings.length > 1 || this.ctx.answers.sides(said).length > 1;
    // Beside words nothing places (the whole unsure), a question is not taken for the request: "…sin abogado en la corte
    // federal, ¿cómo hago la cuenta?" may ask for an account to be made, not linked.
    const asking = (part: string) => aside(whole.intent) || !this.ctx.answers.isQuestion(part);
    const asks = joined && !elsewhere && readings.some(([part, reading]) => asking(part)
      && (asksToLink(this.ctx, part, reading) || this.ctx.answers.sides(part).some((side) => asksToLink(this.ctx, side))));
    return asks ? start() : undefined;
  }

  /**
   * "bankruptcy, puerto rico. no tengo abogado, llevo mi caso sola" while a question before the steps waits: who the
   * user is (a topic of content's `aboutTheUser`), told and not asked, is what the walkthrough's questions decide
   * (whether they e-file there comes first), so the questions go on, not that topic's answer instead.
   */
  private aboutUserAtQuestion(state: ConversationState, text: string, recognition: IntentRecognition, trace: Trace): Draft | undefined {
    const at = state.tree || state.stopped ? undefined : activeWalkthrough(state, this.tools.view);
    const node = at && this.tools.view.node(at);
    if (!at || !node || node.step !== undefined || node.ask === undefined || !this.ctx.content.procedure.aboutTheUser.includes(recognition.intent)) return undefined;
    if (text.includes('?') || this.ctx.answers.asksInAnySentence(text)) return undefined;
    return this.tools.walkthrough.show(state, at, { ...trace, action: 'about_user' });
  }

  /**
   * "I'm an assistant linking on behalf of my attorney. Can we start?": a clause that is a start command ("can we
   * start?", "lets link"), beside statements that ask nothing and tell no trouble, asks to be taken through the steps;
   * the statements say who the user is or why, whatever topic their words lean to.
   */
  private startCommanded(text: string): boolean {
    const parts = clauses(text);
    const commanded = parts.map((part) => isStartCommand(this.ctx, part));
    const { answers } = this.ctx;
    const beside = (part: string) => !answers.isQuestion(part) && !part.endsWith('?') && !answers.saysTrouble(part);
    return parts.length > 1 && commanded.some(Boolean) && parts.every((part, i) => commanded[i] || beside(part));
  }

  /**
   * "the reset email isnt showing up" to "did that work?": a short statement of something not happening, with no yes or
   * no of its own and nothing else that places it, is the no to the open tree's question (the tree moves on).
   */
  private troubleIsNo(state: ConversationState, text: string): Draft | undefined {
    const { answers, content } = this.ctx;
    if (!state.tree || state.pending?.kind !== 'node' || answers.polarity(text) !== undefined || !answers.tellsTrouble(text)) return undefined;
    const no = content.responses.answers.no[0];
    const placed = no === undefined ? undefined : this.ctx.choices.read(no, this.tools.view.node(state.tree).choices);
    return placed?.how === 'exact' ? takeChoice(this.tools, state, state.tree, placed.choice) : undefined;
  }

  /** The walkthrough has reached its last node (the procedure done), stopped there or not. */
  atEnd(state: ConversationState): boolean {
    return state.walkthrough !== undefined && this.tools.view.isTerminal(state.walkthrough);
  }

  /** "What does that mean?": the explanation of the node on screen, or the node again; nothing on screen, read on. */
  private explain(state: ConversationState): Draft | undefined {
    const focus = state.tree ?? activeWalkthrough(state, this.tools.view);
    if (!focus) return undefined;
    const help = this.tools.view.node(focus).questions[0];
    const trace: Trace = { action: 'explain' };
    return help ? this.tools.answers.nodeAnswer(state, help, trace) : this.tools.walkthrough.moveTo(state, focus, trace);
  }

  /** The rest of a long answer. */
  private more(state: ConversationState): Draft {
    if (!state.more) return { state, said: [this.say('anythingElse')], trace: { action: 'more', kind: 'answer' } };
    const position: Position = { flowId: state.more.flowId, nodeId: state.more.nodeId, history: [] };
    const slice = sliceAnswer(this.tools.view, position, state.more.shown, Number.POSITIVE_INFINITY);
    const topic = position.flowId === 'procedure' ? {} : { topic: position.flowId };
    return { state, said: [{ reply: slice.reply, from: { position, part: state.more.shown } }], trace: { action: 'more', kind: 'answer', ...topic } };
  }

  private rephrase(state: ConversationState): Draft {
    return { state, said: [this.say('rephrase')], quiet: true, trace: { action: 'rephrase', kind: 'clarify' } };
  }

  /** The node whose own questions win: the open tree's, else the walkthrough's (unless stopped). */
  private questionFocus(state: ConversationState): Position | undefined {
    return state.tree ?? (state.stopped ? undefined : state.walkthrough);
  }

  private notice(state: ConversationState, key: MessageKey, action: string, kind: TurnKind): Draft {
    return { state, said: [this.say(key)], trace: { action, kind } };
  }

  private say(key: MessageKey): Draft['said'][number] {
    return contentMessage(this.ctx, this.tools, key);
  }
}
