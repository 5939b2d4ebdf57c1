/*
 * `npm run bench:engine`: the engine's CPU per turn, in one process, with no HTTP and no storage. Every user message
 * of the conversation sets (tests/conversations-eval/** and tests/conversations) is played through the engine's turn
 * function as the eval runner plays it (one state per conversation, a handoff confirmed), in blocks of all of them.
 * Other builds (a checkout of another commit with `npx tsc -p tsconfig.build.json` run in it) are replayed side by
 * side: the blocks alternate between the builds, in an order rotated every round, so a busy machine slows each build
 * alike and the ratio of neighbouring blocks still resolves a change of a few per cent, which the HTTP bench cannot.
 *   --script        the HTTP bench's mixed script (scenario.ts, 300 times a block) instead of the conversation sets
 *   --build DIR     another build to replay (repeatable); ratios are to the first build named (this one if none)
 *   --rounds N      measured blocks per build (default 10), after --warmup N blocks each (default 2)
 *   --same          no timing: whether every build gives each message the same whole result (replies, buttons, state,
 *                   trace) as the first, for a change that must keep them byte-identical
 *   --profile FILE  then a V8 CPU profile of this build's blocks (FILE.cpuprofile), summarised by function
 * Run with `node --expose-gc` (the npm script does) so each block starts from a collected heap.
 */

import { readdirSync, statSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { ConversationEngine } from '../../dialogs/engine/engine';
import { INITIAL_STATE } from '../../dialogs/engine/state';
import { REPO_ROOT } from '../../dialogs/repoPaths';
import { readConversations, type EvalConversation } from '../../tests/conversations-eval/runner';
import { profileOf, summariseProfile } from './cpuProfile';
import { MIXED_SCRIPT, type ScriptedTurn } from './scenario';

/** The two calls of the engine a conversation makes; older builds' engines have them too. */
type Engine = Pick<ConversationEngine, 'turn' | 'confirmHandoff'>;

export interface Build { readonly dir: string; readonly engine: Engine }

/** Every conversation file under the dev sets and the project's own conversations, in a stable order. */
export function conversationSets(root: string = REPO_ROOT): string[] {
  const under = (dir: string): string[] => readdirSync(dir).sort().flatMap((name) => {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) return under(full);
    return /\.ya?ml$/.test(name) ? [full] : [];
  });
  return [...under(join(root, 'tests', 'conversations-eval')), ...under(join(root, 'tests', 'conversations'))];
}

/** Times the HTTP bench's script is played per block: ~4,800 messages, as many as the conversation sets have. */
const SCRIPT_CYCLES = 300;

/** The HTTP bench's script as conversations (each starts where the script starts a new one), `cycles` times over. */
export function scriptConversations(script: readonly ScriptedTurn[] = MIXED_SCRIPT, cycles = SCRIPT_CYCLES): EvalConversation[] {
  const texts: string[][] = [];
  for (const { text, newConversation } of script) {
    if (newConversation || texts.length === 0) texts.push([]);
    texts.at(-1)!.push(text);
  }
  const once = texts.map((said, index) => ({ id: `script-${index}`, turns: said.map((user) => ({ user })) }));
  return Array.from({ length: cycles }, () => once).flat();
}

/** The engine of the build compiled in `dir`/dist, as the eval runner builds it (real recognizer, no court pinned). */
export function loadBuild(dir: string): Build {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- another build's modules, found at run time
  const { loadConfig } = require(join(dir, 'dist/bot/platform/config.js')) as typeof import('../../bot/platform/config');
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- idem
  const { createBotCore, createEngine } = require(join(dir, 'dist/bot/host/botCore.js')) as typeof import('../../bot/host/botCore');
  const config = loadConfig({ LOG_LEVEL: 'silent' });
  return { dir, engine: createEngine(config, createBotCore(config)) };
}

/** Plays every conversation once; returns the number of user messages played. */
export function playAll(engine: Engine, conversations: readonly EvalConversation[]): number {
  let turns = 0;
  for (const conversation of conversations) {
    let state = INITIAL_STATE;
    let tickets = 0;
    for (const { user } of conversation.turns) {
      const result = engine.turn(state, user, conversation.locale);
      turns += 1;
      state = result.handoff ? engine.confirmHandoff(result.state, `HD-BENCH${(tickets += 1)}`, result.handoff.contact).state : result.state;
    }
  }
  return turns;
}

/** The messages (conversation id and text) whose whole result differs between two engines, each conversation played alike. */
export function differences(first: Engine, other: Engine, conversations: readonly EvalConversation[]): string[] {
  const differ: string[] = [];
  for (const conversation of conversations) {
    const states = [INITIAL_STATE, INITIAL_STATE];
    for (const { user } of conversation.turns) {
      const [one, two] = [first, other].map((engine, k) => {
        const result = engine.turn(states[k]!, user, conversation.locale);
        const confirmed = result.handoff && engine.confirmHandoff(result.state, 'HD-BENCH', result.handoff.contact);
        states[k] = confirmed ? confirmed.state : result.state;
        return JSON.stringify([result, confirmed]);
      });
      if (one !== two) differ.push(`${conversation.id}: ${user}`);
    }
  }
  return differ;
}

/** CPU (user + system) in µs per user message of one block. */
export function cpuPerTurn(engine: Engine, conversations: readonly EvalConversation[]): number {
  const collect = (globalThis as { gc?: () => void }).gc;
  collect?.();
  const start = process.cpuUsage();
  const turns = playAll(engine, conversations);
  const used = process.cpuUsage(start);
  return (used.user + used.system) / turns;
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** Each build's µs per turn, block by block: `rounds` blocks each, the builds' order rotated every round. */
export function alternate(builds: readonly Build[], conversations: readonly EvalConversation[], rounds: number): number[][] {
  const perBuild = builds.map((): number[] => []);
  for (let round = 0; round < rounds; round += 1) {
    for (let k = 0; k < builds.length; k += 1) {
      const index = (k + round) % builds.length;
      perBuild[index]!.push(cpuPerTurn(builds[index]!.engine, conversations));
    }
  }
  return perBuild;
}

/** One line per build: median and range of µs per turn, and the median of its rounds' ratios to the first build. */
export function report(builds: readonly Build[], perBuild: readonly number[][]): string[] {
  const reference = perBuild[0]!;
  return builds.map((build, index) => {
    const blocks = perBuild[index]!;
    const ratio = median(blocks.map((value, round) => value / reference[round]!));
    const range = `${Math.min(...blocks).toFixed(0)}-${Math.max(...blocks).toFixed(0)}`;
    return `${build.dir}: ${median(blocks).toFixed(1)} µs per turn (blocks ${range}), ratio to the first ${ratio.toFixed(3)}`;
  });
}

function main(argv: readonly string[]): void {
  const { values } = parseArgs({
    args: [...argv],
    options: { script: { type: 'boolean' }, same: { type: 'boolean' }, build: { type: 'string', multiple: true }, rounds: { type: 'string' }, warmup: { type: 'string' }, profile: { type: 'string' } },
  });
  const rounds = Number(values.rounds ?? 10);
  const warmup = Number(values.warmup ?? 2);
  const conversations = values.script ? scriptConversations() : conversationSets().flatMap((file) => readConversations(file));
  const builds = [...(values.build ?? []), REPO_ROOT].map((dir) => loadBuild(dir));
  const turns = playAll(builds[0]!.engine, conversations);
  console.log(`${conversations.length} conversations, ${turns} user messages per block; load ${loadNow()}`);
  if (values.same) {
    for (const build of builds.slice(1)) {
      const differ = differences(builds[0]!.engine, build.engine, conversations);
      const header = `${build.dir}: ${differ.length} of ${turns} messages answered differently from ${builds[0]!.dir}`;
      console.log([header, ...differ.slice(0, 20).map((line) => `  ${line}`)].join('\n'));
    }
    return;
  }
  alternate(builds, conversations, warmup);
  const perBuild = alternate(builds, conversations, rounds);
  for (const line of report(builds, perBuild)) console.log(line);
  console.log(`load at the end ${loadNow()}`);
  if (values.profile === undefined) return;
  const here = builds.at(-1)!.engine;
  const profile = profileOf(() => { for (let block = 0; block < rounds; block += 1) playAll(here, conversations); });
  writeFileSync(`${values.profile}.cpuprofile`, JSON.stringify(profile));
  for (const line of summariseProfile(profile, REPO_ROOT)) console.log(line);
}

function loadNow(): string {
  return loadavg().map((value) => value.toFixed(1)).join(' ');
}

if (require.main === module) main(process.argv.slice(2));
