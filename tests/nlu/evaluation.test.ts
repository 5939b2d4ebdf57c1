import {
  classificationReport, confusions, crossValidate, heldoutReport, scoredAs, stratifiedFolds, type Prediction,
} from '../../dialogs/nlu/evaluation';
import { evaluationText } from '../../dialogs/nlu/evaluationText';
import { Recognizer } from '../../dialogs/nlu/recognizer';
import { syntheticExamples } from './syntheticData';

const p = (expected: string, predicted: string, score = 0.9): Prediction => ({ text: '', expected, predicted, score });

describe('classificationReport', () => {
  // a: 3 examples, 2 right, one predicted b; b: 1 example, right. Predicted a twice (both right), b twice (one right).
  const predictions = [p('a', 'a'), p('a', 'a'), p('a', 'b'), p('b', 'b')];
  const report = classificationReport(predictions);

  it('computes accuracy and per-intent precision/recall/F1 by hand', () => {
    expect(report.accuracy).toBeCloseTo(3 / 4);
    const [a, b] = report.perIntent;
    expect(a).toMatchObject({ intent: 'a', precision: 1, support: 3 });
    expect(a!.recall).toBeCloseTo(2 / 3);
    expect(a!.f1).toBeCloseTo(0.8);
    expect(b).toMatchObject({ intent: 'b', precision: 0.5, recall: 1, support: 1 });
    expect(b!.f1).toBeCloseTo(2 / 3);
    expect(report.macroF1).toBeCloseTo((0.8 + 2 / 3) / 2);
  });

  it('lists confusions most frequent first and gives 0, not NaN, for an intent never predicted', () => {
    expect(confusions([p('a', 'b'), p('c', 'd'), p('c', 'd')])).toEqual([
      { expected: 'c', predicted: 'd', count: 2 }, { expected: 'a', predicted: 'b', count: 1 }]);
    expect(classificationReport([p('x', 'y')]).perIntent[0]).toMatchObject({ precision: 0, recall: 0, f1: 0 });
  });
});

describe('heldoutReport', () => {
  it('separates in-scope accuracy, out-of-scope recall and confidently wrong answers', () => {
    const report = heldoutReport([
      p('a', 'a'), p('a', 'b', 0.8), p('a', 'b', 0.5), p('a', 'oos'), p('oos', 'oos'), p('oos', 'a'),
    ], 'oos');
    expect(report).toEqual({ inScope: 4, outOfScope: 2, inScopeAccuracy: 0.25, oosRecall: 0.5, confidentlyWrong: 0.25 });
  });
});

describe('scoredAs', () => {
  it('scores intents outside the given names as out of scope, expected or predicted', () => {
    const scored = scoredAs([p('a', 'new'), p('new', 'a'), p('new', 'other')], new Set(['a', 'oos']), 'oos');
    expect(scored.map((x) => [x.expected, x.predicted])).toEqual([['a', 'oos'], ['oos', 'a'], ['oos', 'oos']]);
    expect(heldoutReport(scored, 'oos')).toMatchObject({ inScopeAccuracy: 0, oosRecall: 0.5, confidentlyWrong: 0 });
  });
});

describe('evaluationText', () => {
  it('reports cross-validation, calibration and every held-out set', () => {
    const heldout = [{ text: 'will it snow tomorrow', intent: 'weather' }, { text: 'who painted the mona lisa', intent: 'out_of_scope' },
      { text: 'order a pizza with olives', intent: 'new_pizza_intent' }];
    const lines = evaluationText({
      examples: syntheticExamples(), folds: 3, train: (training) => Recognizer.train(training), heldout: [{ name: 'set', examples: heldout }],
      outOfScopeIntent: 'out_of_scope', scoredIntents: new Set(['weather', 'pizza', 'out_of_scope']),
    }).join('\n');
    expect(lines).toMatch(/Cross-validation: 3-fold stratified, 38 examples/);
    expect(lines).toMatch(/Calibration on the folds: expected calibration error \d+\.\d %/);
    expect(lines).toMatch(/temperature that would fit the folds best: \d+\.\d\d/);
    expect(lines).toMatch(/Held-out: set \(1 in scope, 2 out of scope\)/);
  });
});

describe('stratifiedFolds and crossValidate', () => {
  const examples = [...Array(10)].flatMap((_, i) => [{ text: `a${i}`, intent: 'a' }, { text: `b${i}`, intent: 'b' }]);

  it('deals every intent evenly over the folds, reproducibly', () => {
    const folds = stratifiedFolds(examples, 5, 7);
    for (const intent of ['a', 'b']) {
      const counts = [0, 0, 0, 0, 0];
      examples.forEach((e, i) => e.intent === intent && counts[folds[i]!]++);
      expect(counts).toEqual([2, 2, 2, 2, 2]);
    }
    expect(stratifiedFolds(examples, 5, 7)).toEqual(folds);
    expect(() => stratifiedFolds(examples, 1)).toThrow();
  });

  it('predicts every example once with a model that never saw it', () => {
    const predictions = crossValidate(examples, (training) => {
      const seen = new Set(training.map((e) => e.text));
      return { recognize: (text: string) => ({ intent: seen.has(text) ? 'leak' : text[0]!, score: 1 }) };
    }, 4);
    expect(predictions).toHaveLength(20);
    expect(predictions.every((x) => x.predicted === x.expected)).toBe(true);
  });
});
