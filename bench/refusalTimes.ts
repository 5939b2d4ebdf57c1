/**
 * `npm run -s bench:refusals`: how long the bot takes to refuse or give up on what the tests only count (a unit test
 * asserts what load cannot change: bytes inflated, tries made, a value never built; the time each takes is a figure,
 * printed here). Median of five runs each, in milliseconds:
 * - a 50 MB gzip bomb read against the default body limit (and the bytes inflated before the 413);
 * - a content file with a nine-level YAML alias bomb, read to its located problem;
 * - /readyz's store probe against a store that refuses the write, and one that never answers (its time limit);
 * - one read from a blob store whose account is down (each request reset), with the bot's retry options.
 */
import type { IncomingMessage } from 'node:http';
import { loadavg } from 'node:os';
import { Readable, type Transform } from 'node:stream';
import { gzipSync } from 'node:zlib';
import { MemoryStorage } from 'botbuilder';
import { decoderFor, readBoundedBody } from '../bot/http/boundedBody';
import { ResilientBlobsStorage } from '../bot/storage/blobStores';
import { StoreHealth } from '../bot/storage/storeHealth';
import { YamlSource } from '../dialogs/content/yamlSource';
import { listenAsDownStore } from '../tests/helpers/downStore';
import { nowMs, round } from './measure';

const RUNS = 5;
const BODY_LIMIT = 256 * 1024;

async function medianMs(run: () => unknown): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < RUNS; i += 1) {
    const started = nowMs();
    await run();
    times.push(nowMs() - started);
  }
  return round(times.sort((a, b) => a - b)[Math.floor(RUNS / 2)]!, 1);
}

/** Each anchor a list of nine aliases of the one before ("billion laughs"). */
function aliasBomb(levels: number): string {
  const lines = ['l0: &a0 ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]'];
  for (let level = 1; level < levels; level += 1) lines.push(`l${level}: &a${level} [${Array(9).fill(`*a${level - 1}`).join(', ')}]`);
  return lines.join('\n');
}

async function gzipBomb(): Promise<void> {
  const bomb = gzipSync(Buffer.alloc(50 * 1024 * 1024, 0x20));
  const gunzip = decoderFor('gzip') as () => Transform;
  let inflated = 0;
  const counting = () => gunzip().on('data', (chunk: Buffer) => { inflated += chunk.length; });
  const refuse = () => readBoundedBody(Readable.from([bomb]) as unknown as IncomingMessage, BODY_LIMIT, counting);
  const ms = await medianMs(refuse);
  console.log(`gzip bomb (${bomb.length} bytes -> 50 MB), refused: ${ms} ms, ${inflated / RUNS} bytes inflated per refusal`);
}

async function yamlAliasBomb(): Promise<void> {
  const text = aliasBomb(9);
  const ms = await medianMs(() => YamlSource.fromText(text, 'bomb.yaml'));
  console.log(`YAML alias bomb (9 levels), refused with its place: ${ms} ms`);
}

async function readinessProbe(): Promise<void> {
  const refusing = Object.assign(new MemoryStorage(), { write: () => Promise.reject(new Error('SQLITE_FULL')) });
  const silent = Object.assign(new MemoryStorage(), { write: () => new Promise<void>(() => undefined) });
  console.log(`/readyz probe, store refuses the write: ${await medianMs(() => new StoreHealth(refusing, { maxAgeMs: 0 }).writable())} ms`);
  console.log(`/readyz probe, store never answers: ${await medianMs(() => new StoreHealth(silent, { maxAgeMs: 0 }).writable())} ms`);
}

async function blobStoreDown(): Promise<void> {
  const down = await listenAsDownStore(0);
  const account = 'devstoreaccount1';
  const connection = `DefaultEndpointsProtocol=http;AccountName=${account};AccountKey=${Buffer.from('not a key').toString('base64')};` +
    `BlobEndpoint=http://127.0.0.1:${down.port}/${account};`;
  const ms = await medianMs(() => new ResilientBlobsStorage(connection, 'bench').read(['conversation']).catch(() => undefined));
  console.log(`blob store down, one read given up: ${ms} ms, tries per request ${[...new Set(down.triesPerRequest())].join('/')}`);
  await down.close();
}

async function main(): Promise<void> {
  console.log(`Refusal times on Node ${process.version}, load ${loadavg().map((load) => load.toFixed(1)).join(' ')}`);
  await gzipBomb();
  await yamlAliasBomb();
  await readinessProbe();
  await blobStoreDown();
}

void main();
