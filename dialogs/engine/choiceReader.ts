import type { Choice, FlowNode } from '../content/types';
import { isNegation, negatedBefore, tokens, type AnswerReader, type MonthSpan, type Polarity } from './answerReader';
import type { NodeQuestionMatcher } from './nodeQuestions';
import { madeOnce } from './madeOnce';
import { clauses, markedClauses, matchesNormalised } from './textMatch';
import { bareForm, FUNCTION_WORDS } from './wordForms';
import { normaliseText } from '../content/normalise';

/**
 * How a reply was placed among a question's choices. `exact`: a label, a synonym or a bare yes/no/number;
 * `partial`: an answer with more words around it ("yes its live since last month", "i think its live", "in 2019"),
 * taken unless the message is itself a question.
 */
export interface PlacedChoice {
  readonly choice: Choice;
  readonly how: 'exact' | 'partial';
}

/** What each choice answers to, worked out once per choice (content is immutable). */
interface ChoiceWords {
  readonly phrases: readonly string[];
  readonly phraseTokens: readonly (readonly string[])[];
  /** The phrases that say the answer without the question on screen: no pure yes / no, no "it" or "them". */
  readonly statedTokens: readonly (readonly string[])[];
  readonly polarity?: Polarity;
}

/** Reads a reply against the choices of the question on screen (labels and synonyms from content). */
export class ChoiceReader {
  private readonly cache = new WeakMap<Choice, ChoiceWords>();
  /** Content's phrase lists (a node's `tried`) in words, made once per list. */
  private readonly phraseCache = new WeakMap<readonly string[], readonly (readonly string[])[]>();
  private readonly whenCache = new WeakMap<Choice, readonly (readonly (readonly string[])[])[]>();
  private readonly askedCache = new WeakMap<FlowNode, readonly string[]>();
  private readonly subjects = new WeakMap<FlowNode, { readonly choices: ReadonlySet<string>; readonly asked: ReadonlySet<string> }>();
  private readonly aboutCache = new WeakMap<FlowNode, ReadonlyMap<string, readonly { readonly choice: number; readonly phrase: readonly string[] }[]>>();

  constructor(private readonly answers: AnswerReader, private readonly phrases: NodeQuestionMatcher) {}

  read(text: string, choices: readonly Choice[]): PlacedChoice | undefined {
    if (choices.length === 0) return undefined;
    const normalised = normaliseText(text);
    const words = choices.map((choice) => this.wordsOf(choice));
    const exact = choices.find((_, i) => matchesNormalised(normalised, words[i]!.phrases));
    if (exact) return { choice: exact, how: 'exact' };
    const position = this.answers.position(text, choices.length);
    if (position !== undefined) return { choice: choices[position]!, how: 'exact' };
    // A date says more than the yes or no it comes with: "it is from 2013" is the older account, not "yes". It
    // answers the question about when even where its first word could open a question ("es del 2013", "tengo
    // desde 2009"), unless it asks.
    const dated = this.dated(text, choices);
    if (dated) return { choice: dated, how: text.trim().endsWith('?') ? 'partial' : 'exact' };
    const reading = this.answers.polarity(text);
    // "ya borré las cookies pero sigue igual", "yes I cleared them but still the same": a yes (of what was done) turned
    // to a problem that remains is the no.
    // So is one whose words after the yes say it failed ("yes i tried again, still no luck", "ya probé varias veces,
    // sin éxito", "ya le di f5 y nada"), unless they also answer yes ("yes, tried again, it worked").
    // A yes that says the problem is solved in a clause of its own ("ya funciona!! cerré todo y abrí de nuevo") stays
    // a yes: the stuck words after it only repeat what was done.
    const turned =
      reading?.polarity === 'yes' &&
      !clauses(text).some((part) => this.answers.saysSolved(part)) &&
      (this.answers.saysStillStuck(this.answers.afterContrast(text) ?? '') || this.failsAfterYes(text, reading.rest, choices, words));
    const polarity = turned ? 'no' : reading?.polarity;
    const byPolarity = reading && choices.find((_, i) => words[i]!.polarity === polarity);
    // "y tampoco me acuerdo de la contraseña vieja de cm/ecf" to "did the reset work?": what follows the yes or no
    // names another choice in its own words ("it's my old CM/ECF password"), which says more than the no.
    // So does a yes word opening a reply whose rest says the no choice in its own words ("ya le di y no me llega el
    // correo": "ya" is "already" there, and the e-mail that never came is the reset's no).
    const named = byPolarity && reading.rest !== '' ? this.stated(reading.rest, choices) : undefined;
    const namedPolarity = named && this.wordsOf(named).polarity;
    if (named && named !== byPolarity && (namedPolarity === undefined || (polarity === 'yes' && namedPolarity === 'no'))) return { choice: named, how: 'partial' };
    if (byPolarity) return { choice: byPolarity, how: reading.rest === '' ? 'exact' : 'partial' };
    const contained = this.containedChoice(tokens(text), choices, words);
    if (contained) return { choice: contained, how: 'partial' };
    // "refreshed. still nothing" to "do you see the menus now?": a short reply saying the problem remains is its no,
    // unless one of its parts says it works now ("tried again and now it works").
    if (this.answers.saysStillStuck(text)) {
      const works = this.partsAnswerYes([...clauses(text), ...this.answers.sides(text)], choices, words);
      const stuckOrWorks = choices.find((_, i) => words[i]!.polarity === (works ? 'yes' : 'no'));
      if (stuckOrWorks) return { choice: stuckOrWorks, how: 'partial' };
    }
    // A label said in other words ("the pacer one isn't mine" for "PACER name isn't mine").
    const closest = this.phrases.closest(text, words.map((w) => w.phrases));
    return closest === undefined ? undefined : { choice: choices[closest]!, how: 'partial' };
  }

  /**
   * Whether what follows a reply's yes word ("i tried again, still no luck", "le di f5 y nada") says the problem
   * remains, and none of its parts answers yes (by polarity or a yes choice's words: "tried again, it worked",
   * "tried again and now it works"). The parts are the message's clauses after the first and the statements its
   * rest joins with "and": the rest has lost its commas. A part that itself says stuck ("it did nothing") is no yes.
   */
  private failsAfterYes(text: string, rest: string, choices: readonly Choice[], words: readonly ChoiceWords[]): boolean {
    return this.answers.saysStillStuck(rest) && !this.partsAnswerYes([...clauses(text).slice(1), ...this.answers.sides(rest)], choices, words);
  }

  /** Whether a part of a reply answers yes by itself, by polarity or a yes choice's words, without a stuck word. */
  private partsAnswerYes(parts: readonly string[], choices: readonly Choice[], words: readonly ChoiceWords[]): boolean {
    return parts.some(
      (part) =>
        !this.answers.saysStuck(part) &&
        (this.answers.polarity(part)?.polarity === 'yes' || this.statedChoices(part, choices).some((choice) => words[choices.indexOf(choice)]!.polarity === 'yes')),
    );
  }

  /**
   * The one choice a clause states in the choices' own words (a label or synonym of several words, or a distinctive
   * one: "upgraded", "live"), never by a bare yes / no / number, which answer only the question on screen; undefined
   * when it states none, or several ("forgot" and "ecf login" in "I forgot my ECF login").
   */
  stated(text: string, choices: readonly Choice[]): Choice | undefined {
    const found = this.statedChoices(text, choices);
    return found.length === 1 ? found[0] : undefined;
  }

  /** Every choice a clause states in the choices' own words (see `stated`). */
  statedChoices(text: string, choices: readonly Choice[]): Choice[] {
    const words = tokens(text);
    return choices.filter((choice) => this.wordsOf(choice).statedTokens.some((phrase) => containsPhrase(words, phrase, STATED_GAP)));
  }

  /**
   * `statedChoices` for a node's question not asked yet, where a choice's phrases that point back say the answer too
   * when their other words name what the question asks about: "it's on nextgen", "la corte esta en nextgen" (the
   * unaccented "está" is a pointing word in Spanish), "i e-file there". "i know them", "i have it" name nothing of the
   * question ("Do you know your CM/ECF login…?": its verbs are the choices' `when` words) and still say nothing alone.
   */
  statedAbout(text: string, node: FlowNode): Choice[] {
    const words = tokens(text);
    // FactsTold asks this of every clause for every question: only the phrases whose first word the clause has are
    // tried (a phrase is found only from its first word), each choice's at most until one is found.
    const byFirstWord = madeOnce(this.aboutCache, node, (made) => this.aboutPhrasesByFirstWord(made));
    const stated = new Set<number>();
    for (const word of words) {
      for (const { choice, phrase } of byFirstWord.get(word) ?? []) {
        if (!stated.has(choice) && containsPhrase(words, phrase, STATED_GAP)) stated.add(choice);
      }
    }
    return stated.size === 0 ? [] : node.choices.filter((_, i) => stated.has(i));
  }

  /** Each phrase `statedAbout` reads for a node's choices (stated, or pointing back), under its first word, made once. */
  private aboutPhrasesByFirstWord(node: FlowNode): ReadonlyMap<string, readonly { readonly choice: number; readonly phrase: readonly string[] }[]> {
    const about = this.aboutPhrases(node);
    const byFirstWord = new Map<string, { readonly choice: number; readonly phrase: readonly string[] }[]>();
    node.choices.forEach((choice, index) => {
      for (const phrase of [...this.wordsOf(choice).statedTokens, ...(about.get(choice) ?? [])]) {
        const first = phrase[0];
        if (first === undefined) continue;
        const entries = byFirstWord.get(first);
        if (entries) entries.push({ choice: index, phrase });
        else byFirstWord.set(first, [{ choice: index, phrase }]);
      }
    });
    return byFirstWord;
  }

  /** A node's choices' phrases that point back and name what its question asks about (see `statedAbout`). */
  private aboutPhrases(node: FlowNode): ReadonlyMap<Choice, readonly (readonly string[])[]> {
    const verbs = new Set(node.choices.flatMap((choice) => this.whenOf(choice)[0] ?? []).flat());
    const asked = new Set(tokens((node.ask ?? '').replace(/\{[^}]*\}/g, ' ')).filter((word) => !FUNCTION_WORDS.has(word)
      && !this.answers.refersBack(word) && this.answers.purePolarity(word) === undefined && !verbs.has(bareForm(word))));
    return new Map(node.choices.map((choice) => [choice, [choice.label, ...choice.also]
      .filter((phrase) => this.answers.purePolarity(phrase) === undefined && this.answers.refersBack(phrase))
      .map(tokens).filter((phrase) => phrase.some((word) => asked.has(word) && !this.answers.refersBack(word)))]));
  }

  /** Whether a message says one of the phrases (a node's `tried`), not negated just before ("didn't refresh"). */
  saysPhrase(text: string, phrases: readonly string[]): boolean {
    let phraseTokens = this.phraseCache.get(phrases);
    if (!phraseTokens) this.phraseCache.set(phrases, (phraseTokens = phrases.map(tokens)));
    const words = tokens(text);
    return phraseTokens.some((phrase) => containsPhrase(words, phrase, STATED_GAP));
  }

  /** Whether a clause states the choice by one of its phrases that is a negation itself ("i don't share account"). */
  statedAsNegation(text: string, choice: Choice): boolean {
    const words = tokens(text);
    return this.wordsOf(choice).statedTokens.some((phrase) => isNegation(phrase[0]) && containsPhrase(words, phrase, STATED_GAP));
  }

  /** Every choice the clauses state, in the choices' own words or by meaning (`statedChoices`, `statedByMeaning`). */
  statedInAnyWay(parts: readonly string[], choices: readonly Choice[]): ReadonlySet<Choice> {
    return new Set(parts.flatMap((part) => this.statedChoices(part, choices).concat(this.statedByMeaning(part, choices) ?? [])));
  }

  /**
   * The one choice a clause states by meaning, in content's `when` words: a word of each of its lists, the first not
   * negated just before ("own upgraded PACER", "i remember my cm/ecf credentials"; not "not my own account").
   */
  statedByMeaning(text: string, choices: readonly Choice[]): Choice | undefined {
    const words = tokens(text);
    // Compared in their bare forms ("anotados" for content's "anotado", "mio" for "mío"); negations read as typed.
    const forms = words.map(bareForm);
    const found = choices.filter((choice) => {
      const lists = this.whenOf(choice);
      if (lists.length === 0) return false;
      return lists.every((list, i) => {
        const at = list.map((entry) => findLoosely(forms, entry, 0)).filter((index) => index >= 0);
        return i === 0 ? at.some((index) => !negatedBefore(words, index)) : at.length > 0;
      });
    });
    return found.length === 1 ? found[0] : undefined;
  }

  /**
   * At a question, the one choice a clause states by meaning when the words the question itself says stand for what
   * the clause leaves out: "i have the new login + pw" at "Do you know your CM/ECF login and password?" says the
   * verb and the login, the question says "CM/ECF". The clause must say the first list (not negated) and one more
   * itself: a choice's subject alone ("individual" to "your own PACER account?") is read elsewhere.
   */
  statedAtQuestion(text: string, node: FlowNode): Choice | undefined {
    if (node.ask === undefined) return undefined;
    const asked = this.askedForms(node);
    const words = tokens(text);
    const forms = words.map(bareForm);
    const found = node.choices.filter((choice) => {
      const lists = this.whenOf(choice);
      if (lists.length < 3) return false;
      const said = lists.map((list, i) => {
        const at = list.map((entry) => findLoosely(forms, entry, 0)).filter((index) => index >= 0);
        return i === 0 ? at.some((index) => !negatedBefore(words, index)) : at.length > 0;
      });
      const standsIn = (i: number) => lists[i]!.some((entry) => findLoosely(asked, entry, 0) >= 0);
      return said[0] === true && said.filter(Boolean).length >= 2 && said.every((one, i) => one || standsIn(i));
    });
    return found.length === 1 ? found[0] : undefined;
  }

  /** The bare forms of the words a node's question says, once per node. */
  private askedForms(node: FlowNode): readonly string[] {
    return madeOnce(this.askedCache, node, (made) => tokens(made.ask ?? '').map(bareForm));
  }

  private whenOf(choice: Choice): readonly (readonly (readonly string[])[])[] {
    let lists = this.whenCache.get(choice);
    if (!lists) {
      lists = (choice.when ?? []).map((list) => list.map((entry) => tokens(entry).map(bareForm)).filter((entry) => entry.length > 0));
      this.whenCache.set(choice, lists);
    }
    return lists;
  }

  /** The one choice a year in the reply fits ("in 2019", "before August 2014"). */
  dated(text: string, choices: readonly Choice[]): Choice | undefined {
    const span = this.answers.dateSpan(text);
    return span && this.fitting(span, choices);
  }

  /** The choice whose date a span of months lies wholly in (`date: { before: 2014-08 }` for "2010"). */
  fitting(span: MonthSpan, choices: readonly Choice[]): Choice | undefined {
    return choices.find((choice) => choice.date && spanFits(span, choice.date));
  }

  /**
   * The choice of a node's question about when (its choices dated) that a message, not asked it, already answers:
   * a date in a clause naming what the question is about, in the words of its dated choices or of the question
   * itself ("my PACER account is from 2010, do I need to upgrade?": the legacy account), or in a clause that refers
   * back to the one before ("my pacer account, I made it in 2010"). Undefined when no clause dates it, or two
   * clauses take different choices.
   */
  datedIn(text: string, node: FlowNode): Choice | undefined {
    if (!node.choices.some((choice) => choice.date)) return undefined;
    const { choices, asked } = this.subjectsOf(node);
    const names = (clause: string) => tokens(clause).some((word) => choices.has(word) || asked.has(word));
    const found = new Set<Choice>();
    let previous = '';
    for (const clause of markedClauses(text)) {
      const span = this.answers.dateSpan(clause);
      const about = names(clause) || (this.answers.refersBack(clause) && names(previous));
      const choice = span && about ? this.fitting(span, node.choices) : undefined;
      if (choice) found.add(choice);
      previous = clause;
    }
    return found.size === 1 ? [...found][0] : undefined;
  }

  /** The words of a node's dated choices that name a thing ("made", "account", "legacy"), not a date ("august"). */
  dateSubject(node: FlowNode): ReadonlySet<string> {
    return this.subjectsOf(node).choices;
  }

  private subjectsOf(node: FlowNode): { readonly choices: ReadonlySet<string>; readonly asked: ReadonlySet<string> } {
    let subjects = this.subjects.get(node);
    if (!subjects) {
      const phrases = node.choices.filter((choice) => choice.date).flatMap((choice) => [choice.label, ...choice.also, ...(choice.when ?? []).flat()]);
      const naming = (words: readonly string[]) => new Set(words
        .filter((word) => word.length >= SUBJECT_WORD_LETTERS && !/\d/.test(word) && !this.answers.namesMonth(word)));
      const asked = naming(tokens(node.ask ?? '').filter((word) => !FUNCTION_WORDS.has(word)));
      subjects = { choices: naming(phrases.flatMap(tokens)), asked };
      this.subjects.set(node, subjects);
    }
    return subjects;
  }

  /**
   * The choice whose label or synonym appears in the reply (longest phrase first), words in order with at most
   * one other word between them ("no pacer account" for "no account"), and not negated just before ("not live").
   */
  private containedChoice(text: readonly string[], choices: readonly Choice[], words: readonly ChoiceWords[]): Choice | undefined {
    let best: { choice: Choice; length: number } | undefined;
    choices.forEach((choice, i) => {
      for (const phrase of words[i]!.phraseTokens) {
        if (phrase.length <= (best?.length ?? 0)) continue;
        if (containsPhrase(text, phrase, 1)) best = { choice, length: phrase.length };
      }
    });
    return best?.choice;
  }

  private wordsOf(choice: Choice): ChoiceWords {
    let words = this.cache.get(choice);
    if (!words) {
      const phrases = [choice.label, ...choice.also];
      const polarity = phrases.map((phrase) => this.answers.purePolarity(phrase)).find((p) => p !== undefined);
      // Bare answer words ("yes", "no") are read as polarity above; as contained phrases they would match anything.
      const phraseTokens = phrases.map(tokens).filter((t) => t.length > 1 || (t.length === 1 && this.answers.purePolarity(t[0]!) === undefined));
      const statedTokens = phrases.filter((phrase) => this.answers.purePolarity(phrase) === undefined && !this.answers.refersBack(phrase))
        .map(tokens).filter((t) => t.length > 0);
      words = { phrases, phraseTokens, statedTokens, ...(polarity ? { polarity } : {}) };
      this.cache.set(choice, words);
    }
    return words;
  }
}

/** Words a clause may put between two words of a choice's phrase when it states it unasked ("have the sdny ecf login"). */
const STATED_GAP = 2;

/**
 * `phrase` in `text` (at most `gap` other words between two of its words), not negated just before ("not live"),
 * unless the phrase is itself a negation ("not shared", "don't share account").
 */
function containsPhrase(text: readonly string[], phrase: readonly string[], gap: number): boolean {
  const at = findLoosely(text, phrase, gap);
  return at >= 0 && (isNegation(phrase[0]) || !negatedBefore(text, at));
}

/**
 * Index in `text` where `phrase` starts, its words in order with at most `gap` other words (no negation) between
 * two of them; -1 if absent.
 */
function findLoosely(text: readonly string[], phrase: readonly string[], gap: number): number {
  for (let start = 0; start < text.length; start += 1) {
    if (text[start] !== phrase[0]) continue;
    let at = start;
    let matched = 1;
    while (matched < phrase.length) {
      const next = nextWordAt(text, at, phrase[matched]!, gap);
      if (next < 0) break;
      at = next;
      matched += 1;
    }
    if (matched === phrase.length) return start;
  }
  return -1;
}

/** Where `word` comes after `at` with at most `gap` words between, none of them a negation; -1 if it does not. */
function nextWordAt(text: readonly string[], at: number, word: string, gap: number): number {
  for (let next = at + 1; next <= at + 1 + gap && next < text.length; next += 1) {
    if (text[next] === word) return next;
    if (isNegation(text[next])) return -1;
  }
  return -1;
}

/** Words this short ("it", "was", "than") say nothing about what a date is the date of. */
const SUBJECT_WORD_LETTERS = 4;

/** The months a choice's date covers (`before: 2014-08`: everything to July 2014). */
export function spanOfDate(date: NonNullable<Choice['date']>): MonthSpan {
  return {
    first: date.from === undefined ? -Infinity : monthOf(date.from),
    last: date.before === undefined ? Infinity : monthOf(date.before) - 1,
  };
}

function spanFits(span: MonthSpan, date: NonNullable<Choice['date']>): boolean {
  if (date.before !== undefined && span.last < monthOf(date.before)) return true;
  return date.from !== undefined && span.first >= monthOf(date.from);
}

function monthOf(yearMonth: string): number {
  const [year, month] = yearMonth.split('-').map(Number);
  return year! * 12 + month! - 1;
}
