/**
 * Peer: nlp.js (node-nlp NlpManager, English, its default neural classifier). Everything runs locally. nlp.js
 * answers "None" when it finds nothing; that counts as out of scope in both settings.
 */
import type { BenchSystem } from './system';

interface NlpResult {
  intent: string;
  classifications?: Array<{ intent: string; score: number }>;
}
interface NlpManagerLike {
  addDocument(locale: string, text: string, intent: string): void;
  train(): Promise<void>;
  process(locale: string, text: string): Promise<NlpResult>;
}

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { NlpManager } = require('node-nlp') as { NlpManager: new (settings: object) => NlpManagerLike };

export const nlpjs: BenchSystem = {
  name: 'nlpjs',
  async train(examples, oosLabel) {
    const manager = new NlpManager({ languages: ['en'], autoSave: false, autoLoad: false, nlu: { log: false } });
    for (const e of examples) manager.addDocument('en', e.text, e.intent);
    await manager.train();
    return {
      async classify(text) {
        const result = await manager.process('en', text);
        const classifications = result.classifications ?? [];
        const inScope = classifications.find((c) => c.intent !== oosLabel && c.intent !== 'None');
        const asLabel = (intent: string | undefined): string => (intent === undefined || intent === 'None' ? oosLabel : intent);
        return {
          top: asLabel(result.intent),
          // Sorted best first (nlp.js sorts them); its own 0.5 threshold is applied to `result.intent` only.
          best: asLabel(classifications[0]?.intent),
          topInScope: inScope?.intent ?? oosLabel,
          topInScopeScore: inScope?.score ?? 0,
        };
      },
    };
  },
};
