import { cpSync, copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { defaultContentDir } from '../../dialogs/content/loader';
import { formatProblem } from '../../dialogs/content/problem';
import { lintContent } from '../../dialogs/content/lint/contentLint';
import { ReadingGrade } from '../../dialogs/content/lint/readingGrade';

const REVIEWED = '2026-12-03';
let workDir: string;
beforeEach(() => { workDir = mkdtempSync(path.join(tmpdir(), 'lint-')); });
afterEach(() => rmSync(workDir, { recursive: true, force: true }));

function contentCopy(): string {
  const dir = path.join(workDir, 'content');
  cpSync(defaultContentDir(), dir, { recursive: true });
  return dir;
}

function edit(dir: string, file: string, from: string, to: string): void {
  const target = path.join(dir, file);
  const text = readFileSync(target, 'utf8');
  expect(text).toContain(from);
  writeFileSync(target, text.replace(from, to));
}

const problemsOf = (dir: string, today = REVIEWED) => lintContent(dir, today).problems.map(formatProblem);

describe('content lint (npm run validate)', () => {
  it('passes on the shipped content, with every answer at or under the reading-grade limit', () => {
    const report = lintContent(defaultContentDir(), REVIEWED);
    expect(report.problems.map(formatProblem)).toEqual([]);
    expect(report.grades.length).toBeGreaterThan(100);
    expect(Math.max(...report.grades.map((g) => g.grade))).toBeLessThanOrEqual(report.settings!.maxReadingGrade);
    expect(report.reviews.every((r) => r.state === 'current')).toBe(true);
  });

  it('fails on an answer expired beyond the grace period (fixture), and only warns within it', () => {
    const dir = contentCopy();
    copyFileSync(path.join(__dirname, '..', 'fixtures', 'review-dates', 'undo_link.yaml'), path.join(dir, 'topics', 'undo_link.yaml'));
    expect(problemsOf(dir)).toEqual([expect.stringMatching(/^content\/topics\/undo_link\.yaml:1:1: expired: its review-by date 2025-01-31 passed \d+ days ago/)]);
    const withinGrace = lintContent(dir, '2025-02-20');
    expect(withinGrace.problems).toEqual([]);
    expect(withinGrace.warnings).toEqual([expect.stringContaining('content/topics/undo_link.yaml: review due since 2025-01-31 (20 days ago')]);
  });

  it('takes the grace period and the grade limit from content/lint.yaml', () => {
    const dir = contentCopy();
    copyFileSync(path.join(__dirname, '..', 'fixtures', 'review-dates', 'undo_link.yaml'), path.join(dir, 'topics', 'undo_link.yaml'));
    edit(dir, 'lint.yaml', 'reviewGraceDays: 30', 'reviewGraceDays: 3650');
    expect(problemsOf(dir)).toEqual([]);
    edit(dir, 'lint.yaml', 'maxReadingGrade: 8', 'maxReadingGrade: 2');
    expect(problemsOf(dir).some((p) => /reading grade [\d.]+ is above 2/.test(p))).toBe(true);
  });

  it('flags a shared fact written out, a tree path with no way on, and choices that answer to the same words', () => {
    const dir = contentCopy();
    edit(dir, 'topics/forgot_pacer_password.yaml', 'Call {facts.psc.phone}', 'Call 800-676-6856');
    edit(dir, 'topics/forgot_pacer_password.yaml', '    suggest: [contact_help_desk, forgot_pacer_username]\n', '');
    edit(dir, 'topics/login_cookies.yaml', 'also: [no cookie message, nope]', 'also: [no cookie message, nope, not sure]');
    const problems = problemsOf(dir);
    expect(problems).toEqual(expect.arrayContaining([
      expect.stringMatching(/forgot_pacer_password\.yaml:\d+:\d+: "[^"]+" is the fact psc\.phone: write \{facts\.psc\.phone\} instead\./),
      expect.stringMatching(/forgot_pacer_password\.yaml:\d+:\d+: node "psc" ends the tree without a way on/),
      expect.stringMatching(/login_cookies\.yaml:\d+:\d+: choices "No" and "I'm not sure" of node "\w+" both answer to "not sure"\./),
    ]));
  });
});

describe('reading grade', () => {
  it('counts glossary terms as known words, so explaining CM/ECF does not raise the grade', () => {
    const text = 'Link your CM/ECF account to your upgraded PACER account in NextGen.';
    expect(new ReadingGrade(['CM/ECF', 'upgraded PACER account', 'NextGen']).grade(text)).toBeLessThan(new ReadingGrade([]).grade(text));
  });

  it('reads a list item as a sentence and ignores link targets and placeholders', () => {
    const grade = new ReadingGrade([]);
    expect(grade.grade('- Call the desk.\n- Ask for help.')).toBeLessThan(grade.grade('Call the desk and ask for help and then wait for it'));
    expect(grade.grade('See [the page](https://pacer.uscourts.gov/help/faqs/some-very-long-address). Call {court.helpDesk}.'))
      .toBeLessThan(4);
  });
});
