import type { Choice, ChoiceTarget, Court, Flow, FlowNode, NodeQuestion, Responses } from './types';
import type { RawChoice, RawNode, RawQuestion } from './semanticCheck';

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
    questions: (node.questions ?? []).map(compileQuestion),
    done: node.done ?? [],
  };
}

function compileQuestion(question: RawQuestion): NodeQuestion {
  return Object.freeze({
    examples: question.examples ?? [], intents: question.intents ?? [], topic: question.topic ?? question.intents?.[0], say: question.say.trim(),
    suggest: question.suggest ?? [], source: question.source,
  });
}

function compileChoice(choice: RawChoice): Choice {
  const target: ChoiceTarget = choice.goto !== undefined ? { kind: 'node', nodeId: choice.goto }
    : choice.topic !== undefined ? { kind: 'topic', intent: choice.topic }
      : { kind: 'end' };
  const extra = { ...(choice.date ? { date: choice.date } : {}), ...(choice.fact ? { fact: choice.fact } : {}) };
  return Object.freeze({ label: choice.label, also: choice.also ?? [], target, ...extra });
}

export interface RawResponses {
  messages: Responses['messages'];
  buttons: Responses['buttons'];
  commands: Responses['commands'];
  answers: Responses['answers'];
  stepDone: Responses['stepDone'];
  frustration: Responses['frustration'];
}

export function compileResponses(raw: RawResponses): Responses {
  const { messages, buttons, commands, answers, stepDone, frustration } = raw;
  return Object.freeze({ messages, buttons, commands, answers, stepDone, frustration });
}

type RawCourt = Omit<Court, 'also'> & { also?: string[]; source: string };
export interface RawCourts { default?: string; courts: RawCourt[]; unknownCourt: { name: string; ecfUrl: string } }

export function compileCourts(raw: RawCourts): ReadonlyMap<string, Court> {
  return new Map(raw.courts.map(({ source: _source, also, ...court }) => [court.id, Object.freeze({ ...court, also: also ?? [] })]));
}
