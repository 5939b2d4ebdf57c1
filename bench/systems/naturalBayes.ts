/** Peer: natural's BayesClassifier. Its scores are unnormalised likelihoods, so they are divided by their sum. */
import type { BenchSystem } from './system';

process.env.DOTENV_CONFIG_QUIET ??= 'true';
// eslint-disable-next-line @typescript-eslint/no-require-imports
import natural = require('natural');

export const naturalBayes: BenchSystem = {
  name: 'natural-bayes',
  async train(examples, oosLabel) {
    const classifier = new natural.BayesClassifier();
    for (const e of examples) classifier.addDocument(e.text, e.intent);
    classifier.train();
    return {
      classify(text) {
        const scores = classifier.getClassifications(text);
        const total = scores.reduce((s, c) => s + c.value, 0) || 1;
        const inScope = scores.find((c) => c.label !== oosLabel);
        const top = scores[0]?.label ?? oosLabel;
        return {
          top,
          best: top,
          topInScope: inScope?.label ?? oosLabel,
          topInScopeScore: (inScope?.value ?? 0) / total,
        };
      },
    };
  },
};
