import { foldAccents } from '../content/normalise';
import type { FlowNode } from '../content/types';
import { isNegation, tokens } from './answerReader';
import { readCommand, turnsToAProblem } from './commandReader';
import type { EngineContext } from './context';
import { OUT_OF_SCOPE_INTENT } from '../content/intents';
import { isConfident } from './reading';
import { HELP_MENU_INTENT, isSmallTalk } from './topicAnswers';
import { landing, ProgressReader, type Progress } from './progressReader';
import { saysLater } from './putOff';
import { takeChoice } from './pendingReply';
import { activeWalkthrough } from './questions';
import { OthersDoing } from './othersDoing';
import { ReachedWords } from './reachedWords';
import { ReportWords } from './reportWords';
import { asksIfDone } from './saidAsides';
import { ScreenReport } from './screenReport';
import type { ConversationState, Position } from './state';
import type { TurnTools } from './turnTools';
import type { Draft } from './turnShape';
import { clauses, firstClause, sentences } from './textMatch';
import type { StepMoves } from './stepMoves';
import { SentenceReports, type ScreenGate } from './sentenceReports';

/** A step the user reports done in their own words, wherever the bot is: the walkthrough goes on from where it puts them. */
export class StepReports {
  private readonly reading: SentenceReports;

  constructor(private readonly ctx: EngineContext, private readonly tools: TurnTools, private readonly moves: StepMoves) {
    this.reading = new SentenceReports(ctx);
  }

  /**
   * Progress the user reports in their own words, wherever the bot is (a step, a prerequisite question, a side
   * topic, nothing under way): "logged in", "I'm on the link page", "entered old creds, submitted", "reset it, I'm
   * in". The progress reader reads each sentence; the last one that says where the user
   * is decides (a user tells what they did in order: "set up the app, entered the code, I'm in" is step 3). Rules (content/README.md, "Progress in the user's words"): a reading that could be
   * two steps' ("clicked it": step 1's or step 3's) is the first one past the place; a sentence that asks something
   * in the same message keeps only where the user is ("I'm on the link page, what goes in the boxes?": step 4's
   * card answers it), not what they did to the place's own step ("both names are mine, ok to submit?" asks);
   * reaching the place itself again only counts when something came between (a side topic, a pause).
   */
  reported(state: ConversationState, said: string): Draft | ConversationState | undefined {
    // "ok never mind, submitted": a stop opening the message drops what was asked before; the report is the message.
    // The screen's own question told ("now it asks do you want to link these accounts") is quoted: the screen asks it.
    // Someone else's doing ("ya abrió el sitio y se metió con su pacer", "le dimos submit") is read as the user's own.
    // A screen reached ("i'd gotten to the screen where …", "on ecf.azb") is where the user is: reachedWords.ts.
    const own = ReachedWords.of(this.ctx.content).read(OthersDoing.of(this.ctx.content).asOwn(said));
    const text = ScreenReport.of(this.ctx.content).quotesScreenQuestions(withoutQuotedMarks(afterDismissal(this.ctx, state, own)));
    const here = activeWalkthrough(state, this.tools.view);
    const place = (here && this.ctx.content.procedure.flow.nodes.get(here.nodeId)?.step) || 0;
    // A sentence that puts something off ("ok i'll reset it later") tells what is still to be done: no progress.
    const sentences = ReportWords.of(this.ctx.content).sentences(text).filter((sentence) => !saysLater(this.ctx.content.responses.answers, sentence));
    // A user who asks where they are ("found it. where was I?") says no place: what they did was the side matter's.
    // Said first as a statement ("picking up where i left off - i'd gotten to the screen where it wants my old cm/ecf
    // login"), it opens what follows: where the user is is the screen the rest describes.
    const whereAt = sentences.findIndex((sentence) => readCommand(this.ctx, state, sentence)?.command === 'where');
    if (whereAt >= 0 && !this.opensWithComingBack(state, sentences, whereAt)) return undefined;
    // At the last step, a message saying the problem is solved ("refreshed and the bankruptcy menu is there now",
    // "ya salen los menús") is the walkthrough's end, however its sentences read: success, not the missing-menus topic.
    // With a side topic's question open there, the topic's own yes says it (its answer closes the topic).
    if (state.tree === undefined && this.atLastStep(state) && this.ctx.answers.saysSolved(text)) return this.moves.finished(state);
    // So is one saying what the last step says the user will then see is there ("i pressed F5 and now there is a Civil
    // menu"), a side topic's question open or not ("logged out and back in and now Bankruptcy and Adversary is there!"),
    // and at the confirm step too: the menus only appear once that screen was submitted.
    if (this.atLastStep(state, 1) && this.seesEnd(text)) return this.moves.finished(state);
    // A side topic's question answered with the problem still there ("pressed it. same thing") is its no: what was
    // done is the topic's fix, not a step of the walkthrough.
    // So is the last step's own doing told with nothing come of it ("ya le dio f5 y nada", "hit f5, still nothing"):
    // no end, the missing menus' topic.
    if ((state.tree !== undefined || this.atLastStep(state)) && this.ctx.answers.saysStillStuck(text)) return undefined;
    // A thing told done or seen once more, with no trouble in it ("link form open again"), is a plain report.
    const plain = this.ctx.answers.withoutAgain(text) ?? text;
    const asks = sentences.some((sentence) => this.asks(state, sentence));
    // A question about doing the step on screen ("entered my login, do I hit submit?") or a topic's own question ("logged
    // in. whats that client code box, do I need it?") leaves the step to do; one about what comes after ("submitted the
    // creds, what now on this page?") does not: the step's done told with it stands.
    // One the next step's own questions answer ("clicked the link. pacer or ecf login here?": Step 4's which login) asks
    // about the screen the thing done led to, whatever words of the place's screen it says ("pacer" of its link's name).
    const asksOfPlace = asks && sentences.some((sentence) => this.asks(state, sentence) && !this.asksOfNext(sentence, place)
      && (place === 0 || ScreenReport.of(this.ctx.content).speaksOfDoing(sentence, place) || this.asksTopic(sentence)));
    // With a side topic open, its fix told worked ("ya funciona, cerré el navegador y entré de nuevo") is the topic's.
    const again = state.tree === undefined || !this.ctx.answers.saysSolved(text);
    const screen = this.screenReportable(state, text, plain, sentences, asks && !asksOfPlace) ? { named: state.tree !== undefined, again } : undefined;
    // Before the steps, the words of the answers the message tells: a sentence made only of them ("individual" of
    // "upgraded pacer, individual, yes") is a piece of those answers, though alone it reads like the confirm step's words.
    const answerWords = place === 0 && state.tree === undefined ? this.ctx.told.answerWords(text) : undefined;
    const read = this.said(state, sentences, place, { asks, ofPlace: asksOfPlace }, screen, answerWords);
    // A report no further than the place may retrace the place's own clicks (a story told past it stands).
    const { there, last, sees } = (read.there === undefined || read.there <= place ? this.retraced(state, text, sentences, place, asks) : undefined) ?? read;
    const between = state.tree !== undefined || state.stopped === true || state.interrupted === true || here === undefined;
    // What the user sees at the place itself ("names match" on the confirm screen) is its card again, which says what
    // to do there; reaching the place by what was done only counts when something came between.
    if (there === undefined || (there === place && (asks || (!between && !sees)))) return undefined;
    // At the last step (the link made) with a side topic open, logging in again is that topic's fix ("logged out and
    // back in, theyre there now"): no earlier step to redo.
    if (state.tree !== undefined && this.atLastStep(state) && there <= this.moves.steps().length) return undefined;
    // What the user sees on an earlier screen than the walkthrough reached (its end included), told with what does not
    // appear ("no aparecen los menús de bankruptcy, nomás query reports utilities" at step 6), describes the problem.
    const reached = this.ctx.content.procedure.flow.nodes.get(state.walkthrough?.nodeId ?? '')?.step ?? 0;
    if (sees && there < reached && sentences.some((sentence) => tokens(sentence).some(isNegation))) return undefined;
    // Said after where the user is, a question or a problem the bot has an answer for is what the message is about
    // ("I'm on the link screen and it says invalid", "there's a Client Code box on the login screen, do I fill it?");
    // "now what" or "what's next for the linking" after it asks for the step reached. A question asked before the
    // report is as much the message's ("wait whats a client code, the login page has a box for it").
    const steps = this.moves.steps();
    const after = [...sentences.slice(0, Math.max(last, 0)).filter((part) => this.asks(state, part)), ...sentences.slice(last + 1)];
    // Before any walkthrough, whatever follows is the side matter's ("logged out and back in, now it's there").
    const started = state.walkthrough !== undefined;
    const asksMore = after.some((part) => (started ? this.saysMore(state, part) : !this.asksToGoOn(state, part)));
    // What the user sees, told with a topic's thing in words no report of a screen uses ("the confirm screen shows two
    // different names", "at the login page there's a Client Code box. what do I put there?"), is that topic too,
    // unless only a command follows ("… there's a Client Code box, now what?": the step).
    const sight = sees && !(after.length > 0 && after.every((part) => readCommand(this.ctx, state, part) !== undefined));
    const topic = asksMore || sight ? this.topicOf(text, steps[there - 1]) : undefined;
    // A side topic's question open before any walkthrough, a report told with words of its own that are no topic's
    // ("logged out and back in... there they are"): the topic's fix told worked, an answer to its question (its yes
    // when that closes the topic), no step.
    if (!started && state.tree !== undefined && asksMore && topic === undefined) return this.fixWorked(state, state.tree);
    const namesThing = (intent: string) => ReportWords.of(this.ctx.content).saysBeyondScreens(this.ctx.topicWords.ownIn(intent, sentences[last]!));
    // A question after the report that is no topic's by itself ("what do I click", "¿qué pongo?": at most the help
    // menu's) asks what to do on the screen told, which the step card says; so does one about the trouble the step
    // reached answers itself (a topic of its own questions: "logged in. wheres the link" is Step 3's card) while the
    // user has not seen that step yet. "ok to hit submit?" or a problem told there is the topic's.
    const asksWhatToDo = () => {
      if (!after.every((part) => this.asks(state, part) && !tokens(part).some(isNegation))) return false;
      const asked = this.topicOf(after.join(' '), steps[there - 1]);
      // A question the step reached answers by its own questions ("… q ponemos ahi, el login de pacer o el del ecf?" at
      // Step 4) is what to do there, though it points back ("ahi"): the step card says it.
      const ownQuestion = after.some((part) => this.asksOfNext(part, there - 1));
      if (asked === undefined && !ownQuestion && after.every((part) => ReportWords.of(this.ctx.content).pointsBack(part))) return false;
      return asked === undefined || asked === HELP_MENU_INTENT || (there > place && answersItself(steps[there - 1], asked));
    };
    // The user's own name shown, told with no contrast ("ahora sale mi nombre en los dos lados"), is the confirm screen's
    // go-ahead in words of the user's own, not the names' mismatch.
    const ownName = () => ProgressReader.of(this.ctx.content, this.ctx.trainProgress).saysOwnName(sentences[last]!) && this.ctx.answers.afterContrast(text) === undefined;
    // A trouble a step the message says was done answers itself, read from the report's own words ("utilities. link.
    // whatever. fields for cm/ecf login" at Step 3: the missing link's topic), is behind the user, unless the words
    // after the report ask, negate, tell trouble or are that topic's by themselves ("… the one the whole office uses").
    const plainAfter = !after.some((part) => this.asks(state, part) || tokens(part).some(isNegation) || this.ctx.answers.saysTrouble(part) || this.ctx.answers.saysFailure(part));
    const toldAfter = (intent: string) => after.some((part) => {
      const recognition = this.ctx.recognize(part);
      return isConfident(recognition) && recognition.intent === intent;
    });
    const passed = (intent: string) => plainAfter && !sees && steps.slice(Math.max(place, 1) - 1, there - 1).some((step) => answersItself(step, intent)) && !toldAfter(intent);
    const aboutTopic = (intent: string) => !passed(intent) && ((asksMore && !asksWhatToDo()) || (sight && namesThing(intent) && !ownName()));
    // The topic is answered where the user says they got to: the walkthrough waits at that step, not before it (a
    // sight is no progress made: "the confirm screen shows another name" keeps the place).
    if (topic !== undefined && aboutTopic(topic)) {
      // A step said done, then a problem ("clicked submit. I get an error"): that step did not work, the user is still
      // at it; at the place itself, the place is kept (the step is not done by the words that said it). A trouble the
      // step after it answers itself is that step's ("signed in but there's no link under utilities": Step 3).
      const failed = !sees && after.some((part) => this.ctx.answers.saysFailure(part)) && !answersItself(steps[there - 1], topic);
      const at = failed ? there - 1 : there;
      // Else, when the words beside the report ask, tell trouble or turn to something else ("ya estoy en el login, pero
      // me sale un mensaje de cookies"), the place is kept and the topic answered there: the report said where.
      const troubled = failed || after.some((part) => this.asks(state, part) || this.ctx.answers.saysTrouble(part)) || this.ctx.answers.afterContrast(text) !== undefined;
      const told = !sees && after.some((part) => this.asks(state, part) || this.ctx.answers.saysFailure(part));
      return this.moves.placedFor(state, at - 1, place, told) ?? (troubled ? state : undefined);
    }
    // A thing done on screen, then that it did not work, with no topic the recognizer is sure of ("typed the old ecf
    // user and pw, it didn't take", "puse la clave vieja y me dice q estan malos"): no progress; the message is read
    // as the trouble it tells, the place kept.
    if (this.failedAfter(sees, there, place, after)) return undefined;
    // Past the last step: the walkthrough is done ("I see the menus" at step 6), as "next" there says.
    if (there > steps.length) return this.moves.finished(state);
    return this.moves.goTo(state, there - 1, 'step_done', this.moves.cautions(state, steps.slice(0, there - 1)));
  }

  /** A step told done past the place, a sentence after it telling by itself that it failed (a negated doing or a failing word). */
  private failedAfter(sees: boolean, there: number, place: number, after: readonly string[]): boolean {
    // A thing said missing ("there's no f5 key") is no failure of what was done.
    const { answers } = this.ctx;
    return !sees && place > 0 && there > place && after.some((part) => answers.saysFailure(part) && answers.saysTrouble(part));
  }

  /**
   * Whether the sentence at `at`, a "where" command, opens the message as a statement of coming back ("picking up where
   * i left off"), the sentences after it telling something else, no command nor question.
   */
  private opensWithComingBack(state: ConversationState, sentences: readonly string[], at: number): boolean {
    const opening = sentences.slice(0, at + 1);
    const rest = sentences.slice(at + 1);
    if (rest.length === 0 || opening.some((sentence) => sentence.includes('?'))) return false;
    return rest.every((sentence) => !this.asks(state, sentence) && readCommand(this.ctx, state, sentence) === undefined);
  }

  /** The open topic's yes taken when it closes the topic (a "did that fix it?" answered), else nothing read. */
  private fixWorked(state: ConversationState, tree: Position): Draft | undefined {
    const { view } = this.tools;
    const closing = view.node(tree).choices.find((choice) => this.ctx.answers.polarity(choice.label)?.polarity === 'yes'
      && choice.target.kind === 'node' && view.node({ flowId: tree.flowId, nodeId: choice.target.nodeId }).ask === undefined);
    return closing && takeChoice(this.tools, state, tree, closing);
  }

  /**
   * Where the sentences put a user at step `place`: the last one that says where the user is decides. Told in order
   * ("logged back in, went through Utilities, entered my login, submitted"), each report after the first is read from
   * where the one before it left the user, going back included. A sentence that says a step was done in words no
   * step owns ("clicked", "submitted", "le di clic al enlace") is the done of the step the message was at: the one
   * the sentence before it named ("found the link, clicked" is step 3's click), else the place ("clicked." at step 3).
   */
  private said(state: ConversationState, sentences: readonly string[], place: number, asked: Asked, screen?: ScreenGate,
    answerWords?: ReadonlySet<string>): Reported {
    // Only a question about doing the step on screen keeps what is told done from counting as it is.
    const asks = asked.ofPlace;
    const words = ReportWords.of(this.ctx.content);
    const reader = ProgressReader.of(this.ctx.content, this.ctx.trainProgress);
    const screens = ScreenReport.of(this.ctx.content);
    let found: Reported = { last: -1, sees: false };
    // Where the story told so far left the user (undefined: no story yet), and the step it was at.
    let story: number | undefined;
    let current = place;
    // The step the sentence before said done, if it did ("I have entered", then "I have clicked Submit": step 4's too).
    let doneStep: number | undefined;
    const finishing = this.atLastStep(state);
    sentences.forEach((part, i) => {
      // A sentence that asks, says what did not happen ("the names don't match", "I can't find the link") or holds a
      // number no screen name holds (a ZIP code, a phone, a year: "I'm in 60604" is where the user lives) is no report.
      if (this.asks(state, part) || tokens(part).some(isNegation) || reader.holdsOtherNumber(part)) return;
      // Before the steps, a sentence that answers their questions reports progress only in other words as well
      // ("logged in with my own PACER account"): "Individual account" is no step 5 done for sharing its "account", nor is
      // "also individual" of "pacer is upgraded, also individual" (the words of the message's answers taken out).
      const pieceOfAnswers = answerWords !== undefined && answerWords.size > 0 && this.reading.answersOnly(reader, part, current, finishing, answerWords);
      const answerOnly = place === 0 && (pieceOfAnswers || this.reading.answersOnly(reader, part, current, finishing));
      const reports = answerOnly ? [] : this.reading.readReport(reader, part, current, finishing, screen);
      // The thing the step on screen seeks told there, the message saying where ("there it is, under utilities"): done.
      const read = reports.length === 0 && current > 0 && screens.foundSought(part, current, sentences) ? [{ step: current, done: true, score: 1 }] : reports;
      // A reading that puts the user more than a step on stands only on that step's own words ("yep both" is no Step 5).
      const from = story ?? place;
      const grounded = (reading: Progress) => landing(reading) <= from + 1 || screens.grounds(part, reading) || screens.grounds(reader.namesRead(part), reading);
      const redone = this.redone(part, story, current, (read.length > 0 || place === 0 ? read : this.reading.doneWithoutAnswerWords(reader, part, current, finishing, screen))
        .filter((reading) => !(asked.asks && reading.done && reading.step === place && !this.doneBeforeAsking(part, place, asked)) && grounded(reading)));
      // A doing told under way ("clicked doc filing sys, logging in now") is where the user is: at that step, not past it.
      const underWay = redone[0]?.done === true && words.underWay(part);
      const readings = underWay ? redone.map((reading) => ({ ...reading, done: false })) : redone;
      const best = readings[0];
      if (best && !this.reading.readsWithoutAnswerWords(reader, part, best, current, finishing, screen)) return;
      // Read as done by the model ("clicked"), or words for any step after a report ("the names match, done").
      // A doing that points back at the thing shown ("opened it", "clicked that" at step 1) is the step on screen's,
      // when its done examples hold the verb, however far the model reads the verb alone.
      const shown = story === undefined && current > 0 && words.doneOfShownAt(part, current);
      const ownWords = best ? best.done && (shown || words.saysAnyStepDone(part)) : found.there !== undefined && words.saysDoneWord(part);
      if (current > 0 && !asks && ownWords) {
        // Shared words are the done of the first step from here whose own words they are: a Submit belongs to the
        // screen that has it ("le di Submit" at step 4's form is step 4 done, at step 5's confirm screen step 5's).
        // Else a reading that reaches past the step the message is at names its own step ("ya entré" at step 1: step 2's).
        // Said right after another thing done on the step the message is at, words that step's examples hold are one
        // more thing done there ("ya puse los datos y ya le di submit": step 4's Submit), not the next screen's.
        const same = doneStep === current && words.stepDoneFrom(part, current, [current]) === current;
        const owner = same || shown ? current : words.stepDoneFrom(part, current, readings.filter((reading) => reading.done).map((reading) => reading.step));
        // A thing done on a screen it names, that leads to the screen the sentence before said is on view ("ok at the
        // page, clicked the filing system link": the login page seen), tells how the user got there, not one more step.
        const led = best !== undefined && best.done && story !== undefined && doneStep === undefined && landing(best) === current && screens.namesOnly(part, best.step);
        // After a side matter at the place, the thing done that led to it, told in shared words ("got in" after the
        // one-time code's answer at Step 3): the detour ended where the place is, no step more. Words of doing the step on
        // screen are that step's own ("ok both me, submitting" after a side question at Step 5): Step 5 done.
        const detoured = best !== undefined && best.done && story === undefined && state.interrupted === true && landing(best) === current
          && !screens.speaksOfDoing(part, current);
        story = owner !== undefined ? owner + 1 : (best && placeAfter(readings, current)) ?? (led || detoured ? current : current + 1);
        found = { there: story, last: i, sees: false };
        doneStep = story - 1;
        return;
      }
      if (!best) {
        // With a side topic open, the step on screen told done in its screen's words ("ya le di click al link" over the
        // missing link's question) places no one by itself (it may be the topic's fix), but what the user then sees is
        // read from the screen it led to ("…, me pide login y password de ecf": the linking form's, not Step 2's).
        if (screen?.named && story === undefined && ScreenReport.of(this.ctx.content).read(part, place)?.step === place) {
          story = place + 1;
          doneStep = place;
        }
        return;
      }
      // A second thing done that may be the same step's as the one before it ("entered, and clicked Submit" on step 4's
      // form) is that step's: one more thing done there, not the step after it done too.
      const again = doneStep !== undefined && readings.some((reading) => reading.done && reading.step === doneStep);
      const next = story === undefined ? placeAfter(readings, place) : again ? story : placeNext(readings, story);
      // What the user sees right after doing the step on screen is the screen it led to, never an earlier one ("ya le di
      // click al link, me pide login y password de ecf" at Step 3: the linking form's login, not the PACER login of Step 2): a
      // sight of a screen before the one on screen; the screen on screen seen again after a done is the place still.
      const there = doneStep === place && story !== undefined && !best.done && next !== undefined && next < place ? story : next;
      // A step behind the place said done starts a story ("logged back in, …") but places no one by itself.
      const behind = there === undefined && best.done && best.score >= SURE ? landing(best) : undefined;
      if (there === undefined && behind === undefined) return;
      // With a side topic's question open, the user went back to that step about its trouble ("logged out and back in
      // with my own account" about a login at step 5): the walkthrough goes on from there.
      // So did a side matter at the place, after which the thing done that led to it is told ("logged out and back in
      // with mine" after a question at Step 3): the detour ended at the place.
      const detoured = behind === current && story === undefined && state.interrupted === true;
      if (there !== undefined || state.tree !== undefined || detoured) found = { there: there ?? behind, last: i, sees: !best.done && !underWay };
      story = there ?? behind!;
      current = best.done ? story - 1 : story;
      doneStep = best.done ? story - 1 : undefined;
    });
    return found;
  }

  /**
   * A thing done again, told after the story reached a screen ("submitted, names ok, submitted again": the confirm
   * screen's Submit), is done on that screen: its own done, if the sentence may read so, instead of a likelier earlier
   * one (the form's Submit said first). The readings as they are otherwise.
   */
  private redone(sentence: string, story: number | undefined, current: number, readings: Progress[]): Progress[] {
    if (story === undefined || readings.length < 2 || !readings[0]!.done || readings[0]!.step >= current) return readings;
    const own = readings.find((reading) => reading.done && reading.step === current);
    if (own === undefined || this.ctx.answers.withoutAgain(sentence) === undefined) return readings;
    return [{ ...own, score: readings[0]!.score }];
  }

  /**
   * Whether a sentence tells the step on screen done, in a word of doing ("submitted the creds", "le di submit"), in a
   * message whose questions ask about what comes after, not about doing that step ("… what now on this page?"). A
   * sight asked about ("there's a Release 1.1 link, do I need that?") leaves the step to do.
   */
  private doneBeforeAsking(sentence: string, place: number, asked: Asked): boolean {
    // "Before I click, …": what is still to do.
    const before = this.ctx.content.responses.answers.before;
    if (asked.ofPlace || tokens(foldAccents(sentence)).some((word) => before.includes(word))) return false;
    return ScreenReport.of(this.ctx.content).read(sentence, place)?.step === place;
  }

  /**
   * A question the step after `place` answers by its own questions and the place's do not ("which login goes in here,
   * pacer or ecf?" at Step 3: Step 4's which-login question), as the recognizer is sure of it.
   */
  private asksOfNext(sentence: string, place: number): boolean {
    const steps = this.moves.steps();
    const next = steps[place];
    if (next === undefined || next.questions.length === 0) return false;
    const recognition = this.ctx.recognize(sentence);
    return isConfident(recognition) && ownQuestionOf(next, recognition.intent) && !ownQuestionOf(steps[place - 1], recognition.intent);
  }

  /** A question the recognizer is sure a topic answers, in a word that tells that topic ("do I need the client code box?"). */
  private asksTopic(sentence: string): boolean {
    const recognition = this.ctx.recognize(sentence);
    const { intent } = recognition;
    return isConfident(recognition) && intent !== OUT_OF_SCOPE_INTENT && intent !== HELP_MENU_INTENT && intent !== this.ctx.content.procedure.startIntent
      && this.ctx.topicWords.says(intent, sentence);
  }

  /**
   * The clicks the step on screen tells, retraced: a message naming two of its screens or more in the order its text
   * does ("utilities -> link a cm/ecf account", "Utilities clicked, then Link a CM/ECF account to my PACER account",
   * "Utilities > Link a CM/ECF account: done" at Step 3) is that step done, with nothing asked, negated or gone wrong.
   * Undefined when it is not (the sentences are read one by one).
   */
  private retraced(state: ConversationState, text: string, sentences: readonly string[], place: number, asks: boolean): Reported | undefined {
    if (place === 0 || asks || state.tree !== undefined) return undefined;
    // The screens' order first: most messages name none, and it is the cheapest test.
    const last = ScreenReport.of(this.ctx.content).retracedIn(sentences, place);
    if (last === undefined || sentences.some((part) => tokens(part).some(isNegation))) return undefined;
    const { answers } = this.ctx;
    return answers.saysTrouble(text) || answers.saysFailure(text) || answers.afterContrast(text) !== undefined ? undefined : { there: place + 1, last, sees: false };
  }

  /**
   * Whether a message may be read for a thing done in the words of a step's screen: the steps under way, and the
   * message a plain report, asking nothing, telling no trouble nor anything after a contrast ("… but it say something
   * of cookies"), and giving no command ("found it in my password manager. back to it" tells the side matter done).
   */
  private screenReportable(state: ConversationState, text: string, plain: string, sentences: readonly string[], asksAfter: boolean): boolean {
    const { answers } = this.ctx;
    if (!activeWalkthrough(state, this.tools.view)) return false;
    // A question of its own about what comes after ("le di submit, q hago ahora en esta pantalla?") leaves the
    // sentences that tell what was done to be read; any other question makes the message no plain report.
    const told = asksAfter ? sentences.filter((sentence) => !this.asks(state, sentence)).join(' ') : text;
    if (told.includes('?') || answers.asksInAnySentence(told)) return false;
    if (answers.saysTrouble(plain) || answers.saysFailure(text) || answers.afterContrast(text) !== undefined) return false;
    return sentences.every((sentence) => readCommand(this.ctx, state, sentence) === undefined);
  }


  /** A statement, telling no failure, that what the last step says the user will then see is there (ScreenReport). */
  private seesEnd(said: string): boolean {
    const { answers } = this.ctx;
    // "ok f5, bankruptcy menus visible. that's everything?": asking whether that was all asks nothing else of the end.
    const parts = clauses(said);
    const told = parts.filter((part) => !asksIfDone(this.ctx, part));
    const text = told.length > 0 && told.length < parts.length ? told.join('. ') : said;
    // A stuck word may only repeat what was done ("logged out and in again"): a negation or a failing word tells trouble.
    if (text.includes('?') || answers.asksInAnySentence(text) || answers.saysFailure(text)) return false;
    return ScreenReport.of(this.ctx.content).seesLastStep(text);
  }

  /**
   * The walkthrough shows its last step (Step 6 of 6), or one of the `before` steps before it, with or without a side
   * topic opened from it.
   */
  private atLastStep(state: ConversationState, before = 0): boolean {
    const at = state.walkthrough && !state.stopped ? this.tools.view.node(state.walkthrough) : undefined;
    return at?.step !== undefined && at.step >= this.moves.steps().length - before;
  }

  /** "logged in", "names match, submitted": the user says they did the step on screen, so the walkthrough goes on. */
  done(state: ConversationState, said: string): Draft | undefined {
    const text = OthersDoing.of(this.ctx.content).asOwn(said);
    const at = this.placeOf(state, text);
    const node = at && this.tools.view.node(at);
    if (!node) return undefined;
    // At a question before the steps, "done" in more words than a command's ("listo ya le di click"): the user is
    // past the questions, which take their assumed answers as "done" does there.
    if (node.step === undefined) return !state.tree && ReportWords.of(this.ctx.content).saysDoneWord(text) ? this.tools.walkthrough.navigate(state, 'next', { action: 'step_done' }) : undefined;
    const anyStep = this.ctx.content.responses.stepDone;
    if (turnsToAProblem(this.ctx, text)) return undefined;
    // Anger says nothing of the step, though its words may ("I'm so done", "ya me cansé": ya is "done").
    // Nor does a part that puts it off ("ok i'll reset it later").
    const later = (part: string) => saysLater(this.ctx.content.responses.answers, part);
    // What is missing, told with what the user did or sees ("there's no link under Utilities. I see Your Account,
    // that's it", "clicked utilities. there is no link thing there"), is the problem, not the step done.
    if (clauses(text).some((part) => tokens(part).some(isNegation))) return undefined;
    const reports = partsOf(text).filter((part) => !this.ctx.isFrustrated?.(part) && !later(part));
    // "yep hit that", "clicked it": a done verb pointing back at the thing the step on screen shows.
    const words = ReportWords.of(this.ctx.content);
    if (!reports.some((part) => this.ctx.nodeQuestions.saysDone(part, node, anyStep) || words.saysDoneOfShown(part))) return undefined;
    return this.tools.walkthrough.navigate({ ...state, tree: undefined }, 'next', { action: 'step_done' });
  }

  /** The walkthrough's place, for a message that reports rather than asks ("both names are mine, ok to press submit?" asks). */
  private placeOf(state: ConversationState, text: string): Position | undefined {
    if (this.ctx.answers.isQuestion(text) || text.endsWith('?')) return undefined;
    // A later sentence that asks without its mark ("clicked utilities but there's a lot of links. which one") asks about
    // the step on screen: nothing is told done. One that asks to go on ("submitted. what do i do now") is a command.
    const asksLater = sentences(text).slice(1).some((part) => this.ctx.answers.isQuestion(part) && readCommand(this.ctx, state, part) === undefined);
    if (asksLater) return undefined;
    return activeWalkthrough(state, this.tools.view) || undefined;
  }

  /**
   * The topic the recognizer is sure the message is about: not the walkthrough itself, not out of scope, and not a
   * question the step reached answers ("I'm on the link page, which login goes there?" is step 4's own).
   */
  private topicOf(text: string, reached: FlowNode | undefined): string | undefined {
    const recognition = this.ctx.recognize(text);
    const { intent } = recognition;
    if (!isConfident(recognition) || intent === this.ctx.content.procedure.startIntent || intent === OUT_OF_SCOPE_INTENT) return undefined;
    return reached?.questions.some((question) => question.intents.includes(intent)) ? undefined : intent;
  }

  /**
   * A sentence after a report that says more than the report: a question, a problem, or a matter the recognizer is
   * sure some topic answers. Asking to go on says nothing more, nor does a remark on how it went ("it took it", "all
   * good"), small talk ("thank you so much") or where the thing told was ("under utilities"): the report is the message.
   */
  private saysMore(state: ConversationState, sentence: string): boolean {
    if (this.asksToGoOn(state, sentence)) return false;
    if (this.asks(state, sentence) || this.ctx.answers.saysFailure(sentence)) return true;
    // Where the thing told was, in the screens' own words ("there it is, under utilities"), says nothing more.
    const words = tokens(sentence);
    if (!words.some(isNegation) && !ReportWords.of(this.ctx.content).saysBeyondScreens(words)) return false;
    const recognition = this.ctx.recognize(sentence);
    return isConfident(recognition) && !isSmallTalk(recognition.intent);
  }

  /** "now what", "what's next for the linking": a command, or the walkthrough itself asked for. */
  private asksToGoOn(state: ConversationState, sentence: string): boolean {
    if (readCommand(this.ctx, state, sentence) !== undefined) return true;
    const recognition = this.ctx.recognize(sentence);
    return isConfident(recognition) && recognition.intent === this.ctx.content.procedure.startIntent;
  }

  /** A sentence that asks something (a command asked, "next?", asks nothing: it says what the user wants). */
  private asks(state: ConversationState, sentence: string): boolean {
    const own = unquoted(sentence);
    const asked = own.includes('?') || (this.ctx.answers.isQuestion(own) && !ReportWords.of(this.ctx.content).statesWithoutSubject(own));
    return asked && readCommand(this.ctx, state, sentence) === undefined;
  }
}

/** Whether a message asks anything, and whether a question of it asks about doing the step on screen. */
interface Asked { readonly asks: boolean; readonly ofPlace: boolean }

/** Where a message's reports put the user, the sentence of the last one, and whether it says what the user sees. */
interface Reported { readonly there?: number; readonly last: number; readonly sees: boolean }

/** The likeliest reading of a sentence must be this likely for the sentence to report anything. */
export const SURE = 0.4;
/** A reading this likely relative to the best is a tie with it. */
const TIE = 0.5;

/**
 * Where a sentence's readings put a user at step `place` (0: before the steps): the first place past it that a
 * reading reaches ("clicked the link" at step 3 is step 3's click, not step 1's), else where the likeliest reading
 * says the user is (going back: "logged back in, I'm on the link page again" at step 5).
 */
function placeAfter(readings: readonly Progress[], place: number): number | undefined {
  const best = readings[0];
  if (!best || best.score < SURE) return undefined;
  // Of two readings about as likely, the one nearer the place wins ("clicked": step 1's or step 3's).
  const ahead = readings.filter((reading) => reading.score >= best.score * TIE).map(landing).filter((there) => there > place);
  if (ahead.length > 0) return Math.min(...ahead);
  // Back only to where the user says they are: "clicked the link" said at step 3 is no return to step 2.
  return best.done ? undefined : landing(best);
}

/** The next report of a message told in order, from where the one before it left the user (`from`): back too. */
function placeNext(readings: readonly Progress[], from: number): number | undefined {
  const best = readings[0];
  if (!best || best.score < SURE) return undefined;
  const ahead = readings.filter((reading) => reading.score >= best.score * TIE).map(landing).filter((there) => there >= from);
  return ahead.length > 0 ? Math.min(...ahead) : landing(best);
}

/** Whether one of the step's own questions is asked in the words of the intent (Step 4's which login for which_password). */
function ownQuestionOf(step: FlowNode | undefined, intent: string): boolean {
  return step?.questions.some((question) => question.intents.includes(intent)) ?? false;
}

/** Whether one of the step's own questions stands for the topic (Step 3's "where is Utilities" for the missing link). */
function answersItself(step: FlowNode | undefined, intent: string): boolean {
  return step?.questions.some((question) => question.topic === intent || question.intents.includes(intent)) ?? false;
}

/**
 * The message after a first clause that is a stop command alone ("ok never mind, submitted", "cancel that. logged in
 * now"): the user drops the side matter and tells what they did. The message as it is when no stop opens it.
 */
function afterDismissal(ctx: EngineContext, state: ConversationState, text: string): string {
  const opening = firstClause(text);
  const found = opening && readCommand(ctx, state, opening.first);
  return found?.command === 'stop' && found.whole ? opening!.rest : text;
}

/**
 * The message without the question marks of what it quotes ("It's asking 'Do you want to link these accounts?'"): the
 * screen's words, which ask the user, not the user asking the bot.
 */
function withoutQuotedMarks(text: string): string {
  return text.replace(QUOTED_QUESTION, (_, before: string, open: string, quoted: string, close: string) => `${before}${open}${quoted}${close}`);
}

/** A sentence without what it quotes ("it's asking 'do you want to link these accounts'"): the user's own words. */
function unquoted(sentence: string): string {
  return sentence.replace(QUOTED, '$1').trim();
}

/** A passage in quotes ending in a question mark, its quotes at word edges (not the apostrophe of "it's"). */
const QUOTED_QUESTION = /(^|[\s:])(['"‘“])([^'"‘’“”?]+)\?(['"’”])(?=$|[\s.,!;:])/g;
/** A passage in quotes, its quotes at word edges. */
const QUOTED = /(^|[\s:])['"‘“][^'"‘’“”]+['"’”](?=$|[\s.,!;:])/g;

/** The message and each of its clauses ("submitted, it says I successfully linked"). */
function partsOf(text: string): string[] {
  return [text, ...clauses(text)];
}
