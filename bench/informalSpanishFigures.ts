/**
 * `npm run -s bench:nlu -- --informal-es`: the Spanish recognizer on informal Spanish (informalSpanish.ts), in the
 * terms of `npm run nlu -- eval` (in-scope accuracy, out-of-scope recall, in-scope answered as a wrong topic with a
 * score of 0.7 or more), on two kinds of carrier:
 * - the Spanish held-out set (tests/fixtures/nlu-dev-es.jsonl, written by someone who never saw the examples), the
 *   recognizer trained on every Spanish example;
 * - the Spanish training examples themselves, each read by a model trained on the other four folds (the same folds as
 *   `nlu eval`'s cross-validation), so 1,400-odd sentences instead of 100.
 */
import { loadLocalizedContent } from '../dialogs/content/locale/localizedContent';
import { OUT_OF_SCOPE_INTENT } from '../dialogs/content/intents';
import { trainingExamples } from '../dialogs/content/trainingExamples';
import { heldoutReport, outOfFold, type HeldoutReport, type Prediction } from '../dialogs/nlu/evaluation';
import type { LabelledExample } from '../dialogs/nlu/recognizer';
import { SpanishRecognizer } from '../dialogs/nlu-es/spanishRecognizer';
import { NLU_DEV_ES_FILE } from '../dialogs/repoPaths';
import { REGISTERS, informalSentences, type Register } from './informalSpanish';
import { readLabelled } from './misspellings';

interface Row {
  carriers: string;
  register: Register;
  sentences: number;
  /** The same sentences as written. */
  clean: HeldoutReport;
  report: HeldoutReport;
  /** Wrong answers, for --list. */
  wrong: Prediction[];
}

/** One carrier read as written and as rewritten. */
interface Pair {
  clean: Prediction;
  informal: Prediction;
}

function row(carriers: string, register: Register, pairs: readonly Pair[]): Row {
  const informal = pairs.map((p) => p.informal);
  return { carriers, register, sentences: pairs.length, clean: heldoutReport(pairs.map((p) => p.clean), OUT_OF_SCOPE_INTENT),
    report: heldoutReport(informal, OUT_OF_SCOPE_INTENT), wrong: informal.filter((p) => p.predicted !== p.expected) };
}

function predictionOf(model: SpanishRecognizer, example: LabelledExample, text: string): Prediction {
  const r = model.recognize(text);
  return { text, expected: example.intent, predicted: r.intent, score: r.score };
}

function pairOf(model: SpanishRecognizer, example: LabelledExample, text: string): Pair {
  return { clean: predictionOf(model, example, example.text), informal: predictionOf(model, example, text) };
}

export function informalSpanishRows(): Row[] {
  const examples = trainingExamples(loadLocalizedContent(undefined, 'warn').byLocale.get('es')!);
  const heldout = readLabelled(NLU_DEV_ES_FILE);
  const recognizer = SpanishRecognizer.train(examples);
  const rows = REGISTERS.map((register) => row('held-out (nlu-dev-es)', register,
    informalSentences(heldout, register).map((s) => pairOf(recognizer, s.original, s.text))));
  // Every register's text of every example, fixed before the folds so each register is the same sentences.
  const rewritten = new Map(REGISTERS.map((register) => [register, new Map(informalSentences(examples, register).map((s) => [s.original, s.text]))]));
  const folded = outOfFold(examples, (training) => SpanishRecognizer.train(training),
    (model, example) => REGISTERS.map((register) => {
      const text = rewritten.get(register)!.get(example);
      return text === undefined ? undefined : pairOf(model, example, text);
    }));
  REGISTERS.forEach((register, k) => rows.push(row('training examples, out of fold', register,
    folded.map((byRegister) => byRegister[k]).filter((p): p is Pair => p !== undefined))));
  return rows;
}

export function informalSpanishTable(rows: readonly Row[], list: boolean): string {
  const pct = (x: number): string => `${(100 * x).toFixed(1)} %`;
  // Each figure as written -> as typed informally, on the same sentences.
  const pair = (r: Row, figure: (h: HeldoutReport) => number, of: number): string => (of === 0 ? '-' : `${pct(figure(r.clean))} -> ${pct(figure(r.report))}`);
  const lines = ['carriers\tregister\tsentences\tin scope / out of scope\tin-scope accuracy (as written -> informal)\tout-of-scope recall\twrong topic at >= 0.7'];
  for (const r of rows) {
    lines.push([r.carriers, r.register, r.sentences, `${r.report.inScope} / ${r.report.outOfScope}`, pair(r, (h) => h.inScopeAccuracy, r.report.inScope),
      pair(r, (h) => h.oosRecall, r.report.outOfScope), pair(r, (h) => h.confidentlyWrong, r.report.inScope)].join('\t'));
    if (list) for (const p of r.wrong) lines.push(`  ${p.expected} -> ${p.predicted} (${p.score.toFixed(2)}): ${p.text}`);
  }
  return lines.join('\n');
}
