import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { Recognizer, type LabelledExample, type RecognizerOptions } from '../../dialogs/nlu/recognizer';
import { WORD_VECTORS_FILE } from '../../dialogs/nlu/wordVectors';
import { SpanishRecognizer } from '../../dialogs/nlu-es/spanishRecognizer';
import type { TrainProgress } from '../../dialogs/engine/ports';

/**
 * Opt-in cache of the trained recognizers (NLU_CACHE_DIR), English and Spanish, so a restart skips training (most
 * of a cold start, and the first Spanish turn's wait).
 *
 * The file name carries a SHA-256 of everything the model depends on: the training examples, the recognizer
 * options, the recognizer's own code (the compiled files of dialogs/nlu), its word vectors and natural's version. Any change to
 * content or code therefore misses the cache and retrains; old files are simply left behind (delete the folder
 * to clean up). A missing, unreadable or corrupt file is never an error: the recognizer is trained, as without a
 * cache, and written for the next start (atomically: written aside, then renamed).
 */
export function trainRecognizer(examples: readonly LabelledExample[], cacheDir?: string, options: RecognizerOptions = {}): Recognizer {
  const train = () => Recognizer.train(examples, options);
  if (cacheDir === undefined) return train();
  return cachedModel(join(cacheDir, `recognizer-${modelKey(examples, options)}.json`), train, (model) => model.toJSON(), Recognizer.fromJSON);
}

/** The Spanish recognizer (dialogs/nlu-es), cached like the English one: its file name also covers its own code. */
export function trainSpanishRecognizer(examples: readonly LabelledExample[], cacheDir?: string): SpanishRecognizer {
  const train = () => SpanishRecognizer.train(examples);
  if (cacheDir === undefined) return train();
  const key = modelKey(examples, {}, [dirname(require.resolve('../../dialogs/nlu-es/spanishRecognizer'))]);
  return cachedModel(join(cacheDir, `recognizer-es-${key}.json`), train, (model) => model.toJSON(), SpanishRecognizer.fromJSON);
}

/** The progress reader's model (dialogs/engine/progressReader), each language's cached like its recognizer. */
export function progressTrainer(cacheDir: string | undefined): TrainProgress {
  return (examples, locale, options) => (locale === 'es' ? trainSpanishRecognizer(examples, cacheDir) : trainRecognizer(examples, cacheDir, options));
}

/** The model in `file`, or trained and written there (atomically: written aside, then renamed) for the next start. */
function cachedModel<M>(file: string, train: () => M, toJSON: (model: M) => unknown, fromJSON: (json: unknown) => M): M {
  try {
    return fromJSON(JSON.parse(readFileSync(file, 'utf8')));
  } catch {
    // No usable cached model: train, then keep it for next time.
  }
  const model = train();
  try {
    mkdirSync(dirname(file), { recursive: true });
    const partial = `${file}.${process.pid}.tmp`;
    writeFileSync(partial, JSON.stringify(toJSON(model)));
    renameSync(partial, file);
  } catch {
    // A read-only or full disk costs the next start its training time, nothing more.
  }
  return model;
}

/** Hex SHA-256 of the examples, the options and the code that turns them into a model (`codeDirs`: more of it). */
export function modelKey(examples: readonly LabelledExample[], options: RecognizerOptions, codeDirs: readonly string[] = []): string {
  const hash = createHash('sha256');
  hash.update(JSON.stringify({ examples: examples.map(({ text, intent }) => [text, intent]), options }));
  for (const dir of [dirname(require.resolve('../../dialogs/nlu/recognizer')), ...codeDirs]) {
    for (const name of readdirSync(dir).filter((n) => /\.(js|ts)$/.test(n) && !n.endsWith('.d.ts')).sort()) {
      hash.update(name).update(readFileSync(join(dir, name)));
    }
  }
  hash.update(readFileSync(WORD_VECTORS_FILE));
  hash.update(`natural@${(JSON.parse(readFileSync(require.resolve('natural/package.json'), 'utf8')) as { version: string }).version}`);
  return hash.digest('hex').slice(0, 32);
}
