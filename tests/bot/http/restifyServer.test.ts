import { execFileSync } from 'node:child_process';
import { join, resolve } from 'node:path';

const ROOT = resolve(__dirname, '../../..');

/**
 * bot/http/restifyServer.ts builds restify's server by hand so that its plugins are not loaded at start-up. Checked in
 * a plain node process (jest keeps a module registry of its own, so restify's classes there are other copies): the
 * server is the one `restify.createServer` makes, and loading the bot's server module leaves the plugins unloaded.
 */
function probe(): Record<string, unknown> {
  const script = `
    const { createServer } = require('./bot/http/server');
    const loaded = () => Object.keys(require.cache).filter((file) => file.includes('/restify/lib/plugins/')).length;
    const pluginsAtStart = loaded();
    const ours = require('./bot/http/restifyServer').createRestifyServer('cmecf-help-bot');
    const theirs = require('restify').createServer({ name: 'cmecf-help-bot', handleUncaughtExceptions: false });
    console.log(JSON.stringify({
      serverModuleLoaded: typeof createServer === 'function',
      pluginsAtStart,
      pluginsAfterRestify: loaded(),
      samePrototype: Object.getPrototypeOf(ours) === Object.getPrototypeOf(theirs),
      sameFields: JSON.stringify(Object.keys(ours).sort()) === JSON.stringify(Object.keys(theirs).sort()),
      sameRouter: ours.router.constructor === theirs.router.constructor,
      name: ours.name,
      handleUncaughtExceptions: ours.handleUncaughtExceptions,
      logVersions: [ours.log.version, theirs.log.version],
    }));`;
  const out = execFileSync(process.execPath, ['-r', join(ROOT, 'tests/helpers/swcRegister.js'), '-e', script], {
    cwd: ROOT, env: { PATH: process.env.PATH, DOTENV_CONFIG_QUIET: 'true' }, encoding: 'utf8',
  });
  return JSON.parse(out.trim().split('\n').at(-1)!) as Record<string, unknown>;
}

describe("restify's server without its plugins", () => {
  let found: Record<string, unknown>;
  beforeAll(() => { found = probe(); }, 60_000);

  it('loads none of restify\'s plugins with the bot\'s server (they load with `require("restify")`)', () => {
    expect(found.serverModuleLoaded).toBe(true);
    expect(found.pluginsAtStart).toBe(0);
    expect(found.pluginsAfterRestify).toBeGreaterThan(0);
  });

  it('is the server restify.createServer makes: its class, its fields, its router and its own pino logger', () => {
    expect(found).toMatchObject({ samePrototype: true, sameFields: true, sameRouter: true, name: 'cmecf-help-bot', handleUncaughtExceptions: false });
    const [ours, theirs] = found.logVersions as [string, string];
    expect(ours).toBe(theirs);
  });
});
