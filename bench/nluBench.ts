/**
 * `npm run -s bench:nlu -- [--data FILE] [--split val|test] [--json] [--systems ours,natural-bayes,nlpjs]
 *  [--threshold-budget POINTS]` (in-scope val accuracy the oos threshold may cost, default 0.5; see threshold.ts)
 * Without --data only the content's figures (cross-validation, time per message) are measured.
 * `npm run -s bench:nlu -- --corpus braun [--data DIR] [--cv] [--json] [--systems a,b]`: the NLU Evaluation Corpora
 * instead (braunBenchmark.ts; DIR defaults to the committed bench/data/nlu-evaluation-corpora), nothing else; --cv
 * cross-validates the training sentences instead of scoring the test ones (how model changes are judged).
 * `npm run -s bench:nlu -- --misspellings` / `--informal-es [--list]`: the content recognizer on generated misspellings
 * (misspellings.ts) / the Spanish one on generated informal Spanish (informalSpanishFigures.ts), nothing else.
 * `npm run -s bench:nlu -- --confusions [--list]`: both content recognizers on generated paraphrases of the round-13
 * dev conversations' confusion classes (confusionClasses.ts), nothing else.
 * `npm run -s bench:nlu -- --stability`: how many answers of the committed evaluation sets change with the SGD seed or
 * with one content example left out (orderStability.ts), nothing else.
 * Progress goes to stderr; stdout carries the report (or, with --json, one JSON object and nothing else).
 */
import { readClinc, type Split } from './clincData';
import { braunJson, braunTable, crossValidationTable, runBraunBenchmark, trainingCrossValidation } from './braunBenchmark';
import { readCorpora } from './nluEvaluationCorpora';
import { runClincBenchmark, type Measurement, type SystemResults } from './clincBenchmark';
import { confusionRows, confusionTable } from './confusionClasses';
import { contentFigures, loadContentExamples, type ContentFigures } from './contentFigures';
import { informalSpanishRows, informalSpanishTable } from './informalSpanishFigures';
import { domainWords, misspeltSentences, misspellingFigures, misspellingTable, readLabelled } from './misspellings';
import { hostileMessages, readHeldoutTexts, timeMessages, timingTable, warmUp } from './messageTimings';
import { peakRssMb } from './measure';
import { stabilityRows, stabilityTable } from './orderStability';
import { DEFAULT_ACCURACY_BUDGET } from './threshold';
import { naturalBayes } from './systems/naturalBayes';
import { nlpjs } from './systems/nlpjs';
import { ours } from './systems/ours';
import { OUT_OF_SCOPE_INTENT } from '../dialogs/content/intents';
import { Recognizer } from '../dialogs/nlu/recognizer';
import { NLU_DEV2_FILE, NLU_DEV_FILE, NLU_HELDOUT_FILE } from '../dialogs/repoPaths';
import type { BenchSystem } from './systems/system';

const ALL_SYSTEMS: readonly BenchSystem[] = [ours, naturalBayes, nlpjs];

interface Args {
  corpus: 'clinc' | 'braun';
  /** With --corpus braun: cross-validate the training sentences instead of scoring the test ones. */
  crossValidate: boolean;
  data: string | undefined;
  split: Split;
  json: boolean;
  systems: BenchSystem[];
  /** A fraction (the flag is in points). */
  accuracyBudget: number;
}

function parseArgs(argv: readonly string[]): Args {
  const value = (flag: string): string | undefined => {
    const at = argv.indexOf(flag);
    return at >= 0 ? argv[at + 1] : undefined;
  };
  const data = value('--data');
  if (argv.includes('--data') && !data) throw new Error('usage: bench:nlu -- [--corpus clinc|braun] [--cv] [--data FILE|DIR] [--split val|test] [--json] [--systems a,b] [--threshold-budget POINTS]');
  const corpus = value('--corpus') ?? 'clinc';
  if (corpus !== 'clinc' && corpus !== 'braun') throw new Error(`--corpus must be clinc or braun, not "${corpus}"`);
  const split = value('--split') ?? 'val';
  if (split !== 'val' && split !== 'test') throw new Error(`--split must be val or test, not "${split}"`);
  const names = value('--systems')?.split(',') ?? ALL_SYSTEMS.map((s) => s.name);
  const systems = ALL_SYSTEMS.filter((s) => names.includes(s.name));
  const budget = value('--threshold-budget');
  const points = budget === undefined ? 100 * DEFAULT_ACCURACY_BUDGET : Number(budget);
  if (!(points >= 0 && points <= 100)) throw new Error(`--threshold-budget must be a number of points in [0, 100], not "${budget}"`);
  return { corpus, crossValidate: argv.includes('--cv'), data, split, json: argv.includes('--json'), systems, accuracyBudget: points / 100 };
}

function jsonReport(results: Record<string, SystemResults>): string {
  const pick = (m: Measurement | undefined): object | undefined => m && {
    inScopeAccuracy: m.inScopeAccuracy, oosRecall: m.oosRecall, trainMs: m.trainMs,
    classifyMedianMs: m.classifyMedianMs, classifyP99Ms: m.classifyP99Ms,
  };
  const out: Record<string, object> = {};
  for (const [name, r] of Object.entries(results)) {
    out[name] = { 'oos-train': pick(r['oos-train']), 'oos-threshold': pick(r['oos-threshold']) };
  }
  return JSON.stringify(out);
}

function textReport(results: Record<string, SystemResults>, split: Split): string {
  const lines = [`CLINC150 (${split})`, [
    'system', 'setting', 'in-scope acc %', 'oos recall %', 'threshold', 'train ms', 'median ms', 'p99 ms', 'model heap MB',
  ].join('\t')];
  for (const [name, r] of Object.entries(results)) {
    for (const [setting, m] of Object.entries(r)) {
      lines.push([name, setting, m.inScopeAccuracy.toFixed(2), m.oosRecall.toFixed(2), m.threshold, m.trainMs,
        m.classifyMedianMs, m.classifyP99Ms, m.modelHeapMb].join('\t'));
    }
  }
  lines.push(`peak RSS of the whole run: ${peakRssMb().toFixed(0)} MB`);
  return lines.join('\n');
}

function contentReport(): string | undefined {
  let examples;
  let options;
  let figures: ContentFigures;
  try {
    ({ examples, options } = loadContentExamples());
    figures = contentFigures(examples, options);
  } catch (error) {
    process.stderr.write(`bench:nlu: content cross-validation skipped: ${(error as Error).message}\n`);
    return undefined;
  }
  const recognizer = Recognizer.train(examples, options);
  warmUp(recognizer);
  const timings = [
    timeMessages(recognizer, 'held-out questions', readHeldoutTexts(NLU_HELDOUT_FILE)),
    ...hostileMessages().map((set) => timeMessages(recognizer, set.name, set.texts)),
  ];
  return `content cross-validation (${figures.folds}-fold, ${figures.examples} examples, ${figures.intents} intents): ` +
    `accuracy ${(100 * figures.accuracy).toFixed(1)} %, macro-F1 ${(100 * figures.macroF1).toFixed(1)} %\n${timingTable(timings)}`;
}

/**
 * The content recognizer on generated misspellings of the content's own words (misspellings.ts), carried by the
 * in-scope sentences of the committed evaluation sets, and the time per misspelt message.
 */
function misspellingReport(): string {
  const { examples, options } = loadContentExamples();
  const recognizer = Recognizer.train(examples, options);
  const domain = domainWords(examples);
  const carriers = [NLU_HELDOUT_FILE, NLU_DEV_FILE, NLU_DEV2_FILE].flatMap(readLabelled).filter((e) => e.intent !== OUT_OF_SCOPE_INTENT);
  const sets = [1, 2].map((edits) => ({ name: `${edits} edit${edits > 1 ? 's' : ''} in one domain word`, set: misspeltSentences(carriers, domain, edits) }));
  warmUp(recognizer);
  const timings = sets.map(({ name, set }) => timeMessages(recognizer, name, set.map((s) => s.misspelt)));
  const rows = sets.map(({ name, set }) => ({ name, figures: misspellingFigures(recognizer, set) }));
  return `${domain.size} domain words (in at least 5 training examples)\n${misspellingTable(rows)}\n${timingTable(timings)}`;
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  if (process.argv.includes('--informal-es')) {
    process.stdout.write(`${informalSpanishTable(informalSpanishRows(), process.argv.includes('--list'))}\n`);
    return;
  }
  if (process.argv.includes('--confusions')) {
    process.stdout.write(`${confusionTable(confusionRows(), process.argv.includes('--list'))}\n`);
    return;
  }
  if (process.argv.includes('--stability')) {
    process.stdout.write(`${stabilityTable(stabilityRows())}\n`);
    return;
  }
  if (process.argv.includes('--misspellings')) {
    process.stdout.write(`${misspellingReport()}\n`);
    return;
  }
  const log = (message: string): void => void process.stderr.write(`bench:nlu: ${message}\n`);
  if (args.corpus === 'braun' && args.crossValidate) {
    const results: Record<string, Awaited<ReturnType<typeof trainingCrossValidation>>> = {};
    for (const system of args.systems) results[system.name] = await trainingCrossValidation(readCorpora(args.data), system, 5, 4, log);
    process.stdout.write(`${crossValidationTable(results)}\n`);
    return;
  }
  if (args.corpus === 'braun') {
    const results = await runBraunBenchmark(readCorpora(args.data), args.systems, log);
    process.stdout.write(`${args.json ? JSON.stringify(braunJson(results)) : braunTable(results)}\n`);
    return;
  }
  const results = args.data
    ? await runClincBenchmark(readClinc(args.data), args.split, args.systems, log, args.accuracyBudget)
    : undefined;
  const content = contentReport();
  if (args.json) {
    process.stdout.write(`${jsonReport(results ?? {})}\n`);
    if (content) process.stderr.write(`${content}\n`);
  } else {
    const clinc = results ? `${textReport(results, args.split)}\n` : '';
    process.stdout.write(`${clinc}${content ?? ''}\n`);
  }
}

if (require.main === module) {
  main().catch((error: unknown) => {
    process.stderr.write(`bench:nlu: ${(error as Error).message}\n`);
    process.exitCode = 1;
  });
}
