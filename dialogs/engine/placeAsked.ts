import { foldAccents } from '../content/normalise';
import type { Content } from '../content/types';
import { readChatSpanish } from '../nlu-es/chatSpanish';
import { tokens } from './answerReader';
import { commandKeyOfWords, type EngineContext } from './context';
import { namesTheLinking } from './reading';
import type { ConversationState } from './state';
import { WordPhrases } from './wordPhrases';

/** The words a question about where the user is may be made of, and those saying who is there, per content (built once). */
/** Per content, made once: read on every message (the going-back openings once per clause). */
interface WhereWords {
  readonly all: ReadonlySet<string>;
  readonly who: ReadonlySet<string>;
  /** The words that ask about a place: those of `all` that are neither fillers nor say who ("and me?" asks nothing of one). */
  readonly place: ReadonlySet<string>;
  /** The words of the `resume` commands that no question about the place uses ("continue", "pick", "seguir"). */
  readonly resume: ReadonlySet<string>;
  /** The openings of going back, looked up by their first word. */
  readonly goingBack: WordPhrases;
  /** Words pointing at the place on screen ("this"), saying whose place is asked only beside a step's word. */
  readonly here: ReadonlySet<string>;
  /** The `back` commands that no `resume` command holds ("the step before", "previous"; "back to before" takes up). */
  readonly stepBefore: WordPhrases;
  /** The words of the `back` commands, and those joining two of them ("to", "a"; "al"). */
  readonly backWords: ReadonlySet<string>;
  /** The step's words ("step", "paso"). */
  readonly step: ReadonlySet<string>;
  /** Words that ask for the place without a question mark ("remind", "tell"; "recuérdame"). */
  readonly asking: ReadonlySet<string>;
  /** Words saying the place is lost ("lost"; "perdí"): they ask it as they stand. */
  readonly lost: ReadonlySet<string>;
}
const vocabularies = new WeakMap<Content, WhereWords>();

/** Fewest words of a question about the place ("where was I", "¿por cuál paso íbamos?"): one word asks nothing. */
const PLACE_QUESTION_WORDS = 2;

/**
 * "where was I again", "which step were we at?", "¿en qué paso íbamos?": a question made only of the words of the
 * `where` commands, the content's `answers.whereWords` ("again", "exactly"; "otra vez", "por", "cuál") and fillers,
 * one of them saying who is somewhere (`answers.whereWho`: "I", "we"; "íbamos": "¿qué pasó?" asks what happened) and one
 * neither a filler nor a who ("and me?" asks about the user, not the place).
 * The class is read from its words, not from a list of whole sentences, so a new order or an extra "now" still asks
 * where the user is; any other word ("where is Utilities", "what step logs me in") makes it a question about something.
 */
export function asksWhere(ctx: EngineContext, text: string): boolean {
  const spanish = ctx.content.locale === 'es';
  const words = wordsOf(ctx, text);
  const vocabulary = whereVocabulary(ctx.content);
  // "remind me which step i'm on" (asked of the bot, and of a place word besides), "i'm lost": asked with no question mark.
  const lost = words.some((word) => vocabulary.lost.has(word));
  const asking = lost || (words.some((word) => vocabulary.asking.has(word))
    && words.some((word) => vocabulary.place.has(word) && !vocabulary.asking.has(word)));
  if (!asking && !text.includes('?') && !ctx.answers.isQuestion(spanish ? words.join(' ') : text)) return false;
  // "which step is this", "¿cuál paso es este?": the step on screen pointed at says whose place is asked, as "I" does.
  const pointed = words.some((word) => vocabulary.here.has(word)) && words.some((word) => vocabulary.step.has(word));
  const known = (word: string) => vocabulary.all.has(word) || (pointed && vocabulary.here.has(word));
  return words.length >= PLACE_QUESTION_WORDS && words.every(known) && (pointed || words.some((word) => vocabulary.who.has(word)))
    && words.some((word) => vocabulary.place.has(word));
}

/**
 * "go back to the previous step", "back up to the step before": words of the `back` commands only (and "to" between),
 * one of them naming the step before (a `back` command no `resume` command holds): going back, in two commands' words.
 */
export function namesStepBefore(ctx: EngineContext, words: readonly string[]): boolean {
  const { stepBefore, backWords } = whereVocabulary(ctx.content);
  return stepBefore.inside(words) && words.every((word) => backWords.has(word));
}

/** "I got lost", "me perdí": the place said lost, told, not asked (the why of a command beside it). */
export function saysLostOnly(ctx: EngineContext, text: string): boolean {
  const { lost, asking } = whereVocabulary(ctx.content);
  const words = wordsOf(ctx, text);
  return words.some((word) => lost.has(word)) && !words.some((word) => asking.has(word)) && !text.includes('?') && !ctx.answers.isQuestion(text);
}

/**
 * "can we continue where we left off", "let's pick up from where I was", "sigamos donde nos quedamos": taking the
 * walkthrough up at the place, in any order of the words of the `resume` commands and of a question about the place
 * (placeAsked's vocabulary), one of them saying who was somewhere — so it asks for the same place, never the next
 * step. Read from its words, as asksWhere is; any other word ("continue to the link page") makes it about that.
 */
export function asksToTakeUp(ctx: EngineContext, text: string): boolean {
  const words = wordsOf(ctx, ctx.answers.request(text) ?? text);
  const { all, who, resume, stepBefore } = whereVocabulary(ctx.content);
  // "what was the step before": the step before named (a `back` command no `resume` command holds), not the place.
  return words.length >= PLACE_QUESTION_WORDS && !stepBefore.inside(words) && words.some((word) => resume.has(word)) && words.some((word) => who.has(word))
    && words.every((word) => all.has(word) || resume.has(word));
}

/** The message's words, accents folded; in Spanish, chat shorthand as the words it stands for ("en q paso ibamos", "dnd"). */
function wordsOf(ctx: EngineContext, text: string): string[] {
  return ctx.content.locale === 'es' ? readChatSpanish(folded(text)) : folded(text);
}

/**
 * "ok. back to the district court one", "back to the maryland one", "volvamos a la de distrito": going back (an
 * opening of `answers.goingBack`) to the court the walkthrough is for, named in any way the court reader knows (its
 * name, its district, or its kind said of the district noted). Going back to another court is a switch, not this.
 */
export function goesBackToCourt(ctx: EngineContext, state: ConversationState, text: string): boolean {
  const courtId = state.courtId;
  if (!state.walkthrough || courtId === undefined) return false;
  const rest = afterGoingBack(ctx, text);
  if (rest === undefined || rest === '') return false;
  if (ctx.courts.ofKindSaid(rest, courtId) === courtId) return true;
  // Read loosely: after "back to" a court is expected, and "the maryland one" names one only loosely.
  const found = ctx.courts.read(rest, true);
  return found?.kind === 'court' ? found.id === courtId : found?.kind === 'choice' && found.ids.includes(courtId);
}

/**
 * "back to the step", "ok back to where we were", "go back to the linking", "volvamos al paso": going back (an opening
 * of `answers.goingBack`) to the walkthrough's place itself, in the words of a question about the place or of the
 * `resume` commands only (articles aside), or to the linking itself (reading's namesTheLinking, as "do the linking"
 * takes it up). Any other word names where to go ("back to the utilities page": a step; "back to my question").
 */
export function goesBackToPlace(ctx: EngineContext, text: string): boolean {
  const rest = afterGoingBack(ctx, text);
  if (rest === undefined || rest === '') return false;
  const { all, resume } = whereVocabulary(ctx.content);
  const words = commandKeyOfWords(folded(rest)).split(' ').filter((word) => word !== '');
  return (words.length > 0 && words.every((word) => all.has(word) || resume.has(word))) || namesTheLinking(ctx, rest);
}

/** The words after an opening of going back ("back to", "volvamos a"), fillers before it aside; undefined without one. */
export function afterGoingBack(ctx: EngineContext, text: string): string | undefined {
  const words = tokens(ctx.answers.core(text));
  const opening = whereVocabulary(ctx.content).goingBack.at(words, 0);
  return opening && words.slice(opening.length).join(' ');
}

function whereVocabulary(content: Content): WhereWords {
  let vocabulary = vocabularies.get(content);
  if (!vocabulary) {
    const { commands, answers } = content.responses;
    const who = answers.whereWho ?? [];
    const asking = answers.whereAsking ?? [];
    const lost = answers.whereLost ?? [];
    const all = new Set([...commands.where, ...(answers.whereWords ?? []), ...asking, ...lost, ...who, ...answers.fillers].flatMap(folded));
    const others = new Set([...who, ...answers.fillers].flatMap(folded));
    vocabulary = {
      all,
      who: new Set(who.flatMap(folded)),
      place: new Set([...all].filter((word) => !others.has(word))),
      resume: new Set(commands.resume.flatMap(folded).filter((word) => !all.has(word))),
      goingBack: new WordPhrases((answers.goingBack ?? []).map((phrase) => tokens(phrase))),
      stepBefore: new WordPhrases(commands.back.map(folded).filter((phrase) => !commands.resume.some((taken) => holds(folded(taken), phrase)))),
      backWords: new Set([...commands.back, ...(answers.backJoin ?? [])].flatMap(folded)),
      here: new Set((answers.whereThis ?? []).flatMap(folded)),
      step: new Set((content.responses.stepRequest?.step ?? []).flatMap(folded)),
      asking: new Set(asking.flatMap(folded)),
      lost: new Set(lost.flatMap(folded)),
    };
    vocabularies.set(content, vocabulary);
  }
  return vocabulary;
}

/** `words` hold `phrase` as consecutive words. */
function holds(words: readonly string[], phrase: readonly string[]): boolean {
  return words.some((_, at) => phrase.length > 0 && phrase.every((word, i) => words[at + i] === word));
}

function folded(text: string): string[] {
  return [...tokens(foldAccents(text))];
}
