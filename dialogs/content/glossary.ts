import type { RawNode } from './semanticCheck';
import type { Glossary, GlossaryEntry } from './types';
import { normaliseText } from './normalise';

/** content/glossary.yaml as written (after the schema check). */
export interface RawTerm { id: string; term: string; also?: string[]; say: string; source: string; suggest?: string[] }
export interface RawGlossary { intent: string; owner: string; reviewed: string; reviewBy: string; terms: RawTerm[] }

/** The node of the glossary topic's flow that explains a term. */
export function termNodeId(termId: string): string {
  return `term_${termId}`;
}

/** Each term as a node of the glossary topic's flow, so it is answered, cited and suggested like any answer. */
export function glossaryNodes(raw: RawGlossary): RawNode[] {
  return raw.terms.map((term) => ({ id: termNodeId(term.id), say: term.say, source: term.source, suggest: term.suggest }));
}

export function compileGlossary(raw: RawGlossary): Glossary {
  const entries: GlossaryEntry[] = raw.terms.map((term) => Object.freeze({
    term: term.term,
    also: term.also ?? [],
    nodeId: termNodeId(term.id),
    phrases: [term.term, ...(term.also ?? [])].map(normaliseText).filter((phrase) => phrase.length > 0),
  }));
  return Object.freeze({ intent: raw.intent, entries });
}

/**
 * The term a message asks about ("what does NextGen mean?" -> NextGen): the entry with the longest name or other
 * form found in the message as whole words, so "upgraded PACER account" wins over "PACER". Undefined: none named.
 * Cheap enough for every turn: one normalisation, then plain substring checks on names normalised at load.
 */
export function findGlossaryTerm(glossary: Glossary, text: string): GlossaryEntry | undefined {
  const padded = ` ${normaliseText(text)} `;
  let best: { entry: GlossaryEntry; length: number } | undefined;
  for (const entry of glossary.entries) {
    for (const phrase of entry.phrases) {
      if (phrase.length > (best?.length ?? 0) && padded.includes(` ${phrase} `)) best = { entry, length: phrase.length };
    }
  }
  return best?.entry;
}
