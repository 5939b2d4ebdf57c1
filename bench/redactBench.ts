/**
 * `npm run -s bench:redact`: what the redactor costs per call on the strings a typical conversation sends through it.
 * The turn benchmark's script (bench/turns/scenario.ts) is played through the real engine; each user message is
 * redacted where the bot does it (turn log, remembered turn, analytics, transcript) and every string of every reply
 * activity is redacted as the transcript store does. Prints microseconds per call and per turn.
 *   --compare FILE   also time another build of the redactor (a CommonJS file exporting `redact`) in the same run,
 *                    interleaved, so the two figures are comparable on a busy machine
 *   --rounds N       passes over the collected strings per measurement (default 2,000)
 */
import path from 'node:path';
import { createEngine } from '../bot/app';
import { loadConfig } from '../bot/config';
import { renderReplies } from '../bot/render';
import { loadContent } from '../dialogs/content/loader';
import { INITIAL_STATE } from '../dialogs/engine/state';
import { redact } from '../dialogs/privacy/redact';
import { nowMs, round } from './measure';
import { MIXED_SCRIPT } from './turns/scenario';

type Redact = (text: string) => string;
/** Where the bot redacts a user's message in one turn: log line, remembered turn, analytics, transcript. */
const USER_TEXT_REDACTIONS = 4;

/** Every string the redactor sees while the script is played, in order. */
function transcriptStrings(): string[] {
  const config = loadConfig({ LOG_LEVEL: 'silent', STORAGE: 'memory' });
  const engine = createEngine(config, loadContent(config.CONTENT_DIR));
  const strings: string[] = [];
  let state = INITIAL_STATE;
  for (const turn of MIXED_SCRIPT) {
    if (turn.newConversation) state = INITIAL_STATE;
    const result = engine.turn(state, turn.text);
    state = result.state;
    for (let i = 0; i < USER_TEXT_REDACTIONS; i += 1) strings.push(turn.text);
    for (const activity of renderReplies(result.replies, result.buttons, 'webchat')) collectStrings(activity, strings);
  }
  return strings;
}

function collectStrings(value: unknown, into: string[]): void {
  if (typeof value === 'string') into.push(value);
  else if (Array.isArray(value)) value.forEach((item) => collectStrings(item, into));
  else if (value !== null && typeof value === 'object') Object.values(value).forEach((item) => collectStrings(item, into));
}

/** Mean microseconds per call over `rounds` passes. */
function timePerCall(fn: Redact, strings: readonly string[], rounds: number): number {
  let sink = 0;
  const start = nowMs();
  for (let r = 0; r < rounds; r += 1) for (const text of strings) sink += fn(text).length;
  const elapsed = nowMs() - start;
  if (sink < 0) console.log(sink);
  return (elapsed * 1000) / (rounds * strings.length);
}

function parseArgs(argv: readonly string[]): { compare?: string; rounds: number } {
  const at = (flag: string) => argv.indexOf(flag);
  const compare = at('--compare') >= 0 ? path.resolve(argv[at('--compare') + 1] ?? '') : undefined;
  const rounds = at('--rounds') >= 0 ? Number(argv[at('--rounds') + 1]) : 2000;
  if (!(rounds > 0)) throw new Error('--rounds needs a positive number');
  return { compare, rounds };
}

function main(): void {
  const { compare, rounds } = parseArgs(process.argv.slice(2));
  const strings = transcriptStrings();
  const turns = MIXED_SCRIPT.length;
  const candidates: [string, Redact][] = [['this build', redact]];
  if (compare) candidates.push([path.basename(compare), (require(compare) as { redact: Redact }).redact]);
  for (const [, fn] of candidates) timePerCall(fn, strings, Math.ceil(rounds / 10));
  const totals = new Map<string, number[]>(candidates.map(([name]) => [name, []]));
  // Interleaved measurements, median reported: other work on the machine hits every candidate alike.
  for (let m = 0; m < 5; m += 1) for (const [name, fn] of candidates) totals.get(name)!.push(timePerCall(fn, strings, rounds));
  console.log(`${strings.length} redactions over ${turns} turns (${round(strings.length / turns, 1)} per turn), ${rounds} passes x 5`);
  console.log('| redactor | µs per call (median of 5) | µs per turn |');
  console.log('|---|---:|---:|');
  for (const [name, samples] of totals) {
    const median = [...samples].sort((a, b) => a - b)[2]!;
    console.log(`| ${name} | ${round(median, 3)} | ${round((median * strings.length) / turns, 1)} |`);
  }
}

main();
