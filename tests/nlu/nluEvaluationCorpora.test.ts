import { mkdtempSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import path from 'path';
import { runBraunBenchmark, withThreshold } from '../../bench/braunBenchmark';
import { readCorpora, readCorpus, type Corpus } from '../../bench/nluEvaluationCorpora';
import { naturalBayes } from '../../bench/systems/naturalBayes';
import type { Guess } from '../../bench/systems/system';

/** Sentences per intent and split, as Braun et al. (2017) and the corpora's own tables give them. */
const EXPECTED: Record<string, { train: Record<string, number>; test: Record<string, number> }> = {
  ChatbotCorpus: { train: { DepartureTime: 43, FindConnection: 57 }, test: { DepartureTime: 35, FindConnection: 71 } },
  AskUbuntuCorpus: {
    train: { 'Make Update': 10, 'Setup Printer': 10, 'Shutdown Computer': 13, 'Software Recommendation': 17, None: 3 },
    test: { 'Make Update': 37, 'Setup Printer': 13, 'Shutdown Computer': 14, 'Software Recommendation': 40, None: 5 },
  },
  WebApplicationsCorpus: {
    train: { 'Change Password': 2, 'Delete Account': 7, 'Download Video': 1, 'Export Data': 2, 'Filter Spam': 6,
      'Find Alternative': 7, 'Sync Accounts': 3, None: 2 },
    test: { 'Change Password': 6, 'Delete Account': 10, 'Export Data': 3, 'Filter Spam': 14, 'Find Alternative': 16,
      'Sync Accounts': 6, None: 4 },
  },
};

function countByIntent(examples: Corpus['train']): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const e of examples) counts[e.intent] = (counts[e.intent] ?? 0) + 1;
  return counts;
}

describe('the NLU Evaluation Corpora as committed', () => {
  it('hold every sentence of the paper in its split: 100/106, 53/109 and 30/59 (274 test sentences)', () => {
    const corpora = readCorpora();
    expect(corpora.map((c) => [c.name, c.train.length, c.test.length])).toEqual([
      ['ChatbotCorpus', 100, 106], ['AskUbuntuCorpus', 53, 109], ['WebApplicationsCorpus', 30, 59],
    ]);
    for (const corpus of corpora) {
      expect({ train: countByIntent(corpus.train), test: countByIntent(corpus.test) }).toEqual(EXPECTED[corpus.name]);
    }
  });

  it('keep the original order and text', () => {
    const [chatbot, askUbuntu] = readCorpora();
    expect(chatbot!.test[0]).toEqual({ text: 'i want to go marienplatz', intent: 'FindConnection' });
    expect(askUbuntu!.test[0]).toEqual({ text: 'What software can I use to view epub documents?', intent: 'Software Recommendation' });
    expect(askUbuntu!.train.at(-1)).toEqual({ text: 'What graphical utility can I use for Ubuntu auto shutdown?', intent: 'Shutdown Computer' });
  });

  it('rejects a sentence without a training flag, naming it', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'braun-'));
    writeFileSync(path.join(dir, 'ChatbotCorpus.json'), JSON.stringify({ sentences: [{ text: 'next bus', intent: 'DepartureTime' }] }));
    expect(() => readCorpus(dir, 'ChatbotCorpus')).toThrow(/sentences\[0\]/);
  });
});

describe('the NLU Evaluation Corpora benchmark', () => {
  const guess = (best: string, topInScope: string, topInScopeScore: number): Guess => ({ top: best, best, topInScope, topInScopeScore });

  it('answers None under a system\'s own threshold and keeps the most probable label above it', () => {
    expect(withThreshold(guess('Filter Spam', 'Filter Spam', 0.4), 0.5)).toBe('None');
    expect(withThreshold(guess('Filter Spam', 'Filter Spam', 0.6), 0.5)).toBe('Filter Spam');
    expect(withThreshold(guess('None', 'Filter Spam', 0.45), 0)).toBe('None');
  });

  it('trains each corpus on its training split, scores the test split and pools the counts', async () => {
    const corpus = (name: 'ChatbotCorpus' | 'AskUbuntuCorpus', a: string, b: string): Corpus => ({
      name,
      train: [`${a} one`, `${a} two`, `${b} one`, `${b} two`].map((text) => ({ text, intent: text.split(' ')[0]! })),
      test: [{ text: `${a} three`, intent: a }, { text: `${b} three`, intent: b }, { text: `${b} four`, intent: b }],
    });
    const results = await runBraunBenchmark([corpus('ChatbotCorpus', 'bus', 'tram'), corpus('AskUbuntuCorpus', 'printer', 'shutdown')],
      [naturalBayes]);
    const r = results['natural-bayes']!;
    expect(r.corpora.map((c) => [c.corpus, c.correct, c.tests])).toEqual([['ChatbotCorpus', 3, 3], ['AskUbuntuCorpus', 3, 3]]);
    expect(r.overallAccuracy).toBe(1);
    expect(r.p99Ms).toBeGreaterThanOrEqual(r.medianMs);
  });
});
