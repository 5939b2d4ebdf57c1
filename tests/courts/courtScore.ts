/*
 * `npm run -s courts:score [-- FILE]`: scores the court matcher (the one `courts find` and the chat use) on a
 * JSONL set of {"text", "kind": one|ambiguous|none|appellate, "courts": [ids]} written by people who never saw the
 * content (tests/fixtures/courts-dev.jsonl by default). Prints the share passed per kind and overall, and the
 * district/bankruptcy mix-ups (which must be 0), then each failure.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { REPO_ROOT } from '../../dialogs/repoPaths';
import { courtsNamed, matcherFor } from '../../bot/cli/courts';

export const COURTS_DEV_FILE = path.join(REPO_ROOT, 'tests', 'fixtures', 'courts-dev.jsonl');

export interface CourtCase { readonly text: string; readonly kind: 'one' | 'ambiguous' | 'none' | 'appellate'; readonly courts: readonly string[] }
export interface CourtOutcome { readonly case: CourtCase; readonly found: readonly string[]; readonly passed: boolean; readonly mixUp: boolean }

/**
 * one: the right court, or a candidate list that contains it; ambiguous: never one court (several, or none);
 * none: no court; appellate: that court of appeals. A mix-up: the other kind of court of a district wanted, without
 * the court wanted.
 */
export function judge(item: CourtCase, found: readonly string[]): CourtOutcome {
  const passed = item.kind === 'one' ? item.courts.some((id) => found.includes(id))
    : item.kind === 'ambiguous' ? found.length !== 1
      : item.kind === 'none' ? found.length === 0
        : found.length === 1 && item.courts.includes(found[0]!);
  const sibling = (id: string) => `${id.slice(0, -1)}${id.endsWith('b') ? 'd' : 'b'}`;
  const mixUp = item.kind === 'one' && !passed && item.courts.some((id) => found.includes(sibling(id)));
  return { case: item, found, passed, mixUp };
}

export function readCases(file: string): CourtCase[] {
  return readFileSync(file, 'utf8').split('\n').filter((line) => line.trim() !== '').map((line) => JSON.parse(line) as CourtCase);
}

export function scoreCases(cases: readonly CourtCase[], find: (text: string) => readonly string[]): CourtOutcome[] {
  return cases.map((item) => judge(item, find(item.text)));
}

export function report(outcomes: readonly CourtOutcome[]): string[] {
  const share = (items: readonly CourtOutcome[]) => `${items.filter((o) => o.passed).length}/${items.length} (${(100 * items.filter((o) => o.passed).length / Math.max(1, items.length)).toFixed(1)} %)`;
  const kinds = ['one', 'ambiguous', 'none', 'appellate'] as const;
  return [
    `overall ${share(outcomes)}`,
    ...kinds.map((kind) => `  ${kind.padEnd(10)} ${share(outcomes.filter((o) => o.case.kind === kind))}`),
    `district/bankruptcy mix-ups: ${outcomes.filter((o) => o.mixUp).length}`,
    ...outcomes.filter((o) => !o.passed).map((o) => `FAIL [${o.case.kind}] ${JSON.stringify(o.case.text)} wanted ${o.case.courts.join(',') || '[]'} got ${o.found.join(',') || '[]'}`),
  ];
}

if (require.main === module) {
  const matcher = matcherFor(process.env.CONTENT_DIR);
  const outcomes = scoreCases(readCases(process.argv[2] ?? COURTS_DEV_FILE), (text) => courtsNamed(matcher, text));
  for (const line of report(outcomes)) console.log(line);
}
