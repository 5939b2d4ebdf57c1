/** The project's recognizer, measured through its raw scores so the benchmark can sweep thresholds. */
import { Recognizer } from '../../dialogs/nlu/recognizer';
import { shippedAccountStates } from '../contentFigures';
import type { BenchSystem } from './system';

export const ours: BenchSystem = {
  name: 'ours',
  async train(examples, oosLabel) {
    const recognizer = Recognizer.train(examples, { outOfScopeIntent: oosLabel, accountStates: shippedAccountStates() });
    return {
      classify(text) {
        const { ranked, oosProbability } = recognizer.scores(text);
        const best = ranked[0] ?? { intent: oosLabel, score: 0 };
        const top = oosProbability >= best.score ? oosLabel : best.intent;
        return { top, best: top, topInScope: best.intent, topInScopeScore: best.score };
      },
    };
  },
};
