/*
 * The load generator, run as its own process so it never shares a CPU core's event loop with a bot:
 *   node dist/bench/turns/loadWorker.js '<LoadSpec as JSON>'
 * Drives POST /api/messages with autocannon. Every connection is one virtual user that plays the script over and
 * over, each conversation of it under a fresh conversation id, so no two requests of one conversation overlap.
 * Prints one JSON line (LoadResult) on stdout.
 */

import { MEMORY_SCRIPT, MIXED_SCRIPT, activityJson, type ScriptedTurn } from './scenario';

export interface LoadSpec {
  readonly url: string;
  readonly connections: number;
  /** Seconds of load; or `amount`: this many requests in all. */
  readonly durationSec?: number;
  readonly amount?: number;
  readonly script: 'mixed' | 'memory';
  /** Prefix of the conversation ids (unique per run, so runs never continue each other's conversations). */
  readonly prefix: string;
}

export interface LoadResult {
  readonly requests: number;
  readonly durationSec: number;
  readonly requestsPerSec: number;
  readonly latencyMs: { readonly p50: number; readonly p95: number; readonly p99: number; readonly max: number };
  /** Socket errors and timeouts. */
  readonly errors: number;
  readonly non2xx: number;
  /** 2xx answers without a message activity in them (the bot did not reply). */
  readonly noReply: number;
  readonly conversations: number;
}

interface AutocannonRequest {
  method: string;
  path: string;
  headers: Record<string, string>;
  setupRequest: (req: { body?: string }, context: Record<string, unknown>) => { body?: string };
  onResponse: (status: number, body: string, context: Record<string, unknown>) => void;
}
interface AutocannonResult {
  requests: { total: number };
  duration: number;
  errors: number;
  timeouts: number;
  non2xx: number;
}
interface AutocannonInstance {
  on(event: 'response', listener: (client: unknown, status: number, bytes: number, responseTimeMs: number) => void): void;
}
type Autocannon = (options: Record<string, unknown>, done: (error: Error | null, result: AutocannonResult) => void) => AutocannonInstance;
// eslint-disable-next-line @typescript-eslint/no-require-imports
const autocannon = require('autocannon') as Autocannon;

export function runLoad(spec: LoadSpec): Promise<LoadResult> {
  const script: readonly ScriptedTurn[] = spec.script === 'memory' ? MEMORY_SCRIPT : MIXED_SCRIPT;
  let conversations = 0;
  let seq = 0;
  let noReply = 0;
  const requests: AutocannonRequest[] = script.map((turn) => ({
    method: 'POST',
    path: '/api/messages',
    headers: { 'content-type': 'application/json' },
    setupRequest: (req, context) => {
      if (turn.newConversation || context.conversationId === undefined) {
        conversations += 1;
        context.conversationId = `${spec.prefix}-${conversations}`;
      }
      seq += 1;
      return { ...req, body: activityJson(context.conversationId as string, turn.text, seq) };
    },
    onResponse: (status, body) => {
      if (status >= 200 && status < 300 && !body.includes('"type":"message"')) noReply += 1;
    },
  }));
  const latencies: number[] = [];
  return new Promise((resolve, reject) => {
    const instance = autocannon({
      url: spec.url,
      connections: spec.connections,
      ...(spec.amount !== undefined ? { amount: spec.amount } : { duration: spec.durationSec ?? 10 }),
      requests,
      timeout: 30,
    }, (error, result) => {
      if (error) return reject(error);
      latencies.sort((a, b) => a - b);
      const at = (q: number) => round(latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? NaN);
      const durationSec = result.duration;
      resolve({
        requests: result.requests.total,
        durationSec: round(durationSec),
        requestsPerSec: round(result.requests.total / durationSec),
        latencyMs: { p50: at(0.5), p95: at(0.95), p99: at(0.99), max: round(latencies[latencies.length - 1] ?? NaN) },
        errors: result.errors + result.timeouts,
        non2xx: result.non2xx,
        noReply,
        conversations,
      });
    });
    instance.on('response', (_client, _status, _bytes, responseTimeMs) => latencies.push(responseTimeMs));
  });
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}

if (require.main === module) {
  runLoad(JSON.parse(process.argv[2] ?? '{}') as LoadSpec).then(
    (result) => process.stdout.write(`${JSON.stringify(result)}\n`),
    (error: unknown) => {
      console.error(error);
      process.exitCode = 1;
    },
  );
}
