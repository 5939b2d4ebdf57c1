/**
 * Reading the NLU Evaluation Corpora of Braun et al. (SIGdial 2017), as committed in bench/data/nlu-evaluation-corpora
 * (text, intent and the fixed training flag of every sentence, in the original order; see the NOTICE there).
 */
import { readFileSync } from 'fs';
import path from 'path';
import type { LabelledExample } from '../dialogs/nlu/recognizer';
import { REPO_ROOT } from '../dialogs/repoPaths';

/** The three corpora, in the order the paper and nlp.js report them. */
export const CORPUS_NAMES = ['ChatbotCorpus', 'AskUbuntuCorpus', 'WebApplicationsCorpus'] as const;
export type CorpusName = (typeof CORPUS_NAMES)[number];

/** The intent the corpora give sentences that match no other intent (trained like any other intent). */
export const NONE_INTENT = 'None';

export const DEFAULT_CORPORA_DIR = path.join(REPO_ROOT, 'bench', 'data', 'nlu-evaluation-corpora');

export interface Corpus {
  name: CorpusName;
  train: LabelledExample[];
  test: LabelledExample[];
}

export function readCorpus(dir: string, name: CorpusName): Corpus {
  const file = path.join(dir, `${name}.json`);
  const raw = JSON.parse(readFileSync(file, 'utf8')) as { sentences?: unknown };
  if (!Array.isArray(raw.sentences)) throw new Error(`${file}: no "sentences" array`);
  const corpus: Corpus = { name, train: [], test: [] };
  raw.sentences.forEach((row: unknown, i) => {
    const s = row as { text?: unknown; intent?: unknown; training?: unknown };
    if (typeof s.text !== 'string' || typeof s.intent !== 'string' || typeof s.training !== 'boolean') {
      throw new Error(`${file}: sentences[${i}] needs a string text, a string intent and a boolean training flag`);
    }
    (s.training ? corpus.train : corpus.test).push({ text: s.text, intent: s.intent });
  });
  return corpus;
}

/** `dir` defaults to the committed copy (read from the sources' folder also when running from dist/). */
export function readCorpora(dir = DEFAULT_CORPORA_DIR): Corpus[] {
  return CORPUS_NAMES.map((name) => readCorpus(dir, name));
}
