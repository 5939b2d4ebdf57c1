/*
 * NLU command line: `nlu classify` (stdin lines -> JSON lines), `nlu export` (training examples as JSON lines),
 * `nlu eval [--folds K] [--heldout FILE]... [--content DIR]` (cross-validation, calibration and held-out report;
 * by default the two committed evaluation sets, scored against the intents of the first).
 * stdout carries only the requested output; errors go to stderr with a non-zero exit code.
 */

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { loadContent, OUT_OF_SCOPE_INTENT } from '../../dialogs/content/loader';
import { trainingExamples } from '../../dialogs/content/trainingExamples';
import { evaluationText } from '../../dialogs/nlu/evaluationText';
import { Recognizer, type LabelledExample } from '../../dialogs/nlu/recognizer';
import { NLU_DEV_FILE, NLU_HELDOUT_FILE } from '../../dialogs/repoPaths';

const out = (line: string): boolean => process.stdout.write(`${line}\n`);

/** The flags after the command; an unknown flag, or one without its value, is an error. */
function flags(argv: readonly string[]): { content?: string; folds?: string; heldout?: string[] } {
  return parseArgs({ args: [...argv], options: { content: { type: 'string' }, folds: { type: 'string' }, heldout: { type: 'string', multiple: true } } }).values;
}

function examplesFrom(argv: readonly string[]): LabelledExample[] {
  return trainingExamples(loadContent(flags(argv).content));
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

function evaluate(argv: readonly string[]): void {
  const files = flags(argv).heldout ?? [NLU_HELDOUT_FILE, NLU_DEV_FILE];
  const heldout = files.map((file) => ({ name: path.relative(process.cwd(), file), examples: readJsonLines(file) }));
  const lines = evaluationText({
    examples: examplesFrom(argv),
    folds: Number(flags(argv).folds ?? 5),
    train: (training) => Recognizer.train(training, { outOfScopeIntent: OUT_OF_SCOPE_INTENT }),
    heldout,
    outOfScopeIntent: OUT_OF_SCOPE_INTENT,
    // Scored as a tool outside scores the bot: an intent the first file never names (a topic newer than its
    // labels, e.g. legal_question) counts as out_of_scope, in every file.
    scoredIntents: new Set(heldout[0]?.examples.map((e) => e.intent)),
  });
  for (const line of lines) out(line);
}

async function main(argv: readonly string[]): Promise<void> {
  const [command, ...rest] = argv;
  if (command === 'classify') return classify(rest);
  if (command === 'export') {
    for (const e of examplesFrom(rest)) out(JSON.stringify({ text: e.text, intent: e.intent }));
    return;
  }
  if (command === 'eval') return evaluate(rest);
  throw new Error('usage: nlu classify | nlu export | nlu eval [--folds K] [--heldout FILE]...  (all accept --content DIR)');
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
