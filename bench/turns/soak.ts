/*
 * `npm run soak`: the real bot (embedded SQLite store, as `npm start` runs it) under a steady load for a while,
 * printing throughput, errors and memory every interval, then whether memory stayed flat after the first minute.
 *   --minutes M (default 5)   --connections N (default 10)   --interval S (default 20)
 *   --directline V (default 5: Web Chat visitors on the built-in Direct Line at once; 0: none)
 *   --dl-messages K (default 20, per visit)   --dl-chars C (default 1500, per message)
 * Each virtual user plays the benchmark's mixed script (walkthrough, questions, out of scope), each conversation
 * under a fresh id, so state keeps growing in the store while the process should not. At the same time Direct
 * Line visitors post long messages and leave (directLineLoad.ts): the built-in Direct Line holds what they sent in
 * memory, so this is where a missing bound shows.
 */

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { directLineLoad } from './directLineLoad';
import { FULL, load, rssMb, startBot } from './turnBench';

interface Sample {
  readonly atSec: number;
  readonly requestsPerSec: number;
  readonly directLinePerSec: number;
  readonly visits: number;
  readonly errors: number;
  readonly rssMb: number;
}

async function soak(): Promise<void> {
  const { values } = parseArgs({
    options: {
      minutes: { type: 'string' }, connections: { type: 'string' }, interval: { type: 'string' },
      directline: { type: 'string' }, 'dl-messages': { type: 'string' }, 'dl-chars': { type: 'string' },
    },
  });
  const minutes = Number(values.minutes ?? 5);
  const connections = Number(values.connections ?? 10);
  const interval = Number(values.interval ?? 20);
  const visitors = Number(values.directline ?? 5);
  const dlMessages = Number(values['dl-messages'] ?? 20);
  const dlChars = Number(values['dl-chars'] ?? 1500);
  const dataDir = mkdtempSync(join(tmpdir(), 'soak-'));
  const bot = await startBot('real', { DATA_DIR: dataDir, LOG_LEVEL: 'warn' }, FULL);
  const samples: Sample[] = [];
  console.log('   time   req/s  DL msg/s  DL visits   errors   RSS MB');
  try {
    for (let at = interval; at <= minutes * 60; at += interval) {
      const [result, web] = await Promise.all([
        load({ url: bot.url, connections, durationSec: interval, script: 'mixed', prefix: `soak${at}` }, FULL),
        directLineLoad({ url: bot.url, visitors, durationSec: visitors > 0 ? interval : 0, messagesPerVisit: dlMessages, textChars: dlChars }),
      ]);
      const sample: Sample = {
        atSec: at, requestsPerSec: result.requestsPerSec, directLinePerSec: web.messagesPerSec, visits: web.conversations,
        errors: result.errors + result.non2xx + result.noReply + web.errors, rssMb: rssMb(bot.pid),
      };
      samples.push(sample);
      console.log(`${String(at).padStart(6)}s ${sample.requestsPerSec.toFixed(0).padStart(7)} ${sample.directLinePerSec.toFixed(0).padStart(9)} ` +
        `${String(sample.visits).padStart(10)} ${String(sample.errors).padStart(8)} ${sample.rssMb.toFixed(1).padStart(8)}`);
    }
  } finally {
    await bot.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
  report(samples);
}

/** Memory growth from the first sample after one minute to the last, and errors in all. */
function report(samples: readonly Sample[]): void {
  const baseline = samples.find((sample) => sample.atSec >= 60) ?? samples[0]!;
  const last = samples[samples.length - 1]!;
  const growth = (100 * (last.rssMb - baseline.rssMb)) / baseline.rssMb;
  const errors = samples.reduce((sum, sample) => sum + sample.errors, 0);
  console.log(`errors: ${errors}; RSS after the first minute ${baseline.rssMb.toFixed(1)} MB -> ${last.rssMb.toFixed(1)} MB ` +
    `(${growth >= 0 ? '+' : ''}${growth.toFixed(1)} %; target: under +10 %)`);
}

void soak().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
