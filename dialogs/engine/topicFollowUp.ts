import { foldAccents } from '../content/normalise';
import type { Flow, NodeQuestion, Topic } from '../content/types';
import { spanishStem, spanishStopWords } from '../nlu-es/spanishText';
import { tokens } from './answerReader';
import type { EngineContext } from './context';
import type { ConversationState, Position } from './state';
import type { TurnTools } from './turnTools';
import type { Draft } from './turnShape';
import { askedBeforeWorry } from './reading';
import { nodeName } from './walkthrough';
import { FUNCTION_WORDS, root } from './wordForms';

/**
 * One thing a topic can say in answer: a node's own text (read with the labels of the choices that lead to it), or
 * one of a node's questions (read with its examples).
 */
export interface TopicAnswer {
  readonly nodeId: string;
  readonly question?: NodeQuestion;
}

interface Answerable extends TopicAnswer {
  readonly forms: ReadonlySet<string>;
}

/** Words that name nothing an answer is about, in either language of content ("so", "the", "y", "que"). */
const FILLERS: ReadonlySet<string> = new Set([...FUNCTION_WORDS, ...spanishStopWords]);
/** A word in the examples of more than this share of the topics is said about any of them. */
const CHATTER_SHARE = 0.25;
/** The winner's score is this much above the next answer's (of another node). */
const MARGIN = 1.2;
/** Over the node on screen, which speaks to the question too ("y en la corte de apelaciones igual?"), it is more. */
const ON_SCREEN_MARGIN = 2;
/** One word in common is too thin a tie: "están" and "igual" are said by as few answers as "bill". */
const FEWEST_WORDS = 2;

/**
 * Which of a topic's answers a follow-up asked inside it speaks to ("y la factura? queremos que todo se cobre en una
 * sola cuenta" at the shared-account question: the answer on the firm's billing account), read by the words it
 * shares with each, the fewer of the topic's answers say a word the more it tells. Both languages'
 * word forms count (an English root, a Spanish stem). Only a clear winner counts. Built once per flow.
 */
export class TopicFollowUps {
  private readonly prepared = new WeakMap<Flow, readonly Answerable[]>();
  private chatterForms?: ReadonlySet<string>;

  constructor(private readonly topics: readonly Pick<Topic, 'examples' | 'flow'>[]) {}

  /**
   * The answer of `flow` the message asks for, other than the text of the node on screen (`shown`); undefined when
   * none stands out, or when that node says as much.
   */
  answering(flow: Flow, text: string, shown: string): TopicAnswer | undefined {
    const answers = this.answersOf(flow);
    const chatter = this.chatter();
    const asked = [...new Set(tokens(text).map(foldAccents).filter(telling))].map(formsOf)
      .filter((forms) => !forms.some((form) => chatter.has(form)));
    // How telling each word is: the fewer of the topic's answers say it, in any of its forms, the more.
    const weights = asked.map((forms) => {
      const saying = answers.filter((answer) => forms.some((form) => answer.forms.has(form))).length;
      return { forms, weight: saying === 0 ? 0 : Math.log(answers.length / saying) };
    });
    const scored = answers.flatMap((answer) => {
      const said = weights.filter(({ forms, weight }) => weight > 0 && forms.some((form) => answer.forms.has(form)));
      return said.length >= FEWEST_WORDS ? [{ answer, score: said.reduce((sum, { weight }) => sum + weight, 0) }] : [];
    }).sort((a, b) => b.score - a.score);
    const [best, second] = scored;
    if (!best || (second && second.score * MARGIN >= best.score)) return undefined;
    const onScreen = scored.find(({ answer }) => answer.nodeId === shown && answer.question === undefined);
    if (best.answer === onScreen?.answer || (onScreen && onScreen.score * ON_SCREEN_MARGIN >= best.score)) return undefined;
    return { nodeId: best.answer.nodeId, ...(best.answer.question ? { question: best.answer.question } : {}) };
  }

  /** Word forms users say about many topics alike ("court", "want", "need"): in the examples of more than a quarter. */
  private chatter(): ReadonlySet<string> {
    if (!this.chatterForms) {
      const topicsWith = counts(this.topics.map(({ examples }) => formSet(examples)));
      this.chatterForms = new Set([...topicsWith].flatMap(([form, count]) => (count > this.topics.length * CHATTER_SHARE ? [form] : [])));
    }
    return this.chatterForms;
  }

  private answersOf(flow: Flow): readonly Answerable[] {
    let prepared = this.prepared.get(flow);
    if (!prepared) {
      prepared = flowAnswers(flow);
      this.prepared.set(flow, prepared);
    }
    return prepared;
  }
}

function flowAnswers(flow: Flow): Answerable[] {
  const nodeTexts = new Map([...flow.nodes.values()].map((node) => [node.id,
    [node.title, node.say, node.warning].filter((part): part is string => part !== undefined)]));
  for (const node of flow.nodes.values()) {
    for (const choice of node.choices) if (choice.target.kind === 'node') nodeTexts.get(choice.target.nodeId)?.push(choice.label, ...choice.also);
  }
  const answers: Answerable[] = [...nodeTexts].map(([nodeId, texts]) => ({ nodeId, forms: formSet(texts) }));
  for (const node of flow.nodes.values()) {
    for (const question of node.questions) answers.push({ nodeId: node.id, question, forms: formSet([...question.examples, question.say]) });
  }
  return answers;
}

/** How many of the sets hold each form. */
function counts(sets: readonly ReadonlySet<string>[]): Map<string, number> {
  const held = new Map<string, number>();
  for (const forms of sets) for (const form of forms) held.set(form, (held.get(form) ?? 0) + 1);
  return held;
}

function formSet(texts: readonly string[]): Set<string> {
  return new Set(texts.flatMap((text) => tokens(text).map(foldAccents).filter(telling).flatMap(formsOf)));
}

function telling(word: string): boolean {
  return word.length > 2 && !FILLERS.has(word) && !/^\d+$/.test(word);
}

/** A word's English root and Spanish stem ("billing" / "bill", "facturación" / "factura"). */
function formsOf(word: string): string[] {
  const english = root(word);
  const spanish = spanishStem(word);
  return english === spanish ? [english] : [english, spanish];
}

/**
 * A question asked inside an open tree that the turn would answer with the node on screen and its question again (the
 * recognizer reads the tree's own topic: "doesn't that carry over to EDPA?"), or, deeper in the tree, with the topic
 * from its start ("ok entonces cada abogado se tiene q hacer su propia cuenta?" at "do you have your own account?").
 * For the node on screen, the topic's answer the question asks for (a node's question, or another node's text),
 * else that node's text again; for the start, its text. Either way the tree stays where it was and its question is
 * not asked this turn, but stays open (`holdsQuestion`: a reply to it is still read against it). Undefined for any
 * other turn.
 */
export function heldFollowUp(ctx: EngineContext, tools: TurnTools, state: ConversationState, text: string, shown: Draft): Draft | undefined {
  const at = state.tree;
  const next = shown.state.tree;
  if (!at || !next) return undefined;
  // The topic from its start again, or the node on screen again; a node further on is the follow-up's own place.
  const again = next.nodeId === at.nodeId || (next.history.length === 0 && at.history.length > 0);
  if (!again || next.flowId !== at.flowId || shown.trace.node !== nodeName(next) || shown.question) return undefined;
  if (!ctx.answers.asksInAnySentence(text) && !text.includes('?')) return undefined;
  const { view, walkthrough } = tools;
  const found = next.nodeId === at.nodeId ? ctx.topicFollowUps.answering(view.flow(at.flowId), askedBeforeWorry(ctx, text), at.nodeId) : { nodeId: next.nodeId };
  const trace: Draft['trace'] = { ...shown.trace, action: 'follow_up', kind: 'answer', topic: at.flowId };
  const kept: ConversationState = { ...shown.state, tree: at };
  if (found?.question) return { ...tools.answers.nodeAnswer(kept, found.question, trace), holdsQuestion: true };
  const position: Position = found ? { ...next, nodeId: found.nodeId } : at;
  return {
    state: { ...kept, misses: 0 }, said: [{ reply: view.render(position), from: { position, part: 0 } }], buttons: walkthrough.suggestions(position),
    holdsQuestion: true, trace: { ...trace, node: nodeName(position) },
  };
}
