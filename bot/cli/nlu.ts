/**
 * NLU command line: `nlu classify` (stdin lines -> JSON lines), `nlu export` (training examples as JSON lines),
 * `nlu eval [--folds K] [--heldout FILE] [--content DIR]` (cross-validation and held-out report).
 * stdout carries only the requested output; errors go to stderr with a non-zero exit code.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { loadContent, OUT_OF_SCOPE_INTENT } from '../../dialogs/content/loader';
import { trainingExamples } from '../../dialogs/content/trainingExamples';
import {
  classificationReport, crossValidate, heldoutReport, predict, type ClassificationReport, type HeldoutReport,
} from '../../dialogs/nlu/evaluation';
import { Recognizer, type LabelledExample } from '../../dialogs/nlu/recognizer';

const DEFAULT_HELDOUT = path.resolve(__dirname, '..', '..', '..', 'tests', 'fixtures', 'nlu-heldout.jsonl');
const out = (line: string): boolean => process.stdout.write(`${line}\n`);

function option(argv: readonly string[], flag: string): string | undefined {
  const at = argv.indexOf(flag);
  return at >= 0 ? argv[at + 1] : undefined;
}

function examplesFrom(argv: readonly string[]): LabelledExample[] {
  return trainingExamples(loadContent(option(argv, '--content')));
}

async function classify(argv: readonly string[]): Promise<void> {
  const recognizer = Recognizer.train(examplesFrom(argv), { outOfScopeIntent: OUT_OF_SCOPE_INTENT });
  for await (const line of createInterface({ input: process.stdin, crlfDelay: Infinity })) {
    const r = recognizer.recognize(line);
    out(JSON.stringify({ text: line, intent: r.intent, score: r.score }));
  }
}

function readJsonLines(file: string): LabelledExample[] {
  return readFileSync(file, 'utf8').split(/\r?\n/).filter((l) => l.trim() !== '').map((line, i) => {
    const row = JSON.parse(line) as Partial<LabelledExample>;
    if (typeof row.text !== 'string' || typeof row.intent !== 'string') throw new Error(`${file}:${i + 1}: needs "text" and "intent"`);
    return { text: row.text, intent: row.intent };
  });
}

const pct = (x: number): string => `${(100 * x).toFixed(1)} %`;

function printCrossValidation(report: ClassificationReport, folds: number, n: number): void {
  out(`Cross-validation: ${folds}-fold stratified, ${n} examples`);
  out(`  accuracy ${pct(report.accuracy)}   macro-F1 ${pct(report.macroF1)}`);
  out('  intent                          precision  recall   F1      n');
  for (const m of report.perIntent) {
    out(`  ${m.intent.padEnd(32)}${pct(m.precision).padStart(8)}${pct(m.recall).padStart(9)}${pct(m.f1).padStart(8)}${String(m.support).padStart(6)}`);
  }
  out('  most confused (expected -> predicted):');
  for (const c of report.confusions.slice(0, 10)) out(`    ${c.count} x ${c.expected} -> ${c.predicted}`);
}

function printHeldout(report: HeldoutReport, file: string): void {
  out(`Held-out: ${file} (${report.inScope} in scope, ${report.outOfScope} out of scope)`);
  out(`  in-scope accuracy ${pct(report.inScopeAccuracy)}   out-of-scope recall ${pct(report.oosRecall)}`);
  out(`  in-scope answered as a wrong topic with score >= 0.7: ${pct(report.confidentlyWrong)}`);
}

function evaluate(argv: readonly string[]): void {
  const examples = examplesFrom(argv);
  const folds = Number(option(argv, '--folds') ?? 5);
  const train = (training: LabelledExample[]): Recognizer => Recognizer.train(training, { outOfScopeIntent: OUT_OF_SCOPE_INTENT });
  printCrossValidation(classificationReport(crossValidate(examples, train, folds)), folds, examples.length);
  const file = option(argv, '--heldout') ?? DEFAULT_HELDOUT;
  const recognizer = train(examples);
  const heldout = readJsonLines(file);
  // Scored as a tool outside scores the bot: an intent the file never names (a topic newer than its labels,
  // e.g. legal_question) counts as out_of_scope.
  const named = new Set(heldout.map((e) => e.intent));
  const predictions = heldout.map((e) => predict(recognizer, e))
    .map((p) => (named.has(p.predicted) ? p : { ...p, predicted: OUT_OF_SCOPE_INTENT }));
  printHeldout(heldoutReport(predictions, OUT_OF_SCOPE_INTENT), path.relative(process.cwd(), file));
}

async function main(argv: readonly string[]): Promise<void> {
  const [command, ...rest] = argv;
  if (command === 'classify') return classify(rest);
  if (command === 'export') {
    for (const e of examplesFrom(rest)) out(JSON.stringify({ text: e.text, intent: e.intent }));
    return;
  }
  if (command === 'eval') return evaluate(rest);
  throw new Error('usage: nlu classify | nlu export | nlu eval [--folds K] [--heldout FILE]  (all accept --content DIR)');
}

// A reader that stops early (`| head`) is not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error;
  process.exit(0);
});

main(process.argv.slice(2)).catch((error: unknown) => {
  process.stderr.write(`nlu: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
