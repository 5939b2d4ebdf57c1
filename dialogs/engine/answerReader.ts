import type { AnswerWords } from '../content/types';
import { normaliseText } from '../content/normalise';
import { TurnMemo } from './turnMemo';
import { WordPhrases } from './wordPhrases';
import { FUNCTION_WORDS } from './wordForms';

/** A message's first clause (group 1), with the punctuation and spaces that end it. */
const OPENING_CLAUSE = /^([^,.;!?¿¡]*)[,.;!?¡]+\s*/;

/** A sentence opened and closed with question marks, as Spanish writes a question. */
const QUESTION_MARKED = /^\s*¿[^?]*\?\s*$/;

export type Polarity = 'yes' | 'no' | 'unsure';

/** A reply that opens with yes / no / not sure, and what follows it ("yes its live since last month"). */
export interface PolarityReading {
  readonly polarity: Polarity;
  /** The words after the answer, normalised ('' when the reply was only the answer). */
  readonly rest: string;
}

/** A span of months a typed date covers, as year * 12 + month (0-based); open ends are infinite. */
export interface MonthSpan { readonly first: number; readonly last: number }

const YEAR = /^(19[5-9]\d|20[0-4]\d)$/;
/**
 * Subjects that follow the verb in a question ("do i", "can we", "is it", "can u" as chat types it) and in a request's
 * polite opening ("can you"); the answer order is "i do", "it is".
 */
const SUBJECTS = new Set(['i', 'we', 'you', 'u', 'he', 'she', 'it', 'they']);
/** The bot as the subject of a request ("can you …", "you can …?"). */
const ADDRESSED = new Set(['you', 'u']);
/** Words a verb follows without asking ("I'll have them do it", "let me do it"): the verb's own object before it. */
const OBJECTS = new Set(['me', 'him', 'her', 'us', 'them']);
/** Modal verbs that ask when a possessive follows them ("can his secretary use it", "will my old login still work"). */
const MODALS = new Set(['can', 'could', 'will', 'would', 'should', 'may', 'might']);
const POSSESSIVES = new Set(['my', 'his', 'her', 'their', 'our', 'your']);
/**
 * A modal opening a sentence with "have" after it guesses at the past with its subject dropped ("must have been logged
 * into the wrong one", "should have used my own account"): it tells; the question puts its subject first ("could I have").
 */
const GUESSING = new Set([...MODALS, 'must']);
/**
 * Words a verb follows without asking though its subject comes after it: a subject joined to "will" or "would" ("I'll
 * do it tomorrow", typed "ill") and "to" ("I need to do it tomorrow"). An auxiliary before it does too ("I will do it").
 */
const TELLING_BEFORE = new Set(['ill', 'youll', 'itll', 'theyll', 'youd', 'theyd', 'to']);
/**
 * The copula, which a learner of English may open a statement with, its subject dropped ("Is live in NextGen already",
 * "is individual, only I use it"); the question puts its subject or thing right after it ("is it live", "is the court
 * live", "is there a link").
 */
const COPULAS = new Set(['is', 'are']);
const COPULA_THINGS = new Set([...SUBJECTS, ...POSSESSIVES, 'the', 'a', 'an', 'this', 'that', 'these', 'those', 'there', 'any']);
/** The future's auxiliary, which opens a plan when the subject is dropped ("will finish tomorrow"). */
const FUTURE = new Set(['will']);
/** Words that turn a following answer phrase around ("not live", "don't know", "never found it"). */
const NEGATIONS = new Set(['no', 'not', 'never', 'nothing', 'none', 'dont', 'didnt', 'doesnt', 'isnt', 'cant', 'cannot', 'wont', 'havent', 'arent', 'wasnt']);
/** Negations that may turn a thing, not a doing, around ("not the firm's", "no one else"): no trouble said by themselves. */
const THING_NEGATIONS = new Set(['no', 'not', 'none']);
/** A reply this short that says a problem remains answers a question's no (longer ones say more: read on). */
const STUCK_REPLY_WORDS = 8;

/** A word with each run of one letter typed as one ("hmmm" -> "hm", "okkk" -> "ok"). */
function collapsed(word: string): string {
  return word.replace(/(.)\1+/gu, '$1');
}

/** A word's first and last letters ("hmmm" -> "hm"). */
function endsOf(word: string): string {
  return word[0]! + word[word.length - 1]!;
}

/**
 * Words of which some (`drawnOut`: content's hesitation sounds, "hm", "um") are also read typed with a letter held
 * down ("hmmm", "ummmm", as people type them in chat): a word not listed is one of them when it has such a word's
 * letters, each run of one letter longer or as long. Other words are read as listed ("ahh ya sé" is no "ah").
 */
class StretchedWords extends Set<string> {
  private readonly shortest = new Map<string, number>();
  /** The first and last letters of the sounds: a word drawn out keeps both, so others skip the collapsing (turn path). */
  private readonly ends = new Set<string>();

  constructor(words: readonly string[], drawnOut: readonly string[]) {
    super(words);
    for (const word of drawnOut) {
      const key = collapsed(word);
      this.shortest.set(key, Math.min(this.shortest.get(key) ?? word.length, word.length));
      this.ends.add(endsOf(key));
    }
  }

  override has(word: string): boolean {
    if (super.has(word)) return true;
    if (word.length < 3 || !this.ends.has(endsOf(word))) return false;
    const least = this.shortest.get(collapsed(word));
    return least !== undefined && word.length > least;
  }
}

/**
 * Reads typed answers to the bot's own questions: yes / no / not sure in their many forms (longest phrase wins, so
 * "no idea" is unsure and "i dont think so" is no), positions ("2", "the second one", "the last one"), dates
 * ("in 2019", "March 2012", "before 2010") and whether a message is itself a question. The words come from
 * content (responses.yaml `answers`), normalised once here; the reader is built once per engine.
 */
export class AnswerReader {
  /** Answer phrases by their first word, longest first (read on every turn, so looked up, not scanned). */
  private readonly phrases: ReadonlyMap<string, readonly { readonly words: readonly string[]; readonly polarity: Polarity }[]>;
  private readonly fillers: ReadonlySet<string>;
  private readonly ordinals: ReadonlyMap<string, number>;
  private readonly pointers: ReadonlySet<string>;
  private readonly asking: ReadonlySet<string>;
  private readonly askingIfMarked: ReadonlySet<string>;
  private readonly relative: ReadonlySet<string>;
  /** "What if" openings ("y si"): read on the message as typed, since their first word may be a filler. */
  private readonly conditional: WordPhrases;
  /** Asking phrases of several words ("tengo que", "se puede"): they ask only as a whole, never by one of their words. */
  private readonly askingPhrases: WordPhrases;
  private readonly referring: ReadonlySet<string>;
  /** Pointing phrases of several words ("en vez"): they point back only as a whole ("en vivo" points at nothing). */
  private readonly referringPhrases: WordPhrases;
  private readonly pressing: ReadonlySet<string>;
  private readonly mattering: ReadonlySet<string>;
  private readonly stuck: WordPhrases;
  private readonly failing: WordPhrases;
  private readonly lacking: WordPhrases;
  private readonly regained: WordPhrases;
  private readonly solved: WordPhrases;
  private readonly atLast: WordPhrases;
  private readonly again: WordPhrases;
  private readonly contrast: WordPhrases;
  private readonly apologies: WordPhrases;
  private readonly joining: ReadonlySet<string>;
  /** Words opening a clause of their own (content's `opens`: "ya", "now"). */
  private readonly opens: ReadonlySet<string>;
  /** Month names and their abbreviations -> the month (0-based). */
  private readonly months: ReadonlyMap<string, number>;
  private readonly before: ReadonlySet<string>;
  private readonly after: ReadonlySet<string>;
  /** Asked of most messages by several readers in one turn (see turnMemo). */
  private readonly questions = new TurnMemo<boolean>();
  private readonly cores = new TurnMemo<string>();

  constructor(words: AnswerWords) {
    const listed = (['yes', 'no', 'unsure'] as const).flatMap((polarity) => words[polarity]
      .map((phrase) => ({ words: tokens(phrase), polarity })));
    const byFirst = new Map<string, { words: readonly string[]; polarity: Polarity }[]>();
    for (const phrase of listed.filter((p) => p.words.length > 0).sort((a, b) => b.words.length - a.words.length)) {
      byFirst.set(phrase.words[0]!, [...(byFirst.get(phrase.words[0]!) ?? []), phrase]);
    }
    this.phrases = byFirst;
    this.fillers = new StretchedWords(words.fillers.flatMap(tokens), (words.drawnOut ?? []).flatMap(tokens));
    this.ordinals = new Map([
      ...words.ordinals.flatMap((names, index) => names.map((name) => [normaliseText(name), index] as const)),
      ...words.last.map((name) => [normaliseText(name), -1] as const),
    ]);
    this.pointers = new Set(words.pointers.flatMap(tokens));
    const asking = words.asking.map(tokens).filter((phrase) => phrase.length > 0);
    this.asking = new Set(asking.filter((phrase) => phrase.length === 1).map((phrase) => phrase[0]!));
    this.askingPhrases = new WordPhrases(asking.filter((phrase) => phrase.length > 1));
    this.askingIfMarked = new Set((words.askingIfMarked ?? []).flatMap(tokens));
    this.relative = new Set((words.relative ?? []).flatMap(tokens));
    this.conditional = new WordPhrases((words.conditional ?? []).map(tokens));
    const referring = words.referring.map(tokens).filter((phrase) => phrase.length > 0);
    this.referring = new Set(referring.filter((phrase) => phrase.length === 1).map((phrase) => phrase[0]!));
    this.referringPhrases = new WordPhrases(referring.filter((phrase) => phrase.length > 1));
    this.pressing = new Set((words.pressing ?? []).flatMap(tokens));
    this.mattering = new Set((words.mattering ?? []).flatMap(tokens));
    this.failing = new WordPhrases((words.failing ?? []).map(tokens));
    this.lacking = new WordPhrases((words.lacking ?? []).map(tokens));
    this.regained = new WordPhrases((words.regained ?? []).map(tokens));
    this.stuck = new WordPhrases([...words.stuck, ...(words.failing ?? [])].map(tokens));
    this.solved = new WordPhrases((words.solved ?? []).map(tokens));
    this.atLast = new WordPhrases((words.atLast ?? []).map(tokens));
    this.again = new WordPhrases((words.askedAgain ?? []).map(tokens));
    this.contrast = new WordPhrases((words.contrast ?? []).map(tokens));
    this.apologies = new WordPhrases((words.apologies ?? []).map(tokens));
    this.joining = new Set((words.joining ?? []).flatMap(tokens));
    this.opens = new Set((words.opens ?? []).flatMap(tokens));
    this.months = new Map(words.months.flatMap((names, index) => names.map((name) => [normaliseText(name), index] as const)));
    this.before = new Set(words.before.flatMap(tokens));
    this.after = new Set(words.after.flatMap(tokens));
  }

  /** The words after the first one that turns to something else ("ok that worked, but X" -> "X"), if any does. */
  afterContrast(text: string): string | undefined {
    const words = tokens(text);
    for (let at = 1; at < words.length; at += 1) {
      const phrase = this.contrast.at(words, at);
      if (phrase) return words.slice(at + phrase.length).join(' ');
    }
    return undefined;
  }

  /**
   * The message after the clauses opening it that only apologise ("perdón no sabía. sale algo de cookies", "oops,
   * sorry. how do I change it"), as typed: an apology says nothing the message is about, and its "no" answers no
   * question. Undefined when no such clause opens it, or nothing else is said.
   */
  afterApology(text: string): string | undefined {
    let rest = text;
    for (let clause = OPENING_CLAUSE.exec(rest); clause && this.onlyApologises(clause[1]!); clause = OPENING_CLAUSE.exec(rest)) {
      rest = rest.slice(clause[0].length);
    }
    return rest !== text && tokens(rest).length > 0 ? rest : undefined;
  }

  /** A clause of apologies and fillers only, with one apology at least ("ay perdón no sabía", "oh sorry"). */
  private onlyApologises(clause: string): boolean {
    const words = tokens(clause);
    let apologised = false;
    for (let at = 0; at < words.length;) {
      const phrase = this.apologies.at(words, at);
      if (phrase) apologised = true;
      else if (!this.fillers.has(words[at]!)) return false;
      at += phrase?.length ?? 1;
    }
    return apologised;
  }

  /** The statements a clause joins ("i need to link my account or i cant file" -> both sides); none when it joins none. */
  sides(text: string): string[] {
    const sides: string[][] = [[]];
    for (const word of tokens(text)) {
      if (this.joining.has(word)) sides.push([]);
      else sides[sides.length - 1]!.push(word);
    }
    const said = sides.filter((side) => side.length > 0);
    return said.length > 1 ? said.map((side) => side.join(' ')) : [];
  }

  /** The reply's opening yes / no / not sure, after any fillers ("ok", "um", "well"). */
  polarity(text: string): PolarityReading | undefined {
    const raw = tokens(text);
    // "y si me equivoqué…" asks what happens then: its "si" is "if", not a "sí" typed without its accent.
    if (this.opensConditional(raw)) return undefined;
    // "sure thing" is an answer as it stands; "ok yes" only once its filler is dropped.
    let words: readonly string[] = raw;
    let found = this.phraseAtStart(words);
    if (!found) {
      words = this.withoutFillers(raw);
      found = this.phraseAtStart(words);
    }
    if (!found) return undefined;
    const rest = words.slice(found.words.length);
    // "i have no pacer account" opens with "i have", but the negation right after turns it into something else.
    if (found.polarity === 'yes' && rest.length > 0 && NEGATIONS.has(rest[0]!)) return undefined;
    return { polarity: found.polarity, rest: rest.join(' ') };
  }

  /**
   * A reply whose yes is a word opening a clause of its own, followed by that clause ("ya lo encontré", "ya volví":
   * Spanish "ya" is "already"): it tells what happened, which answers "is it there?" but accepts no offer.
   */
  reportsWithYes(text: string): boolean {
    const words = this.withoutFillers(tokens(text));
    return words.length > 1 && this.opens.has(words[0]!) && this.phraseAtStart(words)?.words.length === 1;
  }

  /** A phrase that is nothing but an answer ("yes", "yes i do", "not sure"): how a choice says what it means. */
  purePolarity(phrase: string): Polarity | undefined {
    const reading = this.polarity(phrase);
    if (!reading) return undefined;
    // Fillers after it change nothing ("not sure honestly", "yes ok").
    if (reading.rest === '' || this.isAcknowledgement(reading.rest)) return reading.polarity;
    const again = this.polarity(reading.rest);
    return again?.polarity === reading.polarity && again.rest === '' ? reading.polarity : undefined;
  }

  /** The 0-based position a short reply points at ("2", "#2", "option two", "the last one"), among `count`. */
  position(text: string, count: number): number | undefined {
    const words = this.pointedWords(text);
    if (words.length !== 1) return undefined;
    const word = words[0]!;
    const index = /^\d$/.test(word) ? Number(word) - 1 : this.ordinals.get(word);
    if (index === undefined) return undefined;
    const resolved = index === -1 ? count - 1 : index;
    return resolved >= 0 && resolved < count ? resolved : undefined;
  }

  /** The words of a reply that point at a button, pointers and fillers aside ("the linking one" -> "linking"). */
  pointedWords(text: string): readonly string[] {
    return tokens(text).filter((word) => !this.pointers.has(word) && !this.fillers.has(word));
  }

  /** The months a typed date covers: "2019" all of 2019, "march 2012" one month, "before 2010" everything earlier. */
  dateSpan(text: string): MonthSpan | undefined {
    const words = tokens(text);
    const at = words.findIndex((word) => YEAR.test(word));
    if (at < 0) return undefined;
    const year = Number(words[at]);
    // The words before the year that say something: "de" in "agosto de 2014" or "the" in "before the 2010s" aside.
    const leading = words.slice(0, at).filter((word) => !this.pointers.has(word) && !this.fillers.has(word));
    const month = leading.length > 0 ? this.month(leading[leading.length - 1]!) : -1;
    const first = year * 12 + Math.max(month, 0);
    const last = year * 12 + (month >= 0 ? month : 11);
    const near = leading.slice(-3);
    if (near.some((word) => this.before.has(word))) return { first: -Infinity, last: first - 1 };
    if (near.some((word) => this.after.has(word))) return { first: last + 1, last: Infinity };
    return { first, last };
  }

  /** A month's name or abbreviation: a word of a date, which says nothing about what the date is of. */
  namesMonth(word: string): boolean {
    return this.month(word) >= 0;
  }

  /** A month's name or abbreviation, also misspelt after its first three letters ("augst"); -1 for another word. */
  private month(word: string): number {
    return this.months.get(word) ?? this.months.get(word.slice(0, 3)) ?? -1;
  }

  /**
   * A message that asks something itself ("where is utilities?", "how do i check that", "after i register do i
   * still link"), not an answer: it opens with a question word, asks with "?" and has one, or puts a verb of
   * asking before its subject ("do i", "can we", "is it"), or is a sentence between Spanish question marks ("¿y si ya
   * lo hice en otra corte?": its "si" is "if", not a "sí" typed without its accent).
   */
  isQuestion(text: string): boolean {
    return this.questions.of(text, (asked) => this.asks(asked));
  }

  /**
   * A clause opening with a relative word, with no question mark ("which I still know along with the password"): it
   * tells more of what the clause before it named, it asks nothing.
   */
  opensRelative(text: string): boolean {
    if (/[?¿]/.test(text)) return false;
    const first = this.withoutFillers(tokens(text))[0];
    return first !== undefined && this.relative.has(first);
  }

  /**
   * A clause that asks only by how it opens, with no question mark: the copula with its subject dropped ("Is live in
   * NextGen already", "and is individual"), or a conditional's words that also join a yes ("y si tengo el login del
   * ecf anotado": and yes, I have it). A statement as far as its words go; whether it tells an answer is the caller's.
   */
  asksOnlyByOpening(text: string): boolean {
    if (/[?¿]/.test(text)) return false;
    const raw = tokens(text);
    const words = this.withoutFillers(raw);
    return this.opensConditional(raw) || (words.length >= 2 && COPULAS.has(words[0]!) && !COPULA_THINGS.has(words[1]!));
  }

  /**
   * A question in any sentence ("ok fair. what is the weather in Reno tomorrow"): enough not to call a reply unplaced.
   * Narrower readers (facts told, a report that asks nothing) keep isQuestion, where "done. now what" is a report.
   */
  asksInAnySentence(text: string): boolean {
    return this.isQuestion(text) || laterSentences(text).some((sentence) => this.asks(sentence) || this.asksAlone(sentence));
  }

  /** A later sentence that is a question word alone asks about the sentence before it ("ok i'll make my own. how"). */
  private asksAlone(sentence: string): boolean {
    const words = this.withoutFillers(tokens(sentence));
    return words.length === 1 && this.asking.has(words[0]!);
  }

  private asks(text: string): boolean {
    const words = this.withoutFillers(tokens(text));
    if (words.length === 0) return false;
    if (QUESTION_MARKED.test(text) && words.length >= 3) return true;
    if (this.opensConditional(tokens(text))) return words.length >= 3;
    const guesses = GUESSING.has(words[0]!) && words[1] === 'have';
    if (!guesses && (this.asking.has(words[0]!) || this.askingPhraseAt(words, 0))) return words.length >= 2;
    if (this.askingIfMarked.has(words[0]!) && /[?¿]/.test(text)) return words.length >= 2;
    // "do i", "can we" ask; "I do, I have them" (the verb after its subject) does not, nor does "when I created it".
    const before = (word: string, next: string) => SUBJECTS.has(next) || (MODALS.has(word) && POSSESSIVES.has(next));
    const inverted = (word: string, i: number) => this.asking.has(word) && !this.relative.has(word) && before(word, words[i + 1] ?? '')
      && !this.tellsBefore(words[i - 1] ?? '');
    if (words.some((word, i) => i > 0 && inverted(word, i))) return true;
    return text.trim().endsWith('?') && words.length >= 3 && words.some((word, i) => this.asking.has(word) || this.askingPhraseAt(words, i));
  }

  /** A word after which a verb of asking tells ("I do", "let me do", "I'll do", "I will do"), as TELLING_BEFORE says. */
  private tellsBefore(word: string): boolean {
    return SUBJECTS.has(word) || OBJECTS.has(word) || TELLING_BEFORE.has(word) || (this.asking.has(word) && !this.relative.has(word));
  }

  /**
   * A plan told with its subject dropped ("will finish tomorrow", "will do the rest later"): the future's auxiliary
   * first, and after it neither a subject nor another verb of asking ("will I …", "will it …" ask).
   */
  tellsPlan(text: string): boolean {
    const words = this.withoutFillers(tokens(text));
    return FUTURE.has(words[0] ?? '') && words.length >= 2 && !SUBJECTS.has(words[1]!) && !this.asking.has(words[1]!);
  }

  /** Whether the message opens, after any fillers, with a "what if" ("ok y si …", "¿qué pasa si …?"). */
  private opensConditional(raw: readonly string[]): boolean {
    for (let at = 0; at < raw.length; at += 1) {
      if (this.conditional.at(raw, at)) return true;
      if (!this.fillers.has(raw[at]!)) return false;
    }
    return false;
  }

  private askingPhraseAt(words: readonly string[], at: number): boolean {
    return this.askingPhrases.at(words, at) !== undefined;
  }

  /**
   * A question word pressed for more and nothing else ("how exactly", "why exactly?", "¿cómo así?"): it names nothing,
   * so it asks about what was just said. Its words: `asking` (one at least), `pressing` (one at least) and fillers.
   */
  pressesForMore(text: string): boolean {
    if (this.pressing.size === 0) return false;
    const words = tokens(text);
    let asked = false;
    let pressed = false;
    for (let at = 0; at < words.length; at += 1) {
      const word = words[at]!;
      const phrase = this.askingPhrases.at(words, at);
      if (phrase) at += phrase.length - 1;
      if (phrase || this.asking.has(word)) asked = true;
      else if (this.pressing.has(word)) pressed = true;
      else if (!this.fillers.has(word)) return false;
    }
    return asked && pressed;
  }

  /**
   * A question that only asks whether what was told matters ("problem?", "is that an issue", "does that matter?"): a
   * `mattering` word, and else only fillers, question words, function words and words that point back.
   */
  asksIfItMatters(text: string): boolean {
    const words = tokens(text);
    return words.some((word) => this.mattering.has(word))
      && words.every((word) => this.mattering.has(word) || this.fillers.has(word) || this.asking.has(word) || this.referring.has(word)
        || FUNCTION_WORDS.has(word));
  }

  /** A message that points back at what was just said ("so how do i fix it", "what should he do"). */
  refersBack(text: string): boolean {
    const words = tokens(text);
    return words.some((word, at) => this.referring.has(word) || this.referringPhrases.at(words, at) !== undefined);
  }

  /** A message saying the problem remains ("nope, still the same", "that didn't work"), not a polite "no thanks". */
  saysStuck(text: string): boolean {
    return this.stuck.inside(tokens(text));
  }

  /** The user lacking a thing ("I don't know my ecf password", "how do I get it back", "se me olvidó"): content's `lacking`. */
  saysLacking(text: string): boolean {
    return this.lacking.inside(tokens(text));
  }

  /** A lost thing back ("found it", "they reset it", "ya me la resetearon"): content's `regained`. */
  saysRegained(text: string): boolean {
    return this.regained.inside(tokens(text));
  }

  /** The words of a message besides its `lacking` phrases and fillers ("ugh he forgot it" -> he, it). */
  pastLacking(text: string): string[] {
    return outside(this.lacking, tokens(text)).filter((word) => !this.fillers.has(word));
  }


  /**
   * A short statement (no question) of a problem that remains ("same thing, nothing", "pressed it. same thing"): to
   * a question it is the no, whatever it also says was done.
   */
  saysStillStuck(text: string): boolean {
    return this.isShortStatement(text) && this.saysStuck(text);
  }

  /**
   * A short statement (no question) of something going wrong ("the reset email isnt showing up", "sigue sin salir"):
   * to a question asking whether it worked it is the no.
   */
  tellsTrouble(text: string): boolean {
    return this.isShortStatement(text) && this.saysTrouble(text);
  }

  /** A reply short enough to answer a question (STUCK_REPLY_WORDS) that asks nothing of its own. */
  private isShortStatement(text: string): boolean {
    return tokens(text).length <= STUCK_REPLY_WORDS && !this.isQuestion(text) && !text.trim().endsWith('?');
  }

  /**
   * A statement that the problem is solved ("refreshed and the bankruptcy menu is there now", "ya funciona"): a
   * `solved` phrase, in words that ask nothing and tell no problem (no negation, no stuck word).
   */
  saysSolved(text: string): boolean {
    const words = tokens(text);
    return this.solved.inside(words) && !this.isQuestion(text) && !text.includes('?') && !words.some(isNegation) && !this.stuck.inside(words);
  }

  /** A message naming the problem solved, unnegated ("the menu is there now"), whatever stuck word it says ("again"). */
  namesSolved(text: string): boolean {
    const words = tokens(text);
    return this.solved.inside(words) && !words.some(isNegation);
  }

  /** The text without its words of at last ("got in this time" -> "got in"); undefined when it has none. */
  withoutAtLast(text: string): string | undefined {
    return without(this.atLast, tokens(text));
  }

  /**
   * A statement told with a word of doing it once more (`askedAgain`: "link form open again", "submitted ecf creds
   * again, now both lines say …") and nothing else in it stuck, failed or negated: the statement without it, which is
   * what happened this time. Undefined when it has none, or something else in it tells trouble ("logged in again, same
   * error").
   */
  withoutAgain(text: string): string | undefined {
    const words = tokens(text);
    if (!this.again.inside(words)) return undefined;
    const rest = without(this.again, words);
    return rest === undefined || this.saysTrouble(rest) || this.isQuestion(text) || text.includes('?') ? undefined : rest;
  }

  /**
   * A message stating a problem ("I remember the username but not the password", "it didn't work"): a negation or
   * the stuck words. "I'm on the login page now" states progress, not a problem.
   */
  saysProblem(text: string): boolean {
    return tokens(text).some(isNegation) || this.saysStuck(text);
  }

  /**
   * A problem told after a step said done ("clicked submit, it says invalid login", "entré pero me sale error"): a
   * negation or a failing word. A stuck word alone is none there: it may repeat the step ("logged in again", "entré
   * de nuevo"), go on ("ya le di submit, ¿qué sigue?") or say the names agree ("los dos son el mismo").
   */
  saysFailure(text: string): boolean {
    return tokens(text).some(isNegation) || this.failing.inside(tokens(text));
  }

  /**
   * A statement of something going wrong, read strictly: the stuck words or a negated doing ("i just don't know my
   * ecf password"), not a negated thing ("its my own account, not the firm's", which tells whose account it is).
   */
  saysTrouble(text: string): boolean {
    return tokens(text).some((word) => isNegation(word) && !THING_NEGATIONS.has(word)) || this.saysStuck(text);
  }

  /**
   * A request without its polite opening ("can you repeat that" -> "repeat that"), or undefined when it has none. Asked
   * in a learner's order, the bot its subject and a question mark after it ("you can say again?"), it is one too.
   */
  request(text: string): string | undefined {
    const words = this.withoutFillers(tokens(text));
    const polite = words.length > 2 && this.asking.has(words[0]!) && SUBJECTS.has(words[1]!);
    const inLearnersOrder = words.length > 2 && ADDRESSED.has(words[0]!) && MODALS.has(words[1]!) && text.trim().endsWith('?');
    return polite || inLearnersOrder ? words.slice(2).join(' ') : undefined;
  }

  /** The message without the fillers around it ("ok continue please" -> "continue"), normalised. */
  core(text: string): string {
    return this.cores.of(text, (said) => this.coreOf(said));
  }

  private coreOf(text: string): string {
    const words = this.withoutFillers(tokens(text));
    let end = words.length;
    while (end > 1 && this.fillers.has(words[end - 1]!)) end -= 1;
    return words.slice(0, end).join(' ');
  }

  /** The message's words without any filler, inside it too ("wait what did you just ask" -> "what did you ask"). */
  withoutAnyFillers(text: string): string {
    return tokens(text).filter((word) => !this.fillers.has(word)).join(' ');
  }

  /** The message from each of its opening fillers but the first on ("ok then let's link" -> "then let's link", "let's link"). */
  fillerOpenings(text: string): string[] {
    const words = tokens(text);
    const openings: string[] = [];
    for (let at = 1; at < words.length && this.fillers.has(words[at - 1]!); at += 1) openings.push(words.slice(at).join(' '));
    return openings;
  }

  /** A message of fillers only ("ok", "okay thanks", "alright"): an acknowledgement, not an answer. */
  isAcknowledgement(text: string): boolean {
    const words = tokens(text);
    return words.length > 0 && words.every((word) => this.fillers.has(word));
  }

  private phraseAtStart(words: readonly string[]): { readonly words: readonly string[]; readonly polarity: Polarity } | undefined {
    return words.length === 0 ? undefined : this.phrases.get(words[0]!)?.find((phrase) => startsWith(words, phrase.words));
  }

  private withoutFillers(words: readonly string[]): readonly string[] {
    let start = 0;
    // Keep the last word even if it is a filler: "ok" alone is not nothing.
    while (start < words.length - 1 && this.fillers.has(words[start]!)) start += 1;
    return start === 0 ? words : words.slice(start);
  }
}

/** True for "not", "never", "dont" …: words that turn a following answer phrase around. */
export function isNegation(word: string | undefined): boolean {
  return word !== undefined && NEGATIONS.has(word);
}

/** True when the words just before `index` negate what starts there ("not live", "dont think its live"). */
export function negatedBefore(words: readonly string[], index: number): boolean {
  return words.slice(Math.max(0, index - 3), index).some(isNegation);
}

/**
 * The normalised words of a text. A turn reads the same message many ways (an answer, a command, a court, a
 * question), so the last few results are kept: the turn path is hot.
 */
export function tokens(text: string): readonly string[] {
  let words = recentTokens.get(text);
  if (!words) {
    const normalised = normaliseText(text);
    words = Object.freeze(normalised === '' ? [] : normalised.split(' '));
    if (recentTokens.size >= RECENT_TEXTS) recentTokens.delete(recentTokens.keys().next().value as string);
    recentTokens.set(text, words);
  }
  return words;
}
const RECENT_TEXTS = 8;
const recentTokens = new Map<string, readonly string[]>();

function startsWith(words: readonly string[], prefix: readonly string[]): boolean {
  return prefix.length <= words.length && prefix.every((word, index) => words[index] === word);
}

/** The sentences of a message after its first, cut after a full stop, "!" or "?" and a space. */
function laterSentences(text: string): string[] {
  return text.split(/(?<=[.!?])\s+/).slice(1);
}

/** The words without the phrases of `phrases` ("got in this time" -> "got in"); undefined when they hold none or only them. */
function without(phrases: WordPhrases, words: readonly string[]): string | undefined {
  const kept = outside(phrases, words);
  return kept.length < words.length && kept.length > 0 ? kept.join(' ') : undefined;
}

/** The words outside the phrases of `phrases`, in order. */
function outside(phrases: WordPhrases, words: readonly string[]): string[] {
  const kept: string[] = [];
  for (let at = 0; at < words.length; at += 1) {
    const phrase = phrases.at(words, at);
    if (phrase) at += phrase.length - 1;
    else kept.push(words[at]!);
  }
  return kept;
}
