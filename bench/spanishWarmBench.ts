/*
 * `npm run bench:es-warm`: what the first Spanish message costs, as a ratio to an English turn measured in the same
 * run (never an absolute time: the machines are shared). Three bots are built side by side from the same content:
 * the Spanish recognizer trained on its first message (lazy), trained at start (warm, as the server does), and
 * warm from NLU_CACHE_DIR on a second start (the model loaded, not trained).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createBotCore, createEngine, warmLanguages, type BotCore } from '../bot/host/botCore';
import { loadConfig } from '../bot/platform/config';
import { INITIAL_STATE } from '../dialogs/engine/state';

const ENGLISH = 'how do I link my CM/ECF account to PACER';
const SPANISH = 'quiero vincular mi cuenta de CM/ECF con PACER';

function millis(run: () => void): number {
  const start = process.hrtime.bigint();
  run();
  return Number(process.hrtime.bigint() - start) / 1e6;
}

/** The first Spanish turn and the median of five English turns of one bot, and how long its warm-up took. */
function firstTurns(cacheDir: string | undefined, warm: boolean): { spanish: number; english: number; warmUp: number } {
  const config = loadConfig({ LOG_LEVEL: 'silent', ...(cacheDir ? { NLU_CACHE_DIR: cacheDir } : {}) });
  const core: BotCore = createBotCore(config);
  const engine = createEngine(config, core);
  const warmUp = warm ? millis(() => warmLanguages(core, engine)) : 0;
  const english = [1, 2, 3, 4, 5].map(() => millis(() => engine.turn(INITIAL_STATE, ENGLISH))).sort((a, b) => a - b)[2]!;
  const spanish = millis(() => engine.turn(INITIAL_STATE, SPANISH));
  return { spanish, english, warmUp };
}

function main(): void {
  const cacheDir = mkdtempSync(path.join(tmpdir(), 'nlu-cache-'));
  try {
    const lazy = firstTurns(undefined, false);
    const warm = firstTurns(cacheDir, true);
    const cached = firstTurns(cacheDir, true);
    const ratio = (x: number, of: number) => (x / of).toFixed(1);
    console.log('first Spanish turn / English turn (same bot, same run):');
    console.log(`  trained on its first message (before): ${ratio(lazy.spanish, lazy.english)} x`);
    console.log(`  warmed at start (after):               ${ratio(warm.spanish, warm.english)} x`);
    console.log(`  warmed from NLU_CACHE_DIR (restart):   ${ratio(cached.spanish, cached.english)} x`);
    console.log(`start-up warm-up, cached load / training: ${(cached.warmUp / warm.warmUp).toFixed(3)}`);
  } finally {
    rmSync(cacheDir, { recursive: true, force: true });
  }
}

main();
