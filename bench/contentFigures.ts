/**
 * The bot's own figures next to CLINC150: stratified cross-validation of the recognizer on the content's
 * training examples. The content modules are loaded at run time so the benchmark still runs (with a note on
 * stderr) when content is missing or invalid.
 */
import path from 'path';
import { classificationReport, crossValidate } from '../dialogs/nlu/evaluation';
import { Recognizer, type LabelledExample, type RecognizerOptions } from '../dialogs/nlu/recognizer';

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
  recognizerOptions(content: unknown): RecognizerOptions;
}

/** The content's training examples and the options the bot trains them with (its account-state words). */
export function loadContentExamples(): { examples: LabelledExample[]; options: RecognizerOptions } {
  const root = path.resolve(__dirname, '..', 'dialogs', 'content');
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const loader = require(path.join(root, 'loader')) as Pick<ContentModules, 'loadContent'>;
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const training = require(path.join(root, 'trainingExamples')) as Pick<ContentModules, 'trainingExamples' | 'recognizerOptions'>;
  const content = loader.loadContent();
  return { examples: training.trainingExamples(content), options: training.recognizerOptions(content) };
}

let shipped: RecognizerOptions | undefined;
/**
 * The bot's own recognizer options (its account-state words) for the public corpora too, so `ours` is the recognizer
 * the bot ships; none (the view off) when content will not load.
 */
export function shippedAccountStates(): RecognizerOptions['accountStates'] {
  if (!shipped) {
    try {
      shipped = { accountStates: loadContentExamples().options.accountStates };
    } catch {
      shipped = {};
    }
  }
  return shipped.accountStates;
}

export function contentFigures(examples: readonly LabelledExample[], options: RecognizerOptions = {}, folds = 5): ContentFigures {
  const report = classificationReport(crossValidate(examples, (training) => Recognizer.train(training, options), folds));
  return {
    examples: examples.length,
    intents: new Set(examples.map((e) => e.intent)).size,
    folds,
    accuracy: report.accuracy,
    macroF1: report.macroF1,
  };
}
