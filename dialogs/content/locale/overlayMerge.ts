import type { ContentProblem } from '../problem';
import type { YamlSource } from '../yamlSource';
import type { Shape } from './overlayShape';
import { textMismatches } from './textChecks';

type Path = readonly (string | number)[];
type Plain = Record<string, unknown>;

/** Where a missing translation goes: a problem (the finished product), or a warning while translation is under way. */
export type MissingText = 'error' | 'warn';

export interface OverlayResult {
  /** The English value with the overlay's texts and words in place; everything else is the English value itself. */
  readonly value: unknown;
  readonly problems: ContentProblem[];
  readonly warnings: ContentProblem[];
}

/**
 * Lays a locale overlay (YAML already read) over the English value of the same file, following `shape`. Reports,
 * each at its file and line: English texts with no translation, overlay nodes / choices / keys the English file does
 * not have, keys that are not translated (they come from English), and texts whose placeholders or link addresses
 * differ from the English. Parts that hold no text are shared with the English value, not copied.
 */
export function mergeOverlay(shape: Shape, english: { source: YamlSource; value: unknown }, overlay: { name: string; source?: YamlSource },
  missing: MissingText): OverlayResult {
  const merger = new OverlayMerger(english.source, overlay.name, overlay.source, missing);
  const value = merger.merge(shape, english.value, overlay.source?.value(), [], []);
  return { value, problems: merger.problems, warnings: merger.warnings };
}

class OverlayMerger {
  readonly problems: ContentProblem[] = [];
  readonly warnings: ContentProblem[] = [];

  constructor(private readonly english: YamlSource, private readonly overlayName: string, private readonly overlay: YamlSource | undefined,
    private readonly missing: MissingText) {}

  merge(shape: Shape, en: unknown, ov: unknown, enPath: Path, ovPath: Path): unknown {
    if (ov === undefined) {
      this.reportMissing(shape, en, enPath);
      return en;
    }
    if (en === undefined) {
      this.wrong(ovPath, 'the English file has nothing here: a translation repeats only what the English says.');
      return en;
    }
    switch (shape.kind) {
      case 'text': return this.text(en, ov, ovPath);
      case 'words': return this.words(en, ov, ovPath);
      case 'object': return this.object(shape, en, ov, enPath, ovPath);
      case 'list': return shape.by === 'id' ? this.listById(shape.item, en, ov, enPath, ovPath) : this.listByPosition(shape.item, en, ov, enPath, ovPath);
      case 'map': return this.map(shape.value, en, ov, enPath, ovPath);
    }
  }

  private text(en: unknown, ov: unknown, ovPath: Path): unknown {
    if (typeof ov !== 'string' || ov.trim() === '') return this.wrong(ovPath, 'expected a text.', en);
    for (const mismatch of textMismatches(String(en), ov)) this.wrong(ovPath, mismatch);
    return ov;
  }

  private words(en: unknown, ov: unknown, ovPath: Path): unknown {
    const valid = Array.isArray(ov) && ov.length > 0 && ov.every((item) => typeof item === 'string' || (Array.isArray(item) && item.every((w) => typeof w === 'string')));
    return valid ? ov : this.wrong(ovPath, 'expected a list of words (or of lists of words).', en);
  }

  private object(shape: Extract<Shape, { kind: 'object' }>, en: unknown, ov: unknown, enPath: Path, ovPath: Path): unknown {
    if (!isPlain(ov)) return this.wrong(ovPath, 'expected a mapping of keys.', en);
    if (!isPlain(en)) return en;
    if (shape.key !== undefined && ov[shape.key] !== undefined && ov[shape.key] !== en[shape.key]) {
      this.wrong([...ovPath, shape.key], `"${shape.key}" must be "${String(en[shape.key])}", as in the English file.`);
    }
    for (const key of Object.keys(ov)) {
      if (key === shape.key || key in shape.fields) continue;
      this.wrong(ovPath, `"${key}" is not translated: it comes from the English file (translate only ${Object.keys(shape.fields).join(', ')}).`, undefined, key);
    }
    const merged: Plain = { ...en };
    for (const [key, field] of Object.entries(shape.fields)) {
      if (en[key] === undefined && ov[key] === undefined) continue;
      merged[key] = this.merge(field, en[key], ov[key], [...enPath, key], [...ovPath, key]);
    }
    return merged;
  }

  private listById(item: Shape, en: unknown, ov: unknown, enPath: Path, ovPath: Path): unknown {
    if (!Array.isArray(ov)) return this.wrong(ovPath, 'expected a list.', en);
    if (!Array.isArray(en)) return en;
    const byId = new Map<unknown, number>();
    ov.forEach((entry, index) => {
      const id = isPlain(entry) ? entry.id : undefined;
      if (byId.has(id)) this.wrong([...ovPath, index], `id "${String(id)}" is translated twice.`);
      else if (!en.some((english) => isPlain(english) && english.id === id)) this.wrong([...ovPath, index], `there is no "${String(id)}" in the English file.`);
      else byId.set(id, index);
    });
    return en.map((english, index) => {
      const at = isPlain(english) ? byId.get(english.id) : undefined;
      return this.merge(item, english, at === undefined ? undefined : ov[at], [...enPath, index], [...ovPath, at ?? 0]);
    });
  }

  private listByPosition(item: Shape, en: unknown, ov: unknown, enPath: Path, ovPath: Path): unknown {
    if (!Array.isArray(ov)) return this.wrong(ovPath, 'expected a list.', en);
    if (!Array.isArray(en)) return en;
    if (ov.length > en.length) this.wrong([...ovPath, en.length], `the English list has ${en.length} entries; this one has ${ov.length} (lists are matched by position).`);
    return en.map((english, index) => this.merge(item, english, ov[index], [...enPath, index], [...ovPath, index]));
  }

  private map(value: Shape, en: unknown, ov: unknown, enPath: Path, ovPath: Path): unknown {
    if (!isPlain(ov)) return this.wrong(ovPath, 'expected a mapping of keys.', en);
    if (!isPlain(en)) return en;
    for (const key of Object.keys(ov)) {
      if (!(key in en)) this.wrong(ovPath, `there is no "${key}" in the English file.`, undefined, key);
    }
    return Object.fromEntries(Object.entries(en).map(([key, english]) => [key, this.merge(value, english, ov[key], [...enPath, key], [...ovPath, key])]));
  }

  /** One report per untranslated part (a whole node, not each of its texts), at the English text's line. */
  private reportMissing(shape: Shape, en: unknown, enPath: Path): void {
    const count = requiredTexts(shape, en);
    if (count === 0) return;
    const what = count === 1 && shape.kind !== 'object' && shape.kind !== 'list' ? 'this text has' : `this has ${count} text(s) with`;
    const problem = this.english.problemAt(enPath, `${what} no translation in ${this.overlayName}${this.overlay ? '' : ' (no such file)'}.`);
    (this.missing === 'error' ? this.problems : this.warnings).push(problem);
  }

  private wrong(ovPath: Path, message: string, fallback?: unknown, atKey?: string): unknown {
    if (this.overlay) this.problems.push(this.overlay.problemAt(ovPath, message, atKey));
    return fallback;
  }
}

/** How many texts (and required word lists) under `value` need a translation. */
function requiredTexts(shape: Shape, value: unknown): number {
  if (value === undefined) return 0;
  switch (shape.kind) {
    case 'text': return shape.optional ? 0 : 1;
    case 'words': return shape.required ? 1 : 0;
    case 'object': return isPlain(value) ? Object.entries(shape.fields).reduce((sum, [key, field]) => sum + requiredTexts(field, value[key]), 0) : 0;
    case 'list': return Array.isArray(value) ? value.reduce((sum: number, item) => sum + requiredTexts(shape.item, item), 0) : 0;
    case 'map': return isPlain(value) ? Object.values(value).reduce((sum: number, item) => sum + requiredTexts(shape.value, item), 0) : 0;
  }
}

function isPlain(value: unknown): value is Plain {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
