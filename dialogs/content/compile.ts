import type { Choice, ChoiceTarget, Court, Flow, FlowNode, NodeQuestion, Responses } from './types';
import type { RawChoice, RawNode, RawQuestion } from './semanticCheck';
import type { FactBook } from './facts';

/** Turns checked raw YAML values into the immutable content model; named facts are filled in here. */
export function compileFlow(id: string, nodes: readonly RawNode[], sources: readonly string[], facts: FactBook): Flow {
  const compiled = new Map<string, FlowNode>();
  for (const node of nodes) compiled.set(node.id, Object.freeze(compileNode(node, sources, facts)));
  return Object.freeze({ id, start: nodes[0]!.id, nodes: compiled });
}

function compileNode(node: RawNode, sources: readonly string[], facts: FactBook): FlowNode {
  const source = node.source ?? sources[0];
  return {
    id: node.id,
    say: facts.fill(node.say.trim()),
    title: facts.fillOptional(node.title),
    step: node.step,
    tip: facts.fillOptional(node.tip?.trim()),
    warning: facts.fillOptional(node.warning?.trim()),
    ask: facts.fillOptional(node.ask?.trim()),
    choices: (node.choices ?? []).map(compileChoice),
    next: node.next,
    followUp: node.followUp,
    suggest: node.suggest ?? [],
    source: node.source,
    cite: source === undefined ? undefined : Object.freeze(facts.cite(source)),
    handoff: node.handoff === true,
    questions: (node.questions ?? []).map((question) => compileQuestion(question, facts)),
    done: node.done ?? [],
    at: node.at ?? [],
    caution: facts.fillOptional(node.caution?.trim()),
    tried: node.tried ?? [],
  };
}

function compileQuestion(question: RawQuestion, facts: FactBook): NodeQuestion {
  return Object.freeze({
    examples: question.examples ?? [], intents: question.intents ?? [], topic: question.topic ?? question.intents?.[0], say: facts.fill(question.say.trim()),
    suggest: question.suggest ?? [], cite: Object.freeze(facts.cite(question.source)), inTopic: question.inTopic === true,
  });
}

function compileChoice(choice: RawChoice): Choice {
  const target: ChoiceTarget = choice.goto !== undefined ? { kind: 'node', nodeId: choice.goto }
    : choice.topic !== undefined ? { kind: 'topic', intent: choice.topic }
      : { kind: 'end' };
  const extra = { ...(choice.date ? { date: choice.date } : {}), ...(choice.fact ? { fact: choice.fact } : {}),
    ...(choice.implies ? { implies: Object.freeze([...choice.implies]) } : {}),
    ...(choice.assumed ? { assumed: true as const } : {}),
    ...(choice.when ? { when: Object.freeze(choice.when.map((words) => Object.freeze([...words]))) } : {}) };
  return Object.freeze({ label: choice.label, also: choice.also ?? [], target, ...extra });
}

export interface RawResponses {
  messages: Responses['messages'];
  buttons: Responses['buttons'];
  labels: Responses['labels'];
  commands: Responses['commands'];
  answers: Responses['answers'];
  stepDone: Responses['stepDone'];
  frustration: Responses['frustration'];
  notAnger?: Responses['notAnger'];
  withoutContact?: Responses['withoutContact'];
  ifItFails?: Responses['ifItFails'];
  stopSaid?: Responses['stopSaid'];
  stepRequest?: Responses['stepRequest'];
}

export function compileResponses(raw: RawResponses, facts: FactBook): Responses {
  const { buttons, labels, commands, answers, stepDone, frustration, notAnger, withoutContact, ifItFails, stopSaid, stepRequest } = raw;
  const messages = Object.fromEntries(Object.entries(raw.messages).map(([key, text]) => [key, facts.fill(text)])) as Responses['messages'];
  return Object.freeze({ messages, buttons, labels, commands, answers, stepDone, frustration, ...(notAnger ? { notAnger } : {}), ...(withoutContact ? { withoutContact } : {}), ...(ifItFails ? { ifItFails } : {}), ...(stopSaid ? { stopSaid } : {}), ...(stepRequest ? { stepRequest } : {}) });
}

type RawCourt = Omit<Court, 'also' | 'featured'> & { also?: string[]; featured?: boolean };
export interface RawCourts { default?: string; courts: RawCourt[]; unknownCourt: { name: string; ecfUrl: string } }

export function compileCourts(raw: RawCourts): ReadonlyMap<string, Court> {
  return new Map(raw.courts.map(({ also, featured, ...court }) =>
    [court.id, Object.freeze({ ...court, also: also ?? [], featured: featured === true })]));
}

