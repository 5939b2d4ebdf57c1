import { readFileSync } from 'node:fs';
import type { Document, LineCounter, Node } from 'yaml';
import type { ParsedYamlCache } from './parsedYamlCache';
import type { ContentProblem } from './problem';

/** A file's parsed value beside its source, so a later check can point at file:line. */
export interface Loaded<T> { source: YamlSource; value: T }

/** One parsed YAML file that can say where any part of it is, so problems point at file:line:column. */
export class YamlSource {
  private constructor(
    readonly file: string,
    /** The document and its line counter; a file whose value came from the parsed-content cache is parsed on demand. */
    private parsed: (() => Parsed) | Parsed,
    readonly syntaxProblems: readonly ContentProblem[],
    private readonly plain: unknown,
    /** The file's text, which names what the parsed-content cache knows about it. */
    private readonly text: string,
    private readonly cache?: ParsedYamlCache,
  ) {}

  /** `cache`: the parsed-content cache to answer from and fill (none: always parse and check). */
  static read(absolutePath: string, displayName: string, cache?: ParsedYamlCache): YamlSource {
    let text: string;
    try {
      text = readFileSync(absolutePath, 'utf8');
    } catch (error) {
      const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'file not found' : String(error);
      return YamlSource.fromText('', displayName, [{ file: displayName, line: 1, column: 1, message: reason }]);
    }
    const cached = cache?.cachedValue(text);
    if (cached) return new YamlSource(displayName, () => parse(text), [], cached.value, text, cache);
    const source = YamlSource.fromText(text, displayName, [], cache);
    if (source.syntaxProblems.length === 0) cache?.keepValue(text, source.plain);
    return source;
  }

  static fromText(text: string, displayName: string, extraProblems: ContentProblem[] = [], cache?: ParsedYamlCache): YamlSource {
    const parsed = parse(text);
    const { document, lines } = parsed;
    const problems = [...extraProblems];
    for (const error of [...document.errors, ...document.warnings]) {
      const pos = lines.linePos(error.pos[0]);
      problems.push({ file: displayName, line: pos.line, column: pos.col, message: yamlMessage(error.message) });
    }
    if (problems.length === 0) problems.push(...aliasProblems(document, lines, displayName));
    if (problems.length > 0) return new YamlSource(displayName, parsed, problems, undefined, text, cache);
    const converted = toPlainValue(document, lines, displayName);
    return new YamlSource(displayName, parsed, converted.problems, converted.value, text, cache);
  }

  /** The plain JavaScript value of the document (undefined when it could not be read). */
  value(): unknown {
    return this.plain;
  }

  /** Whether this very text passed `check` at an earlier start (parsed-content cache on). */
  passedBefore(check: string): boolean {
    return this.cache?.passedBefore(this.text, check) ?? false;
  }

  /** Remembers that this text passed `check`, for the next start (parsed-content cache on). */
  rememberPassed(check: string): void {
    this.cache?.rememberPassed(this.text, check);
  }

  /** A problem located at the value found at `path` (or at the key itself when `atKey` names one). */
  problemAt(path: readonly (string | number)[], message: string, atKey?: string): ContentProblem {
    const offset = this.offsetOf(path, atKey);
    const pos = this.document().lines.linePos(offset);
    return { file: this.file, line: pos.line, column: pos.col, message };
  }

  private document(): Parsed {
    if (typeof this.parsed === 'function') this.parsed = this.parsed();
    return this.parsed;
  }

  private offsetOf(path: readonly (string | number)[], atKey?: string): number {
    let node: unknown = this.document().document.contents;
    let offset = rangeStart(node) ?? 0;
    const steps = atKey === undefined ? path : [...path, atKey];
    for (const [index, step] of steps.entries()) {
      const isKeyStep = atKey !== undefined && index === steps.length - 1;
      const found = childOf(node, step, isKeyStep);
      if (found === undefined) break;
      node = found;
      offset = rangeStart(found) ?? offset;
    }
    return offset;
  }
}

interface Parsed { readonly document: Document; readonly lines: LineCounter }

let yamlLibrary: typeof import('yaml') | undefined;

/**
 * The yaml library, loaded on the first parse: a start whose files all come from the parsed-content cache parses
 * none (until a problem needs a position), and loading the library was ~1.5 % of such a start's CPU (bench/README.md,
 * "Turn bench, round 8").
 */
function yaml(): typeof import('yaml') {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return (yamlLibrary ??= require('yaml') as typeof import('yaml'));
}

function parse(text: string): Parsed {
  const lines = new (yaml().LineCounter)();
  return { document: yaml().parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true }), lines };
}

function childOf(node: unknown, step: string | number, wantKey: boolean): Node | undefined {
  if (yaml().isSeq(node) && typeof step === 'number') return node.items[step] as Node | undefined;
  if (!yaml().isMap(node)) return undefined;
  const pair = node.items.find((item) => yaml().isScalar(item.key) && String(item.key.value) === String(step));
  if (!pair) return undefined;
  return (wantKey ? pair.key : pair.value ?? pair.key) as Node | undefined;
}

function rangeStart(node: unknown): number | undefined {
  const range = (node as { range?: [number, number, number] } | null)?.range;
  return range?.[0];
}

function yamlMessage(message: string): string {
  // The yaml library appends a code frame after the first line; the author gets the position separately.
  const firstLine = message.split('\n')[0] ?? message;
  return `YAML syntax: ${firstLine.replace(/ at line \d+, column \d+:?$/, '')}`;
}

/**
 * `*name` in YAML refers to an `&name` anchor; one that refers to nothing (often a stray "*" typed in a text)
 * would make the document unreadable, so it is reported where it stands, as a problem an author can fix.
 */
function aliasProblems(document: Document, lines: LineCounter, file: string): ContentProblem[] {
  const anchors = new Set<string>();
  const problems: ContentProblem[] = [];
  yaml().visit(document, (_key, node) => {
    const anchor = (node as { anchor?: string } | null)?.anchor;
    if (anchor) anchors.add(anchor);
    if (yaml().isAlias(node) && !anchors.has(node.source)) {
      const pos = lines.linePos(node.range?.[0] ?? 0);
      problems.push({ file, line: pos.line, column: pos.col,
        message: `"*${node.source}" refers to an anchor "&${node.source}" that is not defined above it; put text that starts with * in quotes.` });
    }
  });
  return problems;
}

/**
 * At most this many values may be reached through aliases (the yaml library's maxAliasCount, its default): a
 * "billion laughs" file, where each anchor repeats the one before nine times, would otherwise expand to billions of
 * values. The library stops at the limit with a ReferenceError that names no place; it becomes a problem located
 * at the alias where the repetition passes the limit.
 */
const MAX_ALIAS_COUNT = 100;

function toPlainValue(document: Document, lines: LineCounter, file: string): { value: unknown; problems: ContentProblem[] } {
  try {
    return { value: document.toJS({ maxAliasCount: MAX_ALIAS_COUNT }), problems: [] };
  } catch (error) {
    if (!(error instanceof ReferenceError)) throw error;
    const pos = lines.linePos(aliasPastTheLimit(document)?.range?.[0] ?? 0);
    const message = `aliases repeat more than ${MAX_ALIAS_COUNT} values from here on (anchors that repeat other anchors, ` +
      'a "billion laughs" alias bomb); write the text out instead of repeating anchors.';
    return { value: undefined, problems: [{ file, line: pos.line, column: pos.col, message }] };
  }
}

/**
 * The first alias (in document order) at which the values reached through aliases, counted with their own
 * aliases expanded, pass the limit; the first alias when none does (the library's count differs in detail).
 */
function aliasPastTheLimit(document: Document): Node | undefined {
  const anchors = new Map<string, Node>();
  const sizes = new Map<Node, number>();
  let reached = 0;
  let first: Node | undefined;
  let past: Node | undefined;
  yaml().visit(document, (_key, node) => {
    const anchor = (node as { anchor?: string } | null)?.anchor;
    if (anchor) anchors.set(anchor, node as Node);
    if (!yaml().isAlias(node) || past) return;
    first ??= node;
    reached += expandedSize(anchors.get(node.source), anchors, sizes);
    if (reached > MAX_ALIAS_COUNT) past = node;
  });
  return past ?? first;
}

/** How many values a node stands for once every alias inside it is expanded (memoised per node). */
function expandedSize(node: unknown, anchors: ReadonlyMap<string, Node>, sizes: Map<Node, number>): number {
  if (node === undefined || node === null) return 1;
  const known = sizes.get(node as Node);
  if (known !== undefined) return known;
  sizes.set(node as Node, 1); // an alias inside its own anchor counts once
  let size = 1;
  if (yaml().isAlias(node)) size = expandedSize(anchors.get(node.source), anchors, sizes);
  else if (yaml().isSeq(node)) size += node.items.reduce<number>((sum, item) => sum + expandedSize(item, anchors, sizes), 0);
  else if (yaml().isMap(node)) size += node.items.reduce<number>((sum, pair) => sum + expandedSize(pair.value, anchors, sizes), 0);
  sizes.set(node as Node, size);
  return size;
}
