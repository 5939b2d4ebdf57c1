import type { Flow, FlowNode } from '../content/types';
import { tokens } from './answerReader';
import { FUNCTION_WORDS, root, stem } from './wordForms';

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

  constructor(flows: readonly Flow[]) {
    const all = flows.flatMap((flow) => [...flowWords(flow).nodes.values()]);
    const nodesWith = new Map<string, number>();
    for (const words of all) for (const word of words) nodesWith.set(word, (nodesWith.get(word) ?? 0) + 1);
    this.rarity = new Map([...nodesWith].map(([word, count]) => [word, Math.log(all.length / count)]));
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
    const named = tokens(text).filter((word) => !FUNCTION_WORDS.has(word));
    if (named.length === 0) return undefined;
    const titled = [...this.wordsOf(flow).titles].filter(([, words]) => named.every((word) => words.has(root(word))));
    return titled.length === 1 && titled[0]![0] !== flow.start ? titled[0]![0] : undefined;
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

function flowWords(flow: Flow): FlowWords {
  const texts = new Map<string, string[]>([...flow.nodes.values()].map((node) => [node.id, ownText(node)]));
  for (const node of flow.nodes.values()) {
    for (const choice of node.choices) if (choice.target.kind === 'node') texts.get(choice.target.nodeId)?.push(choice.label, ...choice.also);
  }
  const nodes = new Map([...texts].map(([id, parts]) => [id, new Set(parts.flatMap(tokens).map(stem))]));
  const nodesWith = new Map<string, number>();
  for (const words of nodes.values()) for (const word of words) nodesWith.set(word, (nodesWith.get(word) ?? 0) + 1);
  const titles = new Map([...flow.nodes.values()].flatMap((node) => (node.title ? [[node.id, new Set(tokens(node.title).map(root))] as const] : [])));
  return { nodes, nodesWith, titles };
}

function ownText(node: FlowNode): string[] {
  return [node.title, node.say, node.ask, node.tip, node.warning].filter((part): part is string => part !== undefined);
}
