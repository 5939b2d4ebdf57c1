import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ENTRY_POINT, startEnvironment, startNodeArgs } from '../../deploy/tools/startCommand';
import { freePort, say, stepOf, walkToStep1 } from '../helpers/chat';
import { waitUntilReady } from '../helpers/childReady';
import { installedRelease, RUNTIME_PATHS } from '../helpers/release';

/**
 * The production install (tests/helpers/release.ts: only the runtime files, `npm ci --omit=dev --ignore-scripts`),
 * started as `node dist/bot/main.js` with NODE_ENV=production. If the bot needed a dev dependency (or a file not
 * listed in RUNTIME_PATHS) at run time, this fails.
 */
const ROOT = path.resolve(__dirname, '..', '..');
const NETWORK_ERROR = /ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ECONNRESET|ETIMEDOUT|ENETUNREACH|network/i;

let releaseDir = '';
/** The release's data folder: the release itself may be another run's, so nothing is written into it. */
let dataDir = '';
let skipped: string | undefined;

beforeAll(async () => {
  dataDir = mkdtempSync(path.join(tmpdir(), 'cmecf-release-data-'));
  try {
    releaseDir = await installedRelease();
  } catch (error) {
    const message = `${(error as { stderr?: string }).stderr ?? ''} ${(error as Error).message}`;
    if (process.env.CI || !NETWORK_ERROR.test(message)) throw error;
    skipped = `production install test skipped: the npm registry is unreachable (${message.trim().split('\n')[0]})`;
    console.warn(skipped);
  }
}, 240_000);

afterAll(() => {
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

interface Bot { readonly url: string; stop(): Promise<number | null>; stderr(): string }

/** `node dist/bot/main.js` with npm start's flags and environment in the release folder, with only the environment a server would give it. */
async function startRelease(dataDir: string): Promise<Bot> {
  const port = await freePort();
  const child: ChildProcess = spawn(process.execPath, [...startNodeArgs(ROOT), ENTRY_POINT], {
    cwd: releaseDir,
    env: { ...startEnvironment(ROOT), PATH: process.env.PATH, NODE_ENV: 'production', PORT: String(port), HOST: '127.0.0.1', STORAGE: 'sqlite', DATA_DIR: dataDir, LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr!.on('data', (chunk: Buffer) => { stderr += chunk.toString(); });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const url = `http://127.0.0.1:${port}`;
  // The release trains its recognizers at every start (it has no model cache): about 4.5 s of CPU.
  await waitUntilReady(child, () => fetch(`${url}/healthz`).then((r) => r.status === 200, () => false), { cpuSeconds: 20, wallSeconds: 120 },
    () => `the release (${releaseDir}):\n${stderr}`);
  return { url, stop: () => { child.kill('SIGTERM'); return exited; }, stderr: () => stderr };
}

describe('production install (runtime files + npm ci --omit=dev)', () => {
  it('installs no dev-only package (the lockfile marks them "dev": true)', () => {
    if (skipped) return;
    const lock = JSON.parse(readFileSync(path.join(ROOT, 'package-lock.json'), 'utf8')) as { packages: Record<string, { dev?: boolean }> };
    const devOnly = Object.entries(lock.packages).filter(([at, entry]) => at !== '' && entry.dev).map(([at]) => at);
    // Web Chat is build-only: the build copies its browser bundle into dist/web.
    expect(devOnly).toEqual(expect.arrayContaining(['node_modules/typescript', 'node_modules/jest', 'node_modules/botframework-webchat']));
    expect(devOnly.filter((at) => existsSync(path.join(releaseDir, at)))).toEqual([]);
  });

  it('serves the bot: /healthz, a conversation that survives a restart, the help page and its Web Chat bundle', async () => {
    if (skipped) return;
    let bot = await startRelease(dataDir);
    try {
      const send = (text: string) => say(bot.url, 'production-check', text);
      await walkToStep1(send);
      expect(stepOf(await send('next'))).toBe(2);
      const page = await fetch(`${bot.url}/`);
      expect(page.status).toBe(200);
      expect(await page.text()).toContain('id="webchat"');
      expect((await fetch(`${bot.url}/web/webchat.js`)).status).toBe(200);
      const token = await fetch(`${bot.url}/api/directline/token`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
      expect(token.status).toBe(200);
      expect(await token.json()).toEqual(expect.objectContaining({ token: expect.any(String), domain: '/v3/directline' }));
    } finally {
      expect(await bot.stop()).toBe(0);
    }
    // No start command silences a deprecation, so none may be printed (restify 12 dropped spdy's DEP0111).
    expect(bot.stderr()).not.toMatch(/DeprecationWarning/);
    expect(existsSync(path.join(dataDir, 'bot.sqlite'))).toBe(true);
    // The documented update procedure is a restart: the embedded store brings the conversation back at its step.
    bot = await startRelease(dataDir);
    try {
      expect(stepOf(await say(bot.url, 'production-check', 'repeat'))).toBe(2);
    } finally {
      expect(await bot.stop()).toBe(0);
    }
  }, 300_000);

  it('is the file list the Dockerfile and deploy/README.md ship', () => {
    const dockerfile = readFileSync(path.join(ROOT, 'Dockerfile'), 'utf8');
    const readme = readFileSync(path.join(ROOT, 'deploy', 'README.md'), 'utf8');
    for (const relative of RUNTIME_PATHS) {
      expect({ relative, inDockerfile: dockerfile.includes(relative) }).toEqual({ relative, inDockerfile: true });
      expect({ relative, inReadme: readme.includes(relative) }).toEqual({ relative, inReadme: true });
    }
    expect(dockerfile).toContain('npm ci --omit=dev --ignore-scripts');
    expect(dockerfile).toMatch(/^FROM node:24-slim(@sha256:[0-9a-f]{64})? AS runtime$/m);
    expect(dockerfile).toMatch(/^USER node$/m);
    expect(dockerfile).toMatch(/^HEALTHCHECK .*\n.*\/healthz/m);
  });
});
