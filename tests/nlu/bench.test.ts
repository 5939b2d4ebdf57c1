import { mkdtempSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import path from 'path';
import { readClinc } from '../../bench/clincData';
import { runClincBenchmark } from '../../bench/clincBenchmark';
import { chooseThreshold } from '../../bench/threshold';
import { naturalBayes } from '../../bench/systems/naturalBayes';
import { nlpjs } from '../../bench/systems/nlpjs';
import { ours } from '../../bench/systems/ours';
import { syntheticExamples } from './syntheticData';

/** A tiny CLINC-shaped file: every other synthetic example trains, the rest validate and test. */
function tinyClincFile(): string {
  const rows = syntheticExamples('oos').map((e) => [e.text, e.intent]);
  const pick = (oos: boolean, parity: number): string[][] =>
    rows.filter((r, i) => (r[1] === 'oos') === oos && i % 2 === parity);
  const data = { train: pick(false, 0), oos_train: pick(true, 0), val: pick(false, 1), oos_val: pick(true, 1),
    test: pick(false, 1), oos_test: pick(true, 1) };
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'clinc-')), 'tiny.json');
  writeFileSync(file, JSON.stringify(data));
  return file;
}

describe('CLINC150 benchmark', () => {
  const file = tinyClincFile();

  it('reads any file of the shape, with or without test splits, and rejects others', () => {
    const data = readClinc(file);
    expect(data.train.length).toBeGreaterThan(0);
    expect(data.test?.length).toBe(data.val.length);
    const bad = path.join(path.dirname(file), 'bad.json');
    writeFileSync(bad, JSON.stringify({ train: [['text only']] }));
    expect(() => readClinc(bad)).toThrow(/train\[0\]/);
  });

  it('measures every system in both settings on the test split', async () => {
    const results = await runClincBenchmark(readClinc(file), 'test', [ours, naturalBayes, nlpjs]);
    for (const name of ['ours', 'natural-bayes', 'nlpjs']) {
      for (const setting of ['oos-train', 'oos-threshold'] as const) {
        const m = results[name]![setting]!;
        expect(m.inScopeAccuracy).toBeGreaterThanOrEqual(0);
        expect(m.inScopeAccuracy).toBeLessThanOrEqual(100);
        expect(m.oosRecall).toBeGreaterThanOrEqual(0);
        expect(m.trainMs).toBeGreaterThanOrEqual(0);
        expect(m.classifyP99Ms).toBeGreaterThanOrEqual(m.classifyMedianMs);
      }
    }
    expect(results.ours!['oos-train']!.inScopeAccuracy).toBeGreaterThan(50);
  });

  it('chooses the highest threshold that keeps in-scope accuracy within the budget', () => {
    const queries = [
      ...[0.9, 0.8, 0.7, 0.6, 0.5, 0.4, 0.3, 0.2, 0.15, 0.1].map((score) => ({ score, correct: true, oos: false })),
      { score: 0.05, correct: false, oos: false }, { score: 0.1, correct: false, oos: true },
    ];
    // 10/11 right without a threshold; a 10-point budget allows losing one right answer (the one at 0.1).
    expect(chooseThreshold(queries, 0.1)).toBe(0.15);
    expect(chooseThreshold(queries, 0)).toBe(0.1);
  });
});
