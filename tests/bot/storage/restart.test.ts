import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { say, stepOf, walkToStep1 } from '../../helpers/chat';
import { startMain } from '../../helpers/mainProcess';

const PASSWORD = 'Tr0ub4dor&3x';
let dataDir: string;
/** Explicit, so a developer's .env (which main.ts reads, without overriding these) cannot change the test. */
let env: Record<string, string>;
beforeAll(() => {
  dataDir = mkdtempSync(join(tmpdir(), 'bot-restart-'));
  env = { STORAGE: 'sqlite', DATA_DIR: dataDir, TRANSCRIPT_RETENTION_DAYS: '30', CONVERSATION_TTL_HOURS: '72' };
});
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

/** Every byte of every file under `dir`. */
function allBytes(dir: string): Buffer {
  return Buffer.concat(readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((name) => join(dir, name))
    .filter((path) => statSync(path).isFile())
    .map((path) => readFileSync(path)));
}

describe('the embedded store (npm start, STORAGE=sqlite by default)', () => {
  it('resumes at the same step after SIGKILL, and keeps no typed password anywhere on disk', async () => {
    const first = await startMain(env);
    const send = (text: string) => say(first.url, 'kill-me', text);
    await walkToStep1(send);
    expect(stepOf(await send('next'))).toBe(2);
    expect(await send(`my password is ${PASSWORD}`)).toMatch(/password/i);
    expect(stepOf(await send('next'))).toBe(3);
    await first.stop('SIGKILL');
    // The killed process left its lock behind: the restart must clear it rather than find the database locked.
    expect(existsSync(join(dataDir, 'bot.sqlite.lock'))).toBe(true);

    const second = await startMain(env);
    try {
      expect(stepOf(await say(second.url, 'kill-me', 'next'))).toBe(4);
      await say(second.url, 'kill-me', `user jdoe password ${PASSWORD}`);
    } finally {
      await second.stop('SIGTERM');
    }
    // A clean stop closes the database and gives the folder up.
    expect(existsSync(join(dataDir, 'bot.sqlite.lock')) || existsSync(join(dataDir, 'bot.sqlite.owner'))).toBe(false);

    const stored = allBytes(dataDir);
    // The transcript was written (so the scan means something), redacted.
    expect(stored.includes('how do I link my CM/ECF account')).toBe(true);
    expect(stored.includes('[PASSWORD]')).toBe(true);
    expect(stored.includes(PASSWORD)).toBe(false);
  }, 60_000);
});
