import type { Content, Court, FlowNode, KeepMessageKey, SourceLink } from '../content/types';
import { courtPlaceholders, resolveCourt } from '../engine/courtDirectory';
import { FlowView } from '../engine/flowView';
import type { ConversationState } from '../engine/state';

/** One step of the checklist, in the words of procedure.yaml, filled for the conversation's court. */
export interface ChecklistStep {
  readonly number: number;
  readonly title: string;
  /** Markdown as authored (links, bold), with placeholders filled. */
  readonly text: string;
  readonly warning?: string;
  readonly tip?: string;
  /** The user went past this step in the walkthrough. */
  readonly done: boolean;
}

/** Everything the printable checklist shows; the page (bot/keep/keepPages.ts) only lays it out. */
export interface Checklist {
  readonly court: { readonly name: string; readonly ecfUrl: string; readonly helpDesk: string };
  readonly steps: readonly ChecklistStep[];
  /** Where the steps come from: each step's source, then the court's own page, once each. */
  readonly sources: readonly SourceLink[];
  /** The page's words from responses.yaml (messages keep*), filled for the court. */
  readonly words: (key: KeepMessageKey, extra?: Readonly<Record<string, string>>) => string;
}

/**
 * The six steps for the conversation's court (its pinned, named or default court; generic words when none is
 * known), with the steps the walkthrough went past ticked.
 */
export function checklistFor(content: Content, state: ConversationState, options: { pinnedCourt?: Court; helpDesk?: string }): Checklist {
  const court = resolveCourt(content, options.pinnedCourt, state);
  const placeholders = courtPlaceholders(content, court, options.helpDesk);
  const view = new FlowView(content, placeholders);
  const passed = new Set(state.walkthrough?.flowId === 'procedure' ? state.walkthrough.history : []);
  const nodes = [...content.procedure.flow.nodes.values()].filter((node): node is FlowNode & { step: number } => node.step !== undefined);
  const steps = nodes.map((node) => ({
    number: node.step,
    title: view.fill(node.title ?? ''),
    text: view.fill(node.say),
    ...(node.warning ? { warning: view.fill(node.warning) } : {}),
    ...(node.tip ? { tip: view.fill(node.tip) } : {}),
    done: passed.has(node.id),
  }));
  const courtPage = court && { label: new URL(court.source ?? court.website).hostname, url: court.source ?? court.website };
  const sources = uniqueByUrl([...nodes.flatMap((node) => node.cite ?? []), ...(courtPage ? [courtPage] : [])]);
  return {
    court: { name: String(placeholders['court.name']), ecfUrl: String(placeholders['court.ecfUrl']), helpDesk: String(placeholders['court.helpDesk']) },
    steps,
    sources,
    words: (key, extra = {}) => view.fill(content.responses.messages[key], extra),
  };
}

function uniqueByUrl(links: readonly SourceLink[]): SourceLink[] {
  const seen = new Set<string>();
  return links.filter((link) => !seen.has(link.url) && seen.add(link.url));
}
