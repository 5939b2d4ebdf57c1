import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ENTRY_POINT, environmentOf, nodeArgsOf, startEnvironment, startNodeArgs } from '../../deploy/tools/startCommand';

/**
 * Every way a server starts the bot runs it with npm start's node flags and environment: they bound its memory
 * (README, "Performance"), and the turn benchmark reads them from package.json, so an entry point without them would
 * run a bot the benchmark never measured.
 */
const ROOT = path.resolve(__dirname, '..', '..');
const read = (relative: string) => readFileSync(path.join(ROOT, relative), 'utf8');

describe('start command', () => {
  const flags = startNodeArgs(ROOT);

  it('bounds the heap in npm start', () => {
    expect(flags).toEqual(expect.arrayContaining([expect.stringMatching(/^--max-semi-space-size=\d+$/), expect.stringMatching(/^--heap-growing-percent=\d+$/)]));
  });

  it('returns freed native memory to the system in npm start (a fixed glibc mmap threshold)', () => {
    expect(startEnvironment(ROOT)).toEqual({ MALLOC_MMAP_THRESHOLD_: expect.stringMatching(/^\d+$/) });
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

  it('sets the same environment in the Dockerfile, the systemd unit and both forms of the Azure template', () => {
    const environment = startEnvironment(ROOT);
    const dockerEnv = /^ENV ((?:.*\\\n)*.*)$/m.exec(read('Dockerfile'))![1]!.replace(/\\\n/g, ' ');
    const systemd = [...read('deploy/systemd/cmecf-help-bot.service').matchAll(/^Environment=(.*)$/gm)].map((m) => m[1]!).join(' ');
    const arm = JSON.parse(read('deploy/azure/main.json')) as { resources: { type: string; properties: Record<string, unknown> }[] };
    const armSettings = arm.resources.find((resource) => resource.type === 'Microsoft.Web/sites/config')!.properties;
    const bicepSettings = /name: 'appsettings'[\s\S]*?properties: \{([\s\S]*?)\n {2}\}/.exec(read('deploy/azure/main.bicep'))![1]!;
    for (const [name, value] of Object.entries(environment)) {
      expect({ name, docker: dockerEnv.split(/\s+/) }).toEqual({ name, docker: expect.arrayContaining([`${name}=${value}`]) });
      expect({ name, systemd: systemd.split(/\s+/) }).toEqual({ name, systemd: expect.arrayContaining([`${name}=${value}`]) });
      expect({ name, arm: armSettings[name] }).toEqual({ name, arm: value });
      expect({ name, bicep: new RegExp(`^ {4}${name}: '${value}'$`, 'm').test(bicepSettings) }).toEqual({ name, bicep: true });
    }
  });

  it('refuses a command line that does not run the entry point with node', () => {
    expect(() => nodeArgsOf('npm start')).toThrow(/not a "node … dist\/bot\/main.js" command/);
    expect(nodeArgsOf('/usr/bin/node --a dist/bot/main.js')).toEqual(['--a']);
    expect(environmentOf('A_=1 B=x node --a dist/bot/main.js')).toEqual({ A_: '1', B: 'x' });
    expect(() => environmentOf('sudo node dist/bot/main.js')).toThrow(/not a NAME=value setting/);
  });
});
