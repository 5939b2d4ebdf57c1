/*
 * NLU command line: `nlu classify` (stdin lines -> JSON lines), `nlu export` (training examples as JSON lines),
 * `nlu eval [--folds K] [--heldout FILE]... [--content DIR]` (cross-validation, calibration and held-out report;
 * by default the three committed evaluation sets, scored against the intents of the first). `--lang es|en`: the
 * language (classify: else detected per line, and written as "lang"; eval: else every language, Spanish scored on
 * `--heldout-es FILE`..., by default tests/fixtures/nlu-dev-es.jsonl; export: English unless given).
 * stdout carries only the requested output; errors go to stderr with a non-zero exit code.
 */

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { OUT_OF_SCOPE_INTENT } from '../../dialogs/content/loader';
import { evaluationText } from '../../dialogs/nlu/evaluationText';
import { Recognizer, type LabelledExample, type RecognizerOptions } from '../../dialogs/nlu/recognizer';
import { SpanishRecognizer } from '../../dialogs/nlu-es/spanishRecognizer';
import { spanishEvaluationText } from '../../dialogs/nlu-es/spanishEvaluation';
import { NLU_DEV2_FILE, NLU_DEV_ES_FILE, NLU_DEV_FILE, NLU_HELDOUT_FILE } from '../../dialogs/repoPaths';
import { NluLanguages } from './nluLanguages';

const out = (line: string): boolean => process.stdout.write(`${line}\n`);

/** The flags after the command; an unknown flag, or one without its value, is an error. */
function flags(argv: readonly string[]): { content?: string; folds?: string; heldout?: string[]; lang?: string; 'heldout-es'?: string[] } {
  return parseArgs({ args: [...argv], options: { content: { type: 'string' }, folds: { type: 'string' }, heldout: { type: 'string', multiple: true },
    lang: { type: 'string' }, 'heldout-es': { type: 'string', multiple: true } } }).values;
}

function languages(argv: readonly string[]): { languages: NluLanguages; lang?: string } {
  const languages = new NluLanguages(flags(argv).content);
  return { languages, lang: languages.checked(flags(argv).lang) };
}

async function classify(argv: readonly string[]): Promise<void> {
  const { languages: all, lang } = languages(argv);
  const classifyLine = all.classifier(lang);
  for await (const line of createInterface({ input: process.stdin, crlfDelay: Infinity })) {
    const { lang: written, recognition: r } = classifyLine(line);
    out(JSON.stringify({ text: line, intent: r.intent, score: r.score, lang: written }));
  }
}

/** A held-out file's messages as the engine gives them to the recognizer (`asRead`). */
function heldoutSet(file: string, asRead: (text: string) => string): { name: string; examples: LabelledExample[] } {
  return { name: path.relative(process.cwd(), file), examples: readJsonLines(file).map(({ text, intent }) => ({ text: asRead(text), intent })) };
}

function readJsonLines(file: string): LabelledExample[] {
  return readFileSync(file, 'utf8').split(/\r?\n/).filter((l) => l.trim() !== '').map((line, i) => {
    const row = JSON.parse(line) as Partial<LabelledExample>;
    if (typeof row.text !== 'string' || typeof row.intent !== 'string') throw new Error(`${file}:${i + 1}: needs "text" and "intent"`);
    return { text: row.text, intent: row.intent };
  });
}

function evaluate(argv: readonly string[]): void {
  const { languages: all, lang } = languages(argv);
  if (lang !== 'es') evaluateEnglish(argv, all.examples('en'), all.englishOptions(), all.asRead('en'));
  if (lang !== 'en' && all.has('es')) {
    const files = flags(argv)['heldout-es'] ?? [NLU_DEV_ES_FILE];
    const lines = spanishEvaluationText({
      examples: all.examples('es'), folds: Number(flags(argv).folds ?? 5), train: (training) => SpanishRecognizer.train(training),
      heldout: files.map((file) => heldoutSet(file, all.asRead('es'))), outOfScopeIntent: OUT_OF_SCOPE_INTENT,
    });
    for (const line of lines) out(line);
  }
}

function evaluateEnglish(argv: readonly string[], examples: LabelledExample[], options: RecognizerOptions, asRead: (text: string) => string): void {
  const files = flags(argv).heldout ?? [NLU_HELDOUT_FILE, NLU_DEV_FILE, NLU_DEV2_FILE];
  const heldout = files.map((file) => heldoutSet(file, asRead));
  const lines = evaluationText({
    examples,
    folds: Number(flags(argv).folds ?? 5),
    train: (training) => Recognizer.train(training, options),
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
    const { languages: all, lang } = languages(rest);
    for (const e of all.examples(lang)) out(JSON.stringify({ text: e.text, intent: e.intent }));
    return;
  }
  if (command === 'eval') return evaluate(rest);
  throw new Error('usage: nlu classify | nlu export | nlu eval [--folds K] [--heldout FILE]... [--heldout-es FILE]...  (all accept --content DIR and --lang es|en)');
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
