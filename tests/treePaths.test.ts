import type { Content, Flow, FlowNode } from '../dialogs/content/types';
import { allText, startTestServer } from './helpers/testServer';

/**
 * Every path of every troubleshooting tree (and of the walkthrough's questions), clicked through the real
 * adapter: each button must lead to the node the content says it leads to. Derived from content, so a new
 * tree is covered without writing a test.
 */
interface PathStep { click: string; expectNode: FlowNode }
interface TreePath { name: string; steps: PathStep[] }

function distinctivePiece(node: FlowNode): string {
  const pieces = node.say.split(/\{[^}]+\}|\n/).map((piece) => piece.trim());
  return pieces.reduce((best, piece) => (piece.length > best.length ? piece : best), '').slice(0, 40);
}

function startOf(flow: Flow): FlowNode {
  return flow.nodes.get(flow.start)!;
}

function pathsOf(content: Content, flow: Flow, opener: string): TreePath[] {
  const paths: TreePath[] = [];
  const walk = (node: FlowNode, steps: PathStep[], seen: Set<string>) => {
    const ends = node.choices.length === 0;
    if (ends) paths.push({ name: `${flow.id}: ${steps.map((s) => s.click).join(' > ')}`, steps });
    for (const choice of node.choices) {
      const target = choice.target;
      if (target.kind === 'node' && !seen.has(target.nodeId)) {
        const next = flow.nodes.get(target.nodeId)!;
        walk(next, [...steps, { click: choice.label, expectNode: next }], new Set([...seen, target.nodeId]));
      } else if (target.kind === 'topic') {
        const next = startOf(content.topicsByIntent.get(target.intent)!.flow);
        paths.push({ name: `${flow.id}: ${[...steps.map((s) => s.click), choice.label].join(' > ')}`, steps: [...steps, { click: choice.label, expectNode: next }] });
      }
    }
  };
  walk(startOf(flow), [{ click: opener, expectNode: startOf(flow) }], new Set([flow.start]));
  return paths;
}

let server: Awaited<ReturnType<typeof startTestServer>>;
beforeAll(async () => { server = await startTestServer(); });
afterAll(async () => { await server.close(); });

it('clicks through every path of every tree', async () => {
  const { content } = server;
  const startTitle = content.topicsByIntent.get(content.procedure.startIntent)!.title;
  const all = [
    ...pathsOf(content, content.procedure.flow, startTitle),
    ...content.topics.filter((topic) => topic.flow.nodes.size > 1).flatMap((topic) => pathsOf(content, topic.flow, topic.title)),
  ];
  expect(all.length).toBeGreaterThan(30);
  const failures: string[] = [];
  for (const [index, path] of all.entries()) {
    for (const step of path.steps) {
      const reply = allText(await server.say(`path-${index}`, step.click));
      const wanted = distinctivePiece(step.expectNode);
      if (!reply.includes(wanted)) failures.push(`${path.name}: after "${step.click}" expected "${wanted}", got:\n${reply}`);
    }
  }
  expect(failures).toEqual([]);
});
