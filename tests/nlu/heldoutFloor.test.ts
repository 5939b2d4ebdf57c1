/**
 * The recognition floor in CI (as nlp.js keeps one on its corpus): the recognizer trained on the real content must
 * keep its in-scope accuracy, out-of-scope recall and rate of confident wrong answers on the committed evaluation
 * sets (written by people who never saw content/). A content edit that breaks recognition fails here.
 */
import { readFileSync } from 'fs';
import path from 'path';
import { loadContent, OUT_OF_SCOPE_INTENT } from '../../dialogs/content/loader';
import { recognizerOptions, trainingExamples } from '../../dialogs/content/trainingExamples';
import { heldoutReport, predict, scoredAs } from '../../dialogs/nlu/evaluation';
import type { LabelledExample } from '../../dialogs/nlu/recognizer';
import { trainRecognizer } from '../../bot/host/nluCache';
import { TEST_NLU_CACHE_DIR } from '../helpers/nluCache';

const FIXTURES = path.join(__dirname, '..', 'fixtures');
interface Floor { inScopeAccuracy: number; oosRecall: number; confidentlyWrongAtMost: number }
const floors = (JSON.parse(readFileSync(path.join(FIXTURES, 'nlu-floor.json'), 'utf8')) as { sets: Record<string, Floor> }).sets;

const readSet = (name: string): LabelledExample[] => readFileSync(path.join(FIXTURES, name), 'utf8').split('\n')
  .filter((line) => line.trim() !== '').map((line) => JSON.parse(line) as LabelledExample);

describe('recognition floor on the committed evaluation sets', () => {
  const content = loadContent();
  const recognizer = trainRecognizer(trainingExamples(content), TEST_NLU_CACHE_DIR, recognizerOptions(content));
  const stableNames = new Set(readSet('nlu-heldout.jsonl').map((e) => e.intent));

  it.each(Object.entries(floors))('%s stays at or above its floor', (name, floor) => {
    const predictions = scoredAs(readSet(name).map((e) => predict(recognizer, e)), stableNames, OUT_OF_SCOPE_INTENT);
    const report = heldoutReport(predictions, OUT_OF_SCOPE_INTENT);
    expect(report.inScopeAccuracy).toBeGreaterThanOrEqual(floor.inScopeAccuracy);
    expect(report.oosRecall).toBeGreaterThanOrEqual(floor.oosRecall);
    expect(report.confidentlyWrong).toBeLessThanOrEqual(floor.confidentlyWrongAtMost);
  });
});
