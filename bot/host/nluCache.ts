import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { Recognizer, type LabelledExample, type RecognizerOptions } from '../../dialogs/nlu/recognizer';
import { WORD_VECTORS_FILE } from '../../dialogs/nlu/wordVectors';

/**
 * Opt-in cache of the trained recognizer (NLU_CACHE_DIR), so a restart skips training (most of a cold start).
 *
 * The file name carries a SHA-256 of everything the model depends on: the training examples, the recognizer
 * options, the recognizer's own code (the compiled files of dialogs/nlu), its word vectors and natural's version. Any change to
 * content or code therefore misses the cache and retrains; old files are simply left behind (delete the folder
 * to clean up). A missing, unreadable or corrupt file is never an error: the recognizer is trained, as without a
 * cache, and written for the next start (atomically: written aside, then renamed).
 */
export function trainRecognizer(examples: readonly LabelledExample[], cacheDir?: string, options: RecognizerOptions = {}): Recognizer {
  if (cacheDir === undefined) return Recognizer.train(examples, options);
  const file = join(cacheDir, `recognizer-${modelKey(examples, options)}.json`);
  try {
    return Recognizer.fromJSON(JSON.parse(readFileSync(file, 'utf8')));
  } catch {
    // No usable cached model: train, then keep it for next time.
  }
  const recognizer = Recognizer.train(examples, options);
  try {
    mkdirSync(cacheDir, { recursive: true });
    const partial = `${file}.${process.pid}.tmp`;
    writeFileSync(partial, JSON.stringify(recognizer.toJSON()));
    renameSync(partial, file);
  } catch {
    // A read-only or full disk costs the next start its training time, nothing more.
  }
  return recognizer;
}

/** Hex SHA-256 of the examples, the options and the code that turns them into a model. */
export function modelKey(examples: readonly LabelledExample[], options: RecognizerOptions): string {
  const hash = createHash('sha256');
  hash.update(JSON.stringify({ examples: examples.map(({ text, intent }) => [text, intent]), options }));
  const nluDir = dirname(require.resolve('../../dialogs/nlu/recognizer'));
  for (const name of readdirSync(nluDir).filter((n) => /\.(js|ts)$/.test(n) && !n.endsWith('.d.ts')).sort()) {
    hash.update(name).update(readFileSync(join(nluDir, name)));
  }
  hash.update(readFileSync(WORD_VECTORS_FILE));
  hash.update(`natural@${(JSON.parse(readFileSync(require.resolve('natural/package.json'), 'utf8')) as { version: string }).version}`);
  return hash.digest('hex').slice(0, 32);
}
