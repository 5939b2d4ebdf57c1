import { foldAccents } from '../content/normalise';
import type { Flow, FlowNode, NodeQuestion } from '../content/types';
import { readChatAbbreviations } from '../nlu-es/chatSpanish';
import { isNegation, tokens } from './answerReader';
import { TurnMemo } from './turnMemo';

/**
 * Function words that say nothing about which question is asked. Kept here, not in content: they belong to the
 * matcher (like a tokenizer's rules), not to any answer.
 */
const IGNORED = new Set(('a an the i im me my we our you your it its this that these those is are was were be been am do does '
  + 'to of in on at for from with and or but so if then there here s t ll ve d just really please ok okay um uh one ones thing '
  + 'can could would should will shall may might must have has had get got now step 1 2 3 4 5 6 '
  // The Spanish for "my" and "your", as the English ones ("no hay F5 en mi mac": "en mac, el F5 no hace nada").
  + 'mi mis tu tus su sus').split(' '));
/**
 * Spanish articles, "de" and "es", accents folded: they dilute a message's share only ("el teléfono de pacer cuál es"
 * asks "teléfono de pacer"). Examples keep them, so that a short example is not matched by two of its words.
 */
const THIN = new Set('el la los las lo un una unos unas de del al es son'.split(' '));
/** The characters a login may hold that tokens drop (&, @, $, and * inside a word), and the word that stands for them. */
const SYMBOL = /[&@$]|\p{L}\*\p{L}/u;
const SYMBOL_WORD = 'symbol';
/** A run of letters and digits around such a character: a login (or an e-mail address) written out. */
const SPELLED_LOGIN = /[\p{L}\p{N}._-]*(?:[&@$]|\p{L}\*\p{L})[\p{L}\p{N}._&@$*-]*/gu;
/** Words that name such a character (accents folded, roots taken): "símbolo", "arroba" say "symbol" too. */
const SYMBOL_NAMES = new Set(['simbolo', 'arroba']);
/**
 * A negation that only asks (a negative question: "cant PACER just reset it?", "…, doesnt that carry over", "isn't it
 * still a pacer account?"): the auxiliary opening a clause right before its subject, or a tag at its end. Such a
 * question asks what its plain form asks ("can PACER reset it", "does that carry over"); it turns nothing around.
 */
const NEGATIVE_AUX = String.raw`(?:don|doesn|didn|isn|aren|wasn|can|won|haven)['’]?t`;
const SUBJECT = String.raw`(?:i|you|he|she|it|that|this|they|we|there|pacer|the|my|your|his|her|their|our)`;
const ASKING_NEGATION = new RegExp(String.raw`(?:^|[,.;:!?]\s*|\b(?:and|but|so|ok|well|then)\s+)${NEGATIVE_AUX}\s+${SUBJECT}\b`
  + String.raw`|,?\s*${NEGATIVE_AUX}\s+(?:it|that|they|he|she|there|i|you|we)\s*\?*\s*$`, 'giu');
/** At least this share of an example's words must be in the message, and this share of the message's in the example. */
const EXAMPLE_COVERAGE = 0.75;
const MESSAGE_COVERAGE = 0.4;
/** For a choice's label, said in other words ("the pacer one isn't mine" for "PACER name isn't mine"), a bit less. */
const LABEL_COVERAGE = 0.6;
/** Every word of an example: for a message that nothing but its words ties to the node (`byExample`). */
export const FULL_COVERAGE = 1;
/**
 * An example said in full against the recognizer's reading must have this many telling words: two ("can i e-file",
 * "what is a cookie") are said by questions about many things.
 */
export const TELLING_EXAMPLE_WORDS = 3;

interface Example {
  readonly words: ReadonlySet<string>;
  readonly negated: boolean;
  /** How many of its words say something (the thin words aside): what a message's share is counted against. */
  readonly telling: number;
}

/**
 * A flow's nodes in order, and for each word of their questions' examples the positions of the nodes that hold it;
 * `byRarest` the same by one word of each example only, its least common in the flow: a message that says every word
 * of an example (FULL_COVERAGE) says that one.
 */
interface FlowIndex {
  readonly nodes: readonly FlowNode[];
  readonly byWord: ReadonlyMap<string, readonly number[]>;
  readonly byRarest: ReadonlyMap<string, readonly number[]>;
}

/**
 * Matches a message to phrases that content attaches to a node: its own questions ("which password goes here?"
 * at step 4) and the ways users say they did a step ("logged in", "submitted"). A message matches a phrase when
 * it says nearly all the phrase's content words, and not many others (negation must agree: "the names match" is
 * not "the names don't match"). Phrases are prepared once each (content is immutable).
 */
export class NodeQuestionMatcher {
  private readonly prepared = new WeakMap<readonly string[], readonly Example[]>();
  /** Built once per flow (content never changes). */
  private readonly indexes = new WeakMap<Flow, FlowIndex>();
  /** A message is looked up in every topic's flow in a turn ("whose name is on the docket?" asked anywhere). */
  private readonly messages = new TurnMemo<Example>();

  /**
   * The node's question that a message asks in other words, if any. `coverage`: the share of an example's words the
   * message must say (every word where nothing around the message points to this node); `fewest`: how many words an
   * example must have to count.
   */
  byExample(text: string, node: FlowNode, coverage = EXAMPLE_COVERAGE, fewest = 0): NodeQuestion | undefined {
    return this.questionOf(this.messageOf(text), node, coverage, fewest);
  }

  /**
   * The question of the first node of a flow, in the flow's order, that the message asks (each node read as
   * `byExample` reads it). Only nodes with an example that shares a word with the message are read: an example that
   * shares none scores nothing.
   */
  firstInFlow(text: string, flow: Flow, coverage = EXAMPLE_COVERAGE, fewest = 0, inTopic = true): NodeQuestion | undefined {
    const message = this.messageOf(text);
    if (message.words.size === 0) return undefined;
    const { nodes, byWord, byRarest } = this.indexOf(flow);
    const index = coverage >= FULL_COVERAGE ? byRarest : byWord;
    let positions: number[] | undefined;
    for (const word of message.words) {
      const holding = index.get(word);
      if (holding) (positions ??= []).push(...holding);
    }
    if (!positions) return undefined;
    positions.sort((a, b) => a - b);
    for (let i = 0; i < positions.length; i += 1) {
      if (positions[i] === positions[i - 1]) continue;
      const question = this.questionOf(message, nodes[positions[i]!]!, coverage, fewest, inTopic);
      if (question) return question;
    }
    return undefined;
  }

  /** `inTopic`: the node's topic is open (or was just answered), so its `inTopic` questions are asked too. */
  private questionOf(message: Example, node: FlowNode, coverage: number, fewest: number, inTopic = true): NodeQuestion | undefined {
    if (node.questions.length === 0) return undefined;
    let best: { question: NodeQuestion; score: number } | undefined;
    for (const question of node.questions) {
      if (question.inTopic && !inTopic) continue;
      const score = this.bestScore(message, question.examples, coverage, fewest);
      if (score > (best?.score ?? 0)) best = { question, score };
    }
    return best?.question;
  }

  /** The node's question that a recognised intent stands for on this node. */
  byIntent(intent: string, node: FlowNode): NodeQuestion | undefined {
    return node.questions.find((question) => question.intents.includes(intent));
  }

  /**
   * True when the message says the user did this node's step, in its own words ("ok we're on the link page" for
   * step 3) or in words for any step (`anyStep`: "finished that one").
   */
  saysDone(text: string, node: FlowNode, anyStep: readonly string[]): boolean {
    const message = exampleOf(text);
    return this.bestScore(message, node.done) > 0 || this.bestScore(message, anyStep) > 0;
  }

  /** The one group of phrases (a question's choices) that the message says in other words; undefined if none or a tie. */
  closest(text: string, groups: readonly (readonly string[])[]): number | undefined {
    const message = exampleOf(text);
    if (message.words.size === 0) return undefined;
    const scores = groups.map((phrases) => this.bestScore(message, phrases, LABEL_COVERAGE));
    const best = Math.max(...scores);
    return best > 0 && scores.filter((score) => score === best).length === 1 ? scores.indexOf(best) : undefined;
  }

  private messageOf(text: string): Example {
    return this.messages.of(text, exampleOf);
  }

  private examplesOf(phrases: readonly string[]): readonly Example[] {
    let examples = this.prepared.get(phrases);
    if (!examples) {
      examples = phrases.map(exampleOf);
      this.prepared.set(phrases, examples);
    }
    return examples;
  }

  private indexOf(flow: Flow): FlowIndex {
    let index = this.indexes.get(flow);
    if (!index) {
      const nodes = [...flow.nodes.values()];
      const examples = nodes.map((node) => node.questions.flatMap((question) => this.examplesOf(question.examples)));
      const byWord = new Map<string, number[]>();
      const uses = new Map<string, number>();
      examples.forEach((ofNode, position) => {
        for (const example of ofNode) {
          for (const word of example.words) {
            listAt(byWord, word, position);
            uses.set(word, (uses.get(word) ?? 0) + 1);
          }
        }
      });
      const byRarest = new Map<string, number[]>();
      examples.forEach((ofNode, position) => {
        for (const example of ofNode) {
          let rarest: string | undefined;
          for (const word of example.words) if (rarest === undefined || uses.get(word)! < uses.get(rarest)!) rarest = word;
          if (rarest !== undefined) listAt(byRarest, rarest, position);
        }
      });
      index = { nodes, byWord, byRarest };
      this.indexes.set(flow, index);
    }
    return index;
  }

  private bestScore(message: Example, phrases: readonly string[], coverage = EXAMPLE_COVERAGE, fewest = 0): number {
    if (message.words.size === 0) return 0;
    const examples = this.examplesOf(phrases);
    return examples.reduce((best, example) => (example.telling < fewest ? best : Math.max(best, similarity(message, example, coverage))), 0);
  }
}

/** Adds a node's position to a word's list, once (positions come in order). */
function listAt(lists: Map<string, number[]>, word: string, position: number): void {
  const list = lists.get(word);
  if (!list) lists.set(word, [position]);
  else if (list.at(-1) !== position) list.push(position);
}

function exampleOf(text: string): Example {
  // A login written out with a symbol in it ("smith&jones", "jdoe@firm.com") is the login, not words of the question:
  // only its symbol is said ("our atty's login is smith&jones, someone said that won't link" asks about symbols).
  const said = SYMBOL.test(text) ? text.replace(SPELLED_LOGIN, ' ') : text;
  // Accents folded: users type "numero" for "número", "esta" for "está".
  const all = tokens(said).map(foldAccents);
  // Chat abbreviations read as the words they stand for ("pq tengo q hacer esto" asks "por qué tengo que hacer esto").
  const words = new Set(readChatAbbreviations(all.filter((word) => !IGNORED.has(word) && !isNegation(word))).map(root));
  // A symbol the words lose ("my login is j&kowalski", "tiene una @") is said as one: a question about symbols in a
  // login asks it in those words or by showing one.
  if (SYMBOL.test(text) || [...words].some((word) => SYMBOL_NAMES.has(word))) words.add(SYMBOL_WORD);
  let telling = 0;
  for (const word of words) if (!THIN.has(word)) telling += 1;
  return { words, negated: negates(said, all), telling };
}

/** The text turns something around: a negation not all of whose uses only ask (ASKING_NEGATION). */
function negates(text: string, words: readonly string[]): boolean {
  const negations = words.filter(isNegation).length;
  if (negations === 0) return false;
  const asking = text.match(ASKING_NEGATION)?.length ?? 0;
  return negations > asking;
}

/** 0 when the message does not ask the example's question; else how well it matches (higher is better). */
function similarity(message: Example, example: Example, coverage: number): number {
  if (message.negated !== example.negated) return 0;
  let shared = 0;
  for (const word of example.words) if (message.words.has(word)) shared += 1;
  const exampleShare = shared / example.words.size;
  const messageShare = Math.min(1, shared / Math.max(message.telling, 1));
  if (shared < Math.min(2, example.words.size) || exampleShare < coverage || messageShare < MESSAGE_COVERAGE) return 0;
  return exampleShare + messageShare;
}

/** A crude English root, enough to equate "names" / "name", "goes" / "go", "linking" / "link". */
function root(word: string): string {
  if (word.length > 5 && word.endsWith('ing')) return word.slice(0, -3);
  if (word.length > 4 && word.endsWith('ed')) return word.slice(0, -2);
  if (word.length > 3 && /(?:[xzo]|[cs]h)es$/.test(word)) return word.slice(0, -2);
  if (word.length > 3 && word.endsWith('s') && !word.endsWith('ss')) return word.slice(0, -1);
  return word;
}
