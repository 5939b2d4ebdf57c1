import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { REPO_ROOT } from '../../dialogs/repoPaths';
import { courtsNamed, matcherFor } from '../../bot/cli/courts';
import { COURTS_DEV_FILE, judge, readCases, report, scoreCases } from './courtScore';

/** `npm run -s courts -- find`, run from the sources in its own process: standard input in, JSON lines out. */
function find(input: string, args = ['find']): { status: number | null; stdout: string; stderr: string } {
  return spawnSync(process.execPath, ['-r', path.join(REPO_ROOT, 'tests/helpers/swcRegister.js'), path.join(REPO_ROOT, 'bot/cli/courts.ts'), ...args], {
    input, encoding: 'utf8', env: { PATH: process.env.PATH, DOTENV_CONFIG_QUIET: 'true' },
  });
}

describe('courts find', () => {
  it('writes one JSON line per line read: one court, the candidates, a court of appeals, or none', () => {
    const run = find('nysb\nEDVA\nSeventh Circuit\nmy password does not work\n\n');
    expect(run.status).toBe(0);
    expect(run.stdout.trim().split('\n').map((line) => JSON.parse(line) as unknown)).toEqual([
      { text: 'nysb', courts: ['nysb'] },
      { text: 'EDVA', courts: ['vaed', 'vaeb'] },
      { text: 'Seventh Circuit', courts: ['ca7'] },
      { text: 'my password does not work', courts: [] },
      { text: '', courts: [] },
    ]);
  });

  it('says how to use it when the command is not find', () => {
    const run = find('', ['look']);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('courts -- find');
  });
});

describe('the court dev set (written blind to the content)', () => {
  const matcher = matcherFor();
  const outcomes = scoreCases(readCases(COURTS_DEV_FILE), (text) => courtsNamed(matcher, text));

  it('reaches the right court or a choice that holds it for at least 95 %, with no district/bankruptcy mix-up', () => {
    const passed = outcomes.filter((outcome) => outcome.passed).length;
    // On failure, the failing texts are in the message (the report's FAIL lines).
    if (passed / outcomes.length < 0.95) throw new Error(report(outcomes).join('\n'));
    expect(passed / outcomes.length).toBeGreaterThanOrEqual(0.95);
    expect(outcomes.filter((outcome) => outcome.mixUp)).toEqual([]);
  });

  it('never resolves an ambiguous text to one court', () => {
    expect(outcomes.filter((outcome) => outcome.case.kind === 'ambiguous' && outcome.found.length === 1)).toEqual([]);
  });

  it('scores as the issue says: a choice holding the court passes, one court of the other kind is a mix-up', () => {
    const one = { text: 't', kind: 'one', courts: ['nysd'] } as const;
    expect(judge(one, ['nysd', 'nysb'])).toMatchObject({ passed: true, mixUp: false });
    expect(judge(one, ['nysb'])).toMatchObject({ passed: false, mixUp: true });
    expect(judge({ text: 't', kind: 'ambiguous', courts: ['txeb', 'txnb'] }, ['txeb'])).toMatchObject({ passed: false });
    expect(judge({ text: 't', kind: 'none', courts: [] }, [])).toMatchObject({ passed: true });
    expect(judge({ text: 't', kind: 'appellate', courts: ['ca2'] }, ['ca2'])).toMatchObject({ passed: true });
  });
});
