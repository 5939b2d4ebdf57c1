import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BlobServiceClient } from '@azure/storage-blob';
import { BLOB_PIPELINE_OPTIONS, ResilientBlobsStorage } from '../../../bot/storage/blobStores';
import { ConversationStore } from '../../../bot/storage/conversationStore';
import { startAzurite, type Azurite } from '../../helpers/azurite';
import { listenAsDownStore } from '../../helpers/downStore';
import { stepOf, walkToStep1, type Say } from '../../helpers/chat';
import { startBot } from '../../helpers/inProcessBot';
import { checkStorageContract } from '../../helpers/storageContract';

const PASSWORD = 'Tr0ub4dor&3x';
let location: string;
let azurite: Azurite;
let instances: Awaited<ReturnType<typeof startBot>>[];
let trouble: string;

beforeAll(async () => {
  location = mkdtempSync(join(tmpdir(), 'bot-azurite-'));
  azurite = await startAzurite(location);
  const env = { STORAGE: 'blob', AZURE_STORAGE_CONNECTION_STRING: azurite.connectionString };
  // Two bot instances behind an imaginary load balancer, sharing one storage account.
  instances = [await startBot(env), await startBot(env)];
  trouble = instances[0]!.app.content.responses.messages.storageTrouble;
}, 60_000);
afterAll(async () => {
  await Promise.all((instances ?? []).map((instance) => instance.close()));
  await azurite?.stop();
  rmSync(location, { recursive: true, force: true });
});

/** Sends each message of one conversation to the next instance in turn. */
function alternating(conversationId: string, offset = 0): (text: string) => Promise<string> {
  let turn = offset;
  return (text) => {
    const say: Say = instances[turn++ % instances.length]!.say;
    return say(conversationId, text);
  };
}

const FORWARD = ['next', 'next', 'next', 'next', 'next'];
/** Says "back" where FORWARD says "next": a turn applied to another conversation's state shows in either's steps. */
const BACK_AND_ON = ['next', 'next', 'back', 'next', 'next', 'next', 'next'];

/** A whole walkthrough, alternating instances, by `moves` from step 1; the step each move answered. */
async function walkThrough(conversationId: string, offset = 0, moves: readonly string[] = FORWARD): Promise<(number | undefined)[]> {
  const send = alternating(conversationId, offset);
  await walkToStep1(send);
  const steps: (number | undefined)[] = [];
  for (const move of moves) steps.push(stepOf(await send(move)));
  return steps;
}

describe('Azure Blob Storage (Azurite) behind two instances', () => {
  it('keeps the eTag contract, create-only first writes included', async () => {
    await checkStorageContract(new ResilientBlobsStorage(azurite.connectionString, 'contract'));
  });

  it('loses no turn when two instances race on the same new conversation', async () => {
    const stores = [0, 1].map(() => new ConversationStore<{ n: number }>(
      new ResilientBlobsStorage(azurite.connectionString, 'race'), { initial: { n: 0 }, ttlMs: 60_000 }));
    const attempts: number[] = [];
    await Promise.all(Array.from({ length: 30 }, (_, i) => stores[i % 2]!.runTurn('fresh', (s) => ({ state: { n: s.n + 1 } }),
      async (outcome) => { attempts.push(outcome.attempts); })));
    expect(await stores[0]!.peek('fresh')).toEqual({ n: 30 });
    expect(Math.max(...attempts)).toBeGreaterThan(1);
  });

  it('keeps no typed password in any stored blob, state or transcript', async () => {
    const send = alternating('secret');
    await send(`my password is ${PASSWORD}`);
    await send(`login jdoe / ${PASSWORD}`);
    const blobs = await waitForAllBlobs((texts) => texts.some((text) => text.includes('login jdoe / [PASSWORD]')));
    expect(blobs.some((text) => text.includes('my password is [PASSWORD]'))).toBe(true);
    expect(blobs.filter((text) => text.includes(PASSWORD))).toEqual([]);
  });

  it('walks one conversation to the end with its turns alternating between the instances', async () => {
    expect(await walkThrough('alternating')).toEqual([2, 3, 4, 5, 6]);
    const finished = instances[0]!.app.content.responses.messages.walkthroughFinished.slice(0, 30);
    expect(await alternating('alternating')('next')).toContain(finished);
  });

  it('completes concurrent conversations across both instances, each on its own path', async () => {
    // Eight conversations in flight at once, four on each instance at every turn (fifty took 31 s of 60 under CI
    // load), on two paths: when every conversation said the same thing at the same time, a turn run on another
    // conversation's text or state showed only by chance.
    const started = Date.now();
    const paths = Array.from({ length: 8 }, (_, i) => (i % 4 < 2 ? FORWARD : BACK_AND_ON));
    const results = await Promise.all(paths.map((moves, i) => walkThrough(`crowd-${i}`, i, moves)));
    const expected = paths.map((moves) => (moves === FORWARD ? '2,3,4,5,6' : '2,3,2,3,4,5,6'));
    expect(results.map((steps) => steps.join())).toEqual(expected);
    console.info(`8 conversations x 10-12 turns over two instances: ${Date.now() - started} ms`);
  }, 30_000);

  it('applies two simultaneous turns of one conversation, one on each instance, one after the other', async () => {
    await Promise.all(Array.from({ length: 10 }, async (_, i) => {
      const id = `simultaneous-${i}`;
      await walkToStep1(alternating(id));
      const replies = await Promise.all(instances.map((instance) => instance.say(id, 'next')));
      expect(replies).not.toContain(trouble);
      expect(replies.map(stepOf).sort()).toEqual([2, 3]);
      expect(stepOf(await instances[i % 2]!.say(id, 'next'))).toBe(4);
    }));
  }, 30_000);

  it('says it is having trouble while storage is down, after a short retry chain, then carries on where it was', async () => {
    const send = alternating('outage');
    await walkToStep1(send);
    await azurite.stop();
    const down = await listenAsDownStore(azurite.port);
    try {
      expect(await send('next')).toBe(trouble);
      expect(await send('next')).toBe(trouble);
      // Tries, not time: the reads the answers waited for were retried, and no request was tried more than 3 times,
      // with at most 500 ms between tries (the SDK's default: 4 tries, waits from 4 s), so a trouble answer waits
      // at most about a second of retry delays, however busy the machine. (A transcript write, not awaited, may
      // still be between its tries here.)
      const tries = down.triesPerRequest();
      expect(Math.max(...tries)).toBeGreaterThan(1);
      expect(Math.max(...tries)).toBeLessThanOrEqual(3);
      const { maxTries = 4, maxRetryDelayInMs = 120_000 } = BLOB_PIPELINE_OPTIONS.retryOptions ?? {};
      expect((maxTries - 1) * maxRetryDelayInMs).toBeLessThanOrEqual(1000);
    } finally {
      await down.close();
      await azurite.restart();
    }
    expect(stepOf(await send('next'))).toBe(2);
    expect(stepOf(await send('next'))).toBe(3);
  }, 30_000);
});

/** Transcripts are written after the turn without being awaited: read every blob until `ready` holds (5 s at most). */
async function waitForAllBlobs(ready: (texts: string[]) => boolean): Promise<string[]> {
  const service = BlobServiceClient.fromConnectionString(azurite.connectionString);
  for (let tries = 0; ; tries += 1) {
    const texts: string[] = [];
    for await (const container of service.listContainers()) {
      const client = service.getContainerClient(container.name);
      const downloads: Promise<Buffer>[] = [];
      for await (const blob of client.listBlobsFlat()) downloads.push(client.getBlobClient(blob.name).downloadToBuffer());
      texts.push(...(await Promise.all(downloads)).map((bytes) => bytes.toString('utf8')));
    }
    if (ready(texts) || tries >= 50) return texts;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

