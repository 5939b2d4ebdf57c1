import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TEST_NLU_CACHE_DIR } from '../../helpers/nluCache';

const ROOT = join(__dirname, '..', '..', '..');

/**
 * The packages of botbuilder (and its Bot Framework connector) a whole app loads, built as `npm start` builds it with
 * the given settings, in a fresh Node process (jest's module registry is no require.cache): what a deployment loads.
 */
function botbuilderPackagesLoaded(env: Record<string, string>): string[] {
  const script = `
    const { loadConfig } = require('./bot/platform/config');
    const { createLogger } = require('./bot/platform/logger');
    const { createApp } = require('./bot/app');
    const app = createApp(loadConfig(${JSON.stringify(env)}), createLogger('silent'));
    const packages = Object.keys(require.cache).flatMap((file) => {
      const found = /node_modules\\/(botbuilder[^/]*|botframework[^/]*)\\//.exec(file);
      return found ? [found[1]] : [];
    });
    console.log(JSON.stringify([...new Set(packages)].sort()));
    app.stores.close();
    process.exit(0);`;
  const out = execFileSync(process.execPath, ['-r', join(ROOT, 'tests/helpers/swcRegister.js'), '-e', script], {
    cwd: ROOT, env: { PATH: process.env.PATH, DOTENV_CONFIG_QUIET: 'true' }, encoding: 'utf8',
  });
  return JSON.parse(out.trim().split('\n').at(-1)!) as string[];
}

describe('a deployment on the Microsoft 365 Agents SDK (BOT_SDK=agents)', () => {
  let dir: string;
  beforeAll(() => { dir = mkdtempSync(join(tmpdir(), 'agents-only-')); });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const settings = { LOG_LEVEL: 'silent', NLU_CACHE_DIR: TEST_NLU_CACHE_DIR, DATA_DIR: '' };

  it.each(['memory', 'sqlite'])('loads no botbuilder package with STORAGE=%s: botbuilder stays in its own host', (storage) => {
    expect(botbuilderPackagesLoaded({ ...settings, DATA_DIR: dir, BOT_SDK: 'agents', STORAGE: storage })).toEqual([]);
  }, 120_000);

  it('while the botbuilder host does load it (the probe sees it)', () => {
    expect(botbuilderPackagesLoaded({ ...settings, DATA_DIR: dir, BOT_SDK: 'botbuilder', STORAGE: 'memory' })).toContain('botbuilder');
  }, 120_000);
});
