import { madeOnce } from './madeOnce';
import type { StepRequestWords } from '../content/types';
import { foldAccents } from '../content/normalise';
import { isNegation, tokens } from './answerReader';
import { readCommand } from './commandReader';
import type { EngineContext } from './context';
import { OUT_OF_SCOPE_INTENT } from '../content/intents';
import { isConfident, namesTheLinking } from './reading';
import { HELP_MENU_INTENT } from './topicAnswers';
import { ProgressReader } from './progressReader';
import { afterGoingBack, goesBackToPlace } from './placeAsked';
import type { ConversationState } from './state';
import type { TurnTools } from './turnTools';
import type { Draft } from './turnShape';
import { clauses } from './textMatch';
import { stepNamedBefore, stepWarnedOf } from './stepWords';
import { WordPhrases } from './wordPhrases';
import type { StepMoves } from './stepMoves';
import { SURE, type StepReports } from './stepReports';

/** A step the user asks for in their own words: by its number, by what is done or seen there, or by going back to it. */
export class StepJumps {
  constructor(private readonly ctx: EngineContext, private readonly tools: TurnTools, private readonly moves: StepMoves,
    private readonly reports: StepReports) {}

  /**
   * "what's step 1?", "skip ahead to step 3", "I'm on step 3": that step, whatever the walkthrough's place (a
   * prerequisite question is not in the way: the user says where they are). A step that names the user's court
   * (its address) asks which court first, once, with the walkthrough already there: the court's answer shows it.
   */
  jump(state: ConversationState, text: string): Draft | undefined {
    const through = this.doneThrough(state, text);
    if (through) return through;
    const requested = requestedStep(this.ctx, text);
    const asked = requested?.number ?? this.goneBackTo(state, text) ?? this.namedByDoing(text);
    const backTo = asked === undefined ? this.backToNamed(state, text) ?? this.backWithReason(state, text) ?? this.mistakeBefore(state, text) : undefined;
    const number = asked ?? backTo;
    const jumped = number === undefined ? undefined : this.moves.goTo(state, number, backTo === undefined ? 'step' : 'back');
    // What follows the clause naming the step ("I'm on step 4, typed my login and clicked submit") starts from there.
    const after = requested && requested.sentence !== text ? text.slice(text.indexOf(requested.sentence) + requested.sentence.length) : '';
    return jumped ? this.doneAfterJump(jumped, number!, after) ?? jumped : this.backToUnnamed(state, text);
  }

  /**
   * "ya lo vincule todo, los pasos 3 4 y 5 ya los hice", "did everything up to the submit on step 4": steps told done by
   * their numbers (stepsToldDone), wherever the walkthrough waits: the step after the last one named, or the end.
   */
  private doneThrough(state: ConversationState, text: string): Draft | undefined {
    const last = stepsToldDone(this.ctx, text);
    if (last === undefined) return undefined;
    const steps = this.moves.steps();
    if (last >= steps.length) return state.walkthrough ? this.moves.finished(state) : this.moves.goTo(state, steps.length - 1, 'step_done');
    return this.moves.goTo(state, last, 'step_done', this.moves.cautions(state, steps.slice(0, last)));
  }

  /**
   * "Back to the scenario.", "ok back to the main thing", "volvamos a lo de antes": a message that only goes back (an
   * opening of `answers.goingBack`) to a few words naming no step, no court and no topic the recognizer is sure of:
   * the walkthrough's place, shown again (never the next step), whatever side topic came between.
   */
  private backToUnnamed(state: ConversationState, text: string): Draft | undefined {
    if (!state.walkthrough || clauses(text).length > 1 || readCommand(this.ctx, state, text)?.command === 'back') return undefined;
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
    const moved = this.reports.reported(jumped.state, text);
    return moved && 'said' in moved && (stepOf(moved.state) ?? 0) > index + 1 ? moved : undefined;
  }

  /**
   * "ok got the username email. back to logging in", "volvamos a lo de iniciar sesión": a clause going back (an
   * opening of `answers.goingBack`) to a step named by what the user does or sees there, read by the progress reader
   * (its step, whether the words say it was done or not: going back to it is doing it). 0-based; undefined when the
   * words after the opening name no step ("back to the steps", "back to the linking" take the walkthrough up where
   * it was: a command).
   */
  private goneBackTo(state: ConversationState, text: string): number | undefined {
    const reader = ProgressReader.of(this.ctx.content, this.ctx.trainProgress);
    for (const part of clauses(text)) {
      // "regrésame al paso anterior": the step before, a command.
      if (goesBackToPlace(this.ctx, part) || readCommand(this.ctx, state, part)?.command === 'back') return undefined;
      // "back to the login step": the step's word says which thing, not what the user does there; the words on one side
      // of it name the step alone ("the utilities step for a moment", "al paso del login un momento").
      const after = afterGoingBack(this.ctx, part);
      for (const rest of [withoutStepWord(this.ctx, after), ...besideStepWord(this.ctx, after)]) {
        const best = rest ? reader.read(rest)[0] : undefined;
        if (best && best.score >= SURE) return best.step - 1;
      }
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
      if (index !== undefined && index < this.moves.steps().length) return index;
    }
    return undefined;
  }

  /** The step (1-based) words name: by its number, by what is done or seen there (the progress reader), else by the words only its card has. */
  private stepNamedIn(words: string): number | undefined {
    const requested = requestedStep(this.ctx, words);
    if (requested) return requested.number + 1;
    const best = ProgressReader.of(this.ctx.content, this.ctx.trainProgress).read(words)[0];
    return best && best.score >= SURE ? best.step : stepNamedBefore(this.ctx.content, words, this.moves.steps().length + 1);
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

  /**
   * "wait, i signed in with the firm one by accident", "me equivoqué, entré con la cuenta compartida": a mistake told
   * (content's `answers.mistake`) and a word only one earlier step's warning has, in clauses that ask nothing
   * (stepWarnedOf: Step 2's shared firm account), while the walkthrough is before its last step: nothing is linked yet,
   * so that step is done again (its card, its warning), no undoing. A message that names the linking, tells it made
   * (`answers.linkedSaid`) or tells a step at the place or later done is none. 0-based; undefined otherwise.
   */
  private mistakeBefore(state: ConversationState, text: string): number | undefined {
    const at = state.stopped ? undefined : state.walkthrough;
    const place = at && this.tools.view.node(at).step;
    if (place === undefined || place >= this.moves.steps().length) return undefined;
    const { mistakes, linked } = mistakesOf(this.ctx.content);
    const words = tokens(foldAccents(text));
    if (!mistakes.inside(words) || words.some((word) => linked.has(word))) return undefined;
    // The mistake and the warning's word told in clauses that ask nothing ("by mistake, can i use the firm one?" asks).
    const { answers } = this.ctx;
    const told = clauses(text).filter((part) => !part.includes('?') && !answers.isQuestion(part));
    if (!told.some((part) => mistakes.inside(tokens(foldAccents(part))))) return undefined;
    const warned = told.map((part) => stepWarnedOf(this.ctx.content, part)).find((step) => step !== undefined);
    if (warned === undefined || warned >= place || clauses(text).some((part) => namesTheLinking(this.ctx, part))) return undefined;
    const reported = ProgressReader.of(this.ctx.content, this.ctx.trainProgress).read(text)[0];
    return reported && reported.score >= SURE && reported.done && reported.step >= place ? undefined : warned - 1;
  }

  /** A clause that asks, negates or tells trouble, and reads as a topic's own question with confidence (not the help menu's). */
  private asksOwnTopic(part: string): boolean {
    const { answers } = this.ctx;
    if (!part.includes('?') && !answers.isQuestion(part) && !tokens(part).some(isNegation) && !answers.saysTrouble(part)) return false;
    const topic = this.ctx.recognize(part);
    return isConfident(topic) && topic.intent !== OUT_OF_SCOPE_INTENT && topic.intent !== HELP_MENU_INTENT;
  }
}

interface MistakeWords { readonly mistakes: WordPhrases; readonly linked: ReadonlySet<string> }
const mistakesByContent = new WeakMap<EngineContext['content'], MistakeWords>();

/** Content's `answers.mistake` phrases and `linkedSaid` words (accents folded), made once. */
function mistakesOf(content: EngineContext['content']): MistakeWords {
  const { mistake, linkedSaid } = content.responses.answers;
  return madeOnce(mistakesByContent, content, () => ({
    mistakes: new WordPhrases((mistake ?? []).map((phrase) => tokens(foldAccents(phrase)))),
    linked: new Set((linkedSaid ?? []).flatMap((word) => tokens(foldAccents(word)))),
  }));
}

/** A topic this likely is the reason's, whatever its words ("go back. how do I reset my pacer password?"). */
const CERTAIN_TOPIC = 0.9;

/** The most words a place gone back to in other words has ("the scenario", "the main thing we were on"). */
const UNNAMED_WORDS = 5;

interface Vocabulary { readonly step: ReadonlySet<string>; readonly around: ReadonlySet<string> }

const vocabularies = new WeakMap<StepRequestWords, Vocabulary>();

/**
 * The step a message asks for by its number, 0-based ("what's step 1?", "skip ahead to step 3, I'm already logged
 * in", "estoy en el paso 2", "ok first step please"): a sentence of it holds the step's word and a number after it
 * (or an ordinal before it), and nothing else but the content's `stepRequest.words`. A sentence with any other word
 * ("is step 5 permanent?") is a question about the step.
 */
export function requestedStep(ctx: EngineContext, text: string): { readonly number: number; readonly sentence: string } | undefined {
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
    // Fillers around it too ("hey im on step 5", "sorry, step 3 actually"): they change nothing the sentence names.
    const around = (word: string) => vocabulary.around.has(word) || ctx.answers.isAcknowledgement(word);
    if (words.every((word, i) => i === at || i === named || around(word))) return { number, sentence };
  }
  return undefined;
}

/**
 * The last step (1-based) a message says was done by naming steps by their numbers ("did steps 3 4 and 5 already", "ya
 * hice todo hasta el submit del paso 4", "step 2 done"): a sentence with the step's word (or its plural), numbers after
 * it, a word of content's `stepRequest.doneSaid`, and nothing else but `stepRequest.words` and `doneWords`. A message
 * that asks, negates or tells trouble anywhere is none ("did step 4 but it says invalid"). Undefined when none.
 */
export function stepsToldDone(ctx: EngineContext, text: string): number | undefined {
  const request = ctx.content.responses.stepRequest;
  if (!request?.doneSaid || text.includes('?') || !/\d/.test(text)) return undefined;
  const { answers } = ctx;
  if (answers.isQuestion(text) || answers.saysTrouble(text) || answers.saysFailure(text) || tokens(text).some(isNegation)) return undefined;
  const vocabulary = doneVocabularyOf(request);
  const total = ctx.content.procedure.totalSteps;
  let last: number | undefined;
  for (const sentence of text.split(/[.;!]+/)) {
    const words = tokens(foldAccents(sentence));
    const at = words.findIndex((word) => vocabulary.step.has(word));
    if (at < 0 || !words.some((word) => vocabulary.said.has(word))) continue;
    const numbers = words.flatMap((word, i) => (i > at && /^\d+$/.test(word) ? [Number(word)] : []));
    const known = (word: string, i: number) => vocabulary.step.has(word) || vocabulary.said.has(word) || vocabulary.around.has(word) || (i > at && /^\d+$/.test(word));
    if (numbers.length === 0 || numbers.some((n) => n < 1 || n > total) || !words.every(known)) continue;
    last = Math.max(last ?? 0, ...numbers);
  }
  return last;
}

interface DoneVocabulary { readonly step: ReadonlySet<string>; readonly said: ReadonlySet<string>; readonly around: ReadonlySet<string> }

const doneVocabularies = new WeakMap<StepRequestWords, DoneVocabulary>();

/** The step's word and its plural, the words saying done, and the words around them (accents folded), made once. */
function doneVocabularyOf(request: StepRequestWords): DoneVocabulary {
  return madeOnce(doneVocabularies, request, () => {
    const words = (list: readonly string[] = []) => new Set(list.flatMap((word) => tokens(foldAccents(word))));
    const step = words(request.step);
    return { step: new Set([...step, ...[...step].map((word) => `${word}s`)]), said: words(request.doneSaid), around: new Set([...words(request.words), ...words(request.doneWords)]) };
  });
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

/** The words before the step's word and those after it, when it is said between others ("the login step for a sec"). */
function besideStepWord(ctx: EngineContext, text: string | undefined): string[] {
  const request = ctx.content.responses.stepRequest;
  if (!request || text === undefined) return [];
  const { step, around } = vocabularyOf(request);
  const words = tokens(foldAccents(text));
  const at = words.findIndex((word) => step.has(word));
  // Each side without the request's own words at its ends ("del login porfa" -> "login").
  const inner = (side: readonly string[]) => {
    const said = (word: string) => !around.has(word) && !ctx.answers.isAcknowledgement(word);
    const from = side.findIndex(said);
    return from < 0 ? '' : side.slice(from, side.length - [...side].reverse().findIndex(said)).join(' ');
  };
  return at < 0 ? [] : [inner(words.slice(0, at)), inner(words.slice(at + 1))].filter((side) => side !== '');
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
