import type { FlowNode } from '../content/types';
import type { FlowView } from './flowView';
import type { Reply } from './replies';
import type { Position } from './state';

/** A paragraph longer than this is cut at its lines or sentences, so a long answer can stop between them. */
const PARAGRAPH_WORDS = 45;
/** Card chrome counted like the words a user reads: "Step 2 of 6", "Important", "Tip". */
const STEP_LABEL_WORDS = 4;

interface Part {
  readonly kind: 'text' | 'warning' | 'tip';
  readonly text: string;
  /** What joins this part to the text part before it. */
  readonly joiner: string;
}

/** Words a user reads (anything with a letter or digit; Markdown marks are not words). */
export function countWords(text: string | undefined): number {
  if (!text) return 0;
  let count = counted.get(text);
  if (count === undefined) {
    count = 0;
    for (const word of text.split(/\s+/)) if (/[\p{L}\p{N}]/u.test(word)) count += 1;
    // Replies are content's texts, counted on every turn that shows them: keep the last few hundred counts.
    if (counted.size >= COUNTED_TEXTS) counted.delete(counted.keys().next().value as string);
    counted.set(text, count);
  }
  return count;
}
const COUNTED_TEXTS = 512;
const counted = new Map<string, number>();

export function replyWords(reply: Reply): number {
  return countWords(reply.title) + countWords(reply.text) + (reply.step ? STEP_LABEL_WORDS : 0)
    + (reply.warning ? 1 + countWords(reply.warning) : 0) + (reply.tip ? 1 + countWords(reply.tip) : 0)
    + (reply.source ? 1 + countWords(reply.source.label) : 0);
}

/** How much of a node's answer a turn shows: `next` is the first part not shown (`total` when all were). */
export interface AnswerSlice { readonly reply: Reply; readonly next: number; readonly total: number }

/**
 * A node's answer from part `from` on, as long as it fits in `budget` words (at least one part): paragraphs, or
 * lines / sentences of a long paragraph, then the warning, then the tip. Title and step label only on the first; the
 * source on every part, so that the rest of an answer ("more") names its page as its beginning did.
 */
export function sliceAnswer(view: FlowView, position: Position, from: number, budget: number): AnswerSlice {
  const node = view.node(position);
  const parts = partsOf(node);
  const whole = from === 0 ? view.render(position) : undefined;
  // No part waits for "more" because of the source line: the turn limit (turnShape) keeps a margin under 120 words.
  let used = whole ? countWords(whole.title) + (whole.step ? STEP_LABEL_WORDS : 0) : 0;
  let next = from;
  // Counted as shown: a placeholder such as {court.helpDesk} may stand for a dozen words.
  const wordsOf = (part: Part) => countWords(view.fill(part.text)) + (part.kind === 'text' ? 0 : 1);
  while (next < parts.length && (next === from || used + wordsOf(parts[next]!) <= budget)) {
    used += wordsOf(parts[next]!);
    next += 1;
  }
  const shown = parts.slice(from, next);
  const text = shown.filter((part) => part.kind === 'text')
    .map((part, index) => (index === 0 ? part.text : `${part.joiner}${part.text}`)).join('');
  const warning = shown.find((part) => part.kind === 'warning')?.text;
  const tip = shown.find((part) => part.kind === 'tip')?.text;
  const reply: Reply = {
    text: view.fill(text || warning || tip || ''),
    ...(whole?.title ? { title: whole.title } : {}),
    ...(whole?.step ? { step: whole.step } : {}),
    ...(node.cite ? { source: node.cite } : {}),
    ...(warning && text ? { warning: view.fill(warning) } : {}),
    ...(tip && (text || warning) ? { tip: view.fill(tip) } : {}),
  };
  return { reply, next, total: parts.length };
}

const cache = new WeakMap<FlowNode, readonly Part[]>();
function partsOf(node: FlowNode): readonly Part[] {
  let parts = cache.get(node);
  if (!parts) {
    parts = [
      ...node.say.split(/\n\s*\n/).flatMap((paragraph, index) => paragraphParts(paragraph.trim(), index === 0 ? '' : '\n\n')),
      ...(node.warning ? [{ kind: 'warning' as const, text: node.warning, joiner: '' }] : []),
      ...(node.tip ? [{ kind: 'tip' as const, text: node.tip, joiner: '' }] : []),
    ];
    cache.set(node, parts);
  }
  return parts;
}

/**
 * Where a long paragraph may be cut: after a sentence's end (a sentence starts with a capital, also an accented one,
 * or Spanish's opening ¿ and ¡) but not after a list item's number ("5. Choose"), or before a list item on a line of
 * its own. A line break inside a sentence is how the YAML block wraps it, never a place to cut ("… courts of" /
 * "appeals use a different link").
 */
const CUT = /(?<=[.!?:])(?<!(?:^|\n)\s*\d+[.)])(\s+)(?=[\p{Lu}¿¡*[({])|(\n)(?=\s*(?:[-*+]|\d+[.)])\s)/gu;

function paragraphParts(paragraph: string, joiner: string): Part[] {
  // A placeholder may stand for a dozen words or more ({court.liveStatus}), so its paragraph is cut wherever it can be.
  if (countWords(paragraph) <= PARAGRAPH_WORDS && !paragraph.includes('{')) return [{ kind: 'text', text: paragraph, joiner }];
  const parts: Part[] = [];
  let start = 0;
  let before = joiner;
  // Each piece keeps the whitespace that joined it to the one before, so the pieces shown together are the paragraph.
  for (const cut of paragraph.matchAll(CUT)) {
    const end = cut.index;
    if (end > start) parts.push({ kind: 'text', text: paragraph.slice(start, end), joiner: before });
    before = cut[0];
    start = end + cut[0].length;
  }
  parts.push({ kind: 'text', text: paragraph.slice(start), joiner: before });
  return parts;
}
