/** Reading a CLINC150-shaped file: a JSON object of splits, each an array of [text, intent] pairs. */
import { readFileSync } from 'fs';
import type { LabelledExample } from '../dialogs/nlu/recognizer';

/** The label CLINC150 gives out-of-scope queries. */
export const OOS = 'oos';

export type Split = 'val' | 'test';

export interface ClincData {
  train: LabelledExample[];
  oosTrain: LabelledExample[];
  val: LabelledExample[];
  oosVal: LabelledExample[];
  test?: LabelledExample[];
  oosTest?: LabelledExample[];
}

export function readClinc(file: string): ClincData {
  const raw = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
  const split = (name: string, required: boolean): LabelledExample[] | undefined => {
    const rows = raw[name];
    if (rows === undefined && !required) return undefined;
    if (!Array.isArray(rows)) throw new Error(`${file}: split "${name}" is missing or not an array`);
    return rows.map((row, i) => {
      if (!Array.isArray(row) || typeof row[0] !== 'string' || typeof row[1] !== 'string') {
        throw new Error(`${file}: ${name}[${i}] is not a [text, intent] pair`);
      }
      return { text: row[0], intent: row[1] };
    });
  };
  const data: ClincData = {
    train: split('train', true) ?? [],
    oosTrain: split('oos_train', true) ?? [],
    val: split('val', true) ?? [],
    oosVal: split('oos_val', true) ?? [],
  };
  const test = split('test', false);
  const oosTest = split('oos_test', false);
  if (test) data.test = test;
  if (oosTest) data.oosTest = oosTest;
  return data;
}

/** The in-scope and out-of-scope queries of the evaluated split. */
export function evaluationSet(data: ClincData, split: Split): { inScope: LabelledExample[]; outOfScope: LabelledExample[] } {
  if (split === 'val') return { inScope: data.val, outOfScope: data.oosVal };
  if (!data.test || !data.oosTest) throw new Error('--split test needs "test" and "oos_test" splits in the file');
  return { inScope: data.test, outOfScope: data.oosTest };
}
