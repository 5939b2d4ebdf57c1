import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { Recognizer, type LabelledExample, type RecognizerOptions } from '../../dialogs/nlu/recognizer';
import { WORD_VECTORS_FILE } from '../../dialogs/nlu/wordVectors';
import { SpanishRecognizer } from '../../dialogs/nlu-es/spanishRecognizer';
import type { TrainProgress } from '../../dialogs/engine/ports';
import { codeClosure } from './codeClosure';

/** The modules whose code (with all they import) turns examples into each language's model. */
const ENGLISH_TRAINER = require.resolve('../../dialogs/nlu/recognizer');
const SPANISH_TRAINER = require.resolve('../../dialogs/nlu-es/spanishRecognizer');

/**
 * Opt-in cache of the trained recognizers (NLU_CACHE_DIR), English and Spanish, so a restart skips training (most
 * of a cold start, and the first Spanish turn's wait).
 *
 * The file name carries a SHA-256 of everything the model depends on: the training examples, the recognizer
 * options, the recognizer's code (every file its module imports, transitively: dialogs/nlu, and the text normalising
 * in dialogs/content it shares with the content), its word vectors and the versions of the packages that code loads.
 * Any change to content or code therefore misses the cache and retrains; old files are simply left behind (delete the folder
 * to clean up). A missing, unreadable or corrupt file is never an error: the recognizer is trained, as without a
 * cache, and written for the next start (atomically: written aside, then renamed).
 */
export function trainRecognizer(examples: readonly LabelledExample[], cacheDir?: string, options: RecognizerOptions = {}): Recognizer {
  const train = () => Recognizer.train(examples, options);
  if (cacheDir === undefined) return train();
  return cachedModel(join(cacheDir, `recognizer-${modelKey(examples, options, ENGLISH_TRAINER)}.json`), train, (model) => model.toJSON(), Recognizer.fromJSON);
}

/** The Spanish recognizer (dialogs/nlu-es), cached like the English one: its file name covers its own code. */
export function trainSpanishRecognizer(examples: readonly LabelledExample[], cacheDir?: string): SpanishRecognizer {
  const train = () => SpanishRecognizer.train(examples);
  if (cacheDir === undefined) return train();
  return cachedModel(join(cacheDir, `recognizer-es-${modelKey(examples, {}, SPANISH_TRAINER)}.json`), train, (model) => model.toJSON(), SpanishRecognizer.fromJSON);
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

/** Hex SHA-256 of the examples, the options and the code that turns them into a model (`trainer` and all it imports). */
export function modelKey(examples: readonly LabelledExample[], options: RecognizerOptions, trainer: string): string {
  const hash = createHash('sha256');
  hash.update(JSON.stringify({ examples: examples.map(({ text, intent }) => [text, intent]), options }));
  const code = codeClosure(trainer);
  for (const file of code.files) hash.update(relative(dirname(trainer), file)).update(readFileSync(file));
  for (const name of code.packages) hash.update(`${name}@${packageVersion(name)}`);
  hash.update(wordVectorsDigest());
  return hash.digest('hex').slice(0, 32);
}

let wordVectorsDigestMemo: string | undefined;
/** The 4 MB vectors file, hashed once a process (a start computes two or three keys), as it is read once a process. */
function wordVectorsDigest(): string {
  wordVectorsDigestMemo ??= createHash('sha256').update(readFileSync(WORD_VECTORS_FILE)).digest('hex');
  return wordVectorsDigestMemo;
}

function packageVersion(name: string): string {
  return (JSON.parse(readFileSync(require.resolve(`${name}/package.json`), 'utf8')) as { version: string }).version;
}
