import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseCsv } from '../../../bot/helpdesk/triage/csv';
import { triageCli } from '../../../bot/cli/triage';
import { FIXTURES } from '../../helpers/triageHarness';

/** `npm run triage -- FILE --out DIR`, run in-process: the report files and what it prints. */
describe('triage batch command', () => {
  let out: string;
  beforeAll(() => { out = mkdtempSync(path.join(tmpdir(), 'triage-')); });
  afterAll(() => rmSync(out, { recursive: true, force: true }));

  function run(argv: string[]) {
    const lines: string[] = [];
    const errors: string[] = [];
    const code = triageCli(argv, { LOG_LEVEL: 'silent', COURT_ID: 'nynb' }, { out: (l) => lines.push(l), err: (l) => errors.push(l) });
    return { code, lines, errors };
  }

  it('writes a CSV (one row per question, redacted, formula-safe) and an HTML summary for a .csv file', () => {
    const dir = path.join(out, 'csv');
    const { code, lines } = run([path.join(FIXTURES, 'questions.csv'), '--out', dir]);
    expect(code).toBe(0);
    expect(lines[0]).toMatch(/^40 questions: \d+ need a person \(\d+ urgent\)\.$/);
    expect(lines.join('\n')).toMatch(/Filed under the expected topic: \d+ of 40/);

    const rows = parseCsv(readFileSync(path.join(dir, 'triage.csv'), 'utf8'));
    const [header, ...data] = rows;
    expect(header).toEqual(expect.arrayContaining(['id', 'needs_human', 'urgent', 'reasons', 'intent', 'topic', 'score', 'text_redacted', 'suggested_answer']));
    expect(data).toHaveLength(40);
    const column = (name: string) => header!.indexOf(name);
    const row = (id: string) => data.find((cells) => cells[0] === id)!;
    expect(row('T-001')[column('intent')]).toBe('start_linking');
    expect(row('T-020')[column('urgent')]).toBe('true');
    expect(row('T-026')[column('text_redacted')]).toMatch(/^'=HYPERLINK/);
    const csv = readFileSync(path.join(dir, 'triage.csv'), 'utf8');
    expect(csv).not.toMatch(/Sunny!Day77|pat\.lee@example\.com/);

    const html = readFileSync(path.join(dir, 'triage.html'), 'utf8');
    expect(html).toMatch(/^<!doctype html>\n<html lang="en">/);
    expect(html).toContain('<h2 id="needs">Needs a person');
    expect(html).toMatch(/<svg role="img" aria-labelledby="topic-chart-title topic-chart-desc"/);
    expect(html).toContain('<caption>Questions per topic: the numbers</caption>');
    expect(html).not.toMatch(/Sunny!Day77|pat\.lee@example\.com|<script/);
  });

  it('reads a .jsonl file too', () => {
    const dir = path.join(out, 'jsonl');
    const { code, lines } = run([path.join(FIXTURES, 'questions.jsonl'), '--out', dir]);
    expect(code).toBe(0);
    expect(lines[0]).toMatch(/^16 questions:/);
    expect(parseCsv(readFileSync(path.join(dir, 'triage.csv'), 'utf8'))).toHaveLength(17);
  });

  it('escapes hostile question text in the HTML report', () => {
    const file = path.join(out, 'hostile.jsonl');
    writeFileSync(file, `${JSON.stringify({ id: '<i>x</i>', text: '<img src=x onerror=alert(1)> how do I link my account' })}\n`);
    const { code } = run([file, '--out', path.join(out, 'hostile')]);
    expect(code).toBe(0);
    const html = readFileSync(path.join(out, 'hostile', 'triage.html'), 'utf8');
    expect(html).not.toContain('<img src=x');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(html).toContain('&lt;i&gt;x&lt;/i&gt;');
  });

  it('explains bad input and exits 1', () => {
    expect(run([])).toMatchObject({ code: 1, errors: [expect.stringMatching(/^usage:/)] });
    expect(run([path.join(out, 'missing.csv')])).toMatchObject({ code: 1, errors: [expect.stringMatching(/cannot read/)] });
    const noText = path.join(out, 'bad.csv');
    writeFileSync(noText, 'id,body2\n1,hello\n');
    expect(run([noText]).errors[0]).toMatch(/needs a "text"/);
  });
});
