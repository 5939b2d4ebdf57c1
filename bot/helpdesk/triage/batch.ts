import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Triage, TriageQuestion, TriageResult } from '../../../dialogs/helpdesk/triage';
import { triageCsv, triageHtml } from './triageReport';
import { summarise, type TriageSummary } from '../../../dialogs/helpdesk/triageSummary';

export interface BatchOutcome {
  readonly results: readonly TriageResult[];
  readonly summary: TriageSummary;
  readonly csvFile: string;
  readonly htmlFile: string;
}

/** Triage of a whole file of questions (read with readQuestionFile): writes `triage.csv` and `triage.html` into `outDir`. */
export function runBatch(triage: Triage, questions: readonly TriageQuestion[], inputFile: string, outDir: string, now: Date = new Date()): BatchOutcome {
  const results = questions.map((question, index) => triage.classify(question, index));
  mkdirSync(outDir, { recursive: true });
  const csvFile = path.join(outDir, 'triage.csv');
  const htmlFile = path.join(outDir, 'triage.html');
  writeFileSync(csvFile, triageCsv(results));
  writeFileSync(htmlFile, triageHtml(results, { source: path.basename(inputFile), generatedAt: now }));
  return { results, summary: summarise(results), csvFile, htmlFile };
}

/** A few lines for the terminal. */
export function describeOutcome(outcome: BatchOutcome): string[] {
  const { summary } = outcome;
  const lines = [
    `${summary.total} questions: ${summary.needsHuman} need a person (${summary.urgent} urgent).`,
    ...summary.byTopic.map((topic) => `  ${String(topic.count).padStart(4)}  ${topic.intent}`),
  ];
  if (summary.labelled > 0) {
    lines.push(`Filed under the expected topic: ${summary.correct} of ${summary.labelled} (${(100 * summary.correct / summary.labelled).toFixed(1)} %).`);
  }
  lines.push(`Report: ${outcome.htmlFile}`, `CSV:    ${outcome.csvFile}`);
  return lines;
}
