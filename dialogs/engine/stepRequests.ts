import type { FlowNode, StepRequestWords } from '../content/types';
import { foldAccents } from '../content/normalise';
import { isNegation, tokens } from './answerReader';
import { readCommand, turnsToAProblem } from './commandReader';
import type { EngineContext } from './context';
import { procedureSteps } from './flowView';
import { OUT_OF_SCOPE_INTENT } from '../content/intents';
import { isConfident, namesTheLinking } from './reading';
import { HELP_MENU_INTENT, isSmallTalk } from './topicAnswers';
import { landing, ProgressReader, type Progress } from './progressReader';
import { afterGoingBack, goesBackToPlace } from './placeAsked';
import { saysLater } from './putOff';
import { takeChoice } from './pendingReply';
import { activeWalkthrough } from './questions';
import { ReportWords } from './reportWords';
import { ScreenReport } from './screenReport';
import type { ConversationState, Position } from './state';
import type { TurnTools } from './turnTools';
import type { Draft, Said } from './turnShape';
import { clauses, firstClause } from './textMatch';
import { bareForm } from './wordForms';
import { stepNamedBefore } from './stepWords';
import { WordPhrases } from './wordPhrases';

/** What a user says about the walkthrough's steps in their own words: a step asked for by number, a step done. */
export class StepRequests {
  constructor(private readonly ctx: EngineContext, private readonly tools: TurnTools) {}

  /**
   * "what's step 1?", "skip ahead to step 3", "I'm on step 3": that step, whatever the walkthrough's place (a
   * prerequisite question is not in the way: the user says where they are). A step that names the user's court
   * (its address) asks which court first, once, with the walkthrough already there: the court's answer shows it.
   */
  jump(state: ConversationState, text: string): Draft | undefined {
    const requested = requestedStep(this.ctx, text);
    const asked = requested?.number ?? this.goneBackTo(text) ?? this.namedByDoing(text);
    const backTo = asked === undefined ? this.backToNamed(state, text) ?? this.backWithReason(state, text) : undefined;
    const number = asked ?? backTo;
    const jumped = number === undefined ? undefined : this.goTo(state, number, backTo === undefined ? 'step' : 'back');
    // What follows the clause naming the step ("I'm on step 4, typed my login and clicked submit") starts from there.
    const after = requested && requested.sentence !== text ? text.slice(text.indexOf(requested.sentence) + requested.sentence.length) : '';
    return jumped ? this.doneAfterJump(jumped, number!, after) ?? jumped : this.backToUnnamed(state, text);
  }

  /**
   * "Back to the scenario.", "ok back to the main thing", "volvamos a lo de antes": a message that only goes back (an
   * opening of `answers.goingBack`) to a few words naming no step, no court and no topic the recognizer is sure of:
   * the walkthrough's place, shown again (never the next step), whatever side topic came between.
   */
  private backToUnnamed(state: ConversationState, text: string): Draft | undefined {
    if (!state.walkthrough || clauses(text).length > 1) return undefined;
    const rest = afterGoingBack(this.ctx, text);
    if (!rest || rest.split(' ').length > UNNAMED_WORDS || this.stepNamedIn(rest) !== undefined || this.ctx.courts.read(rest, false)) return undefined;
    const topic = this.ctx.recognize(rest);
    if (isConfident(topic) && topic.intent !== OUT_OF_SCOPE_INTENT && topic.intent !== HELP_MENU_INTENT) return undefined;
    return this.tools.walkthrough.resume({ ...state, tree: undefined }, { action: 'resume' }, false);
  }

  /**
   * "I'm on step 4, put my old login in and clicked submit, now what?": the step the user names is where the rest of
   * the message starts from; what they say they did there moves them on from it (Step 5), as it would have at that
   * step. Undefined when the rest reports nothing past it (the step named is shown).
   */
  private doneAfterJump(jumped: Draft, index: number, text: string): Draft | undefined {
    if (!/[\p{L}\p{N}]/u.test(text)) return undefined;
    const stepOf = (state: ConversationState) => this.ctx.content.procedure.flow.nodes.get(state.walkthrough?.nodeId ?? '')?.step;
    if (jumped.question !== undefined || stepOf(jumped.state) !== index + 1) return undefined;
    const moved = this.reported(jumped.state, text);
    return moved && 'said' in moved && (stepOf(moved.state) ?? 0) > index + 1 ? moved : undefined;
  }

  /**
   * "ok got the username email. back to logging in", "volvamos a lo de iniciar sesión": a clause going back (an
   * opening of `answers.goingBack`) to a step named by what the user does or sees there, read by the progress reader
   * (its step, whether the words say it was done or not: going back to it is doing it). 0-based; undefined when the
   * words after the opening name no step ("back to the steps", "back to the linking" take the walkthrough up where
   * it was: a command).
   */
  private goneBackTo(text: string): number | undefined {
    const reader = ProgressReader.of(this.ctx.content, this.ctx.trainProgress);
    for (const part of clauses(text)) {
      if (goesBackToPlace(this.ctx, part)) return undefined;
      // "back to the login step": the step's word says which thing, not what the user does there.
      const rest = withoutStepWord(this.ctx, afterGoingBack(this.ctx, part));
      const best = rest ? reader.read(rest)[0] : undefined;
      if (best && best.score >= SURE) return best.step - 1;
    }
    return undefined;
  }

  /**
   * "skip to the part where i log in", "take me to the utilities part", "whats after logging in", "qué sigue después de
   * iniciar sesión": a clause opening with a going-to (`stepRequest.goingTo`) or an after (`stepRequest.after`), then a
   * step named by what the user does or sees there: that step, or the one after it. 0-based; undefined when the words
   * name no step, or name the linking itself ("take me to the linking" takes the walkthrough up: a command).
   */
  private namedByDoing(text: string): number | undefined {
    const openings = openingsOf(this.ctx.content.responses.stepRequest);
    if (!openings) return undefined;
    for (const part of clauses(text)) {
      const words = tokens(foldAccents(this.ctx.answers.core(part)));
      const going = openings.goingTo.at(words, 0);
      const after = going ? undefined : openings.after.at(words, 0);
      const opening = going ?? after;
      const rest = opening ? words.slice(opening.length).join(' ') : '';
      const step = rest === '' || namesTheLinking(this.ctx, rest) ? undefined : this.stepNamedIn(rest);
      const index = step === undefined ? undefined : after ? step : step - 1;
      if (index !== undefined && index < this.steps().length) return index;
    }
    return undefined;
  }

  /** The step (1-based) words name: by its number, by what is done or seen there (the progress reader), else by the words only its card has. */
  private stepNamedIn(words: string): number | undefined {
    const requested = requestedStep(this.ctx, words);
    if (requested) return requested.number + 1;
    const best = ProgressReader.of(this.ctx.content, this.ctx.trainProgress).read(words)[0];
    return best && best.score >= SURE ? best.step : stepNamedBefore(this.ctx.content, words, this.steps().length + 1);
  }

  /**
   * "wait go back, which menu was that under?", "go back one more, i want to check the utilities part again": a clause
   * going back (a `back` command) with a reason that names a thing only one earlier step's card shows (stepWords):
   * that step, not merely the one before. 0-based; undefined when no clause goes back, the clauses name no earlier
   * step or several, or a clause naming it asks a topic's question ("go back. how do I reset my pacer password?").
   */
  private backToNamed(state: ConversationState, text: string): number | undefined {
    const at = state.stopped ? undefined : state.walkthrough;
    const place = at && this.tools.view.node(at).step;
    const parts = clauses(text);
    if (place === undefined || place < 2 || parts.length < 2) return undefined;
    const back = parts.findIndex((part) => readCommand(this.ctx, state, part)?.command === 'back');
    if (back < 0) return undefined;
    const named = parts.flatMap((part, i) => {
      const step = i === back ? undefined : stepNamedBefore(this.ctx.content, part, place);
      return step === undefined ? [] : [{ part, step }];
    });
    if (named.length === 0 || named.some(({ step }) => step !== named[0]!.step) || named.some(({ part }) => this.asksOwnTopic(part))) return undefined;
    return named[0]!.step - 1;
  }

  /**
   * "wait go back, what did the step before say about where the link is", "wait, go back, no estoy segura si puse bien
   * el login": a clause that is only going back (a whole `back` command) beside a reason that names no earlier step of
   * its own, and asks no topic's question nor tells a topic's trouble (the recognizer sure of it, in a word of that
   * topic's own or all but certain): the step before, whose card the reason is about ("go back. how do I reset my pacer
   * password?" is the topic's). 0-based; undefined otherwise.
   */
  private backWithReason(state: ConversationState, text: string): number | undefined {
    const at = state.stopped || state.tree ? undefined : state.walkthrough;
    const place = at && this.tools.view.node(at).step;
    const parts = clauses(text);
    if (place === undefined || place < 2 || parts.length < 2) return undefined;
    const back = parts.findIndex((part) => { const found = readCommand(this.ctx, state, part); return found?.command === 'back' && found.whole; });
    if (back < 0) return undefined;
    const { answers } = this.ctx;
    const topical = (part: string) => {
      if (!part.includes('?') && !answers.isQuestion(part) && !answers.saysTrouble(part)) return false;
      const topic = this.ctx.recognize(part);
      return isConfident(topic) && topic.intent !== OUT_OF_SCOPE_INTENT && topic.intent !== HELP_MENU_INTENT
        && (topic.score >= CERTAIN_TOPIC || this.ctx.topicWords.says(topic.intent, part));
    };
    // "Back. Where was I?": back from being away, the place asked (any other command beside it says what is meant).
    const other = parts.filter((_, i) => i !== back);
    return other.some((part) => topical(part) || readCommand(this.ctx, state, part) !== undefined) ? undefined : place - 2;
  }

  /** A clause that asks, negates or tells trouble, and reads as a topic's own question with confidence (not the help menu's). */
  private asksOwnTopic(part: string): boolean {
    const { answers } = this.ctx;
    if (!part.includes('?') && !answers.isQuestion(part) && !tokens(part).some(isNegation) && !answers.saysTrouble(part)) return false;
    const topic = this.ctx.recognize(part);
    return isConfident(topic) && topic.intent !== OUT_OF_SCOPE_INTENT && topic.intent !== HELP_MENU_INTENT;
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
    const text = ScreenReport.of(this.ctx.content).quotesScreenQuestions(withoutQuotedMarks(afterDismissal(this.ctx, state, said)));
    const here = activeWalkthrough(state, this.tools.view);
    const place = (here && this.ctx.content.procedure.flow.nodes.get(here.nodeId)?.step) || 0;
    // A sentence that puts something off ("ok i'll reset it later") tells what is still to be done: no progress.
    const sentences = ReportWords.of(this.ctx.content).sentences(text).filter((sentence) => !saysLater(this.ctx.content.responses.answers, sentence));
    // A user who asks where they are ("found it. where was I?") says no place: what they did was the side matter's.
    if (sentences.some((sentence) => readCommand(this.ctx, state, sentence)?.command === 'where')) return undefined;
    // At the last step, a message saying the problem is solved ("refreshed and the bankruptcy menu is there now",
    // "ya salen los menús") is the walkthrough's end, however its sentences read: success, not the missing-menus topic.
    // With a side topic's question open there, the topic's own yes says it (its answer closes the topic).
    if (state.tree === undefined && this.atLastStep(state) && this.ctx.answers.saysSolved(text)) return this.finished(state);
    // So is one saying what the last step says the user will then see is there ("i pressed F5 and now there is a Civil
    // menu"), a side topic's question open or not ("logged out and back in and now Bankruptcy and Adversary is there!"),
    // and at the confirm step too: the menus only appear once that screen was submitted.
    if (this.atLastStep(state, 1) && this.seesEnd(text)) return this.finished(state);
    // A side topic's question answered with the problem still there ("pressed it. same thing") is its no: what was
    // done is the topic's fix, not a step of the walkthrough.
    if (state.tree !== undefined && this.ctx.answers.saysStillStuck(text)) return undefined;
    const asks = sentences.some((sentence) => this.asks(state, sentence));
    const screen = this.screenReportable(state, text, sentences) ? { named: state.tree !== undefined } : undefined;
    const read = this.said(state, sentences, place, asks, screen);
    // A report no further than the place may retrace the place's own clicks (a story told past it stands).
    const { there, last, sees } = (read.there === undefined || read.there <= place ? this.retraced(state, text, sentences, place, asks) : undefined) ?? read;
    const between = state.tree !== undefined || state.stopped === true || state.interrupted === true || here === undefined;
    // What the user sees at the place itself ("names match" on the confirm screen) is its card again, which says what
    // to do there; reaching the place by what was done only counts when something came between.
    if (there === undefined || (there === place && (asks || (!between && !sees)))) return undefined;
    // At the last step (the link made) with a side topic open, logging in again is that topic's fix ("logged out and
    // back in, theyre there now"): no earlier step to redo.
    if (state.tree !== undefined && this.atLastStep(state) && there <= this.steps().length) return undefined;
    // What the user sees on an earlier screen than the walkthrough reached (its end included), told with what does not
    // appear ("no aparecen los menús de bankruptcy, nomás query reports utilities" at step 6), describes the problem.
    const reached = this.ctx.content.procedure.flow.nodes.get(state.walkthrough?.nodeId ?? '')?.step ?? 0;
    if (sees && there < reached && sentences.some((sentence) => tokens(sentence).some(isNegation))) return undefined;
    // Said after where the user is, a question or a problem the bot has an answer for is what the message is about
    // ("I'm on the link screen and it says invalid", "there's a Client Code box on the login screen, do I fill it?");
    // "now what" or "what's next for the linking" after it asks for the step reached. A question asked before the
    // report is as much the message's ("wait whats a client code, the login page has a box for it").
    const steps = this.steps();
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
      if (asked === undefined && after.every((part) => ReportWords.of(this.ctx.content).pointsBack(part))) return false;
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
      return this.placedFor(state, at - 1, place, sees ? [] : after) ?? (troubled ? state : undefined);
    }
    // Past the last step: the walkthrough is done ("I see the menus" at step 6), as "next" there says.
    if (there > steps.length) return this.finished(state);
    return this.goTo(state, there - 1, 'step_done', this.cautions(state, steps.slice(0, there - 1)));
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
  private said(state: ConversationState, sentences: readonly string[], place: number, asks: boolean, screen?: ScreenGate): Reported {
    const words = ReportWords.of(this.ctx.content);
    const reader = ProgressReader.of(this.ctx.content, this.ctx.trainProgress);
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
      // ("logged in with my own PACER account"): "Individual account" is no step 5 done for sharing its "account".
      const answerOnly = place === 0 && this.answersOnly(reader, part, current, finishing);
      const read = answerOnly ? [] : this.readReport(reader, part, current, finishing, screen);
      const readings = (read.length > 0 || place === 0 ? read : this.doneWithoutAnswerWords(reader, part, current, finishing, screen))
        .filter((reading) => !(asks && reading.done && reading.step === place));
      const best = readings[0];
      if (best && !this.readsWithoutAnswerWords(reader, part, best, current, finishing, screen)) return;
      // Read as done by the model ("clicked"), or words for any step after a report ("the names match, done").
      const ownWords = best ? best.done && words.saysAnyStepDone(part) : found.there !== undefined && words.saysDoneWord(part);
      if (current > 0 && !asks && ownWords) {
        // Shared words are the done of the first step from here whose own words they are: a Submit belongs to the
        // screen that has it ("le di Submit" at step 4's form is step 4 done, at step 5's confirm screen step 5's).
        // Else a reading that reaches past the step the message is at names its own step ("ya entré" at step 1: step 2's).
        // Said right after another thing done on the step the message is at, words that step's examples hold are one
        // more thing done there ("ya puse los datos y ya le di submit": step 4's Submit), not the next screen's.
        const same = doneStep === current && words.stepDoneFrom(part, current, [current]) === current;
        const owner = same ? doneStep : words.stepDoneFrom(part, current, readings.filter((reading) => reading.done).map((reading) => reading.step));
        story = owner !== undefined ? owner + 1 : (best && placeAfter(readings, current)) ?? current + 1;
        found = { there: story, last: i, sees: false };
        doneStep = story - 1;
        return;
      }
      if (!best) return;
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
      if (there !== undefined || state.tree !== undefined) found = { there: there ?? behind, last: i, sees: !best.done };
      story = there ?? behind!;
      current = best.done ? story - 1 : story;
      doneStep = best.done ? story - 1 : undefined;
    });
    return found;
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

  /** A sentence that tells answers to the questions before the steps and, without their words, reports nothing. */
  private answersOnly(reader: ProgressReader, sentence: string, place: number, finishing: boolean): boolean {
    const rest = this.ctx.told.withoutAnswers(sentence);
    return rest !== sentence && (rest === '' || this.readReport(reader, rest, place, finishing).length === 0);
  }

  /**
   * A sentence's readings; one that reads as nothing is read again without the words opening it to say when
   * ("ahora salen los dos nombres", "and now it asks for my password": a sight told with a "now" is still that sight;
   * the reader's none class holds "y ahora qué" and "now what"). A short one that opens with a yes ("yep in", "sí ya
   * entré") or with fillers ("ok in") is read without them: a short success report said with the habit of agreeing is
   * still that report. A longer rest is no such report: "and I have my old CM/ECF username and password" opens with the
   * "I have" of a yes, and says what the user knows, not what they did.
   */
  private readReport(reader: ProgressReader, sentence: string, place: number, finishing: boolean, screen?: ScreenGate): Progress[] {
    const unopened = ReportWords.of(this.ctx.content).unopened(sentence);
    // After a "done" ("listo, ya le di clic a utilities" at step 3), only a place ahead: the step on screen was done.
    const ahead = (readings: Progress[]) => (unopened?.saysDone ? readings.filter((reading) => landing(reading) > place) : readings);
    const readings = ahead(reader.read(sentence));
    if (readings.length > 0) return this.doneOnScreenNamed(sentence, place, readings, screen) ?? sightOnScreenNamed(this.ctx, sentence, readings);
    // At the last step, what it says the user will now see ends the walkthrough however the sentence opens ("all good
    // i see the bankruptcy menu"): read from each word that opens a report, only the last step's own done counts.
    if (finishing) {
      const last = this.steps().length;
      const seen = ReportWords.of(this.ctx.content).laterOpenings(sentence).map((rest) => reader.read(rest).filter((reading) => reading.done && reading.step === last));
      const finished = seen.find((found) => found.length > 0);
      if (finished) return finished;
    }
    const later = unopened ? ahead(reader.read(unopened.rest)) : [];
    if (later.length > 0) return later;
    // A report told with when it worked at last ("got in this time", "ok got in finally") is the report without it.
    const atLast = this.ctx.answers.withoutAtLast(sentence);
    if (atLast !== undefined) return this.readReport(reader, atLast, place, finishing, screen);
    const said = this.ctx.answers.polarity(sentence);
    // So is a word or two said after fillers ("ok in") about the step on screen; a longer rest may be what the fillers
    // worry about ("uh oh I already pressed submit").
    const yes = said?.polarity === 'yes';
    const rest = yes ? said.rest : this.ctx.answers.core(sentence);
    const words = tokens(rest);
    const short = words.length <= (yes ? SHORT_REPORT_WORDS : FILLED_REPORT_WORDS) && words.length < tokens(sentence).length;
    const unfilled = words.length > 0 && short ? reader.read(rest) : [];
    // After fillers, only the step on screen: "ok found it" at step 1 is its link found, not step 3's.
    const filled = yes ? unfilled : unfilled.filter((reading) => landing(reading) <= place + 1);
    return filled.length > 0 || !screen ? filled : this.screenDone(sentence, place, screen);
  }

  /**
   * While the steps run, a thing done told in the words of a step's screen that the model reads as nothing ("Login
   * successful.", "i write the ecf user and password and click submit"): that step done (screenReport.ts), at a step.
   * With a side topic open, only a step ahead, named by a screen's own name ("… and click submit"): other words may
   * be the topic's fix.
   */
  private screenDone(sentence: string, place: number, screen: ScreenGate): Progress[] {
    const done = place > 0 ? ScreenReport.of(this.ctx.content).read(sentence, place, screen.named) : undefined;
    // With a side topic open, a step ahead only: the thing on screen done again may be the topic's trouble ("ya le había
    // dado submit antes" at the names' question).
    return done && (!screen.named || done.step > place) ? [done] : [];
  }

  /**
   * A thing done read as a step whose screens the sentence does not name, though it names another step's ("pressed
   * Document Filing System" read as step 6's "pressed f5"): the step whose screen it names, as its screen's words say
   * (screenReport.ts). Undefined: the model's readings stand.
   */
  private doneOnScreenNamed(sentence: string, place: number, readings: readonly Progress[], screen?: ScreenGate): Progress[] | undefined {
    const best = readings[0]!;
    const report = ScreenReport.of(this.ctx.content);
    if (!screen || place === 0 || !best.done || !report.namesOtherThan(sentence, best.step)) return undefined;
    const done = report.read(sentence, place, true);
    return done && done.step !== best.step ? [done] : undefined;
  }

  /**
   * Whether a message may be read for a thing done in the words of a step's screen: the steps under way, and the
   * message a plain report, asking nothing, telling no trouble nor anything after a contrast ("… but it say something
   * of cookies"), and giving no command ("found it in my password manager. back to it" tells the side matter done).
   */
  private screenReportable(state: ConversationState, text: string, sentences: readonly string[]): boolean {
    const { answers } = this.ctx;
    if (!activeWalkthrough(state, this.tools.view) || text.includes('?') || answers.asksInAnySentence(text)) return false;
    if (answers.saysTrouble(text) || answers.saysFailure(text) || answers.afterContrast(text) !== undefined) return false;
    return sentences.every((sentence) => readCommand(this.ctx, state, sentence) === undefined);
  }

  /**
   * Whether a sentence that states a prerequisite's answer by meaning (content's `when`: "individual account", "my own
   * PACER", "the ecf creds are in my notes") still reads as `best` without the words it states it with: they are that
   * answer's, not a step's ("Individual account, upgraded." read as Step 5 done), while a report told with them stays
   * one ("logged in with my own pacer account" is Step 2 done either way).
   */
  private readsWithoutAnswerWords(reader: ProgressReader, sentence: string, best: Progress, place: number, finishing: boolean, screen?: ScreenGate): boolean {
    const rest = this.withoutAnswerWords(sentence);
    if (rest === undefined) return true;
    const again = rest === '' ? undefined : this.readReport(reader, rest, place, finishing, screen)[0];
    return again !== undefined && landing(again) === landing(best);
  }

  /**
   * A thing done told with the words of a prerequisite's answer that the model reads as nothing for them ("signed in
   * using my personal acct": the account's owner words lean to the answer): the thing done without them, a done only.
   */
  private doneWithoutAnswerWords(reader: ProgressReader, sentence: string, place: number, finishing: boolean, screen?: ScreenGate): Progress[] {
    const rest = this.withoutAnswerWords(sentence);
    return rest ? this.readReport(reader, rest, place, finishing, screen).filter((reading) => reading.done) : [];
  }

  /**
   * The sentence without the phrases it states a prerequisite's answer with by meaning (content's `when`), each said
   * whole: "signed in w/ my individual acct" says "individual" and "acct", not the "signed up" of an account made (its
   * "signed" is the login done). Undefined when it states none.
   */
  private withoutAnswerWords(sentence: string): string | undefined {
    const said = ` ${tokens(sentence).map(bareForm).join(' ')} `;
    const phrases = [...this.ctx.told.read(sentence).values()].flatMap((choice) => (choice.when ?? []).flat().map((entry) => tokens(entry).map(bareForm)));
    const answerWords = new Set(phrases.filter((phrase) => phrase.length > 0 && said.includes(` ${phrase.join(' ')} `)).flat());
    if (answerWords.size === 0) return undefined;
    return tokens(sentence).filter((word) => !answerWords.has(bareForm(word))).join(' ');
  }

  /** A statement, telling no failure, that what the last step says the user will then see is there (ScreenReport). */
  private seesEnd(text: string): boolean {
    const { answers } = this.ctx;
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
    return at?.step !== undefined && at.step >= this.steps().length - before;
  }

  /** "logged in", "names match, submitted": the user says they did the step on screen, so the walkthrough goes on. */
  done(state: ConversationState, text: string): Draft | undefined {
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
    if (!reports.some((part) => this.ctx.nodeQuestions.saysDone(part, node, anyStep))) return undefined;
    return this.tools.walkthrough.navigate({ ...state, tree: undefined }, 'next', { action: 'step_done' });
  }

  /** The walkthrough's place, for a message that reports rather than asks ("both names are mine, ok to press submit?" asks). */
  private placeOf(state: ConversationState, text: string): Position | undefined {
    if (this.ctx.answers.isQuestion(text) || text.endsWith('?')) return undefined;
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
   * good") or small talk ("thank you so much"): the report is the message.
   */
  private saysMore(state: ConversationState, sentence: string): boolean {
    if (this.asksToGoOn(state, sentence)) return false;
    if (this.asks(state, sentence) || this.ctx.answers.saysFailure(sentence)) return true;
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

  /**
   * Shows the step at `index` (0-based), with the prerequisites answered so far and every step before it in its
   * history. A step that names the user's court (its address) asks which court first, once, with the walkthrough
   * already there: the court's answer shows it.
   */
  private goTo(state: ConversationState, index: number, action: string, before: readonly Said[] = []): Draft | undefined {
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
   * got in the walkthrough under way and then asks about a topic or tells a problem there (`after`: "logged in,
   * clicked Utilities, but there's no link"): "continue" after the topic's answer shows that step. The question the
   * walkthrough asked before the steps is passed: being at a step implies it. Undefined: the place stays.
   */
  private placedFor(state: ConversationState, index: number, place: number, after: readonly string[]): ConversationState | undefined {
    const told = after.some((part) => this.asks(state, part) || this.ctx.answers.saysFailure(part));
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
  private finished(state: ConversationState): Draft | undefined {
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
  private cautions(state: ConversationState, skipped: readonly FlowNode[]): Said[] {
    // Once no warning is ahead (the link is made), a caution warns of nothing the user can still avoid.
    if (!this.steps().slice(skipped.length).some((node) => node.warning !== undefined)) return [];
    const seen = new Set([...(state.walkthrough?.history ?? []), ...(state.walkthrough ? [state.walkthrough.nodeId] : [])]);
    const label = this.ctx.content.responses.labels.warning;
    return skipped.filter((node) => node.caution !== undefined && !seen.has(node.id))
      .map((node) => ({ reply: { text: `**${label}:** ${node.caution!}` } }));
  }

  private steps(): readonly FlowNode[] {
    return procedureSteps(this.ctx.content);
  }

  /** The prerequisites answered so far, then every step before the one at `index`. */
  private historyTo(history: readonly string[], steps: readonly FlowNode[], index: number): string[] {
    const { nodes } = this.ctx.content.procedure.flow;
    return [...history.filter((id) => nodes.get(id)?.step === undefined), ...steps.slice(0, index).map((node) => node.id)];
  }
}

/** A message read for things done in its steps' screen words; `named`: only a screen's own name names a step. */
interface ScreenGate { readonly named: boolean }

/** Where a message's reports put the user, the sentence of the last one, and whether it says what the user sees. */
interface Reported { readonly there?: number; readonly last: number; readonly sees: boolean }

/** The most words a success report said after a yes has ("yeah finally got in now"). */
const SHORT_REPORT_WORDS = 4;
/** The most words one said after fillers has ("ok in", "alright logged on"). */
const FILLED_REPORT_WORDS = 2;

/** A topic this likely is the reason's, whatever its words ("go back. how do I reset my pacer password?"). */
const CERTAIN_TOPIC = 0.9;

/** The most words a place gone back to in other words has ("the scenario", "the main thing we were on"). */
const UNNAMED_WORDS = 5;

/** The likeliest reading of a sentence must be this likely for the sentence to report anything. */
const SURE = 0.4;
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

/**
 * A sight read as a step whose screens the sentence does not name, though it names one other step's ("there's a
 * CM/ECF login and password box" read as step 2's PACER login; "it asks CM/ECF login" as step 5's question): that
 * step's sight, the form in front of the user (ScreenReport.sightNamed). The readings as they are otherwise.
 */
function sightOnScreenNamed(ctx: EngineContext, sentence: string, readings: Progress[]): Progress[] {
  const best = readings[0]!;
  const step = best.done ? undefined : ScreenReport.of(ctx.content).sightNamed(sentence, best.step);
  return step === undefined || step === best.step ? readings : [{ step, done: false, score: best.score }];
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

interface Vocabulary { readonly step: ReadonlySet<string>; readonly around: ReadonlySet<string> }

const vocabularies = new WeakMap<StepRequestWords, Vocabulary>();

/**
 * The step a message asks for by its number, 0-based ("what's step 1?", "skip ahead to step 3, I'm already logged
 * in", "estoy en el paso 2", "ok first step please"): a sentence of it holds the step's word and a number after it
 * (or an ordinal before it), and nothing else but the content's `stepRequest.words`. A sentence with any other word
 * ("is step 5 permanent?") is a question about the step.
 */
function requestedStep(ctx: EngineContext, text: string): { readonly number: number; readonly sentence: string } | undefined {
  const request = ctx.content.responses.stepRequest;
  if (!request) return undefined;
  const vocabulary = vocabularyOf(request);
  const total = ctx.content.procedure.totalSteps;
  for (const sentence of [text, ...clauses(text)]) {
    const words = tokens(foldAccents(sentence));
    const at = words.findIndex((word) => vocabulary.step.has(word));
    const after = at < 0 ? undefined : stepNumber(ctx, words[at + 1], total);
    // Or its ordinal before it: "ok first step please", "el primer paso".
    const before = at < 1 || after !== undefined || /\d/.test(words[at - 1]!) ? undefined : ctx.answers.position(words[at - 1]!, total);
    const number = after ?? before;
    if (number === undefined) continue;
    const named = after !== undefined ? at + 1 : at - 1;
    if (words.every((word, i) => i === at || i === named || vocabulary.around.has(word))) return { number, sentence };
  }
  return undefined;
}

/** "3", "three", "third" (the answer words' ordinals); "one" points at a button elsewhere, so it is read here. */
function stepNumber(ctx: EngineContext, word: string | undefined, total: number): number | undefined {
  if (word === undefined) return undefined;
  if (/^\d+$/.test(word)) return Number(word) >= 1 && Number(word) <= total ? Number(word) - 1 : undefined;
  return word === 'one' || word === 'uno' ? 0 : ctx.answers.position(word, total);
}

/** The words without the step's word ("the login step" -> "the login"); "back to step" keeps it (nothing else named). */
function withoutStepWord(ctx: EngineContext, text: string | undefined): string | undefined {
  const request = ctx.content.responses.stepRequest;
  if (!request || text === undefined) return text;
  const { step } = vocabularyOf(request);
  const words = tokens(foldAccents(text));
  const rest = words.filter((word) => !step.has(word));
  return rest.length > 0 && rest.length < words.length ? rest.join(' ') : text;
}

interface Openings { readonly goingTo: WordPhrases; readonly after: WordPhrases }

const openingsByRequest = new WeakMap<StepRequestWords, Openings>();

/** The going-to and after openings of a step named by what is done there (accents folded), made once. */
function openingsOf(request: StepRequestWords | undefined): Openings | undefined {
  if (!request || (!request.goingTo && !request.after)) return undefined;
  let openings = openingsByRequest.get(request);
  if (!openings) {
    const phrases = (list: readonly string[] = []) => new WordPhrases(list.map((phrase) => tokens(foldAccents(phrase))));
    openings = { goingTo: phrases(request.goingTo), after: phrases(request.after) };
    openingsByRequest.set(request, openings);
  }
  return openings;
}

function vocabularyOf(request: StepRequestWords): Vocabulary {
  let vocabulary = vocabularies.get(request);
  if (!vocabulary) {
    const words = (list: readonly string[]) => new Set(list.flatMap((word) => tokens(foldAccents(word))));
    vocabulary = { step: words(request.step), around: words(request.words) };
    vocabularies.set(request, vocabulary);
  }
  return vocabulary;
}
