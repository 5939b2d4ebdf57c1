import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ENTRY_POINT, nodeArgsOf, startNodeArgs } from '../../deploy/tools/startCommand';

/**
 * Every way a server starts the bot runs it with npm start's node flags: they bound its memory (README,
 * "Performance"), and the turn benchmark reads them from package.json, so an entry point without them would run
 * a bot the benchmark never measured.
 */
const ROOT = path.resolve(__dirname, '..', '..');
const read = (relative: string) => readFileSync(path.join(ROOT, relative), 'utf8');

describe('start command', () => {
  const flags = startNodeArgs(ROOT);

  it('bounds the heap in npm start', () => {
    expect(flags).toEqual(expect.arrayContaining([expect.stringMatching(/^--max-semi-space-size=\d+$/), expect.stringMatching(/^--heap-growing-percent=\d+$/)]));
  });

  it('silences no warning: deprecations are fixed, not hidden', () => {
    expect(flags.filter((flag) => /^--(disable-warning|no-deprecation|no-warnings)/.test(flag))).toEqual([]);
  });

  it('is the same in the Dockerfile, the systemd unit and both forms of the Azure template', () => {
    const dockerCmd = JSON.parse(/^CMD (\[.*\])$/m.exec(read('Dockerfile'))![1]!) as string[];
    const systemd = /^ExecStart=(.*)$/m.exec(read('deploy/systemd/cmecf-help-bot.service'))![1]!;
    const bicep = /appCommandLine: '([^']*)'/.exec(read('deploy/azure/main.bicep'))![1]!;
    const arm = /"appCommandLine": "([^"]*)"/.exec(read('deploy/azure/main.json'))![1]!;
    expect(dockerCmd).toEqual(['node', ...flags, ENTRY_POINT]);
    for (const commandLine of [systemd, bicep, arm]) expect(nodeArgsOf(commandLine)).toEqual(flags);
  });

  it('refuses a command line that does not run the entry point with node', () => {
    expect(() => nodeArgsOf('npm start')).toThrow(/not a "node … dist\/bot\/main.js" command/);
    expect(nodeArgsOf('/usr/bin/node --a dist/bot/main.js')).toEqual(['--a']);
  });
});
