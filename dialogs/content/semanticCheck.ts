import type { ContentProblem } from './problem';
import type { YamlSource } from './yamlSource';

/** The shape of a flow as written (after the schema check passed). */
export interface RawChoice { label: string; also?: string[]; goto?: string; topic?: string; end?: true; date?: { before?: string; from?: string }; fact?: string; implies?: string[]; assumed?: true; when?: string[][] }
export interface RawQuestion { examples?: string[]; intents?: string[]; topic?: string; say: string; suggest?: string[]; source: string; inTopic?: boolean }
export interface RawNode {
  id: string; say: string; title?: string; step?: number; tip?: string; warning?: string; ask?: string;
  choices?: RawChoice[]; next?: string; followUp?: string; suggest?: string[]; source?: string; handoff?: true; questions?: RawQuestion[]; done?: string[]; at?: string[]; caution?: string; tried?: string[];
}

export const FLOW_PLACEHOLDERS = ['court.name', 'court.ecfUrl', 'court.helpDesk', 'court.liveStatus'] as const;
const TEXT_KEYS = ['say', 'title', 'tip', 'warning', 'ask'] as const;

/**
 * Checks one flow: ids unique, every goto/next resolves, every topic/suggest names a known intent,
 * every node reachable from the first, every question has a way out, placeholders are known.
 */
/** What a flow may refer to beyond its own nodes. */
export interface FlowContext {
  /** {facts.NAME} placeholders defined in content/facts.yaml. */
  readonly factNames?: ReadonlySet<string>;
  /** Node ids added to this flow from another file (the glossary's terms), which "goto" may name. */
  readonly externalNodeIds?: ReadonlySet<string>;
  /** Nodes reached from outside the flow (a term looked up in a message), not only from the first node. */
  readonly entryNodeIds?: readonly string[];
}

export function checkFlow(
  source: YamlSource, nodesPath: readonly (string | number)[], nodes: readonly RawNode[], knownIntents: ReadonlySet<string>,
  context: FlowContext = {},
): ContentProblem[] {
  const factNames = context.factNames ?? new Set<string>();
  const external = context.externalNodeIds ?? new Set<string>();
  const problems: ContentProblem[] = [];
  const at = (index: number, ...rest: (string | number)[]) => [...nodesPath, index, ...rest];
  const indexById = new Map<string, number>();
  nodes.forEach((node, index) => {
    if (indexById.has(node.id)) problems.push(source.problemAt(at(index, 'id'), `node id "${node.id}" is used twice.`));
    else indexById.set(node.id, index);
  });
  nodes.forEach((node, index) => {
    for (const key of ['next', 'followUp'] as const) {
      const id = node[key];
      if (id !== undefined && !indexById.has(id)) problems.push(source.problemAt(at(index, key), `"${key}" names "${id}", but no node has that id.`));
    }
    (node.choices ?? []).forEach((choice, c) => {
      if (choice.goto !== undefined && !indexById.has(choice.goto) && !external.has(choice.goto)) {
        problems.push(source.problemAt(at(index, 'choices', c, 'goto'), `"goto" names "${choice.goto}", but no node has that id.`));
      }
      if (choice.topic !== undefined && !knownIntents.has(choice.topic)) {
        problems.push(source.problemAt(at(index, 'choices', c, 'topic'), `"topic" names "${choice.topic}", but there is no topic with that intent.`));
      }
    });
    problems.push(...checkIntents(source, at(index, 'suggest'), node.suggest, knownIntents));
    (node.questions ?? []).forEach((question, q) => {
      problems.push(...checkIntents(source, at(index, 'questions', q, 'intents'), question.intents, knownIntents));
      problems.push(...checkIntents(source, at(index, 'questions', q, 'suggest'), question.suggest, knownIntents));
      if (question.topic !== undefined && !knownIntents.has(question.topic)) {
        problems.push(source.problemAt(at(index, 'questions', q, 'topic'), `"topic" names "${question.topic}", but there is no topic with that intent.`));
      }
    });
    if (node.next !== undefined && node.ask !== undefined) {
      problems.push(source.problemAt(at(index, 'next'), `node "${node.id}" has both "ask" and "next": a question continues through its choices.`));
    }
    problems.push(...checkPlaceholders(source, at(index), node, factNames));
  });
  problems.push(...checkReachable(source, nodesPath, nodes, indexById, context.entryNodeIds ?? []));
  problems.push(...checkImplied(source, nodesPath, nodes));
  return problems;
}

/** A fact a choice `implies` must be one a choice of the same flow establishes, or it would mean nothing. */
function checkImplied(source: YamlSource, nodesPath: readonly (string | number)[], nodes: readonly RawNode[]): ContentProblem[] {
  const established = new Set(nodes.flatMap((node) => (node.choices ?? []).flatMap((choice) => choice.fact ?? [])));
  return nodes.flatMap((node, index) => (node.choices ?? []).flatMap((choice, c) => (choice.implies ?? []).flatMap((fact, f) => (
    established.has(fact) ? [] : [source.problemAt([...nodesPath, index, 'choices', c, 'implies', f],
      `"implies" names the fact "${fact}", but no choice in this file has "fact: ${fact}".`)]))));
}

/** Every intent a list names (`suggest`, a node question's `intents`) must be a topic. */
function checkIntents(
  source: YamlSource, listPath: readonly (string | number)[], intents: readonly string[] | undefined, knownIntents: ReadonlySet<string>,
): ContentProblem[] {
  const key = String(listPath[listPath.length - 1]);
  return (intents ?? []).flatMap((intent, i) => (knownIntents.has(intent) ? [] : [
    source.problemAt([...listPath, i], `"${key}" names "${intent}", but there is no topic with that intent.`),
  ]));
}

function checkReachable(
  source: YamlSource, nodesPath: readonly (string | number)[], nodes: readonly RawNode[], indexById: ReadonlyMap<string, number>,
  entries: readonly string[],
): ContentProblem[] {
  const reached = new Set<string>();
  const pending = nodes.length > 0 ? [nodes[0]!.id, ...entries] : [];
  while (pending.length > 0) {
    const id = pending.pop()!;
    if (reached.has(id)) continue;
    reached.add(id);
    const node = nodes[indexById.get(id) ?? -1];
    if (!node) continue;
    if (node.next) pending.push(node.next);
    if (node.followUp) pending.push(node.followUp);
    for (const choice of node.choices ?? []) if (choice.goto) pending.push(choice.goto);
  }
  return nodes.flatMap((node, index) => (reached.has(node.id) ? [] : [
    source.problemAt([...nodesPath, index, 'id'], `node "${node.id}" can never be reached: no "next" or "goto" leads to it from the first node.`),
  ]));
}

function checkPlaceholders(
  source: YamlSource, nodePath: readonly (string | number)[], node: RawNode, factNames: ReadonlySet<string>,
): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const texts: [(string | number)[], string | undefined][] = [
    ...TEXT_KEYS.map((key): [(string | number)[], string | undefined] => [[key], node[key]]),
    ...(node.questions ?? []).map((question, q): [(string | number)[], string | undefined] => [['questions', q, 'say'], question.say]),
  ];
  for (const [key, text] of texts) {
    for (const name of placeholdersIn(text ?? '')) {
      if (!(FLOW_PLACEHOLDERS as readonly string[]).includes(name) && !factNames.has(name)) {
        problems.push(source.problemAt([...nodePath, ...key], `unknown placeholder {${name}}; use one of ` +
          `${FLOW_PLACEHOLDERS.map((p) => `{${p}}`).join(', ')} or a fact of content/facts.yaml ({facts.NAME}).`));
      }
    }
  }
  return problems;
}

export function placeholdersIn(text: string): string[] {
  return [...text.matchAll(/\{([A-Za-z][\w.]*)\}/g)].map((match) => match[1]!);
}
