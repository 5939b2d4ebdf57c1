import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Opt-in cache of parsed content files (the bot turns it on with NLU_CACHE_DIR, next to the trained recognizer):
 * parsing the YAML was the largest part of a cold start once the recognizer came from its cache, while reading the
 * same value back as JSON costs a few milliseconds. An entry is the plain value of one file, named by a SHA-256 of
 * the file's text and the parser's version, so an edited file or a new `yaml` simply misses. Only files that parsed
 * without a problem are kept; a missing, unreadable or corrupt entry means parsing as usual, never an error.
 * The cache also remembers checks a file's text passed (its schema check), so a start with unchanged content and
 * schemas need not compile the schemas at all. Nothing is cached unless a loader is handed a cache (the bot hands
 * it one for NLU_CACHE_DIR; tests and the content tools always parse and check).
 */
export class ParsedYamlCache {
  /** `dir`: the folder the entries are kept in (created on the first write). */
  constructor(private readonly dir: string) {}

  /** Whether a file with this text passed `check` (a name that changes whenever the check itself does) before. */
  passedBefore(text: string, check: string): boolean {
    return existsSync(entryFile(this.dir, text, check));
  }

  /** Remembers that a file with this text passed `check`. */
  rememberPassed(text: string, check: string): void {
    try {
      mkdirSync(this.dir, { recursive: true });
      writeFileSync(entryFile(this.dir, text, check), '');
    } catch {
      // Not remembered: the next start checks the file again.
    }
  }

  /** The cached value of a file with this text; undefined when there is no usable entry. */
  cachedValue(text: string): { value: unknown } | undefined {
    try {
      return { value: JSON.parse(readFileSync(entryFile(this.dir, text), 'utf8')) as unknown };
    } catch {
      return undefined;
    }
  }

  /** Keeps a file's parsed value, unless it has something JSON cannot say exactly (.inf, .nan). */
  keepValue(text: string, value: unknown): void {
    const json = exactJson(value);
    if (json === undefined) return;
    try {
      mkdirSync(this.dir, { recursive: true });
      const file = entryFile(this.dir, text);
      const partial = `${file}.${process.pid}.tmp`;
      writeFileSync(partial, json);
      renameSync(partial, file);
    } catch {
      // A read-only or full disk costs the next start its parsing time, nothing more.
    }
  }
}

const YAML_VERSION = (JSON.parse(readFileSync(require.resolve('yaml/package.json'), 'utf8')) as { version: string }).version;

function entryFile(dir: string, text: string, check?: string): string {
  const hash = createHash('sha256').update(`yaml@${YAML_VERSION}\n${check ?? ''}\n`).update(text).digest('hex').slice(0, 32);
  return join(dir, check === undefined ? `content-${hash}.json` : `passed-${hash}`);
}

/** The value as JSON, or undefined when it has something JSON cannot say exactly (.inf, .nan). */
function exactJson(value: unknown): string | undefined {
  try {
    return JSON.stringify(value, (_key, item: unknown) => {
      if (typeof item === 'number' && !Number.isFinite(item)) throw new RangeError('not JSON');
      return item;
    });
  } catch {
    return undefined;
  }
}
