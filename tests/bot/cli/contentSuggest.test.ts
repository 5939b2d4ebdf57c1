import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { contentSuggestCli } from '../../../bot/cli/contentSuggest';
import { inspectContent } from '../../../dialogs/content/loader';
import { REPO_ROOT } from '../../../dialogs/repoPaths';
import { NEW_THEME, scriptedDay } from '../../helpers/scriptedDay';
import { startTestServer } from '../../helpers/testServer';

/**
 * `content:suggest` after a scripted day on the embedded store: reads the same store the bot wrote (same settings),
 * proposes a draft topic holding the new theme's questions, with the recognizer's before/after figures, as a patch
 * that `git apply` takes; the draft is refused by validation until a person writes its answer and source.
 */
describe('content:suggest', () => {
  const work = mkdtempSync(path.join(tmpdir(), 'suggest-'));
  const env = { LOG_LEVEL: 'silent', STORAGE: 'sqlite', DATA_DIR: path.join(work, 'data') };
  const patchFile = path.join(work, 'proposals.patch');
  const lines: string[] = [];
  let code: number;

  beforeAll(async () => {
    const server = await startTestServer(env);
    await scriptedDay(server);
    await server.close();
    await server.released;
    code = await contentSuggestCli(['--out', patchFile], env, { out: (line) => lines.push(line), err: (line) => lines.push(`ERR ${line}`) });
  }, 240_000);
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('writes one proposal: a draft topic with the new theme\'s questions, and says what it did', () => {
    expect(lines.filter((line) => line.startsWith('ERR'))).toEqual([]);
    expect(code).toBe(0);
    const patch = readFileSync(patchFile, 'utf8');
    expect(patch.match(/^diff --git /gm)).toHaveLength(1);
    expect(patch).toMatch(/^\+\+\+ b\/content\/topics\/draft_[a-z_]+\.yaml$/m);
    for (const question of NEW_THEME) expect(patch).toContain(`+  - ${question}`);
    expect(patch).toMatch(/^\+sources: \[\]$/m);
    expect(patch).toMatch(/^\+ {4}source:$/m);
    expect(lines.join('\n')).toMatch(/New topic to write \(draft draft_[a-z_]+\): 4 wording\(s\), asked 4 time\(s\)/);
  });

  it('gives the recognizer\'s figures: the theme goes from not recognised to recognised, held out on each half', () => {
    const patch = readFileSync(patchFile, 'utf8');
    const theme = /these questions recognised as the topic: (\d+)\/4 \([\d.]+ %\) before, (\d+)\/4/.exec(patch);
    expect(theme).not.toBeNull();
    expect(Number(theme![1])).toBe(0);
    expect(Number(theme![2])).toBeGreaterThan(0);
    expect(patch).toMatch(/held-out set: \d+\/\d+ \([\d.]+ %\) correct before, \d+\/\d+ \([\d.]+ %\) after/);
  });

  it('applies cleanly with git apply, and validation refuses the draft until its source is filled', () => {
    const copy = path.join(work, 'repo');
    cpSync(path.join(REPO_ROOT, 'content'), path.join(copy, 'content'), { recursive: true });
    execFileSync('git', ['init', '-q'], { cwd: copy });
    execFileSync('git', ['apply', patchFile], { cwd: copy });
    const { problems } = inspectContent(path.join(copy, 'content'));
    expect(problems.map((problem) => problem.message).join('\n')).toMatch(/"sources" should list at least 1 item/);
  });

  it('refuses to run without --out', async () => {
    const errors: string[] = [];
    expect(await contentSuggestCli([], env, { out: () => undefined, err: (line) => errors.push(line) })).toBe(1);
    expect(errors.join('\n')).toMatch(/usage: npm run -s content:suggest -- --out FILE/);
  });
});
