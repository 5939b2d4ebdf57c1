import type { Choice, ChoiceTarget, Court, Flow, FlowNode, Responses } from './types';
import type { RawChoice, RawNode } from './semanticCheck';
import { normaliseText } from './normalise';

/** Turns checked raw YAML values into the immutable content model. */
export function compileFlow(id: string, nodes: readonly RawNode[]): Flow {
  const compiled = new Map<string, FlowNode>();
  for (const node of nodes) compiled.set(node.id, Object.freeze(compileNode(node)));
  return Object.freeze({ id, start: nodes[0]!.id, nodes: compiled });
}

function compileNode(node: RawNode): FlowNode {
  return {
    id: node.id,
    say: node.say.trim(),
    title: node.title,
    step: node.step,
    tip: node.tip?.trim(),
    warning: node.warning?.trim(),
    ask: node.ask?.trim(),
    choices: (node.choices ?? []).map(compileChoice),
    next: node.next,
    suggest: node.suggest ?? [],
    source: node.source,
    handoff: node.handoff === true,
  };
}

function compileChoice(choice: RawChoice): Choice {
  const target: ChoiceTarget = choice.goto !== undefined ? { kind: 'node', nodeId: choice.goto }
    : choice.topic !== undefined ? { kind: 'topic', intent: choice.topic }
      : { kind: 'end' };
  return Object.freeze({ label: choice.label, also: choice.also ?? [], target });
}

export interface RawResponses {
  messages: Responses['messages'];
  buttons: Responses['buttons'];
  commands: Responses['commands'];
  choiceWords: Record<string, string[]>;
}

export function compileResponses(raw: RawResponses): Responses {
  const choiceWords = new Map(Object.entries(raw.choiceWords).map(([label, words]) => [normaliseText(label), words]));
  return Object.freeze({ messages: raw.messages, buttons: raw.buttons, commands: raw.commands, choiceWords });
}

type RawCourt = Omit<Court, 'also'> & { also?: string[]; source: string };
export interface RawCourts { default?: string; courts: RawCourt[]; unknownCourt: { name: string; ecfUrl: string } }

export function compileCourts(raw: RawCourts): ReadonlyMap<string, Court> {
  return new Map(raw.courts.map(({ source: _source, also, ...court }) => [court.id, Object.freeze({ ...court, also: also ?? [] })]));
}
