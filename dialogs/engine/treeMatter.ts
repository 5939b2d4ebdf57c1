import { normaliseText } from '../content/normalise';
import type { FlowNode } from '../content/types';

/** Each node's names in bold (its say and warning), normalised, made once per node: content never changes. */
const namesByNode = new WeakMap<FlowNode, readonly string[]>();

/**
 * "entonces le doy submit o no? no quiero regarla" at the names tree's question ("Which best describes what you
 * see?"): a question that names what the node's own text names in bold (its say or warning: "**Submit**") asks about
 * the node's own matter, which the node's answer says ("Don't press Submit … until both names are yours").
 */
export function namesNodeMatter(node: FlowNode, text: string): boolean {
  let names = namesByNode.get(node);
  if (!names) {
    const bold = [...`${node.say} ${node.warning ?? ''}`.matchAll(/\*\*([^*]+)\*\*/g)].map((match) => normaliseText(match[1]!));
    names = bold.filter((name) => name.length > 0);
    namesByNode.set(node, names);
  }
  if (names.length === 0) return false;
  const said = ` ${normaliseText(text)} `;
  return names.some((name) => said.includes(` ${name} `));
}
