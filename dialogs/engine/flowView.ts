import type { Content, Flow, FlowNode } from '../content/types';
import { fillPlaceholders } from './placeholders';
import type { Reply } from './replies';
import type { Position } from './state';

const stepsByContent = new WeakMap<Content, readonly FlowNode[]>();

/** The procedure's steps in order (its nodes with a step number), listed once per content: turns read them often. */
export function procedureSteps(content: Content): readonly FlowNode[] {
  let steps = stepsByContent.get(content);
  if (!steps) {
    steps = [...content.procedure.flow.nodes.values()].filter((node) => node.step !== undefined);
    stepsByContent.set(content, steps);
  }
  return steps;
}

export type Placeholders = Readonly<Record<string, string | number | undefined>>;

/** Read-only access to the content's flows, and the rendering of a node as channel-neutral replies. */
export class FlowView {
  constructor(private readonly content: Content, private readonly placeholders: Placeholders) {}

  flow(flowId: string): Flow {
    const flow = flowId === 'procedure' ? this.content.procedure.flow : this.content.topicsByIntent.get(flowId)?.flow;
    if (!flow) throw new Error(`Unknown flow "${flowId}"`);
    return flow;
  }

  node(position: Pick<Position, 'flowId' | 'nodeId'>): FlowNode {
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

  /** What the node says (its question, if any, is asked separately: see `question`). */
  render(position: Position): Reply {
    const node = this.node(position);
    return {
      text: this.fill(node.say),
      title: node.title && this.fill(node.title),
      step: node.step === undefined ? undefined : { number: node.step, total: this.content.procedure.totalSteps },
      tip: node.tip && this.fill(node.tip),
      warning: node.warning && this.fill(node.warning),
      source: node.cite,
    };
  }

  /** The node's question as the turn's last bubble, or undefined for a node that asks nothing. */
  question(position: Position): Reply | undefined {
    const { ask } = this.node(position);
    return ask === undefined ? undefined : { text: this.fill(ask), asks: true };
  }

  choiceLabels(position: Position): string[] {
    return this.node(position).choices.map((choice) => choice.label);
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
