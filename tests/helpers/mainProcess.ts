import { spawn, type ChildProcess } from 'node:child_process';
import { join, resolve } from 'node:path';
import { freePort } from './chat';
import { waitUntilReady } from './childReady';
import { TEST_NLU_CACHE_DIR } from './nluCache';

const ROOT = resolve(__dirname, '../..');
/** The real entry point of `npm start`, run from source (see swcRegister.js). */
const MAIN = join(ROOT, 'bot', 'main.ts');

export interface MainProcess {
  readonly url: string;
  readonly child: ChildProcess;
  /** Waits for the process to end after a signal. */
  stop(signal: NodeJS.Signals): Promise<void>;
  /** What it wrote to stdout so far (its log lines), when started with `captureStdout`. */
  stdout(): string;
}

/** bot/main.ts as `npm start` runs it, in its own process with its own env, ready once /healthz answers. */
export async function startMain(env: Record<string, string>, { captureStdout = false } = {}): Promise<MainProcess> {
  const port = await freePort();
  const child = spawn(process.execPath, ['-r', join(__dirname, 'swcRegister.js'), MAIN], {
    cwd: ROOT,
    env: { PATH: process.env.PATH, DOTENV_CONFIG_QUIET: 'true', PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'warn', CONTENT_DIR: join(ROOT, 'content'), NLU_CACHE_DIR: TEST_NLU_CACHE_DIR, ...env },
    stdio: ['ignore', captureStdout ? 'pipe' : 'ignore', 'inherit'],
  });
  let written = '';
  child.stdout?.on('data', (chunk: Buffer) => { written += chunk.toString(); });
  const url = `http://127.0.0.1:${port}`;
  // 'close', not 'exit': stdout is read to its end.
  const exited = new Promise<void>((resolveExit) => child.once('close', () => resolveExit()));
  // From the tests' model cache a start is a few seconds of CPU: the budget catches a start that trains or spins.
  await waitUntilReady(child, () => fetch(`${url}/healthz`).then((r) => r.ok, () => false), { cpuSeconds: 20, wallSeconds: 60 }, () => 'bot/main.ts');
  return {
    url,
    child,
    stop: async (signal) => {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      await exited;
    },
    stdout: () => written,
  };
}
