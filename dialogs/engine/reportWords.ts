import { foldAccents, normaliseText } from '../content/normalise';
import type { Content } from '../content/types';
import { isNegation, tokens } from './answerReader';
import { procedureSteps } from './flowView';
import { madeOnce } from './madeOnce';
import { FUNCTION_WORDS, stem } from './wordForms';
import { SPANISH_STOP_WORDS } from '../nlu-es/spanishText';

const cache = new WeakMap<Content, ReportWords>();

/** A word of grammar only, in either language ("the", "and"; "el", "y"). */
const functionWord = (word: string): boolean => FUNCTION_WORDS.has(word) || SPANISH_STOP_WORDS.has(word);

/**
 * How a report of progress is cut and weighed, in the content's own language (responses.yaml `answers`: `joins`,
 * `opens`, `asking`; each step's `done`): a message's clauses, each read on its own by the progress reader, and the
 * words that say a step was done without saying which ("clicked", "submitted", "le di clic al enlace").
 */
export class ReportWords {
  private readonly joins: ReadonlySet<string>;
  private readonly opens: ReadonlySet<string>;
  private readonly asking: ReadonlySet<string>;
  /** The done verbs several steps share ("clicked", "submitted"), and the words joining two things (`joining`). */
  private readonly verbs: ReadonlySet<string>;
  private readonly joining: ReadonlySet<string>;
  /** Words of the done examples of two steps or more, and of the words for any step (`stepDone`). */
  private readonly shared: ReadonlySet<string>;
  /** Words of the words for any step alone ("done", "hecho"). */
  private readonly anyStep: ReadonlySet<string>;
  private readonly fillers: ReadonlySet<string>;
  /** Words a thing is named with ("the", "one"): after a join, a thing without a verb of its own. */
  private readonly pointers: ReadonlySet<string>;
  /** Words pointing back at a thing ("it", "them"): "submitted it" names no screen of its own. */
  private readonly referring: ReadonlySet<string>;
  /** Fillers that join or open a report ("now", "and then"; "ahora", "y entonces"): they say when, not what. */
  private readonly sequence: ReadonlySet<string>;
  /**
   * The words for any step that say it alone ("done", "listo", "hecho"): said first, the report follows them. Not
   * those that open a report themselves ("ya entré", "ya estoy en Utilities": already, not done).
   */
  private readonly doneAlone: ReadonlySet<string>;
  /**
   * The function words that end a step's `done` or `at` example ("logged in", "signed on", "got through", "both now"):
   * such a word finishes a report ("in" of "signed in with my own account"), so it is no filler of one.
   */
  private readonly endings: ReadonlySet<string>;
  /** Each step's number and the words of its done examples. */
  private readonly doneWords: readonly { readonly step: number; readonly words: ReadonlySet<string> }[];
  /** The words (stemmed) users say about where they are: every step's `at` and `done` examples. */
  private readonly screens: ReadonlySet<string>;
  /** The endings of a verb telling a doing under way (`answers.underWay`), the words that open a report before its verb, and every done example's words. */
  private readonly underWayEndings: readonly string[];
  private readonly subjects: ReadonlySet<string>;
  private readonly doneVocabulary: ReadonlySet<string>;
  /** The one-word yeses (`answers.yes`: "yep", "sí"), said with a report that points back ("yep hit that"). */
  private readonly agreeing: ReadonlySet<string>;

  private constructor(content: Content) {
    const { answers, stepDone } = content.responses;
    const words = (list: readonly string[] = []) => new Set(list.flatMap(wordsOf));
    const doneExamples = procedureSteps(content).map((node) => words(node.done));
    this.doneWords = procedureSteps(content).map((node, i) => ({ step: node.step ?? i + 1, words: doneExamples[i]! }));
    // A step's done verb ("logged", "clicked"; "entré", "envié") opens a report after a join as a subject does.
    const doneVerbs = procedureSteps(content).flatMap((node) => node.done.map((example) => wordsOf(example)[0] ?? ''));
    this.joins = words(answers.joins);
    this.underWayEndings = (answers.underWay ?? []).flatMap(wordsOf);
    this.subjects = words(answers.opens);
    this.doneVocabulary = new Set(doneExamples.flatMap((example) => [...example]));
    // One-word yeses only: "i think it is" is no yes word by each of its words.
    this.agreeing = new Set((answers.yes ?? []).map(wordsOf).filter((yes) => yes.length === 1).flat());
    this.fillers = words(answers.fillers);
    this.pointers = words(answers.pointers);
    this.referring = words(answers.referring);
    // Not the words a phrase of any kind may start with ("the", "ok", "it"): "login and the password" is one thing;
    // nor words of what a step shows ("both", "names": "the confirm screen and both say my name" is one sight).
    const seen = procedureSteps(content).flatMap((node) => node.at.flatMap(wordsOf));
    this.screens = new Set([...seen, ...doneExamples.flatMap((example) => [...example])].map(stem));
    const common = new Set([...this.fillers, ...words(answers.pointers), ...words(answers.referring), ...this.joins, ...seen]);
    this.opens = new Set([...words(answers.opens), ...doneVerbs.filter((verb) => verb !== '' && !common.has(verb))]);
    // The verbs that open done examples of two steps or more ("clicked", "found", "submitted"): one of them may do
    // two steps' things in one clause.
    const grammar = new Set([...this.fillers, ...words(answers.pointers), ...words(answers.referring), ...this.joins]);
    const verbSteps = procedureSteps(content).flatMap((node) => [...new Set(node.done.map((example) => wordsOf(example)[0] ?? ''))]);
    // Kept as stems: a verb is one in any tense ("I click Utilities and the link" as "clicked").
    this.verbs = new Set(verbSteps.filter((verb, i) => verb !== '' && !grammar.has(verb) && verbSteps.indexOf(verb) !== i).map(stem));
    this.joining = words(answers.joining);
    this.endings = new Set(procedureSteps(content).flatMap((node) => [...node.done, ...node.at])
      .map((example) => wordsOf(example).at(-1) ?? '').filter(functionWord));
    this.asking = words(answers.asking);
    this.sequence = new Set([...words(answers.opens), ...this.joins].filter((word) => this.fillers.has(word)));
    const counts = new Map<string, number>();
    for (const example of doneExamples) for (const word of example) counts.set(word, (counts.get(word) ?? 0) + 1);
    this.anyStep = words(stepDone);
    this.doneAlone = new Set(stepDone.filter((phrase) => wordsOf(phrase).length === 1).flatMap(wordsOf).filter((word) => !this.opens.has(word)));
    this.shared = new Set([...[...counts].filter(([, count]) => count > 1).map(([word]) => word), ...this.anyStep]);
  }

  static of(content: Content): ReportWords {
    return madeOnce(cache, content, (made) => new ReportWords(made));
  }

  /**
   * A message's sentences and clauses, each with its own question mark ("I'm on the link page. What goes here?"),
   * cut also where a join starts a new report ("set it up and logged in"), where one verb did two things ("clicked
   * utilities and the link": "clicked the link" too; "clicked utilities > link a cm/ecf account", a path), and where a
   * question starts without its punctuation ("im on the ecf site what do i click").
   */
  sentences(text: string): string[] {
    const parts = text.split(/(?<=[.!?;])\s+|,\s*|\s[-–]\s/).flatMap((sentence) => this.path(sentence)).flatMap((sentence) => this.cut(sentence))
      .map((part) => part.trim()).filter((part) => part.length > 1);
    return this.carried(parts);
  }

  /**
   * The clauses, each that a join opens with a thing and no verb of its own ("Clicked Utilities, then the Link a CM/ECF
   * account to my PACER account link") done with the verb the clause before it did its thing with: a report of its own.
   */
  private carried(parts: readonly string[]): string[] {
    let doing = '';
    return parts.map((part) => {
      const raw = part.split(/\s+/);
      const words = raw.map((word) => wordsOf(word).join(' '));
      let at = 0;
      while (at < words.length && (this.joins.has(words[at]!) || this.sequence.has(words[at]!))) at += 1;
      // The thing in the words of the steps' screens only ("the names screen came up" tells what happened of its own).
      const thing = wordsOf(raw.slice(at).join(' '));
      const carries = at > 0 && doing !== '' && thing.length > 0 && this.pointers.has(thing[0]!) && !this.opens.has(thing[0]!) && !this.saysBeyondScreens(thing);
      const verb = this.verbAt(raw);
      if (!carries) doing = verb < raw.length - 1 && this.isVerb(raw[verb]!) ? raw.slice(0, verb + 1).join(' ') : '';
      return carries ? `${doing} ${raw.slice(at).join(' ')}` : part;
    });
  }

  /**
   * The sentence without the words that open it to say when ("ahora salen los dos nombres", "and now it asks for my
   * password") or that it is done ("ok listo ya abrí la página de la corte", "done, opened the court's page"): what
   * the user sees or did then, in the words the progress reader knows. Fillers go with them ("ok ahora …"), never
   * alone ("ok found it" stays as it is). `saysDone`: a word of done opened it. Undefined when none opens it.
   */
  unopened(sentence: string): { readonly rest: string; readonly saysDone: boolean } | undefined {
    const words = wordsOf(sentence);
    const opening = (word: string) => this.sequence.has(word) || this.doneAlone.has(word);
    const at = words.findIndex((word) => !opening(word) && !this.fillers.has(word));
    const opened = words.slice(0, Math.max(at, 0));
    return opened.some(opening) ? { rest: words.slice(at).join(' '), saysDone: opened.some((word) => this.doneAlone.has(word)) } : undefined;
  }

  /**
   * A sentence opened by a word saying when, then a verb of asking without its subject and no question mark ("now is
   * login page", "now is working"): a statement in the way of a language that drops the subject ("ahora es la página
   * de login"), not a question ("now is it working?", "now what").
   */
  statesWithoutSubject(sentence: string): boolean {
    if (sentence.includes('?')) return false;
    const words = wordsOf(sentence);
    const at = words.findIndex((word) => !this.fillers.has(word));
    return at > 0 && this.sequence.has(words[at - 1]!) && this.asking.has(words[at]!) && words.length > at + 1 && !this.opens.has(words[at + 1]!);
  }

  /** The sentence from each later word that opens a report ("all good i see the menus" -> "i see the menus"). */
  laterOpenings(sentence: string): string[] {
    const words = wordsOf(sentence);
    return words.flatMap((word, i) => (i > 0 && this.opens.has(word) ? [words.slice(i).join(' ')] : []));
  }

  /** Whether the words of a sentence before `rest` (a later opening of it) are fillers only ("ok so" of "ok so im on …"). */
  onlyFillers(sentence: string, rest: string): boolean {
    const words = wordsOf(sentence);
    const before = words.slice(0, words.length - wordsOf(rest).length);
    return before.length > 0 && before.every((word) => this.fillers.has(word));
  }

  /**
   * What is left of a sentence once the words of its answers are taken out, when it is only the words that joined and
   * determined them ("and the and" of "and I have the old login and password"; "y el y la"): it tells no step, whatever
   * the progress reader makes of a string that bare. A word that ends a step's example ("in") still may.
   */
  tellsNoStep(rest: string): boolean {
    const words = wordsOf(rest);
    return words.length > 0 && words.every((word) => functionWord(word) && !this.endings.has(word));
  }

  /**
   * A sentence that says a step was done in words that name no step of its own ("clicked", "submitted it", "le di
   * clic al enlace"): every word of it is a done word two steps share, or a filler. Said at a step, it is that step done.
   */
  saysAnyStepDone(sentence: string): boolean {
    return this.only(sentence, this.shared);
  }

  /**
   * A sentence whose verb tells a doing under way ("logging in now", "im signing in", "estoy entrando"): the user is at
   * that step, not past it. Not a verb a step's done examples use ("ok submitting": Submit is done as it is said).
   */
  underWay(sentence: string): boolean {
    if (this.underWayEndings.length === 0) return false;
    const verb = wordsOf(sentence).find((word) => !this.fillers.has(word) && !this.subjects.has(word));
    return verb !== undefined && !this.doneVocabulary.has(verb)
      && this.underWayEndings.some((ending) => verb.length >= ending.length + MIN_STEM && verb.endsWith(ending));
  }

  /**
   * A short report of a doing that points back at the thing on screen ("yep hit that", "clicked it", "ok pressed
   * that one"): a done verb two steps share, a word pointing back, and besides them only fillers and yes words. Said at
   * a step, it is that step done.
   */
  saysDoneOfShown(sentence: string): boolean {
    const words = wordsOf(sentence).filter((word) => !this.fillers.has(word) && !this.agreeing.has(word));
    const rest = words.filter((word) => !this.referring.has(word));
    return rest.length > 0 && rest.length < words.length && rest.every((word) => this.isVerb(word));
  }

  /** Whether a report pointing back at the thing shown (saysDoneOfShown) does it in a verb of step `step`'s done examples ("opened it" at step 1). */
  doneOfShownAt(sentence: string, step: number): boolean {
    const own = this.doneWords.find((entry) => entry.step === step)?.words;
    if (own === undefined || !this.saysDoneOfShown(sentence)) return false;
    return wordsOf(sentence).every((word) => this.fillers.has(word) || this.agreeing.has(word) || this.referring.has(word) || own.has(word));
  }

  /** A sentence of the words for any step only ("done", "all done", "hecho"), which the progress model reads as none. */
  saysDoneWord(sentence: string): boolean {
    return this.only(sentence, this.anyStep);
  }

  /**
   * The step at `from` or after it whose done examples hold every word of the sentence: what a done in shared words
   * ("le di Submit", "clicked") did, since a Submit belongs to the screen that has one (steps 4 and 5 both do: at
   * step 4's form it is step 4's; before it, still step 4's, the first such screen ahead), among the steps the sentence
   * is read as done (`readAs`: "ya entré" at step 1 is step 2's, not step 1's "ya estoy en …"). A word pointing back
   * ("submitted it") is the thing on screen, not a word of a later step's examples ("it linked"). Undefined when none.
   */
  stepDoneFrom(sentence: string, from: number, readAs: readonly number[]): number | undefined {
    // The words for any step said with it ("listo ya le di submit") name no step of their own.
    const said = wordsOf(sentence).filter((word) => !this.referring.has(word) && !this.anyStep.has(word)).join(' ');
    return this.doneWords.find(({ step, words }) => step >= from && readAs.includes(step) && this.only(said || sentence, words))?.step;
  }

  /**
   * A question pointing back at what was just told ("could that be it", "is that why?"): words that refer back, and
   * besides them, the asking words and the fillers, none a report of a screen uses. It asks about what was told, not
   * what to do on the screen reached ("what do I click there" names the click).
   */
  pointsBack(sentence: string): boolean {
    const words = wordsOf(sentence);
    const rest = words.filter((word) => !this.referring.has(word) && !this.asking.has(word) && !this.fillers.has(word));
    return words.some((word) => this.referring.has(word)) && rest.length > 0 && this.saysBeyondScreens(rest);
  }

  /**
   * Whether one of these words is none a report of a screen says: a topic's word said with where the user is ("at the
   * login page there's a Client Code box", "the confirm screen shows two different names") says more than the place.
   */
  saysBeyondScreens(words: readonly string[]): boolean {
    return words.some((word) => !this.screens.has(stem(foldAccents(word))));
  }

  private only(sentence: string, vocabulary: ReadonlySet<string>): boolean {
    const words = wordsOf(sentence).filter((word) => !this.fillers.has(word));
    return words.length > 0 && words.every((word) => vocabulary.has(word));
  }

  /**
   * At a join (`words[i]`): a short clause of a shared verb, after its subject or none, and its thing (`part`: "i
   * clicked utilities"), joined to a short thing ("the link").
   */
  private twoThingsDone(words: readonly string[], i: number, part: readonly string[]): boolean {
    const rest = words.length - i - 1;
    // The join and the rest first: finding the verb reads every word of the part again, at each word of the sentence.
    if (!this.joining.has(words[i]!) || rest <= 0 || rest > THING_WORDS) return false;
    const verb = this.verbAt(part);
    const things = part.length - verb - 1;
    return things > 0 && things <= THING_WORDS && this.isVerb(part[verb]!);
  }

  /**
   * Where a clause's verb is: after the fillers opening it ("ok clicked") and a word that opens a report as its subject
   * ("i clicked", "ok i clicked"), else first.
   */
  private verbAt(part: readonly string[]): number {
    const words = part.map((word) => wordsOf(word).join(' '));
    const before = (at: number, kind: ReadonlySet<string>) => at < words.length - 1 && kind.has(words[at]!) && !this.isVerb(words[at]!);
    let at = 0;
    while (before(at, this.fillers)) at += 1;
    return before(at, this.opens) ? at + 1 : at;
  }

  /**
   * Words of a clause so far, besides its fillers, enough to tell something ("did that", not "ok"), and nothing negated
   * ("no me sale …": the problem's); the word before not a subject of what follows ("i'm now on the form").
   */
  private saysSomething(part: readonly string[], before: string | undefined): boolean {
    const said = part.map((word) => wordsOf(word).join(' '));
    if (before === undefined || this.opens.has(before) || tokens(part.join(' ')).some(isNegation)) return false;
    return said.filter((word) => !this.fillers.has(word)).length >= REPORT_BEFORE_NOW;
  }

  /** A done verb several steps share, in any tense ("clicked", "click"). */
  private isVerb(word: string): boolean {
    return this.verbs.has(stem(wordsOf(word).join(' ')));
  }

  /**
   * A path through the screens ("clicked utilities > link a cm/ecf account to my pacer account"): each screen after a
   * ">" is a thing of its own, done with the verb the path opens with, however long its name.
   */
  private path(sentence: string): string[] {
    const [first, ...rest] = sentence.split(/\s+>\s+/);
    if (rest.length === 0) return [sentence];
    const words = first!.split(/\s+/);
    const verb = this.verbAt(words);
    const doing = verb < words.length - 1 && this.isVerb(words[verb]!) ? `${words.slice(0, verb + 1).join(' ')} ` : '';
    return [first!, ...rest.map((thing) => `${doing}${thing}`)];
  }

  private cut(sentence: string): string[] {
    const raw = sentence.split(/\s+/);
    const words = raw.map((word) => wordsOf(word).join(' '));
    const parts: string[][] = [[]];
    raw.forEach((word, i) => {
      const opensNext = i + 1 < raw.length && this.opens.has(words[i + 1]!) && parts[parts.length - 1]!.length > 0;
      const part = parts[parts.length - 1]!;
      if (opensNext && this.joins.has(words[i]!)) parts.push([]);
      // A word saying when, then a subject, after a report of its own ("did that now its the pacer login page", "clicked
      // utilities and the link now it wants ecf login"): what the user sees now, a report of its own, kept with its "now".
      else if (opensNext && this.sequence.has(words[i]!) && this.saysSomething(part, words[i - 1])) parts.push([word]);
      // Two things done with one verb ("clicked utilities and the link"): the second is a report of its own, with it.
      else if (this.twoThingsDone(words, i, part)) parts.push(part.slice(0, this.verbAt(part) + 1));
      else {
        // A question after a report of its own ("…site what do i click"), not an opener's ("¿ahora qué hago?"), nor a
        // sentence that ends on the word it would open ("the bankruptcy menus are there", "the link is there": a sight).
        const asksOn = opensNext && i + 2 < raw.length && this.asking.has(words[i]!);
        if (asksOn && parts[parts.length - 1]!.length >= REPORT_WORDS) parts.push([]);
        parts[parts.length - 1]!.push(word);
      }
    });
    return parts.map((part) => part.join(' '));
  }
}

/** The fewest letters before a verb's ending of a doing under way ("log" of "logging"; not "thing", "sing"). */
const MIN_STEM = 3;

/** The most words of each thing one verb did ("the utilities menu", "the link"). */
const THING_WORDS = 3;

/** The fewest words, besides fillers, a report before a "now" has ("did that now it's the login page"). */
const REPORT_BEFORE_NOW = 2;

/** The fewest words a report before a question without its mark has ("im on the site"). */
const REPORT_WORDS = 3;

function wordsOf(text: string): string[] {
  const normalised = foldAccents(normaliseText(text));
  return normalised === '' ? [] : normalised.split(' ');
}
