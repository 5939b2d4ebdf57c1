/**
 * `npm run -s bench:redact`: what the redactor costs per call on the strings a typical conversation sends through it.
 * The turn benchmark's script (bench/turns/scenario.ts) is played through the real engine; each user message is
 * redacted where the bot does it (turn log, remembered turn, analytics, transcript) and every string of every reply
 * activity is redacted as the transcript store does. Two figures per redactor, in microseconds per call:
 * - cold: every string is new (a unique word is appended in each pass), so no string was read before;
 * - running bot: the bot's strings as they are (a running bot has sent them before) and each user message new
 *   in each pass (read four times in its turn, as the bot does).
 *   --compare FILE   also time another build of the redactor (a CommonJS file exporting `redact`) in the same run,
 *                    interleaved, so the figures are comparable on a busy machine
 *   --rounds N       passes over the strings per measurement (default 500)
 */
import path from 'node:path';
import { createBotCore, createEngine } from '../bot/host/botCore';
import { loadConfig } from '../bot/platform/config';
import { renderReplies } from '../bot/channels/render/render';
import { INITIAL_STATE } from '../dialogs/engine/state';
import { redact } from '../dialogs/privacy/redact';
import { nowMs, round } from './measure';
import { MIXED_SCRIPT } from './turns/scenario';

type Redact = (text: string) => string;
/** Where the bot redacts a user's message in one turn: log line, remembered turn, analytics, transcript. */
const USER_TEXT_REDACTIONS = 4;

interface Redacted { readonly text: string; readonly turn: number; readonly fromUser: boolean }
type Mode = 'cold' | 'running bot';

/** Every string the redactor sees while the script is played, in order. */
function transcriptStrings(): Redacted[] {
  const config = loadConfig({ LOG_LEVEL: 'silent', STORAGE: 'memory' });
  const engine = createEngine(config, createBotCore(config));
  const strings: Redacted[] = [];
  let state = INITIAL_STATE;
  MIXED_SCRIPT.forEach((scripted, turn) => {
    if (scripted.newConversation) state = INITIAL_STATE;
    const result = engine.turn(state, scripted.text);
    state = result.state;
    for (let i = 0; i < USER_TEXT_REDACTIONS; i += 1) strings.push({ text: scripted.text, turn, fromUser: true });
    const replies: string[] = [];
    for (const activity of renderReplies(result.replies, result.buttons, 'webchat')) collectStrings(activity, replies);
    strings.push(...replies.map((text) => ({ text, turn, fromUser: false })));
  });
  return strings;
}

function collectStrings(value: unknown, into: string[]): void {
  if (typeof value === 'string') into.push(value);
  else if (Array.isArray(value)) value.forEach((item) => collectStrings(item, into));
  else if (value !== null && typeof value === 'object') Object.values(value).forEach((item) => collectStrings(item, into));
}

/** A word of letters unique to a pass and turn, so that a string carrying it was never read before. */
function uniqueWord(pass: number, turn: number): string {
  return `q${(pass * 1000 + turn).toString(26).replace(/\d/g, (digit) => 'qrstuvwxyz'[Number(digit)]!)}`;
}

/** Mean microseconds per call over `rounds` passes (only the calls are timed, not building the strings). */
function timePerCall(fn: Redact, strings: readonly Redacted[], rounds: number, mode: Mode, firstPass: number): number {
  let sink = 0;
  let elapsed = 0;
  for (let pass = firstPass; pass < firstPass + rounds; pass += 1) {
    const texts = strings.map(({ text, turn, fromUser }) => (mode === 'cold' || fromUser ? `${text} ${uniqueWord(pass, turn)}` : text));
    const start = nowMs();
    for (const text of texts) sink += fn(text).length;
    elapsed += nowMs() - start;
  }
  if (sink < 0) console.log(sink);
  return (elapsed * 1000) / (rounds * strings.length);
}

function parseArgs(argv: readonly string[]): { compare?: string; rounds: number } {
  const at = (flag: string) => argv.indexOf(flag);
  const compare = at('--compare') >= 0 ? path.resolve(argv[at('--compare') + 1] ?? '') : undefined;
  const rounds = at('--rounds') >= 0 ? Number(argv[at('--rounds') + 1]) : 500;
  if (!(rounds > 0)) throw new Error('--rounds needs a positive number');
  return { compare, rounds };
}

function main(): void {
  const { compare, rounds } = parseArgs(process.argv.slice(2));
  const strings = transcriptStrings();
  const turns = MIXED_SCRIPT.length;
  const candidates: [string, Redact][] = [['this build', redact]];
  if (compare) candidates.push([path.basename(compare), (require(compare) as { redact: Redact }).redact]);
  const modes: Mode[] = ['cold', 'running bot'];
  const samples = new Map<string, number[]>();
  let pass = 0;
  for (const [, fn] of candidates) timePerCall(fn, strings, Math.ceil(rounds / 10), 'cold', (pass += rounds));
  // Interleaved measurements, median reported: other work on the machine hits every candidate alike.
  for (let m = 0; m < 5; m += 1) {
    for (const mode of modes) {
      for (const [name, fn] of candidates) {
        const key = `${name}|${mode}`;
        samples.set(key, [...(samples.get(key) ?? []), timePerCall(fn, strings, rounds, mode, (pass += rounds))]);
      }
    }
  }
  console.log(`${strings.length} redactions over ${turns} turns (${round(strings.length / turns, 1)} per turn), ${rounds} passes x 5`);
  console.log('| redactor | strings | µs per call (median of 5) | µs per turn |');
  console.log('|---|---|---:|---:|');
  for (const [key, values] of samples) {
    const [name, mode] = key.split('|');
    const median = [...values].sort((a, b) => a - b)[2]!;
    console.log(`| ${name} | ${mode} | ${round(median, 3)} | ${round((median * strings.length) / turns, 1)} |`);
  }
}

main();
