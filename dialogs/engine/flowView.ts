import type { Choice, Content, Flow, FlowNode } from '../content/types';
import { fillPlaceholders } from './placeholders';
import type { Reply } from './replies';
import type { Position } from './state';
import { matchesAny } from './textMatch';

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
    };
  }

  /** The choice of the current question that a message picks: its label, its own synonyms, or shared ones (yes/no). */
  matchChoice(position: Position, text: string): Choice | undefined {
    const choices = this.node(position).choices;
    const exact = choices.find((choice) => matchesAny(text, [choice.label, ...choice.also]));
    if (exact) return exact;
    const words = this.content.responses.choiceWords;
    return choices.find((choice) => matchesAny(text, words.get(choice.label.toLowerCase()) ?? []));
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
