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
    let found = false;
    for (const word of words) {
      const i = this.index.get(word);
      if (i === undefined) continue;
      found = true;
      const scale = this.scales[i] as number;
      const offset = i * this.dimensions;
      for (let d = 0; d < this.dimensions; d++) sum[d] = (sum[d] as number) + scale * (this.values[offset + d] as number);
    }
    if (!found) return undefined;
    const norm = Math.sqrt(sum.reduce((s, v) => s + v * v, 0));
    if (norm === 0) return undefined;
    return sum.map((v) => v / norm);
  }
}

let shared: WordVectors | undefined;

/** The project's word vectors, read on first use and shared by every recognizer of the process. */
export function wordVectors(): WordVectors {
  shared ??= WordVectors.fromJSON(JSON.parse(readFileSync(WORD_VECTORS_FILE, 'utf8')) as WordVectorsJSON);
  return shared;
}
