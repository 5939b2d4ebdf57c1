import { foldAccents } from '../content/normalise';
import type { Flow, FlowNode, Topic } from '../content/types';
import { spanishStem, spanishStopWords } from '../nlu-es/spanishText';
import { tokens } from './answerReader';
import { FUNCTION_WORDS, root, stem } from './wordForms';

/** Words that name nothing a title could, in either language of content ("how do I", "y cómo la"). */
const TITLE_FILLERS: ReadonlySet<string> = new Set([...FUNCTION_WORDS, ...spanishStopWords]);

/** A flow's nodes as words: each node's own text and the labels of the choices that lead to it; and its title's. */
interface FlowWords {
  readonly nodes: ReadonlyMap<string, ReadonlySet<string>>;
  readonly nodesWith: ReadonlyMap<string, number>;
  readonly titles: ReadonlyMap<string, ReadonlySet<string>>;
}

/**
 * Which node of a topic answers a follow-up asked inside it ("how do we keep the billing in one place then" after
 * the shared-account answer: the node about the firm's billing account), so that the topic is not shown again from
 * its start. A node is chosen by the words it shares with the message, the rarer in that topic the better; only a
 * clear winner counts. Built once per topic, when first needed.
 */
export class TopicNodes {
  private readonly prepared = new Map<string, FlowWords>();
  /** How telling a word is across all content: log(nodes / nodes that say it) over every topic's nodes. */
  private readonly rarity: ReadonlyMap<string, number>;
  /** Words users say about many topics alike ("say", "want", "firm"): in the examples of more than a quarter of them. */
  private readonly chatter: ReadonlySet<string>;

  constructor(topics: readonly Pick<Topic, 'flow' | 'examples'>[]) {
    const all = topics.flatMap(({ flow }) => [...this.wordsOf(flow).nodes.values()]);
    const nodesWith = new Map<string, number>();
    for (const words of all) for (const word of words) nodesWith.set(word, (nodesWith.get(word) ?? 0) + 1);
    this.rarity = new Map([...nodesWith].map(([word, count]) => [word, Math.log(all.length / count)]));
    const topicsWith = new Map<string, number>();
    for (const { examples } of topics) for (const word of new Set(examples.flatMap(tokens).map(stem))) topicsWith.set(word, (topicsWith.get(word) ?? 0) + 1);
    this.chatter = new Set([...topicsWith].flatMap(([word, count]) => (count > topics.length * CHATTER_SHARE ? [word] : [])));
  }

  /**
   * The node of `flow` the message asks about (the one on screen too), other than its start; undefined when none
   * stands out. `unlessStartSays`: none when the start says any of the message's words (it speaks to the question).
   */
  answering(flow: Flow, text: string, unlessStartSays = false): string | undefined {
    const titled = this.titled(flow, text);
    if (titled) return titled;
    const { nodes, nodesWith } = this.wordsOf(flow);
    const named = tokens(text).filter((word) => !FUNCTION_WORDS.has(word));
    const asked = [...new Set(named.map(stem))].filter((word) => !FUNCTION_WORDS.has(word) && (nodesWith.get(word) ?? 0) < nodes.size);
    if (unlessStartSays && asked.some((word) => nodes.get(flow.start)!.has(word))) return undefined;
    let best: { id: string; score: number } | undefined;
    let tied = false;
    for (const [id, words] of nodes) {
      const score = asked.reduce((sum, word) => sum + (words.has(word) ? (this.rarity.get(word) ?? 0) / nodesWith.get(word)! : 0), 0);
      if (score > (best?.score ?? 0)) [best, tied] = [{ id, score }, false];
      else if (best && score === best.score) tied = true;
    }
    return best && !tied && best.id !== flow.start ? best.id : undefined;
  }

  /**
   * The one node besides the start whose title has every word the message names: "how do I upgrade it" in the upgrade
   * topic (every node says "upgrade", but one node is titled by it). Asked from anywhere, that node is the answer.
   */
  titled(flow: Flow, text: string): string | undefined {
    // Each named word's forms once, not once per title compared.
    const named = tokens(text).map(foldAccents).filter((word) => !TITLE_FILLERS.has(word)).map((word) => new TitleWord(word));
    if (named.length === 0) return undefined;
    const titled = [...this.wordsOf(flow).titles].filter(([, words]) => named.every((word) => word.in(words)));
    return titled.length === 1 && titled[0]![0] !== flow.start ? titled[0]![0] : undefined;
  }

  /**
   * The node, of the topics a question may be about, that says the fact asked for: a node other than the topic's
   * start that says at least `needs` of the question's telling words, in a topic whose start says none of them
   * ("what about billing" in the shared-account topic: its node on the firm's billing account).
   * Telling words are those few nodes of all content say ("billing", not "account") and users say about few topics
   * ("docket", not "want"); the rarer, the better. Only a clear winner counts.
   */
  factAmong(topics: readonly { readonly flow: Flow; readonly needs: number }[], text: string): { flowId: string; nodeId: string } | undefined {
    const asked = [...new Set(tokens(text).filter((word) => !FUNCTION_WORDS.has(word)).map(stem))]
      .filter((word) => (this.rarity.get(word) ?? 0) >= TELLING_RARITY && !this.chatter.has(word));
    const scored = topics.flatMap(({ flow, needs }) => {
      const { nodes } = this.wordsOf(flow);
      // A start that says any of them speaks to the question ("doesn't that carry over to the district courts?" at
      // "a link does not carry over"): the topic's own answer, not one of its facts.
      if (asked.some((word) => nodes.get(flow.start)!.has(word))) return [];
      return [...nodes].flatMap(([nodeId, words]) => {
        const said = asked.filter((word) => words.has(word));
        const score = said.reduce((sum, word) => sum + this.rarity.get(word)!, 0);
        return nodeId !== flow.start && said.length >= needs && score > 0 ? [{ flowId: flow.id, nodeId, score }] : [];
      });
    }).sort((a, b) => b.score - a.score);
    const [best, second] = scored;
    if (!best || (second && second.score * FACT_MARGIN >= best.score)) return undefined;
    return { flowId: best.flowId, nodeId: best.nodeId };
  }

  private wordsOf(flow: Flow): FlowWords {
    let words = this.prepared.get(flow.id);
    if (!words) {
      words = flowWords(flow);
      this.prepared.set(flow.id, words);
    }
    return words;
  }
}

/** A word said by more than about one node in ten tells no fact apart (log(10)). */
const TELLING_RARITY = Math.log(10);
const CHATTER_SHARE = 0.25;
/** The winner's score is this much above the next node's. */
const FACT_MARGIN = 1.2;

function flowWords(flow: Flow): FlowWords {
  const texts = new Map<string, string[]>([...flow.nodes.values()].map((node) => [node.id, ownText(node)]));
  for (const node of flow.nodes.values()) {
    for (const choice of node.choices) if (choice.target.kind === 'node') texts.get(choice.target.nodeId)?.push(choice.label, ...choice.also);
  }
  const nodes = new Map([...texts].map(([id, parts]) => [id, new Set(parts.flatMap(tokens).map(stem))]));
  const nodesWith = new Map<string, number>();
  for (const words of nodes.values()) for (const word of words) nodesWith.set(word, (nodesWith.get(word) ?? 0) + 1);
  const titles = new Map([...flow.nodes.values()].flatMap((node) => (node.title ? [[node.id, new Set(tokens(node.title).flatMap(titleForms))] as const] : [])));
  return { nodes, nodesWith, titles };
}

/** A word as a title is compared: its English root, and its Spanish stem ("actualizo", "actualizar": "actualiz"). */
function titleForms(word: string): string[] {
  const folded = foldAccents(word);
  return [root(folded), spanishStem(folded)];
}

/**
 * A message's word (folded) compared with titles as titleForms are: its English root, or its Spanish stem. The stem
 * is made only when a title lacks the root, once: the Spanish stemmer was most of the cost of reading a title asked.
 */
class TitleWord {
  private readonly english: string;
  private spanish?: string;

  constructor(private readonly folded: string) {
    this.english = root(folded);
  }

  in(title: ReadonlySet<string>): boolean {
    if (title.has(this.english)) return true;
    this.spanish ??= spanishStem(this.folded);
    return title.has(this.spanish);
  }
}

function ownText(node: FlowNode): string[] {
  return [node.title, node.say, node.ask, node.tip, node.warning].filter((part): part is string => part !== undefined);
}
