import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, readdirSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';

const ROOT = path.resolve(__dirname, '..', '..');
/** What a release contains besides node_modules; the Dockerfile and deploy/README.md copy exactly these. */
export const RUNTIME_PATHS = ['package.json', 'package-lock.json', 'dist/bot', 'dist/dialogs', 'dist/web', 'content', 'bot/channels/web/public'];
/** What `npm run build` and `npm ci --omit=dev` read: the release is made again when any of it changes. */
const RELEASE_INPUTS = ['package.json', 'package-lock.json', 'tsconfig.json', 'tsconfig.build.json', 'bot', 'dialogs', 'deploy', 'content'];
const RELEASES_DIR = path.join(ROOT, 'test-artifacts', 'release');
const run = promisify(execFile);

/**
 * The production install, as the Dockerfile, the App Service zip and the systemd path make it: `npm run build`, only
 * the runtime files, then `npm ci --omit=dev --ignore-scripts` with NODE_ENV=production. Made once per version of
 * its inputs and kept in test-artifacts/release: neither TypeScript's output nor an install without scripts depends
 * on the Node that makes them, so CI's run on Node 24 starts the release its Node 20 run installed (about 29 s of CPU
 * not spent twice), and only what does depend on the runtime, starting it, is done again. Throws what npm or the build
 * printed when either fails.
 */
export async function installedRelease(): Promise<string> {
  const releaseDir = path.join(RELEASES_DIR, inputsDigest());
  if (existsSync(releaseDir)) return releaseDir;
  await run('npm', ['run', '-s', 'build'], { cwd: ROOT }).catch((error: { stdout?: string; stderr?: string }) => {
    throw new Error(`npm run build failed:\n${error.stdout ?? ''}${error.stderr ?? ''}`);
  });
  // Made aside and renamed when whole, so a failed install is never taken for a release; older ones are removed.
  rmSync(RELEASES_DIR, { recursive: true, force: true });
  const partial = `${releaseDir}.partial`;
  for (const relative of RUNTIME_PATHS) cpSync(path.join(ROOT, relative), path.join(partial, relative), { recursive: true });
  await run('npm', ['ci', '--omit=dev', '--ignore-scripts', '--no-audit', '--no-fund', '--loglevel=error'],
    { cwd: partial, timeout: 170_000, env: { ...process.env, NODE_ENV: 'production' } });
  renameSync(partial, releaseDir);
  return releaseDir;
}

/** A digest of every file the release is made from (paths and contents). */
function inputsDigest(): string {
  const hash = createHash('sha256');
  for (const file of RELEASE_INPUTS.flatMap(filesUnder).sort()) {
    hash.update(file).update('\0').update(readFileSync(path.join(ROOT, file))).update('\0');
  }
  return hash.digest('hex').slice(0, 16);
}

/** `relative` itself when it is a file, else every file below it; paths relative to the project. */
function filesUnder(relative: string): string[] {
  const absolute = path.join(ROOT, relative);
  if (!statSync(absolute).isDirectory()) return [relative];
  return readdirSync(absolute, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(ROOT, path.join(entry.parentPath, entry.name)));
}
