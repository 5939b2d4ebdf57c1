import type { Content, Flow } from '../dialogs/content/types';
import type { ConversationEngine } from '../dialogs/engine/engine';
import { INITIAL_STATE, type ConversationState } from '../dialogs/engine/state';
import { createBotCore, createEngine } from '../bot/host/botCore';
import { loadConfig } from '../bot/platform/config';
import { failures } from './conversations-eval/expectations';
import { observe } from './conversations-eval/observe';
import { content } from './helpers/engineHarness';
import { TEST_NLU_CACHE_DIR } from './helpers/nluCache';

/**
 * Every path of every troubleshooting tree (and of the walkthrough's questions), clicked through the engine as
 * `npm start` builds it (no court pinned: the court question comes first). Each button must lead to the node (or
 * topic) the content says it leads to, asserted by node id, and every turn on every path must have the shape of
 * the conversation rules: at most 1 question, the last bubble, at most 6 buttons, at most 120 words — in every
 * language, because the same content runs longer in Spanish. Derived from content, so a new tree is covered without
 * writing a test.
 */
interface PathStep { readonly click: string; readonly flowId: string; readonly nodeId: string }
interface TreePath { readonly name: string; readonly steps: readonly PathStep[] }

function pathsOf(c: Content, flow: Flow, opener: string): TreePath[] {
  const paths: TreePath[] = [];
  const walk = (nodeId: string, steps: PathStep[], seen: ReadonlySet<string>) => {
    const node = flow.nodes.get(nodeId)!;
    if (node.choices.length === 0) paths.push({ name: `${flow.id}: ${steps.map((s) => s.click).join(' > ')}`, steps });
    for (const choice of node.choices) {
      const { target } = choice;
      if (target.kind === 'node' && !seen.has(target.nodeId)) {
        walk(target.nodeId, [...steps, { click: choice.label, flowId: flow.id, nodeId: target.nodeId }], new Set([...seen, target.nodeId]));
      } else if (target.kind === 'topic') {
        const topicFlow = c.topicsByIntent.get(target.intent)!.flow;
        // A dated choice passes its date on: the topic's own question about when is answered by it (its node shown).
        const dated = choice.date && topicFlow.nodes.get(topicFlow.start)!.choices.find((other) => other.date
          && other.date.before === choice.date!.before && other.date.from === choice.date!.from);
        const nodeId = dated?.target.kind === 'node' ? dated.target.nodeId : topicFlow.start;
        const last = { click: choice.label, flowId: target.intent, nodeId };
        paths.push({ name: `${flow.id}: ${[...steps, last].map((s) => s.click).join(' > ')}`, steps: [...steps, last] });
      }
    }
  };
  walk(flow.start, [{ click: opener, flowId: flow.id, nodeId: flow.start }], new Set([flow.start]));
  return paths;
}

function play(engine: ConversationEngine, c: Content, locale: string, path: TreePath): string[] {
  const problems: string[] = [];
  let state: ConversationState = INITIAL_STATE;
  const say = (text: string) => {
    const result = engine.turn(state, text, locale);
    problems.push(...failures({}, observe(state, text, result, false)).map((problem) => `${locale} ${path.name}: after "${text}": ${problem}`));
    state = result.state;
    return result;
  };
  for (const step of path.steps) {
    let result = say(step.click);
    // The court is asked before the walkthrough's first question when no court is pinned.
    if (state.pending?.kind === 'court') result = say(c.responses.buttons.otherCourt);
    // Where the user is: the node the turn showed, or (after the court question) the walkthrough's question asked.
    const shown = result.trace.node ?? (state.walkthrough && `procedure/${state.walkthrough.nodeId}`);
    const wanted = `${step.flowId}/${step.nodeId}`;
    if (shown !== wanted) problems.push(`${locale} ${path.name}: after "${step.click}" expected ${wanted}, got ${shown ?? result.trace.action}`);
  }
  return problems;
}

const config = loadConfig({ LOG_LEVEL: 'silent', NLU_CACHE_DIR: TEST_NLU_CACHE_DIR });
const core = createBotCore(config);
const engine = createEngine(config, core);
const contentIn = (locale: string): Content => (locale === 'en' ? content() : core.localization.byLocale.get(locale)!.content);

it.each(['en', 'es'])('clicks through every path of every tree, each turn in shape (%s)', (locale) => {
  const c = contentIn(locale);
  const startTitle = c.topicsByIntent.get(c.procedure.startIntent)!.title;
  const all = [
    ...pathsOf(c, c.procedure.flow, startTitle),
    ...c.topics.filter((topic) => topic.flow.nodes.size > 1).flatMap((topic) => pathsOf(c, topic.flow, topic.title)),
  ];
  expect(all.length).toBeGreaterThan(30);
  expect(all.flatMap((path) => play(engine, c, locale, path))).toEqual([]);
}, 120_000);
