import { createHash } from 'node:crypto';
import type { Content, Flow, FlowNode } from '../content/types';
import type { TurnResult } from '../engine/replies';

/**
 * Which answer a rating is about: a node of a topic's flow or a numbered step of the walkthrough, and the version of
 * its words when it was shown (so a rating of last month's wording is not read as a rating of today's).
 */
export interface AnswerRef {
  /** `<flow id>/<node id>`: a topic's intent or 'procedure', then the node. */
  readonly answerId: string;
  /** The topic the answer belongs to (the walkthrough's start intent for its steps). */
  readonly intent: string;
  /** First 8 hex digits of a SHA-256 over what the node says. */
  readonly version: string;
}

/** Small talk and the out-of-scope answer are not answers worth rating. */
const NOT_RATED = new Set(['out_of_scope', 'greeting', 'thanks', 'goodbye']);
const REF_PATTERN = /^([a-z_]+)\/([A-Za-z0-9_-]+)@([0-9a-f]{8})$/;

/** `login_cookies/start@1a2b3c4d`: the form a ref travels in (card data, storage keys). */
export function refKey(ref: AnswerRef): string {
  return `${ref.answerId}@${ref.version}`;
}

/** Reads a ref sent back by a client. Unknown answers are refused; an older version of a known answer is kept. */
export function parseRefKey(text: unknown, content: Content): AnswerRef | undefined {
  if (typeof text !== 'string' || text.length > 200) return undefined;
  const match = REF_PATTERN.exec(text);
  if (!match) return undefined;
  const [, flowId, nodeId, version] = match as unknown as [string, string, string, string];
  const flow = flowOf(content, flowId);
  if (!flow?.nodes.has(nodeId)) return undefined;
  return { answerId: `${flowId}/${nodeId}`, intent: intentOf(content, flowId), version };
}

/** Each node's version, made once: content does not change while it is loaded, and every answered turn asks twice. */
const versions = new WeakMap<FlowNode, string>();

/** The version of a node's words. */
export function answerVersion(node: FlowNode): string {
  let version = versions.get(node);
  if (version === undefined) {
    const words = [node.title, node.say, node.ask, node.tip, node.warning, node.source, ...node.choices.map((choice) => choice.label)];
    version = createHash('sha256').update(JSON.stringify(words)).digest('hex').slice(0, 8);
    versions.set(node, version);
  }
  return version;
}

/** A topic's first answer (what triage suggests as its reply); undefined for unknown intents and small talk. */
export function topicStartRef(content: Content, intent: string): AnswerRef | undefined {
  const flow = content.topicsByIntent.get(intent)?.flow;
  const node = flow?.nodes.get(flow.start);
  if (!node || NOT_RATED.has(intent)) return undefined;
  return { answerId: `${intent}/${node.id}`, intent, version: answerVersion(node) };
}

/**
 * The answer a turn gave, if any, and which reply shows it: the last reply citing a source that is a numbered
 * walkthrough step or a topic's answer. Questions before step 1, the bot's own messages and small talk get no rating.
 * The reply is matched to its node by the node's first sentence (placeholders such as {court} match anything), so this reads
 * only what the user saw, not how the engine keeps its state.
 */
export function answerOfTurn(result: TurnResult<unknown>, content: Content): { ref: AnswerRef; replyIndex: number } | undefined {
  // From the last reply back: a turn may end with a question that cites the same source as the answer above it.
  for (let replyIndex = result.replies.length - 1; replyIndex >= 0; replyIndex -= 1) {
    const reply = result.replies[replyIndex]!;
    if (reply.source === undefined) continue;
    const shown = reply.step ? stepNode(content, reply.step.number) : matchingNode(content, reply.text, result.trace.intent);
    if (!shown) continue;
    const intent = intentOf(content, shown.flowId);
    return { ref: { answerId: `${shown.flowId}/${shown.node.id}`, intent, version: answerVersion(shown.node) }, replyIndex };
  }
  return undefined;
}

interface IndexedNode {
  readonly flowId: string;
  readonly node: FlowNode;
  readonly pattern: RegExp;
}

const indexes = new WeakMap<Content, readonly IndexedNode[]>();

function stepNode(content: Content, step: number): { flowId: string; node: FlowNode } | undefined {
  for (const node of content.procedure.flow.nodes.values()) if (node.step === step) return { flowId: 'procedure', node };
  return undefined;
}

/** The rated topics' node whose words start the reply; the recognised topic's node first, then the longest. */
function matchingNode(content: Content, text: string, intent: string | undefined): IndexedNode | undefined {
  const matches = topicNodes(content).filter((entry) => entry.pattern.test(text));
  return matches.find((entry) => entry.flowId === intent) ?? matches.sort((a, b) => b.node.say.length - a.node.say.length)[0];
}

function topicNodes(content: Content): readonly IndexedNode[] {
  let index = indexes.get(content);
  if (!index) {
    index = content.topics.filter((topic) => !NOT_RATED.has(topic.intent)).flatMap((topic) => [...topic.flow.nodes.values()]
      .map((node) => ({ flowId: topic.intent, node, pattern: wordsPattern(firstSentence(node.say)) })));
    indexes.set(content, index);
  }
  return index;
}

/**
 * A long answer is shown in parts (the rest after "more"), and a part ends at a line or a sentence: the first
 * sentence is what every showing of the node starts with.
 */
function firstSentence(say: string): string {
  const end = /[.!?](?=\s)|\n/.exec(say.trim());
  return end ? say.trim().slice(0, end.index + 1) : say;
}

/** A node's text as a pattern for the start of a reply: {placeholders} match any words. */
function wordsPattern(say: string): RegExp {
  const parts = say.trim().split(/\{[A-Za-z][\w.]*\}/).map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(`^${parts.join('[\\s\\S]*?')}`);
}

function flowOf(content: Content, flowId: string): Flow | undefined {
  return flowId === 'procedure' ? content.procedure.flow : content.topicsByIntent.get(flowId)?.flow;
}

function intentOf(content: Content, flowId: string): string {
  return flowId === 'procedure' ? content.procedure.startIntent : flowId;
}
