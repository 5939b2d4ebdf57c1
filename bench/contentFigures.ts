/**
 * The bot's own figures next to CLINC150: stratified cross-validation of the recognizer on the content's
 * training examples. The content modules are loaded at run time so the benchmark still runs (with a note on
 * stderr) when content is missing or invalid.
 */
import path from 'path';
import { classificationReport, crossValidate } from '../dialogs/nlu/evaluation';
import { Recognizer, type LabelledExample } from '../dialogs/nlu/recognizer';

export interface ContentFigures {
  examples: number;
  intents: number;
  folds: number;
  accuracy: number;
  macroF1: number;
}

interface ContentModules {
  loadContent(dir?: string): unknown;
  trainingExamples(content: unknown): LabelledExample[];
}

export function loadContentExamples(): LabelledExample[] {
  const root = path.resolve(__dirname, '..', 'dialogs', 'content');
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const loader = require(path.join(root, 'loader')) as Pick<ContentModules, 'loadContent'>;
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const training = require(path.join(root, 'trainingExamples')) as Pick<ContentModules, 'trainingExamples'>;
  return training.trainingExamples(loader.loadContent());
}

export function contentFigures(examples: readonly LabelledExample[], folds = 5): ContentFigures {
  const report = classificationReport(crossValidate(examples, (training) => Recognizer.train(training), folds));
  return {
    examples: examples.length,
    intents: new Set(examples.map((e) => e.intent)).size,
    folds,
    accuracy: report.accuracy,
    macroF1: report.macroF1,
  };
}
