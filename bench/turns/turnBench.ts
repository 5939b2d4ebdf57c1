/*
 * The turn benchmark: the real bot against a bare echo bot on the same stack, each in its own process,
 * driven by the same load from a third process (loadWorker.ts). Measures throughput, latency, cold start, memory
 * and stored state per conversation, and checks them against the targets. CLI: bench/turns/main.ts.
 */

import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { LoadResult, LoadSpec } from './loadWorker';
import { ENTRY_POINT, startEnvironment, startNodeArgs } from '../../deploy/tools/startCommand';
import { REPO_ROOT } from '../../dialogs/repoPaths';

export interface BenchOptions {
  /** Seconds of measured load per bot and round. */
  readonly durationSec: number;
  /** Seconds of load before measuring (JIT, caches). */
  readonly warmupSec: number;
  /** Concurrent virtual users (autocannon connections). */
  readonly connections: number;
  /** Rounds of echo-then-real; figures are the median over rounds. */
  readonly rounds: number;
  /** Starts per cold-start figure (median). */
  readonly starts: number;
  /** Conversations held for the memory figure. */
  readonly conversations: number;
  /** Write a V8 CPU profile of the real bot during the first measured round into this folder. */
  readonly profileDir?: string;
  /**
   * The hosts (BOT_SDK) the real bot runs on; default botbuilder. With two, each round loads echo, then each host,
   * side by side (their order swapped every round), and the results carry their throughput and CPU-per-turn ratios;
   * cold start and memory are measured on the first.
   */
  readonly hosts?: readonly BotSdk[];
  /** Running from TypeScript sources (tests): a `-r` module that compiles .ts on the fly. */
  readonly register?: string;
  readonly log?: (line: string) => void;
}

export type BotSdk = 'botbuilder' | 'agents';

export const FULL: BenchOptions = { durationSec: 10, warmupSec: 3, connections: 50, rounds: 2, starts: 5, conversations: 10_000 };
export const TINY: BenchOptions = { durationSec: 2, warmupSec: 1, connections: 10, rounds: 1, starts: 1, conversations: 200 };

export const TARGETS = {
  throughputRatioMin: 0.5,
  p99RatioMax: 3,
  coldStartCachedMsMax: 1500,
  rssConversationsMbMax: 200,
  stateBytesMax: 2048,
  /** Issue 25: the Agents SDK host handles at least 0.9x the turns per second of the botbuilder host. */
  agentsThroughputRatioMin: 0.9,
} as const;

export interface StoreStats {
  readonly conversations: number;
  readonly stateBytesAvg: number;
  readonly stateBytesMax: number;
  readonly transcriptActivities: number;
  readonly transcriptBytesPerConversation: number;
  readonly fileBytes: number;
}

export interface BenchResults {
  readonly when: string;
  readonly machine: { readonly node: string; readonly cpus: number; readonly loadAverage: readonly number[] };
  readonly options: Omit<BenchOptions, 'log' | 'register'>;
  readonly echo: { readonly rounds: LoadResult[]; readonly requestsPerSec: number; readonly p50: number; readonly p95: number; readonly p99: number };
  readonly real: BenchResults['echo'];
  /** Each host's load figures (the first is `real`) with the bot's CPU time per turn (median over rounds). */
  readonly hosts: Partial<Record<BotSdk, BenchResults['echo'] & { readonly cpuMsPerTurn: number }>>;
  /** When both hosts ran: agents / botbuilder turns per second, the median of the rounds' ratios. */
  readonly hostThroughputRatio?: number;
  /** When both hosts ran: agents / botbuilder CPU time per turn, the median of the rounds' ratios (load hurts it less). */
  readonly hostCpuRatio?: number;
  readonly ratios: { readonly throughput: number; readonly p99: number };
  readonly coldStartMs: { readonly noCache: number; readonly cached: number; readonly noCacheAll: number[]; readonly cachedAll: number[] };
  readonly memory: { readonly rssWarmMb: number; readonly rssConversationsMb: number; readonly conversations: number; readonly load: LoadResult };
  readonly state: { readonly mixedLoad: StoreStats; readonly memoryRun: StoreStats };
  readonly targets: Record<string, { readonly value: number; readonly limit: string; readonly ok: boolean }>;
}

const FROM_SOURCE = __filename.endsWith('.ts');
/** Rate limits raised for the bench only: one virtual user sends far more than a person's 5 messages per second. */
const UNLIMITED = {
  RATE_LIMIT_CONVERSATION_BURST: '1000000', RATE_LIMIT_CONVERSATION_PER_SECOND: '1000000',
  RATE_LIMIT_CLIENT_BURST: '1000000', RATE_LIMIT_CLIENT_PER_SECOND: '1000000',
};

export async function runTurnBench(options: BenchOptions): Promise<BenchResults> {
  const log = options.log ?? (() => undefined);
  const work = mkdtempSync(join(tmpdir(), 'turn-bench-'));
  const cacheDir = join(work, 'nlu-cache');
  const prefix = `b${process.pid}-${Date.now().toString(36)}`;
  const hosts = options.hosts ?? ['botbuilder'];
  // Cold start and memory: the first host.
  const sdk = { BOT_SDK: hosts[0]! };
  try {
    // Cold start: the first start with a cache dir trains and writes the model; the timed ones read it (or not).
    log('cold start: priming the NLU cache');
    await (await startBot('real', { ...sdk, NLU_CACHE_DIR: cacheDir, DATA_DIR: join(work, 'prime') }, options)).stop();
    const noCacheAll: number[] = [];
    const cachedAll: number[] = [];
    for (let i = 0; i < options.starts; i += 1) {
      noCacheAll.push((await coldStart({ ...sdk, DATA_DIR: join(work, `cold-${i}`) }, options)));
      cachedAll.push((await coldStart({ ...sdk, DATA_DIR: join(work, `cold-c-${i}`), NLU_CACHE_DIR: cacheDir }, options)));
      log(`cold start ${i + 1}/${options.starts}: ${noCacheAll[i]} ms without NLU cache, ${cachedAll[i]} ms with`);
    }

    // Throughput and latency: echo then each host, same load, each bot fresh. The hosts swap places every round
    // (botbuilder, agents; then agents, botbuilder …), so a machine that gets busier or quieter during the run
    // favours neither, and their ratio is taken within each round, between neighbours.
    const rounds = new Map<string, LoadResult[]>([['echo', []], ...hosts.map((host): [string, LoadResult[]] => [host, []])]);
    const cpu = new Map<string, number[]>(hosts.map((host) => [host, []]));
    let mixedStats: StoreStats | undefined;
    for (let round = 0; round < options.rounds; round += 1) {
      for (const name of ['echo', ...(round % 2 ? [...hosts].reverse() : hosts)]) {
        const kind = name === 'echo' ? 'echo' : 'real';
        const dataDir = join(work, `load-${round}-${name}`);
        const first = name === hosts[0] && round === 0;
        const env = { NLU_CACHE_DIR: cacheDir, DATA_DIR: dataDir, ...(kind === 'real' ? { BOT_SDK: name } : {}) };
        // Each host's first round is profiled, into a folder of its own (the files are named by process id).
        const profileDir = options.profileDir && kind === 'real' && round === 0 ? join(options.profileDir, name) : undefined;
        const bot = await startBot(kind, env, options, profileDir);
        const spec = { url: bot.url, connections: options.connections, script: 'mixed', prefix: `${prefix}-${name}${round}` } as const;
        await load({ ...spec, durationSec: options.warmupSec, prefix: `${spec.prefix}w` }, options);
        const cpuBefore = cpuMs(bot.pid);
        const result = await load({ ...spec, durationSec: options.durationSec }, options);
        const cpuPerTurn = (cpuMs(bot.pid) - cpuBefore) / Math.max(1, result.requests);
        await bot.stop();
        rounds.get(name)!.push(result);
        cpu.get(name)?.push(cpuPerTurn);
        log(`${name === 'echo' ? 'echo' : `real (${name})`} round ${round + 1}: ${result.requestsPerSec} req/s, p50 ${result.latencyMs.p50} ms, ` +
          `p99 ${result.latencyMs.p99} ms, errors ${result.errors}, non-2xx ${result.non2xx}, no reply ${result.noReply}` +
          (kind === 'real' ? `, CPU ${round2(cpuPerTurn)} ms per turn` : ''));
        if (first) mixedStats = storeStats(dataDir);
      }
    }

    // Memory: a fresh real bot, warmed up, then `conversations` distinct conversations of two turns each.
    const memoryDir = join(work, 'memory');
    const bot = await startBot('real', { ...sdk, NLU_CACHE_DIR: cacheDir, DATA_DIR: memoryDir }, options);
    await load({ url: bot.url, connections: options.connections, script: 'mixed', prefix: `${prefix}-mw`, durationSec: options.warmupSec }, options);
    const rssWarmMb = rssMb(bot.pid);
    const memoryLoad = await load({
      url: bot.url, connections: options.connections, script: 'memory', prefix: `${prefix}-m`, amount: options.conversations * 2,
    }, options);
    await delay(500);
    const rssConversationsMb = rssMb(bot.pid);
    await bot.stop();
    const memoryStats = storeStats(memoryDir);
    log(`memory: ${rssWarmMb} MB after warm-up, ${rssConversationsMb} MB with ${memoryStats.conversations} conversations stored`);

    const echo = summarise(rounds.get('echo')!);
    const hostFigures = Object.fromEntries(hosts.map((host) => [host, { ...summarise(rounds.get(host)!), cpuMsPerTurn: median(cpu.get(host)!) }]));
    const real = hostFigures[hosts[0]!]!;
    const { hostThroughputRatio, hostCpuRatio } = hostRatios(rounds, cpu);
    const ratios = { throughput: round2(real.requestsPerSec / echo.requestsPerSec), p99: round2(real.p99 / echo.p99) };
    const coldStartMs = { noCache: median(noCacheAll), cached: median(cachedAll), noCacheAll, cachedAll };
    const stateBytes = Math.max(mixedStats!.stateBytesAvg, memoryStats.stateBytesAvg);
    return {
      when: new Date().toISOString(),
      machine: { node: process.version, cpus: (await import('node:os')).cpus().length, loadAverage: (await import('node:os')).loadavg().map(round2) },
      options: { durationSec: options.durationSec, warmupSec: options.warmupSec, connections: options.connections, rounds: options.rounds,
        starts: options.starts, conversations: options.conversations, profileDir: options.profileDir },
      echo, real, hosts: hostFigures, hostThroughputRatio, hostCpuRatio, ratios, coldStartMs,
      memory: { rssWarmMb, rssConversationsMb, conversations: memoryStats.conversations, load: memoryLoad },
      state: { mixedLoad: mixedStats!, memoryRun: memoryStats },
      targets: {
        ...(hostThroughputRatio === undefined ? {} : {
          agentsThroughputRatio: { value: hostThroughputRatio, limit: `>= ${TARGETS.agentsThroughputRatioMin}`, ok: hostThroughputRatio >= TARGETS.agentsThroughputRatioMin },
        }),
        throughputRatio: { value: ratios.throughput, limit: `>= ${TARGETS.throughputRatioMin}`, ok: ratios.throughput >= TARGETS.throughputRatioMin },
        p99Ratio: { value: ratios.p99, limit: `<= ${TARGETS.p99RatioMax}`, ok: ratios.p99 <= TARGETS.p99RatioMax },
        coldStartCachedMs: { value: coldStartMs.cached, limit: `< ${TARGETS.coldStartCachedMsMax}`, ok: coldStartMs.cached < TARGETS.coldStartCachedMsMax },
        rssConversationsMb: { value: rssConversationsMb, limit: `< ${TARGETS.rssConversationsMbMax}`, ok: rssConversationsMb < TARGETS.rssConversationsMbMax },
        stateBytesPerConversation: { value: stateBytes, limit: `< ${TARGETS.stateBytesMax}`, ok: stateBytes < TARGETS.stateBytesMax },
      },
    };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/** agents / botbuilder, each the median over rounds of the two hosts' figures in that round; none unless both ran. */
function hostRatios(rounds: ReadonlyMap<string, LoadResult[]>, cpu: ReadonlyMap<string, number[]>): { hostThroughputRatio?: number; hostCpuRatio?: number } {
  const agents = rounds.get('agents');
  const botbuilder = rounds.get('botbuilder');
  if (!agents || !botbuilder) return {};
  const agentsCpu = cpu.get('agents')!;
  const botbuilderCpu = cpu.get('botbuilder')!;
  return {
    hostThroughputRatio: median(agents.map((result, round) => result.requestsPerSec / botbuilder[round]!.requestsPerSec)),
    hostCpuRatio: median(agentsCpu.map((ms, round) => ms / botbuilderCpu[round]!)),
  };
}

export interface RunningBot {
  readonly url: string;
  readonly pid: number;
  stop(): Promise<void>;
}

/** `node <file>` as built, or the .ts source through `options.register` (tests). */
function nodeArgs(compiled: string, source: string, options: BenchOptions): string[] {
  if (!FROM_SOURCE) return [join(REPO_ROOT, compiled)];
  if (!options.register) throw new Error('running from sources needs options.register');
  return ['-r', options.register, join(REPO_ROOT, source)];
}

function botArgs(kind: 'echo' | 'real', options: BenchOptions): string[] {
  return kind === 'echo'
    ? [...nodeArgs('dist/bench/turns/echoBot.js', 'bench/turns/echoBot.ts', options)]
    : [...startNodeArgs(REPO_ROOT), ...nodeArgs(ENTRY_POINT, 'bot/main.ts', options)];
}

/** The real bot as `npm start` runs it (its node flags and environment, default embedded SQLite store, default log level), or the echo bot. */
function spawnBot(kind: 'echo' | 'real', env: Record<string, string>, port: number, options: BenchOptions, profileDir?: string): ChildProcess {
  const profile = profileDir ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] : [];
  return spawn(process.execPath, [...profile, ...botArgs(kind, options)], {
    cwd: REPO_ROOT,
    env: { ...(kind === 'real' ? startEnvironment(REPO_ROOT) : {}), PATH: process.env.PATH, DOTENV_CONFIG_QUIET: 'true', HOST: '127.0.0.1', PORT: String(port),
      STORAGE: 'sqlite', ...UNLIMITED, ...env },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
}

export async function startBot(kind: 'echo' | 'real', env: Record<string, string>, options: BenchOptions, profileDir?: string): Promise<RunningBot> {
  const port = await freePort();
  const child = spawnBot(kind, env, port, options, profileDir);
  const url = `http://127.0.0.1:${port}`;
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  await waitForHealth(url, child, 60_000);
  return {
    url,
    pid: child.pid!,
    stop: async () => {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      await exited;
    },
  };
}

/** Milliseconds from spawning `node dist/bot/main.js` to its first /healthz 200. */
async function coldStart(env: Record<string, string>, options: BenchOptions): Promise<number> {
  const port = await freePort();
  const started = performance.now();
  const child = spawnBot('real', env, port, options);
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  await waitForHealth(`http://127.0.0.1:${port}`, child, 60_000, 5);
  const ms = Math.round(performance.now() - started);
  child.kill('SIGTERM');
  await exited;
  return ms;
}

async function waitForHealth(url: string, child: ChildProcess, timeoutMs: number, pollMs = 50): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`bot exited with code ${child.exitCode} before it was ready`);
    if (await fetch(`${url}/healthz`).then((r) => r.ok, () => false)) return;
    await delay(pollMs);
  }
  child.kill('SIGKILL');
  throw new Error(`bot at ${url} not ready within ${timeoutMs} ms`);
}

/** Runs the load generator in its own process and returns its result. */
export function load(spec: LoadSpec, options: BenchOptions): Promise<LoadResult> {
  const child = spawn(process.execPath, [...nodeArgs('dist/bench/turns/loadWorker.js', 'bench/turns/loadWorker.ts', options), JSON.stringify(spec)], {
    cwd: REPO_ROOT, stdio: ['ignore', 'pipe', 'inherit'],
  });
  let out = '';
  child.stdout!.on('data', (chunk: Buffer) => { out += chunk.toString(); });
  return new Promise((resolveLoad, reject) => {
    child.once('exit', (code) => {
      if (code !== 0) return reject(new Error(`load generator exited with code ${code}`));
      try {
        resolveLoad(JSON.parse(out.trim().split('\n').pop()!) as LoadResult);
      } catch (error) {
        reject(error);
      }
    });
  });
}

/** Resident set size of a process, from /proc/<pid>/status (Linux). */
export function rssMb(pid: number): number {
  const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return match ? round2(Number(match[1]) / 1024) : NaN;
}

/** User and system CPU time a process has used so far, from /proc/<pid>/stat (Linux), in ms. */
function cpuMs(pid: number): number {
  // The fields after the command name (in parentheses, and it may hold spaces): utime and stime are the 12th and 13th.
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(') ') + 2).split(' ');
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / CLOCK_TICKS_PER_SECOND;
}

/** USER_HZ: 100 on every Linux architecture Node runs on. */
const CLOCK_TICKS_PER_SECOND = 100;

/** Sizes of what the stopped bot left in its SQLite file: stored conversation JSON, and transcripts. */
function storeStats(dataDir: string): StoreStats {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { Database } = require('node-sqlite3-wasm') as typeof import('node-sqlite3-wasm');
  const file = join(dataDir, 'bot.sqlite');
  // The bot has stopped. Exclusive locking, as the bot opens it: the file is in WAL mode, whose shared-memory
  // index node-sqlite3-wasm cannot provide otherwise.
  const db = new Database(file);
  try {
    db.exec('PRAGMA locking_mode = EXCLUSIVE');
    const state = db.get("SELECT COUNT(*) AS n, AVG(LENGTH(value)) AS avg, MAX(LENGTH(value)) AS max FROM items WHERE key LIKE 'conversation/%'") as
      { n: number; avg: number | null; max: number | null };
    const transcript = db.get('SELECT COUNT(*) AS n, COALESCE(SUM(LENGTH(activity)), 0) AS bytes FROM transcript') as { n: number; bytes: number };
    return {
      conversations: state.n,
      stateBytesAvg: Math.round(state.avg ?? 0),
      stateBytesMax: state.max ?? 0,
      transcriptActivities: transcript.n,
      transcriptBytesPerConversation: state.n ? Math.round(transcript.bytes / state.n) : 0,
      fileBytes: statSync(file).size,
    };
  } finally {
    db.close();
  }
}

function summarise(rounds: LoadResult[]): BenchResults['echo'] {
  return {
    rounds,
    requestsPerSec: median(rounds.map((r) => r.requestsPerSec)),
    p50: median(rounds.map((r) => r.latencyMs.p50)),
    p95: median(rounds.map((r) => r.latencyMs.p95)),
    p99: median(rounds.map((r) => r.latencyMs.p99)),
  };
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return round2(sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2);
}

function round2(value: number): number {
  return Math.round(value * 100) / 100;
}

function delay(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms));
}

function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolvePort(port));
    });
  });
}
