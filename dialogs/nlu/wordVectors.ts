/**
 * Pretrained word vectors (GloVe, compacted by deploy/tools/buildWordVectors.ts) that give the recognizer a sense
 * of what words mean: "automobile" sits near "car" although only "car" was in the training examples. The 50,000
 * most frequent English words, 50 dimensions, 8 bits per value: 4 MB on disk, read once per process on first use.
 *
 * The file sits in assets/ beside this module; tsc copies it into dist with the code (tsconfig includes
 * the JSON files under dialogs/), so a release that has dist/dialogs has the vectors.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { base64ToFloats } from './floatCodec';

export const WORD_VECTORS_FORMAT = 'cmecf-word-vectors/1';

export const WORD_VECTORS_FILE = path.join(__dirname, 'assets', 'word-vectors.json');

export interface WordVectorsJSON {
  format: string;
  /** Where the vectors come from, and their licence. */
  source: string;
  dimensions: number;
  /** Space-separated, most frequent first (words are letters and digits only). */
  words: string;
  /** Float32 per word, base64: component d of word i is vectors[i * dimensions + d] * scales[i]. */
  scales: string;
  /** Int8 per component, base64. */
  vectors: string;
}

export class WordVectors {
  private readonly index: ReadonlyMap<string, number>;

  constructor(
    readonly dimensions: number,
    words: readonly string[],
    private readonly scales: Float32Array,
    private readonly values: Int8Array,
  ) {
    if (scales.length !== words.length || values.length !== words.length * dimensions) {
      throw new Error(`WordVectors: ${words.length} words but ${scales.length} scales and ${values.length} values`);
    }
    this.index = new Map(words.map((w, i) => [w, i]));
  }

  static fromJSON(json: WordVectorsJSON): WordVectors {
    if (json.format !== WORD_VECTORS_FORMAT) throw new Error(`WordVectors: not a ${WORD_VECTORS_FORMAT} file`);
    const bytes = Buffer.from(json.vectors, 'base64');
    return new WordVectors(json.dimensions, json.words.split(' '), base64ToFloats(json.scales),
      new Int8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength));
  }

  has(word: string): boolean {
    return this.index.has(word);
  }

  /**
   * The direction of the words' meaning: the sum of their (unit) vectors scaled to unit length, or undefined when
   * no word has a vector. Unknown words are skipped, not treated as zero evidence.
   */
  meanDirection(words: readonly string[]): Float32Array | undefined {
    const sum = new Float32Array(this.dimensions);
    for (const row of this.rowsOf(words)) {
      const scale = this.scales[row] as number;
      const offset = row * this.dimensions;
      for (let d = 0; d < this.dimensions; d++) sum[d] = (sum[d] as number) + scale * (this.values[offset + d] as number);
    }
    // No word with a vector, or opposite vectors that cancel exactly: no direction.
    return sum.some((v) => v !== 0) ? toUnitLength(sum) : undefined;
  }

  /**
   * The per-dimension largest and smallest values of the words' vectors over the first `dimensions` (the leading
   * principal components), each scaled to unit length: where the mean blurs a text's words together, the extremes
   * keep the strongest single word on each axis. Undefined when no word has a vector.
   */
  extremes(words: readonly string[], dimensions: number): { max: Float32Array; min: Float32Array } | undefined {
    const rows = this.rowsOf(words);
    if (rows.length === 0) return undefined;
    const max = new Float32Array(dimensions).fill(-Infinity);
    const min = new Float32Array(dimensions).fill(Infinity);
    for (const row of rows) {
      const scale = this.scales[row] as number;
      const offset = row * this.dimensions;
      for (let d = 0; d < dimensions; d++) {
        const v = scale * (this.values[offset + d] as number);
        max[d] = Math.max(max[d] as number, v);
        min[d] = Math.min(min[d] as number, v);
      }
    }
    return { max: toUnitLength(max), min: toUnitLength(min) };
  }

  /**
   * Rows (in the tables) of the words that have a vector. Numbers, not decoded vectors: this runs on every message,
   * and a typed array per word is garbage with a native backing store (RSS the bot's memory budget counts).
   */
  private rowsOf(words: readonly string[]): number[] {
    const rows: number[] = [];
    for (const word of words) {
      const row = this.index.get(word);
      if (row !== undefined) rows.push(row);
    }
    return rows;
  }
}

/** Scales `values` to unit length in place (a zero vector stays zero) and returns it. */
export function toUnitLength<T extends Float32Array | number[]>(values: T): T {
  let squares = 0;
  for (let d = 0; d < values.length; d++) squares += (values[d] as number) ** 2;
  const norm = Math.sqrt(squares) || 1;
  for (let d = 0; d < values.length; d++) values[d] = (values[d] as number) / norm;
  return values;
}

let shared: WordVectors | undefined;

/** The project's word vectors, read on first use and shared by every recognizer of the process (`file` is for tests). */
export function wordVectors(file = WORD_VECTORS_FILE): WordVectors {
  if (shared) return shared;
  try {
    shared = WordVectors.fromJSON(JSON.parse(readFileSync(file, 'utf8')) as WordVectorsJSON);
  } catch (error) {
    // A release copied without it, or a damaged copy: say which file and how to get it back.
    throw new Error(`cannot read the recognizer's word vectors (${file}): ${(error as Error).message}. ` +
      'They ship with the code (dialogs/nlu/assets, copied into dist by `npm run build`); `npm run -s nlu:vectors` rebuilds them.');
  }
  return shared;
}
