import { readFileSync } from 'node:fs';
import path from 'node:path';
import { containsSecret } from '../../dialogs/privacy/credentials';
import { redact, type PersonalDataKind } from '../../dialogs/privacy/redact';
import { isCovered } from './coverage';

/**
 * The project's dev corpora of secret phrasings (secrets-dev.jsonl, and secrets-dev2.jsonl written later by
 * another writer; both blind to the patterns; format in /work/brief/UTTERANCE-AND-SECRET-FORMATS.md). Prints recall
 * by kind, the false-positive rate on ordinary messages and how often the bot warns, and fails when any of them
 * falls below its floor. A contact row keeps the e-mail and phone the user gave to be reached (the ticket's
 * contact), as the handoff does.
 */
interface Row { text: string; values: string[]; kind: string; where: 'chat' | 'contact' | 'triage' }
interface Floors { recall: number; recallPerKind: number; falsePositiveRate: number; warned: number; falseWarningRate: number }
const read = (file: string) => readFileSync(path.join(__dirname, file), 'utf8').split('\n').filter(Boolean).map((line) => JSON.parse(line) as Row);

/**
 * Floors, a little under what the redactor reaches, so that a real loss fails and noise does not. Both corpora
 * were used to find the classes the redactor missed (dev2 reached 83.1 % recall and 69/75 warnings before), so
 * these figures are what it does on phrasings it was fixed for, not a forecast for new ones.
 */
const CORPORA: readonly [string, Floors][] = [
  ['secrets-dev.jsonl', { recall: 0.97, recallPerKind: 0.9, falsePositiveRate: 0.02, warned: 0.97, falseWarningRate: 0.01 }],
  ['secrets-dev2.jsonl', { recall: 0.98, recallPerKind: 0.95, falsePositiveRate: 0.01, warned: 0.97, falseWarningRate: 0.01 }],
];

const keepFor = (row: Row): PersonalDataKind[] => (row.where === 'contact' ? ['email', 'phone'] : []);
const isPasswordRow = (row: Row) => row.kind === 'password' || row.kind === 'username_password';
const ratio = (part: number, whole: number) => (whole === 0 ? 1 : part / whole);
const percent = (value: number) => `${(100 * value).toFixed(1)}%`;

describe.each(CORPORA)('dev corpus of secret phrasings %s', (file, FLOORS) => {
  const rows = read(file);
  const secretRows = rows.filter((row) => row.kind !== 'ordinary');
  const ordinary = rows.filter((row) => row.kind === 'ordinary');

  it('catches the values, by kind, above the floors (recall printed)', () => {
    const byKind = new Map<string, { caught: number; total: number; missed: string[] }>();
    for (const row of secretRows) {
      const entry = byKind.get(row.kind) ?? { caught: 0, total: 0, missed: [] };
      for (const value of row.values) {
        entry.total += 1;
        if (isCovered(row.text, value, { keep: keepFor(row) })) entry.caught += 1;
        else entry.missed.push(`${value} in ${JSON.stringify(row.text)}`);
      }
      byKind.set(row.kind, entry);
    }
    const caught = [...byKind.values()].reduce((sum, entry) => sum + entry.caught, 0);
    const total = [...byKind.values()].reduce((sum, entry) => sum + entry.total, 0);
    console.log(['recall by kind (values caught):',
      ...[...byKind].map(([kind, entry]) => `  ${kind.padEnd(18)} ${entry.caught}/${entry.total} ${percent(ratio(entry.caught, entry.total))}`),
      `  all                ${caught}/${total} ${percent(ratio(caught, total))}`,
      ...[...byKind.values()].flatMap((entry) => entry.missed.map((miss) => `  missed: ${miss}`))].join('\n'));
    expect(ratio(caught, total)).toBeGreaterThanOrEqual(FLOORS.recall);
    for (const [kind, entry] of byKind) expect([kind, ratio(entry.caught, entry.total) >= FLOORS.recallPerKind]).toEqual([kind, true]);
  });

  it('leaves ordinary messages unchanged and warns whenever a password was typed (rates printed)', () => {
    const changed = ordinary.filter((row) => redact(row.text, { keep: keepFor(row) }) !== row.text);
    const falseWarnings = ordinary.filter((row) => containsSecret(row.text));
    const passwordRows = secretRows.filter(isPasswordRow);
    const unwarned = passwordRows.filter((row) => !containsSecret(row.text));
    console.log([`false positives: ${changed.length}/${ordinary.length} ordinary messages changed (${percent(ratio(changed.length, ordinary.length))})`,
      `warned: ${passwordRows.length - unwarned.length}/${passwordRows.length} password messages; ` +
      `${falseWarnings.length} ordinary messages warned about`,
      ...changed.map((row) => `  changed: ${JSON.stringify(row.text)}`),
      ...unwarned.map((row) => `  not warned: ${JSON.stringify(row.text)}`)].join('\n'));
    expect(ratio(changed.length, ordinary.length)).toBeLessThanOrEqual(FLOORS.falsePositiveRate);
    expect(ratio(falseWarnings.length, ordinary.length)).toBeLessThanOrEqual(FLOORS.falseWarningRate);
    expect(ratio(passwordRows.length - unwarned.length, passwordRows.length)).toBeGreaterThanOrEqual(FLOORS.warned);
  });
});
