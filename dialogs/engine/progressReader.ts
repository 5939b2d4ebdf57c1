import { foldAccents } from '../content/normalise';
import type { Content, FlowNode } from '../content/types';
import { OUT_OF_SCOPE_INTENT } from '../content/intents';
import { Recognizer, type LabelledExample, type RecognizerOptions } from '../nlu/recognizer';
import { SpanishRecognizer } from '../nlu-es/spanishRecognizer';
import { procedureSteps } from './flowView';
import type { Recognize, TrainProgress } from './ports';
import { SameName } from './sameName';

/** Where a report puts the user: at step `step` (what they see), or past it (`done`: what they did). */
export interface Progress {
  readonly step: number;
  readonly done: boolean;
  readonly score: number;
}

/** The class of messages that report no progress (questions, answers to the prerequisites, topics, commands). */
const NONE = OUT_OF_SCOPE_INTENT;
/**
 * Examples of each topic in the none class: enough to tell "i'm logged in but there's no Utilities menu" (a topic)
 * from "logged in" (a report) without the whole recognizer's corpus, which would cost its training time again.
 */
const TOPIC_EXAMPLES = 6;
/** A reading this likely, besides the best one, is a sense of the message too ("clicked it": step 1's or step 3's). */
const PLAUSIBLE = 0.1;
/** Training steps: fewer than the recognizer's 20,000 (a few hundred examples, 13 classes; see ProgressReader.of). */
const MIN_UPDATES = 2000;

const readers = new WeakMap<Content, ProgressReader>();

/**
 * Reads progress a user reports in their own words ("logged in", "I'm on the link page", "names match, submitted")
 * with a classifier trained on the steps' own examples: each step's `at` (what the user sees there) and `done`
 * (what they did), against a none class of everything else the bot is told at the same time (the prerequisite
 * answers, the steps' own questions, the words for any step and the commands, and a sample of every topic). The
 * project's recognizer (word and character n-grams, word vectors, logistic regression) does the reading, so a
 * report in other words than the examples' ("it let me in", "there's the form with two boxes") still lands.
 * Trained once per content, on first use.
 */
export class ProgressReader {
  /**
   * The readings of the model's own examples as marked ("next", "yes", a choice's label, a step's "logged in"): the
   * commands and buttons users send again and again. Filled as they are read; content's texts only, so it holds
   * no more than the examples, and never a user's own words.
   */
  private readonly known = new Map<string, readonly Progress[]>();

  private constructor(private readonly screens: ScreenNames, private readonly model: { recognize: Recognize },
    private readonly examples: ReadonlySet<string>, private readonly names: SameName) {}

  /** `train`: how its model is trained (the host's keeps it between starts); the first call for a content decides. */
  static of(content: Content, train: TrainProgress = trainHere): ProgressReader {
    let reader = readers.get(content);
    if (!reader) {
      const screens = new ScreenNames(content);
      const said = progressExamples(content);
      const examples = said.map((example) => ({ ...example, text: screens.marked(example.text) }));
      const known = new Set(said.flatMap((example) => normalised(example.text).split(' ')));
      const ownName = content.responses.answers.ownName?.[0];
      const both = new Set((content.responses.answers.bothSides ?? []).map(normalised));
      const names = new SameName(known, ownName === undefined ? undefined : normalised(ownName), both);
      reader = new ProgressReader(screens, train(examples, content.locale ?? 'en', PROGRESS_OPTIONS), new Set(examples.map((example) => example.text)), names);
      readers.set(content, reader);
    }
    return reader;
  }

  /**
   * A number no screen name holds ("I'm in 60604", a phone, a year): such a sentence says where the user lives or
   * when, not where they are on the screens; "found it under the release 1.1 page" or "pressed F5" names a screen.
   */
  holdsOtherNumber(text: string): boolean {
    return this.screens.otherNumber(text);
  }

  /**
   * Whether a sentence says the user's own name is shown (content's `answers.ownName`: "now my name shows on both
   * sides"; or one name said twice, "Joanne Pelletier and Joanne Pelletier"), naming no second person.
   */
  saysOwnName(text: string): boolean {
    const words = normalised(text);
    return !this.names.differ(words) && this.names.saysOwn(words);
  }

  /** The message's words as the reader reads them: a name said twice, or once on both sides, as the user's own. */
  namesRead(text: string): string {
    return this.names.read(normalised(text));
  }

  /** The readings of a message, most likely first; empty when it reports no progress. */
  read(text: string): Progress[] {
    // A name said twice is the user's own on both accounts ("Joanne Pelletier and Joanne Pelletier": "my name and my name").
    // Two names that differ are the mismatch, no progress ("it shows Ana Lee for CM/ECF and Bob Stone for PACER").
    const words = normalised(text);
    if (this.names.differ(words)) return [];
    const marked = this.screens.marked(this.names.read(words));
    const known = this.known.get(marked);
    if (known) return [...known];
    const { intent, ranked } = this.model.recognize(marked);
    const readings = intent === NONE ? [] : ranked.filter((r) => r.score >= PLAUSIBLE).map((r) => ({ ...parseLabel(r.intent), score: r.score }));
    if (this.examples.has(marked)) this.known.set(marked, readings);
    return readings;
  }
}

/** The model's settings: its none class, and fewer training steps (see MIN_UPDATES). */
const PROGRESS_OPTIONS: RecognizerOptions = { outOfScopeIntent: NONE, classifier: { minUpdates: MIN_UPDATES } };

/** Each language's own recognizer reads its words (the English one's spelling and word vectors are English). */
const trainHere: TrainProgress = (examples, locale, options) =>
  locale === 'es' ? SpanishRecognizer.train(examples) : Recognizer.train(examples, options);

/** The step after a reading: where the user is now (at a step; past a done one). */
export function landing(progress: Progress): number {
  return progress.done ? progress.step + 1 : progress.step;
}

/**
 * The names on the user's screen, which the steps' texts write in bold (content/README.md: "**bold** for the words
 * on the user's screen": Document Filing System, Utilities, Link a CM/ECF account to my PACER account, Submit …),
 * and their first words when they are long ("the Link a CM/ECF account page"). Each is read as one word of its own,
 * in the examples and in messages alike: a screen's name is strong evidence of where the user is, however the
 * sentence around it runs, and the classifier weighs it as one feature instead of a handful of common words.
 */
class ScreenNames {
  private readonly names: { readonly pattern: RegExp; readonly mark: string }[];
  /** The words with a digit in the screen names ("1" of "Release 1.1", "f5"). */
  private readonly numbers: ReadonlySet<string>;

  constructor(content: Content) {
    const boldIn = (text: string) => [...text.matchAll(/\*\*([^*]+)\*\*/g)].map((m) => normalised(m[1]!));
    const bold = new Set(procedureSteps(content).flatMap((node) => boldIn(node.say)));
    const names = [...bold].filter((name) => name.length > 0);
    // A step's tip names screens too (the **NextGen Release 1.1 Menu Items** page).
    const tips = procedureSteps(content).flatMap((node) => boldIn(node.tip ?? ''));
    this.numbers = new Set([...names, ...tips].flatMap((name) => name.split(' ')).filter((word) => /\d/.test(word)));
    this.names = names.flatMap((name, k) => {
      const words = name.split(' ');
      const forms = words.length > SCREEN_PREFIX ? [name, words.slice(0, SCREEN_PREFIX).join(' ')] : [name];
      return forms.map((form) => ({ pattern: new RegExp(`\\b${form}\\b`, 'g'), mark: `screen${String.fromCharCode(97 + k)}` }));
    });
  }

  otherNumber(text: string): boolean {
    return normalised(text).split(' ').some((word) => /\d/.test(word) && !this.numbers.has(word));
  }

  /** The text, lower case, with each screen name (the longest first) as its one word. */
  marked(text: string): string {
    return this.names.reduce((marked, { pattern, mark }) => marked.replace(pattern, mark), normalised(text));
  }
}

/** Words of a long screen name that name it alone ("link a cm ecf account"). */
const SCREEN_PREFIX = 5;

/**
 * Lower case, letters and digits only: "CM/ECF" and "cm ecf" (a message without its court's words) are one name. "I
 * am" spelled out is the "I'm" the reports are written with ("and I am in" is "I'm in", "I am logged in" "I'm logged
 * in"), as "im" typed without its apostrophe already is. A "&" or "+" between words is their "and" ("a PACER username &
 * password": the examples say "and"), and a "w/" before a word its "with" ("signed on w/ pacer").
 */
function normalised(text: string): string {
  return foldAccents(text.toLowerCase()).replace(/'/g, '').replace(/\s[&+]\s/g, ' and ').replace(/(^|\s)w\/(?=\s)/g, '$1with ').replace(/[^a-z0-9]+/g, ' ').trim().replace(/\bi am\b/g, 'im');
}

function progressExamples(content: Content): LabelledExample[] {
  const nodes = [...content.procedure.flow.nodes.values()];
  const reports = procedureSteps(content).flatMap((node) => [
    ...node.at.map((text) => ({ text, intent: label(node, false) })),
    ...node.done.map((text) => ({ text, intent: label(node, true) })),
  ]);
  const { stepDone, commands } = content.responses;
  const none = [
    ...nodes.flatMap((node) => [...node.choices.flatMap((choice) => [choice.label, ...choice.also]), ...node.questions.flatMap((q) => q.examples)]),
    ...stepDone, ...Object.values(commands).flat(),
    ...content.topics.flatMap((topic) => topic.examples.slice(0, TOPIC_EXAMPLES)),
  ];
  return [...reports, ...none.map((text) => ({ text, intent: NONE }))];
}

function label(node: FlowNode, done: boolean): string {
  return `${done ? 'done' : 'at'}:${node.step}`;
}

function parseLabel(intent: string): { step: number; done: boolean } {
  const [kind, step] = intent.split(':');
  return { step: Number(step), done: kind === 'done' };
}
