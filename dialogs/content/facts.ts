import type { SourceLink } from './types';

/** content/facts.yaml as written (after the schema check). */
export interface RawFacts {
  seed: { title: string; url: string };
  facts: Record<string, { value: string; source: string; also?: string[] }>;
}

/** Placeholders naming a fact start with this: {facts.psc.phone}. */
export const FACT_PREFIX = 'facts.';

/**
 * Named facts and how sources are cited. A fact is written once in content/facts.yaml and answers refer to it
 * by name; the loader fills the values in, so the engine only ever sees finished text.
 */
export class FactBook {
  private readonly values: ReadonlyMap<string, string>;

  constructor(private readonly raw: RawFacts) {
    this.values = new Map(Object.entries(raw.facts).map(([name, fact]) => [`${FACT_PREFIX}${name}`, fact.value]));
  }

  /** Placeholder names ({facts.…}) that content may use. */
  names(): ReadonlySet<string> {
    return new Set(this.values.keys());
  }

  /** The text with every {facts.NAME} replaced by its value; other placeholders stay for the engine. */
  fill(text: string): string {
    return text.replace(/\{(facts\.[\w.]+)\}/g, (whole, name: string) => this.values.get(name) ?? whole);
  }

  fillOptional(text: string | undefined): string | undefined {
    return text === undefined ? undefined : this.fill(text);
  }

  /** A source as users see it: the seed as the official instructions, a page by its site's name. */
  cite(source: string): SourceLink {
    if (source === 'seed') return { label: this.raw.seed.title, url: this.raw.seed.url };
    return { label: siteName(source), url: source };
  }

  /** Every named fact with the ways it must not be written by hand (its value and its other spellings). */
  literals(): { name: string; written: string[] }[] {
    return Object.entries(this.raw.facts).map(([name, fact]) => ({ name, written: [fact.value, ...(fact.also ?? [])] }));
  }
}

function siteName(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return url;
  }
}
