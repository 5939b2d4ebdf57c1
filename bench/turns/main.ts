/*
 * `npm run bench`: the turn benchmark (see README, "Performance"). Prints a table and writes the figures as JSON.
 *   --out FILE        JSON destination (default bench/turns/results/latest.json)
 *   --tiny            a few seconds per load, 200 conversations (smoke test)
 *   --profile [DIR]   also write a CPU profile of the real bot under load, per host in DIR/<host>/ (default
 *                     bench/turns/results/profiles)
 *   --host H          the real bot's host: botbuilder (default), agents, or both (side by side in each round, in
 *                     alternating order; the agents / botbuilder ratios of turns per second and CPU per turn, medians
 *                     of the rounds' ratios; cold start and memory on botbuilder)
 *   --duration S --warmup S --connections N --rounds N --starts N --conversations N   override the defaults
 */

import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parseArgs as parseFlags } from 'node:util';
import { REPO_ROOT } from '../../dialogs/repoPaths';
import { FULL, TINY, runTurnBench, type BenchOptions, type BenchResults, type BotSdk } from './turnBench';

const NUMERIC = {
  duration: 'durationSec', warmup: 'warmupSec', connections: 'connections', rounds: 'rounds', starts: 'starts', conversations: 'conversations',
} as const satisfies Record<string, keyof BenchOptions>;
const FLAGS = {
  tiny: { type: 'boolean' }, out: { type: 'string' }, profile: { type: 'boolean' }, host: { type: 'string' },
  duration: { type: 'string' }, warmup: { type: 'string' }, connections: { type: 'string' }, rounds: { type: 'string' },
  starts: { type: 'string' }, conversations: { type: 'string' },
} as const;

/** The command line; `--profile` may be followed by a folder (the one positional argument allowed). */
export function parseArgs(argv: readonly string[]): { options: BenchOptions; out: string } {
  const { values, positionals } = parseFlags({ args: [...argv], allowPositionals: true, options: FLAGS });
  if (positionals.length > (values.profile ? 1 : 0)) throw new Error(`Unknown argument ${positionals.join(' ')}`);
  let options: BenchOptions = { ...(values.tiny ? TINY : FULL) };
  for (const [flag, key] of Object.entries(NUMERIC) as [keyof typeof NUMERIC, keyof BenchOptions][]) {
    const given = values[flag];
    if (given === undefined) continue;
    const value = Number(given);
    if (!(value > 0)) throw new Error(`--${flag} needs a positive number`);
    options = { ...options, [key]: value };
  }
  if (values.host !== undefined) options = { ...options, hosts: hostsOf(values.host) };
  if (values.profile) options = { ...options, profileDir: resolve(positionals[0] ?? join(REPO_ROOT, 'bench/turns/results/profiles')) };
  return { options, out: resolve(values.out ?? join(REPO_ROOT, 'bench/turns/results/latest.json')) };
}

const HOST_CHOICES: Readonly<Record<string, readonly BotSdk[]>> = { botbuilder: ['botbuilder'], agents: ['agents'], both: ['botbuilder', 'agents'] };

function hostsOf(given: string): readonly BotSdk[] {
  const hosts = HOST_CHOICES[given];
  if (!hosts) throw new Error(`--host needs one of ${Object.keys(HOST_CHOICES).join(', ')}`);
  return hosts;
}

/** One row per host and the agents / botbuilder ratios (medians of the rounds' ratios), when the bench ran both. */
function hostRows(r: BenchResults, row: (cells: (string | number)[]) => string): string[] {
  const target = r.targets.agentsThroughputRatio;
  if (r.hostThroughputRatio === undefined || !target) return [];
  return [
    '',
    row(['real bot per host', 'throughput (req/s)', 'p50 (ms)', 'p99 (ms)', 'CPU per turn (ms)']),
    row(['---', '---:', '---:', '---:', '---:']),
    ...Object.entries(r.hosts).map(([host, figures]) => row([host, figures!.requestsPerSec, figures!.p50, figures!.p99, figures!.cpuMsPerTurn])),
    row([`agents / botbuilder turns per second (median of ${r.options.rounds} rounds)`, r.hostThroughputRatio, target.limit, mark(target.ok), '']),
    row(['agents / botbuilder CPU per turn', r.hostCpuRatio ?? '', '', '', '']),
  ];
}

export function formatTable(r: BenchResults): string {
  const row = (cells: (string | number)[]) => `| ${cells.join(' | ')} |`;
  const lines = [
    row(['', 'echo bot', 'real bot (sqlite)', 'real / echo']),
    row(['---', '---:', '---:', '---:']),
    row(['throughput (req/s)', r.echo.requestsPerSec, r.real.requestsPerSec, r.ratios.throughput]),
    row(['latency p50 (ms)', r.echo.p50, r.real.p50, ratio(r.real.p50, r.echo.p50)]),
    row(['latency p95 (ms)', r.echo.p95, r.real.p95, ratio(r.real.p95, r.echo.p95)]),
    row(['latency p99 (ms)', r.echo.p99, r.real.p99, r.ratios.p99]),
    row(['errors / non-2xx / no reply', errors(r.echo.rounds), errors(r.real.rounds), '']),
    '',
    row(['figure', 'value', 'target', 'ok']),
    row(['---', '---:', '---', '---']),
    row(['throughput real / echo', r.ratios.throughput, r.targets.throughputRatio!.limit, mark(r.targets.throughputRatio!.ok)]),
    row(['p99 real / echo', r.ratios.p99, r.targets.p99Ratio!.limit, mark(r.targets.p99Ratio!.ok)]),
    row([`cold start to /healthz, NLU cache (ms, median of ${r.coldStartMs.cachedAll.length})`, r.coldStartMs.cached, r.targets.coldStartCachedMs!.limit, mark(r.targets.coldStartCachedMs!.ok)]),
    row([`cold start to /healthz, no cache (ms, median of ${r.coldStartMs.noCacheAll.length})`, r.coldStartMs.noCache, '', '']),
    row(['RSS after warm-up (MB)', r.memory.rssWarmMb, '', '']),
    row([`RSS with ${r.memory.conversations} conversations (MB)`, r.memory.rssConversationsMb, r.targets.rssConversationsMb!.limit, mark(r.targets.rssConversationsMb!.ok)]),
    row(['stored state per conversation, mixed load (bytes avg / max)', `${r.state.mixedLoad.stateBytesAvg} / ${r.state.mixedLoad.stateBytesMax}`, r.targets.stateBytesPerConversation!.limit, mark(r.targets.stateBytesPerConversation!.ok)]),
    row(['stored state per conversation, 2-turn (bytes avg / max)', `${r.state.memoryRun.stateBytesAvg} / ${r.state.memoryRun.stateBytesMax}`, '', '']),
    row(['transcript per conversation, mixed load (bytes)', r.state.mixedLoad.transcriptBytesPerConversation, '', '']),
    row(['SQLite file per conversation, 2-turn (bytes)', Math.round(r.state.memoryRun.fileBytes / Math.max(1, r.memory.conversations)), '', '']),
    ...hostRows(r, row),
  ];
  return lines.join('\n');
}

function ratio(a: number, b: number): number {
  return Math.round((a / b) * 100) / 100;
}

function errors(rounds: BenchResults['echo']['rounds']): string {
  const sum = (pick: (x: (typeof rounds)[number]) => number) => rounds.reduce((total, x) => total + pick(x), 0);
  return `${sum((x) => x.errors)} / ${sum((x) => x.non2xx)} / ${sum((x) => x.noReply)}`;
}

function mark(ok: boolean): string {
  return ok ? 'yes' : 'NO';
}

async function main(): Promise<void> {
  const { options, out } = parseArgs(process.argv.slice(2));
  if (options.profileDir) mkdirSync(options.profileDir, { recursive: true });
  console.error(`turn bench: ${options.connections} connections, ${options.durationSec} s per load (after ${options.warmupSec} s warm-up), ` +
    `${options.rounds} round(s), ${options.starts} cold starts each, ${options.conversations} conversations for memory`);
  const results = await runTurnBench({ ...options, log: (line) => console.error(`  ${line}`) });
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, `${JSON.stringify(results, null, 2)}\n`);
  console.log(formatTable(results));
  console.log(`\nJSON: ${out}${options.profileDir ? `\nCPU profile of the real bot: ${options.profileDir}` : ''}`);
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}
