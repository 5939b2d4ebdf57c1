/*
 * The bot's start command has one source, package.json's "start" script; the Dockerfile, the systemd unit, the
 * Azure template and the turn benchmark repeat or read it (tests/deploy/startCommand.test.ts keeps them equal).
 * Its node flags and its environment bound memory (see README, "Performance"): a setting that only some entry points
 * had would make the benchmark measure a bot nobody runs.
 */

import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export const ENTRY_POINT = 'dist/bot/main.js';

/** The start script of package.json under `root`: "NAME=value … node --a --b dist/bot/main.js". */
function startScript(root: string): string {
  const { scripts } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
  return scripts.start ?? '';
}

/** The node options of `npm start`, e.g. ['--max-semi-space-size=8', …], read from package.json under `root`. */
export function startNodeArgs(root: string): string[] {
  return nodeArgsOf(startScript(root));
}

/** The variables `npm start` sets for node, e.g. { MALLOC_MMAP_THRESHOLD_: '131072' }, read from package.json under `root`. */
export function startEnvironment(root: string): Record<string, string> {
  return environmentOf(startScript(root));
}

/** The options between `node` and the entry point of a command line such as "node --a --b dist/bot/main.js". */
export function nodeArgsOf(commandLine: string): string[] {
  const { words, node } = commandWords(commandLine);
  return words.slice(node + 1, words.indexOf(ENTRY_POINT));
}

/** The NAME=value assignments before `node` in a command line such as "A=1 node dist/bot/main.js". */
export function environmentOf(commandLine: string): Record<string, string> {
  const { words, node } = commandWords(commandLine);
  return Object.fromEntries(words.slice(0, node).map((word) => {
    const assignment = /^([A-Za-z_]\w*)=(\S*)$/.exec(word);
    if (!assignment) throw new Error(`"${word}" before node is not a NAME=value setting: ${commandLine}`);
    return [assignment[1]!, assignment[2]!];
  }));
}

function commandWords(commandLine: string): { words: string[]; node: number } {
  const words = commandLine.trim().split(/\s+/);
  const node = words.findIndex((word) => word === 'node' || word.endsWith('/node'));
  if (node < 0 || words.indexOf(ENTRY_POINT) <= node) throw new Error(`not a "node … ${ENTRY_POINT}" command: ${commandLine}`);
  return { words, node };
}
