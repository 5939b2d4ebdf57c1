import type { AnswerWords } from '../content/types';
import { tokens } from './answerReader';
import { TurnMemo } from './turnMemo';

/** A clause up to this long may put the rest off ("ok im going to stop and do this tomorrow"). */
const PUT_OFF_WORDS = 10;
/** A clause up to this long that ends going off and coming back leaves for now ("… and I'll get back to you"). */
const COMING_BACK_WORDS = 16;

/** Phrases of some words by their first word, so a clause's word tries only the phrases that open with it. */
type Phrases = ReadonlyMap<string, readonly (readonly string[])[]>;

interface PutOffWords {
  readonly doing: ReadonlySet<string>;
  readonly later: Phrases;
  readonly now: Phrases;
  readonly unable: Phrases;
  /** Going off and coming back (content's `comingBack`), by their last word: said at a clause's end only. */
  readonly comingBack: Phrases;
  /** Coming back (content's `backWhen`) and a moment set by something happening (`laterWhen`), by their first word. */
  readonly backWhen: Phrases;
  readonly when: Phrases;
  readonly by: ReadonlySet<string>;
  /** Someone else before the word of doing ("she'll do that tonight"): their plan, not the user's pause. */
  readonly others: ReadonlySet<string>;
  /** The words of being unable now, and the fillers: a clause of these only is unable now. */
  readonly bare: ReadonlySet<string>;
  /** The readings of the turn under way: the stop reader asks them of the same clauses several times a turn. */
  readonly putsOff: TurnMemo<boolean>;
  readonly notNow: TurnMemo<boolean>;
}
const vocabularies = new WeakMap<AnswerWords, PutOffWords>();

/**
 * "I'll finish the rest tonight", "ok im going to stop and do this tomorrow", "let me pick it up in the morning",
 * "lo termino en la tarde": a short clause with a word of doing (content's `laterDoing`) and after it a later time
 * (`later`) puts the rest off, in any words around them; so does the user unable to go on now (notNow: "I can't
 * continue right now", "ahorita no puedo seguir"). A time said as a deadline (`laterBy`: "I have to do this before
 * tomorrow") puts nothing off, nor does someone else's plan (a word of `laterOthers` before the doing: "she'll do
 * that tonight"); whether the clause asks, and what the rest of the message tells, is the caller's
 * (commandReader's saysStop). One reader for every language: the words are content's, the locale's own in Spanish.
 */
export function putsOff(words: AnswerWords, clause: string): boolean {
  return vocabularyOf(words).putsOff.of(clause, (said) => readsPutOff(words, said));
}

function readsPutOff(words: AnswerWords, clause: string): boolean {
  const { doing, later, by, others, comingBack } = vocabularyOf(words);
  const said = tokens(clause);
  // Its end says it: a longer clause may tell what the user goes to do ("let me call the court and I'll get back to you").
  // Someone else's going ("she'll check and get back to you") is theirs.
  const away = said.length <= COMING_BACK_WORDS && endsComingBack(said, comingBack);
  if (away) return !said.some((word) => others.has(word));
  if (said.length > PUT_OFF_WORDS || said.some((word) => by.has(word))) return false;
  const at = timeAt(said, later);
  const did = said.findIndex((word, i) => i < at && doing.has(word));
  // Someone else before the doing word is its subject ("yes. she'll do that tonight"): their plan, not the user's.
  const doneLater = did >= 0 && !said.slice(0, did).some((word) => others.has(word));
  return doneLater || notNow(words, clause);
}

/**
 * "cuando la corte pase a nextgen vuelvo", "I'll come back once the court switches": a short clause that says coming
 * back (content's `backWhen`) and a moment set by something happening (`laterWhen`), in either order, and that no one
 * else does ("she'll be back when …"): a plan of the user's to come back then.
 */
export function comesBackWhen(words: AnswerWords, clause: string): boolean {
  const { backWhen, when, others } = vocabularyOf(words);
  const said = tokens(clause);
  return said.length <= COMING_BACK_WORDS && timeAt(said, backWhen) >= 0 && timeAt(said, when) >= 0
    && !said.some((word) => others.has(word));
}

/**
 * "voy a sacar mi cuenta y regreso", "I'll get my own account and come back": a clause that ends going off and coming
 * back (content's `comingBack`); with words after it ("y vuelvo a intentar", "and come back to the login page") it
 * tells what is done again or where the user goes, no leaving.
 */
function endsComingBack(said: readonly string[], phrases: Phrases): boolean {
  const last = said.at(-1);
  return last !== undefined && (phrases.get(last) ?? []).some((phrase) => phrase.length <= said.length
    && phrase.every((word, k) => said[said.length - phrase.length + k] === word));
}

/**
 * "ok i'll reset it later", "will finish tomorrow", "lo hago mañana": a clause that says a later time (content's
 * `later`), not as a deadline (`laterBy`): what it tells is still to be done, so it reports nothing done.
 */
export function saysLater(words: AnswerWords, clause: string): boolean {
  const { later, by } = vocabularyOf(words);
  const said = tokens(clause);
  return timeAt(said, later) >= 0 && !said.some((word) => by.has(word));
}

/**
 * "I can't continue right now", "ahorita no puedo seguir": the user unable (`laterUnable`), a word of doing after it
 * and a time that is now (`laterNow`), in a short clause; or unable now and nothing else ("ahorita no puedo"). Its
 * negation is the put-off's own, not a problem told ("it can't load now" says no one unable).
 */
export function notNow(words: AnswerWords, clause: string): boolean {
  return vocabularyOf(words).notNow.of(clause, (said) => readsNotNow(words, said));
}

function readsNotNow(words: AnswerWords, clause: string): boolean {
  const { doing, now, unable, bare } = vocabularyOf(words);
  const said = tokens(clause);
  if (said.length > PUT_OFF_WORDS) return false;
  const at = timeAt(said, unable);
  if (at < 0 || timeAt(said, now) < 0) return false;
  // Unable now and nothing else ("ahorita no puedo", "I can't right now"): the doing goes without saying.
  return said.slice(at + 1).some((word) => doing.has(word)) || said.every((word) => bare.has(word));
}

/** Where one of the phrases starts among the words, or -1. */
function timeAt(said: readonly string[], times: Phrases): number {
  return said.findIndex((first, i) => times.get(first)?.some((time) => time.every((word, k) => said[i + k] === word)) ?? false);
}

/** Phrases by their last word. */
function byLastWord(phrases: readonly string[] | undefined): Phrases {
  const byLast = new Map<string, (readonly string[])[]>();
  for (const phrase of (phrases ?? []).map(tokens).filter((words) => words.length > 0)) byLast.set(phrase.at(-1)!, [...(byLast.get(phrase.at(-1)!) ?? []), phrase]);
  return byLast;
}

function vocabularyOf(words: AnswerWords): PutOffWords {
  let vocabulary = vocabularies.get(words);
  if (!vocabulary) {
    const times = (phrases: readonly string[] | undefined): Phrases => {
      const byFirst = new Map<string, (readonly string[])[]>();
      for (const time of (phrases ?? []).map(tokens).filter((words) => words.length > 0)) byFirst.set(time[0]!, [...(byFirst.get(time[0]!) ?? []), time]);
      return byFirst;
    };
    vocabulary = {
      doing: new Set((words.laterDoing ?? []).flatMap(tokens)),
      later: times(words.later),
      now: times(words.laterNow),
      unable: times(words.laterUnable),
      comingBack: byLastWord(words.comingBack),
      backWhen: times(words.backWhen),
      when: times(words.laterWhen),
      by: new Set((words.laterBy ?? []).flatMap(tokens)),
      others: new Set((words.laterOthers ?? []).flatMap(tokens)),
      bare: new Set([...(words.laterNow ?? []), ...(words.laterUnable ?? []), ...words.fillers].flatMap(tokens)),
      putsOff: new TurnMemo(),
      notNow: new TurnMemo(),
    };
    vocabularies.set(words, vocabulary);
  }
  return vocabulary;
}
