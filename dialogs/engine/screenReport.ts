import { foldAccents, normaliseText } from '../content/normalise';
import type { Content, FlowNode } from '../content/types';
import { spanishStopWords } from '../nlu-es/spanishText';
import { procedureSteps } from './flowView';
import { madeOnce } from './madeOnce';
import type { Progress } from './progressReader';
import { FUNCTION_WORDS, root } from './wordForms';

const cache = new WeakMap<Content, ScreenReport>();

/** A screen's name said in the sentence weighs this many of its step's own words. */
const NAME_WEIGHT = 3;
/** The words of a long screen name that say it alone (progressReader's SCREEN_PREFIX). */
const NAME_HEAD = 5;
/** The least weight that names a step: a word of at most two steps' (ln 3), or a screen's name. */
const MIN_WEIGHT = 1;
/** Two steps this close in weight are a tie: the first one from the place wins ("submit": step 4's or step 5's). */
const TIE = 0.85;

/**
 * A report of a step done, read from the step's own words where the progress model reads nothing ("Login
 * successful.", "pacer accepted my login fine", "i write the ecf user and password and click submit"): a sentence
 * that says something was done (a verb that opens one of the steps' `done` examples: "clicked", "entered",
 * "submitted"; or a word of `answers.worked`: "accepted", "successful") names the thing it was done to in the words of
 * a step's screen — its bold screen names, its title, its text, its `at` and `done` examples, each word weighed by
 * how few steps use it. The step whose words weigh most is the one done; a sentence that names no step's thing is
 * the done of the step on screen ("now i enter ok" at the login step). Built once per content.
 */
export class ScreenReport {
  private readonly doing: ReadonlySet<string>;
  /** The words of `answers.worked`, and where a thing that worked led (`answers.workedTo`: "to"; "a", "al"). */
  private readonly worked: ReadonlySet<string>;
  private readonly workedTo: ReadonlySet<string>;
  /** Each step's own doing: the verbs its `done` examples open with and the words of its screen names ("submit"). */
  private readonly stepDoing: readonly ReadonlySet<string>[];
  private readonly grammar: ReadonlySet<string>;
  private readonly asking: ReadonlySet<string>;
  private readonly steps: readonly StepWords[];
  /** Every step's screen names (its bold words), for a verb done to one of them. */
  private readonly screenNames: readonly string[];
  private readonly namedDoing: ReadonlySet<string>;
  private readonly rarity: ReadonlyMap<string, number>;
  /** What the last step says the user will then see ("civil", "bankruptcy", "menus"), and the words of other steps' screens. */
  private readonly sights: ReadonlySet<string>;
  private readonly elsewhere: ReadonlySet<string>;
  private readonly present: ReadonlySet<string>;
  /** Words saying "both" (`answers.bothSides`), and the yes words (`answers.yes`: "yep", "simón") said with them. */
  private readonly bothSides: ReadonlySet<string>;
  private readonly agreeing: ReadonlySet<string>;
  /** Words pointing back at a thing (`answers.referring`), and whether each step is one where a thing is sought. */
  private readonly referring: ReadonlySet<string>;
  private readonly seeking: readonly boolean[];
  /** The verbs each step's done examples open with, and those no other step's open with. */
  private readonly openers: readonly ReadonlySet<string>[];
  private readonly ownVerbs: readonly ReadonlySet<string>[];
  /** The questions a step's screen asks in its own words (bold, ending in "?": **Do you want to link these accounts?**). */
  private readonly screenQuestions: readonly RegExp[];

  private constructor(content: Content) {
    const { answers } = content.responses;
    const nodes = procedureSteps(content);
    const list = (words: readonly string[] = []) => words.flatMap(formsOf);
    // The grammar of both languages (natural's stop words): a word that opens a statement of what the screen shows after
    // a verb of seeing ("veo un mensaje de éxito": "un") or joins a phrase ("con éxito") is no doing.
    this.asking = new Set(list(answers.asking));
    this.grammar = new Set([...list(answers.fillers), ...list(answers.pointers), ...list(answers.referring), ...list(answers.joins),
      ...list(answers.opens), ...list(answers.asking), ...[...FUNCTION_WORDS, ...spanishStopWords].map(lemma)]);
    // The verbs the steps' done examples open with ("clicked", "entered", "submitted"), and the words of having worked.
    const openingVerbs = (node: FlowNode) => node.done.map((example) => formsOf(example).find((word) => !this.grammar.has(word)) ?? '');
    const verbs = nodes.flatMap(openingVerbs);
    const steps = nodes.map((node, i) => stepWords(node, i + 1, this.grammar));
    // A long name said by its last words alone ("the filing system link"): that screen's name too (see lastWords).
    const allNames = steps.flatMap((step) => step.names);
    this.steps = steps.map((step) => ({ ...step, called: [...step.names, ...step.names.flatMap((name) => lastWords(name, allNames) ?? [])] }));
    // The verbs only one step's done examples open with ("logged", "signed": Step 2's), each step's own.
    const opener = (node: FlowNode) => new Set(openingVerbs(node).filter((verb) => verb !== ''));
    const openers = nodes.map(opener);
    this.openers = openers;
    // The steps where a thing is sought: a done example of a word of finding (`answers.found`) and one pointing back at
    // the thing, grammar aside ("found it", "lo encontré").
    const referring = new Set(list(answers.referring));
    const found = new Set(list(answers.found));
    this.referring = referring;
    this.seeking = nodes.map((node) => node.done.some((example) => {
      const words = formsOf(example);
      return words.some((word) => found.has(word)) && words.some((word) => referring.has(word)) && words.every((word) => found.has(word) || this.grammar.has(word));
    }));
    this.ownVerbs = openers.map((verbs, i) => new Set([...verbs].filter((verb) => openers.every((others, k) => k === i || !others.has(verb)))));
    // A verb of what the step shows is no doing of it ("veo la pantalla …", "me pide …"); its title's verb is ("Log in …").
    this.stepDoing = nodes.map((node, i) => {
      const shown = new Set(node.at.flatMap(formsOf));
      const verbs = openingVerbs(node).filter((verb) => !shown.has(verb));
      const titled = formsOf(node.title ?? '')[0] ?? '';
      return new Set([...verbs, titled, ...this.steps[i]!.names.flatMap((name) => name.split(' '))].filter((word) => word !== '' && !this.grammar.has(word)));
    });
    this.screenNames = this.steps.flatMap((step) => step.names);
    // Not a screen's name ("civil menus showed up", "nextgen release 1.1 …") nor a thing a step's title names after
    // its verb ("Check the names, then confirm": "names are fine, clicked submit"): a thing, not a doing.
    const titled = nodes.flatMap((node) => formsOf(node.title ?? '').slice(1));
    const named = new Set([...titled, ...this.steps.flatMap((step) => step.names.flatMap((name) => name.split(' ')))]);
    // Nor a word of what a step shows ("it says …", "both names are mine"), unless two done examples or more open with it
    // ("clicked", though "i clicked utilities" tells a sight too).
    const seen = new Set(nodes.flatMap((node) => node.at.flatMap(formsOf)));
    const opening = (verb: string) => verbs.filter((other) => other === verb).length;
    const opens = (verb: string) => verb !== '' && (!seen.has(verb) || opening(verb) > 1);
    const doing = verbs.filter((verb) => opens(verb) && !named.has(verb));
    // A screen's name that done examples open with as a verb ("submitted", "i submitted"): said in a tense of its own
    // ("submitted my ecf creds"), the verb; said as it is ("clicked submit") or as a noun ("names"), the thing.
    this.namedDoing = new Set(verbs.filter((verb) => opens(verb) && named.has(verb)));
    const counts = new Map<string, number>();
    for (const step of this.steps) for (const word of step.counts.keys()) counts.set(word, (counts.get(word) ?? 0) + 1);
    this.rarity = new Map([...counts].map(([word, count]) => [word, Math.log(this.steps.length / count)]));
    // A word every step's texts use is grammar of the language ("el", "de"), though a done example opens with it.
    const worked = list(answers.worked).filter((word) => !this.grammar.has(word));
    this.doing = new Set([...doing, ...worked].filter((word) => this.rarity.get(word) !== 0));
    this.worked = new Set(worked);
    this.workedTo = new Set((answers.workedTo ?? []).map((word) => lemma(foldAccents(word.toLowerCase()))));
    // What the last step says the user will then see: its screen names its done examples hold, not as the thing of a
    // doing ("i see civil and criminal", not "pressed f5"), and the things its title names that they hold ("menus").
    const seeing = new Set(nodes.flatMap((node) => node.at.flatMap(formsOf)));
    const last = nodes[nodes.length - 1];
    const examples = (last?.done ?? []).map((example) => ` ${formsOf(example).join(' ')} `);
    const doingBefore = (name: string) => examples.some((example) => {
      const before = example.slice(0, example.indexOf(` ${name} `)).trim().split(' ').pop() ?? '';
      return example.includes(` ${name} `) && before !== '' && !this.grammar.has(before) && !seeing.has(before);
    });
    const names = this.steps[this.steps.length - 1]?.names ?? [];
    const shown = names.filter((name) => examples.some((example) => example.includes(` ${name} `)) && !doingBefore(name));
    const headed = formsOf(last?.title ?? '').slice(1).filter((word) => !this.grammar.has(word) && examples.some((example) => example.includes(` ${word} `)));
    this.sights = new Set([...shown, ...headed]);
    const sightWords = new Set([...this.sights].flatMap((sight) => sight.split(' ')));
    this.elsewhere = new Set(this.steps.slice(0, -1).flatMap((step) => step.names.flatMap((name) => name.split(' ')))
      .filter((word) => !this.grammar.has(word) && !sightWords.has(word)));
    this.present = new Set(list(answers.present));
    this.bothSides = new Set(list(answers.bothSides));
    this.agreeing = new Set(list(answers.yes));
    const asked = nodes.flatMap((node) => [...node.say.matchAll(/\*\*([^*]+)\?\*\*/g)].map((m) => wordsOf(m[1]!)).filter((said) => said.length > 1));
    this.screenQuestions = asked.map((said) => new RegExp(`(^|[^\\p{L}\\p{N}'"‘“])(${said.join('[^\\p{L}\\p{N}]+')})[?]*(?=$|[^\\p{L}\\p{N}])`, 'giu'));
  }

  /**
   * The message with each question a step's screen asks in quotes, without its question mark ("now it asks do you want
   * to link these accounts"): the screen's words, which ask the user, not the user asking the bot.
   */
  quotesScreenQuestions(text: string): string {
    return this.screenQuestions.reduce((quoted, pattern) => quoted.replace(pattern, '$1"$2"'), text);
  }

  static of(content: Content): ScreenReport {
    return madeOnce(cache, content, (made) => new ScreenReport(made));
  }

  /**
   * Whether a sentence says what the last step says the user will then see is on the screen ("i pressed F5 and now
   * there is a Civil menu", "now Bankruptcy and Adversary is there", "the menus appear"): a thing it names as seen,
   * a word of being there (`answers.present`), and no other step's screen ("only the Utilities menu is there"). The
   * caller has ruled out questions, negations and trouble.
   */
  seesLastStep(sentence: string): boolean {
    const words = formsOf(sentence);
    const text = ` ${words.join(' ')} `;
    return [...this.sights].some((sight) => text.includes(` ${sight} `)) && words.some((word) => this.present.has(word)) && !words.some((word) => this.elsewhere.has(word));
  }

  /**
   * The sentence that names the last of step `step`'s (1-based) screens, when the sentences name two of them or more
   * (by their names or their first words), in the order the step's text names them: the step's clicks retraced.
   * Undefined when they do not.
   */
  retracedIn(sentences: readonly string[], step: number): number | undefined {
    const order = this.steps[step - 1]?.path ?? [];
    if (order.length < 2) return undefined;
    let next = 0;
    let found = 0;
    let last = -1;
    sentences.forEach((sentence, i) => {
      const text = ` ${formsOf(sentence).join(' ')} `;
      let from = 0;
      for (let k = next; k < order.length; k += 1) {
        const at = order[k]!.map((form) => text.indexOf(` ${form} `, from)).filter((index) => index >= 0);
        if (at.length === 0) continue;
        from = Math.min(...at) + 1;
        next = k + 1;
        found += 1;
        last = i;
      }
    });
    return found >= 2 ? last : undefined;
  }

  /** Whether the screens a sentence names (by their names or last words: lastWords) are all step `step`'s (1-based). */
  namesOnly(sentence: string, step: number): boolean {
    const text = ` ${formsOf(sentence).join(' ')} `;
    const named = this.steps.filter((words) => words.called.some((name) => text.includes(` ${name} `))).map((words) => words.step);
    return named.length > 0 && named.every((owner) => owner === step);
  }

  /**
   * Whether a sentence speaks of doing step `step` (1-based): a verb its `done` examples open with, or a word of its
   * screen names ("ok to hit submit?", "do I click submit now?" at Step 4's form). A question in other words ("what do
   * I check on this screen?", "q hago ahora?") asks about what comes after, not about the step on screen.
   */
  speaksOfDoing(sentence: string, step: number): boolean {
    const doing = this.stepDoing[step - 1];
    return doing !== undefined && formsOf(sentence).some((word) => doing.has(word));
  }

  /** Whether a sentence names a step's screen (its bold name, or its last words: lastWords), none of them step `step`'s (1-based). */
  namesOtherThan(sentence: string, step: number): boolean {
    const text = ` ${formsOf(sentence).join(' ')} `;
    const named = this.steps.filter((words) => words.called.some((name) => text.includes(` ${name} `))).map((words) => words.step);
    return named.length > 0 && !named.includes(step);
  }

  /**
   * Whether a sentence tells the thing step `place` (1-based) seeks found by saying it is there ("there it is, under
   * utilities", "yep here it is", "ahí estaba en release 1.1"): the step is one where a thing is sought (a done
   * example like "found it"), and the sentence says a word of being there that points too ("there", "ahí") and one
   * more pointing at the thing, and besides them only grammar, a yes and that step's own words ("could you show it
   * again" asks).
   */
  foundSought(sentence: string, place: number, message: readonly string[]): boolean {
    const step = this.steps[place - 1];
    if (!step || !this.seeking[place - 1]) return false;
    // Where it was, in a word of the step's screen names ("under utilities", "en release 1.1"): "There it is." alone
    // may be the link seen, not yet clicked.
    const names = new Set(step.called.flatMap((name) => name.split(' ')).filter((word) => !this.grammar.has(word)));
    if (!message.some((part) => formsOf(part).some((word) => names.has(word)))) return false;
    const words = formsOf(sentence);
    const pointing = words.filter((word) => this.present.has(word) || this.referring.has(word));
    const plain = words.every((word) => this.grammar.has(word) || this.present.has(word) || this.agreeing.has(word) || step.counts.has(word));
    return plain && pointing.length >= 2 && words.some((word) => this.present.has(word) && this.referring.has(word));
  }

  /**
   * The step a thing done read as step `step` (1-based) was done on, by the screen it names ("went into the filing
   * system", "I'm through the Document Filing System link" read as Step 2's login): the one other step whose screen
   * name the sentence says, when every other word it says is that step's own (its texts' words; grammar aside), its
   * words of doing open that step's done examples, and no verb in it is step `step`'s alone ("logged into the filing system" is the login however it names the screen).
   * Undefined: the reading stands.
   */
  doneOnOwnScreen(sentence: string, step: number): number | undefined {
    const said = wordsOf(sentence);
    const words = said.map(lemma);
    const text = ` ${words.join(' ')} `;
    const owners = this.steps.filter((words) => words.called.some((name) => text.includes(` ${name} `)));
    const owner = owners.length === 1 ? owners[0]! : undefined;
    if (!owner || owner.step === step || words.some((word) => this.ownVerbs[step - 1]?.has(word))) return undefined;
    const named = new Set(owner.called.filter((name) => text.includes(` ${name} `)).flatMap((name) => name.split(' ')));
    // Its words of doing are those the screen's own step is told done with ("connected" tells a login, not a click).
    const doing = this.doingIn(said, words);
    if ([...doing].some((word) => !this.openers[owner.step - 1]?.has(word))) return undefined;
    const rest = words.filter((word) => !this.grammar.has(word) && !named.has(word) && !doing.has(word));
    return rest.every((word) => owner.counts.has(word)) ? owner.step : undefined;
  }

  /**
   * The step whose screen a sight read as step `step` (1-based) names instead ("there's a CM/ECF login and password
   * box" read as the PACER login of step 2: the **CM/ECF login** field is step 4's form): the one step owning every
   * screen name the sentence says, when none of them is the step read's own, in its bold names or in what its `at`
   * examples say is seen there ("i'm on the document filing system login" is step 2's own sight). Undefined: the
   * reading stands.
   */
  sightNamed(sentence: string, step: number): number | undefined {
    const text = ` ${formsOf(sentence).join(' ')} `;
    const said = (names: readonly string[]) => names.filter((name) => text.includes(` ${name} `));
    const read = this.steps[step - 1];
    const named = this.steps.flatMap((words) => said(words.names));
    if (!read || named.length === 0 || said(read.names).length > 0) return undefined;
    // A long name is said by its first words too ("the link a cm/ecf account page").
    const heads = named.map((name) => name.split(' ').slice(0, NAME_HEAD).join(' '));
    if (heads.some((head) => read.sighted.some((example) => example.includes(` ${head} `)))) return undefined;
    const owners = this.steps.filter((words) => said(words.names).length > 0);
    return owners.length === 1 ? owners[0]!.step : undefined;
  }

  /**
   * Whether a sentence read as `reading` says it in words of its own: more than grammar and a word saying "both"
   * (`answers.bothSides`: "yep both", "sí los dos" answer what was asked); a sight (or the last step's done, what the
   * user then sees) with a word of that step's texts or one of its screen names; a thing done before the last step
   * not told as a sight (a word of being there, `answers.present`, and no word of doing: "login form up" is a form on
   * screen, not the form's Submit done).
   */
  grounds(sentence: string, reading: Progress): boolean {
    const said = wordsOf(sentence);
    const words = said.map(lemma);
    const content = words.filter((word) => !this.grammar.has(word));
    if (content.every((word) => this.bothSides.has(word) || this.agreeing.has(word)) && words.some((word) => this.bothSides.has(word))) return false;
    if (reading.done && reading.step < this.steps.length) return !words.some((word) => this.present.has(word)) || this.doingIn(said, words).size > 0;
    const step = this.steps[reading.step - 1];
    const text = ` ${words.join(' ')} `;
    return step !== undefined && (step.names.some((name) => text.includes(` ${name} `)) || content.some((word) => step.counts.has(word)));
  }

  /** The words of doing a sentence says ("clicked", "submitted" in a tense of its own, "pushed submit"). */
  private doingIn(said: readonly string[], words: readonly string[]): Set<string> {
    const doing = new Set(words.filter((word, i) => this.doing.has(word) || (this.namedDoing.has(word) && TENSE.test(said[i]!) && said[i] !== word)));
    const pressed = doing.size === 0 ? this.doneToName(said, words) : undefined;
    if (pressed !== undefined) doing.add(pressed);
    return doing;
  }

  /**
   * A verb in the past tense right before a screen's name ("pushed submit", "tapped Submit"), in words no done example
   * opens with: a thing done to that screen's button or link, whatever the verb. Undefined when there is none.
   */
  private doneToName(said: readonly string[], words: readonly string[]): string | undefined {
    const before = (i: number) => ` ${words.slice(i + 1).join(' ')} `;
    return words.find((word, i) => PAST.test(said[i]!) && !this.grammar.has(word) && this.screenNames.some((name) => before(i).startsWith(` ${name} `)));
  }

  /**
   * The step a sentence says was done, read at step `place` (1-based): undefined when it says nothing was done. The
   * caller has ruled out questions and trouble. `named`: only a sentence that says a screen's own name names a step.
   */
  read(sentence: string, place: number, named = false): Progress | undefined {
    const said = wordsOf(sentence);
    const words = said.map(lemma);
    const doing = this.doingIn(said, words);
    // A word of asking makes it no report, though no question: "it says my browser must accept cookies", "hay un campo q
    // dice client code".
    if (words.some((word) => this.asking.has(word)) || doing.size === 0) return undefined;
    const things = [...new Set(words.filter((word) => !doing.has(word) && !this.grammar.has(word)))];
    const text = ` ${words.join(' ')} `;
    const names = this.steps.map((step) => step.names.filter((name) => text.includes(` ${name} `)).length);
    if (named && names.every((count) => count === 0)) return undefined;
    const weights = this.steps.map((step, i) => things.reduce((sum, word) => sum + (this.rarity.get(word) ?? 0) * Math.log(1 + (step.counts.get(word) ?? 0)), 0)
      + names[i]! * NAME_WEIGHT);
    const best = Math.max(...weights);
    // Nothing but the doing said ("sent", "accepted"): the done of the step on screen.
    if (things.length === 0 && place > 0) return { step: place, done: true, score: 1 };
    // A thing most steps name ("that link") or none ("got it", "entered the code from my app") says no step.
    if (best < MIN_WEIGHT) return undefined;
    const near = weights.map((weight, i) => (weight >= best * TIE ? i + 1 : 0)).filter((step) => step > 0);
    const step = near.find((candidate) => candidate >= place) ?? near[near.length - 1]!;
    // Led to a screen past the one on screen, it is reached; the screen on screen itself was done ("connected to the
    // filing system" at the login step).
    return { step, done: !(step > place && this.ledTo(words, doing, things)), score: 1 };
  }

  /**
   * Whether a thing that worked led to the screen the sentence names ("it went through to a confirm page", "lo aceptó
   * y pasó a la pantalla de confirmar"): every word of doing is one of `answers.worked`, and every thing named comes
   * after a word of `answers.workedTo` said after the doing. That screen, past the place, is where the user is.
   */
  private ledTo(words: readonly string[], doing: ReadonlySet<string>, things: readonly string[]): boolean {
    if (this.workedTo.size === 0 || ![...doing].every((word) => this.worked.has(word))) return false;
    const done = words.findIndex((word) => doing.has(word));
    const to = words.findIndex((word, i) => i > done && this.workedTo.has(word));
    return to > done && done >= 0 && things.every((thing) => words.indexOf(thing) > to);
  }
}

/**
 * A screen name of three words or more said without its first word ("the filing system link" for the **Document
 * Filing System**), when no other screen's name has any of the words left: they name that screen alone.
 */
function lastWords(name: string, names: readonly string[]): string | undefined {
  const rest = name.split(' ').slice(1);
  if (rest.length < 2) return undefined;
  const others = new Set(names.filter((other) => other !== name).flatMap((other) => other.split(' ')));
  return rest.some((word) => others.has(word)) ? undefined : rest.join(' ');
}

/** A verb said in the past tense ("pushed", "tapped"). */
const PAST = /[a-z]{2}ed$/;

/** The endings of a verb's tenses, which a screen's name ("Submit", "Link") said as a verb has ("submitted", "linking"). */
const TENSE = /(?:ed|ing)$/;

interface StepWords {
  readonly step: number;
  /** Its screen names (bold in its text), as word forms joined by spaces. */
  readonly names: readonly string[];
  /** Its screen names and the last words a long one is said by alone ("fil system"; lastWords). */
  readonly called: readonly string[];
  /** How often each word form comes in its texts. */
  readonly counts: ReadonlyMap<string, number>;
  /** Its `at` examples (what is seen there), as word forms between spaces: the screen names they say are its own. */
  readonly sighted: readonly string[];
  /** The screens its text (`say`) names, in order, each once: each as its name and its first words when long. */
  readonly path: readonly (readonly string[])[];
}

function stepWords(node: FlowNode, step: number, grammar: ReadonlySet<string>): Omit<StepWords, 'called'> {
  const texts = [node.title ?? '', node.say, node.tip ?? '', ...node.at, ...node.done];
  const counts = new Map<string, number>();
  for (const word of texts.flatMap(formsOf)) if (!grammar.has(word)) counts.set(word, (counts.get(word) ?? 0) + 1);
  const boldIn = (text: string) => [...text.matchAll(/\*\*([^*]+)\*\*/g)].map((m) => formsOf(m[1]!).join(' ')).filter((name) => name !== '');
  const said = boldIn(node.say);
  // A long name after the first screen is also said by its first word, told after the screen before it ("Utilities,
  // then picked the linking option", "under utilities, chose the link-to-pacer one").
  const forms = (name: string, i: number) => {
    const words = name.split(' ');
    return [name, words.slice(0, NAME_HEAD).join(' '), ...(i > 0 && words.length > NAME_HEAD && !grammar.has(words[0]!) ? [words[0]!] : [])];
  };
  const path = [...new Set(said)].map((name, i) => [...new Set(forms(name, i))]);
  return { step, names: [...said, ...boldIn(node.tip ?? '')], counts, sighted: node.at.map((example) => ` ${formsOf(example).join(' ')} `), path };
}

/** The words of a text, each in one form for its tenses and plurals ("clicked", "click"; "logged", "log"). */
function formsOf(text: string): string[] {
  return wordsOf(text).map(lemma);
}

/** The words of a text as said, lower case and without accents. */
function wordsOf(text: string): string[] {
  const normalised = foldAccents(normaliseText(text));
  return normalised === '' ? [] : normalised.split(' ');
}

/** A word's root (wordForms.root) with a doubled last consonant undone ("submitted", "submit"; "logged", "log"). */
function lemma(word: string): string {
  const base = root(word);
  return base !== word && /([bdfgkmnprtvz])\1$/.test(base) ? base.slice(0, -1) : base;
}
