/**
 * Per-message recognition time on the bot's own content: real questions (the held-out set) and hostile ones
 * (random letters, long "words", many unknown words), which must cost about the same as real ones: a message the
 * recognizer cannot make sense of may not take it longer to read (issue 15: one 2,000-letter word took 998 s).
 */
import { readFileSync } from 'fs';
import { seededRandom } from '../dialogs/nlu/random';
import type { Recognizer } from '../dialogs/nlu/recognizer';
import { nowMs, quantile, round } from './measure';

export interface Timing {
  name: string;
  messages: number;
  medianMs: number;
  p99Ms: number;
  maxMs: number;
}

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

function randomWord(random: () => number, length: number): string {
  let out = '';
  for (let i = 0; i < length; i++) out += LETTERS[Math.floor(random() * LETTERS.length)];
  return out;
}

/** Named sets of hostile messages, the same every run. */
export function hostileMessages(count = 200, seed = 1): Array<{ name: string; texts: string[] }> {
  const random = seededRandom(seed);
  const many = (words: number, length: number): string[] =>
    Array.from({ length: count }, () => Array.from({ length: words }, () => randomWord(random, length)).join(' '));
  return [
    { name: 'one random 20-letter word in a question', texts: many(1, 20).map((w) => `how do I link ${w} my account`) },
    { name: 'ten random 8-letter words', texts: many(10, 8) },
    { name: 'ten random 20-letter words', texts: many(10, 20) },
    { name: 'one 2,000-letter word', texts: many(1, 2000).slice(0, 20) },
  ];
}

export function readHeldoutTexts(file: string): string[] {
  return readFileSync(file, 'utf8').split(/\r?\n/).filter((l) => l.trim() !== '')
    .map((line) => (JSON.parse(line) as { text: string }).text);
}

/**
 * Median, p99 and worst time of recognising each text once. No warm-up on the texts themselves: the recognizer keeps
 * what it worked out for each word, so a second reading of the same words would time the cache, not a new message
 * (`warmUp` first, on other texts of the same shape).
 */
export function timeMessages(recognizer: Pick<Recognizer, 'recognize'>, name: string, texts: readonly string[]): Timing {
  const times = texts.map((text) => {
    const started = nowMs();
    recognizer.recognize(text);
    return nowMs() - started;
  }).sort((a, b) => a - b);
  return {
    name, messages: texts.length, medianMs: round(quantile(times, 0.5), 4), p99Ms: round(quantile(times, 0.99), 4),
    maxMs: round(times[times.length - 1] ?? 0, 4),
  };
}

/** Runs the recognizer over hostile messages of another seed, so the timed sets meet compiled code but new words. */
export function warmUp(recognizer: Pick<Recognizer, 'recognize'>): void {
  for (const set of hostileMessages(200, 2)) for (const text of set.texts) recognizer.recognize(text);
}

export function timingTable(timings: readonly Timing[]): string {
  const lines = ['messages (content recognizer)\tn\tmedian ms\tp99 ms\tmax ms'];
  for (const t of timings) lines.push([t.name, t.messages, t.medianMs, t.p99Ms, t.maxMs].join('\t'));
  return lines.join('\n');
}
