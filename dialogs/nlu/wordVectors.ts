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
    for (const row of this.vectorsOf(words, this.dimensions)) {
      for (let d = 0; d < row.length; d++) sum[d] = (sum[d] as number) + (row[d] as number);
    }
    // No word with a vector, or opposite vectors that cancel exactly: no direction.
    return sum.some((v) => v !== 0) ? unit(sum) : undefined;
  }

  /**
   * The per-dimension largest and smallest values of the words' vectors over the first `dimensions` (the leading
   * principal components), each scaled to unit length: where the mean blurs a text's words together, the extremes
   * keep the strongest single word on each axis. Undefined when no word has a vector.
   */
  extremes(words: readonly string[], dimensions: number): { max: Float32Array; min: Float32Array } | undefined {
    const rows = this.vectorsOf(words, dimensions);
    if (rows.length === 0) return undefined;
    const max = new Float32Array(dimensions).fill(-Infinity);
    const min = new Float32Array(dimensions).fill(Infinity);
    for (const row of rows) {
      for (let d = 0; d < dimensions; d++) {
        max[d] = Math.max(max[d] as number, row[d] as number);
        min[d] = Math.min(min[d] as number, row[d] as number);
      }
    }
    return { max: unit(max), min: unit(min) };
  }

  /** The first `dimensions` components of each word that has a vector (decoded from 8 bits). */
  private vectorsOf(words: readonly string[], dimensions: number): Float32Array[] {
    const rows: Float32Array[] = [];
    for (const word of words) {
      const i = this.index.get(word);
      if (i === undefined) continue;
      const scale = this.scales[i] as number;
      const offset = i * this.dimensions;
      const row = new Float32Array(dimensions);
      for (let d = 0; d < dimensions; d++) row[d] = scale * (this.values[offset + d] as number);
      rows.push(row);
    }
    return rows;
  }
}

function unit(values: Float32Array): Float32Array {
  const norm = Math.sqrt(values.reduce((s, v) => s + v * v, 0)) || 1;
  return values.map((v) => v / norm);
}

let shared: WordVectors | undefined;

/** The project's word vectors, read on first use and shared by every recognizer of the process. */
export function wordVectors(): WordVectors {
  shared ??= WordVectors.fromJSON(JSON.parse(readFileSync(WORD_VECTORS_FILE, 'utf8')) as WordVectorsJSON);
  return shared;
}
