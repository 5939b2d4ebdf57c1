/*
 * The bot's start command has one source, package.json's "start" script; the Dockerfile, the systemd unit, the
 * Azure template and the turn benchmark repeat or read it (tests/deploy/startCommand.test.ts keeps them equal).
 * Its node flags bound memory (see README, "Performance"): a heap-size setting that only some entry points had
 * would make the benchmark measure a bot nobody runs.
 */

import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export const ENTRY_POINT = 'dist/bot/main.js';

/** The node options of `npm start`, e.g. ['--max-semi-space-size=8', …], read from package.json under `root`. */
export function startNodeArgs(root: string): string[] {
  const { scripts } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
  return nodeArgsOf(scripts.start ?? '');
}

/** The options between `node` and the entry point of a command line such as "node --a --b dist/bot/main.js". */
export function nodeArgsOf(commandLine: string): string[] {
  const words = commandLine.trim().split(/\s+/);
  const node = words.findIndex((word) => word === 'node' || word.endsWith('/node'));
  const entry = words.indexOf(ENTRY_POINT);
  if (node < 0 || entry <= node) throw new Error(`not a "node … ${ENTRY_POINT}" command: ${commandLine}`);
  return words.slice(node + 1, entry);
}
