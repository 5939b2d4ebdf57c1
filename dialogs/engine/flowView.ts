import type { Choice, Content, Flow, FlowNode } from '../content/types';
import { fillPlaceholders } from './placeholders';
import type { Reply } from './replies';
import type { Position } from './state';
import { normaliseText } from '../content/normalise';
import { matchesAny, startsWithAny } from './textMatch';

/** Longest message (in words) that may pick a choice by its first words, e.g. "yes it is". */
const SHORT_REPLY_WORDS = 3;

export type Placeholders = Readonly<Record<string, string | number | undefined>>;

/** Read-only access to the content's flows, and the rendering of a node as a channel-neutral reply. */
export class FlowView {
  constructor(private readonly content: Content, private readonly placeholders: Placeholders) {}

  flow(flowId: string): Flow {
    const flow = flowId === 'procedure' ? this.content.procedure.flow : this.content.topicsByIntent.get(flowId)?.flow;
    if (!flow) throw new Error(`Unknown flow "${flowId}"`);
    return flow;
  }

  node(position: Position): FlowNode {
    const node = this.flow(position.flowId).nodes.get(position.nodeId);
    if (!node) throw new Error(`Unknown node "${position.nodeId}" in flow "${position.flowId}"`);
    return node;
  }

  start(flowId: string): Position {
    return { flowId, nodeId: this.flow(flowId).start, history: [] };
  }

  /** A node ends its flow when it neither asks nor continues. */
  isTerminal(position: Position): boolean {
    const node = this.node(position);
    return node.ask === undefined && node.next === undefined;
  }

  render(position: Position): Reply {
    const node = this.node(position);
    const text = node.ask ? `${node.say}\n\n${node.ask}` : node.say;
    return {
      text: this.fill(text),
      title: node.title && this.fill(node.title),
      step: node.step === undefined ? undefined : { number: node.step, total: this.content.procedure.totalSteps },
      tip: node.tip && this.fill(node.tip),
      warning: node.warning && this.fill(node.warning),
      source: node.cite,
    };
  }

  /**
   * The choice of the current question that a message picks: its label or synonyms, the shared words for that
   * label (yes/no), or a very short message that starts with one of those ("yes it is", "no, not yet").
   */
  matchChoice(position: Position, text: string): Choice | undefined {
    const choices = this.node(position).choices;
    const phrases = choices.map((choice) => this.phrasesFor(choice));
    const exact = choices.find((_, index) => matchesAny(text, phrases[index]!));
    return exact ?? choices.find((_, index) => startsWithAny(text, phrases[index]!, SHORT_REPLY_WORDS));
  }

  private phrasesFor(choice: Choice): string[] {
    const own = [choice.label, ...choice.also];
    const shared = own.flatMap((phrase) => this.content.responses.choiceWords.get(normaliseText(phrase)) ?? []);
    return [...own, ...shared];
  }

  /** True when the node's text uses the court's details, so the answer depends on which court. */
  dependsOnCourt(position: Position): boolean {
    const node = this.node(position);
    return [node.say, node.ask, node.tip, node.warning, node.title].some((text) => text?.includes('{court.'));
  }

  /** A short name for where the user is, used in "go back to where you were". */
  describe(position: Position): string {
    const node = this.node(position);
    return this.fill(node.title ?? node.ask ?? node.say);
  }

  fill(text: string, extra: Placeholders = {}): string {
    return fillPlaceholders(text, { ...this.placeholders, ...extra });
  }
}
