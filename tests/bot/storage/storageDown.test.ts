import { MemoryStorage, MemoryTranscriptStore, type Storage, type StoreItems } from 'botbuilder';
import type { Stores } from '../../../bot/storage/createStores';
import { HEALTH_PROBE_KEY } from '../../../bot/storage/storeHealth';
import { stepOf, walkToStep1 } from '../../helpers/chat';
import { startBot } from '../../helpers/inProcessBot';

/** A store that can be switched off, for reads, for writes, or both; or whose writes wait until released, then fail. */
class Switchable implements Storage {
  failReads = false;
  failWrites = false;
  hangWrites = false;
  /** How many times /readyz's probe asked the store for a write, and how many of those are still waiting. */
  probes = 0;
  waitingProbes = 0;
  private readonly waiting: (() => void)[] = [];
  constructor(readonly inner: Storage) {}
  async read(keys: string[]) {
    if (this.failReads) throw new Error('connect ECONNREFUSED');
    return this.inner.read(keys);
  }
  async write(changes: StoreItems) {
    const probe = HEALTH_PROBE_KEY in changes;
    if (probe) this.probes += 1;
    if (this.failWrites) throw new Error('connect ECONNREFUSED');
    if (this.hangWrites) {
      if (probe) this.waitingProbes += 1;
      await new Promise<void>((resolve) => this.waiting.push(resolve));
      if (probe) this.waitingProbes -= 1;
      throw new Error('connect ETIMEDOUT');
    }
    return this.inner.write(changes);
  }
  /** Lets the waiting writes fail, as the store's own timeout would in the end. */
  release() {
    this.hangWrites = false;
    for (const resolve of this.waiting.splice(0)) resolve();
  }
  delete(keys: string[]) { return this.inner.delete(keys); }
}

const storage = new Switchable(new MemoryStorage());
const stores: Stores = { storage, transcripts: new MemoryTranscriptStore(), sweep() {}, close() {} };
let bot: Awaited<ReturnType<typeof startBot>>;
let trouble: string;
beforeAll(async () => {
  bot = await startBot({}, { stores });
  trouble = bot.app.content.responses.messages.storageTrouble;
});
afterAll(() => bot.close());

describe('when conversation state cannot be read or saved', () => {
  it('answers 200 with the storageTrouble message, keeps nothing of the turn, and recovers by itself', async () => {
    const send = (text: string) => bot.say('outage', text);
    await walkToStep1(send);

    storage.failReads = true;
    expect(await send('next')).toBe(trouble);
    storage.failReads = false;
    storage.failWrites = true;
    // The engine ran, but its answer is not sent: the user would otherwise see step 2 and then be asked for it again.
    expect(await send('next')).toBe(trouble);
    storage.failWrites = false;

    expect(stepOf(await send('next'))).toBe(2);
    expect(stepOf(await send('next'))).toBe(3);
  });
});

describe('/readyz when the store cannot take writes (a full disk, a read-only file, an unreachable account)', () => {
  // First: a success is reused for a while (storeHealth.ts), a failure never is.
  it('answers 503 while the store has not finished its write (an unreachable account), instead of waiting for it', async () => {
    storage.hangWrites = true;
    const down = await fetch(`${bot.url}/readyz`);
    expect(down.status).toBe(503);
    // The answer came while the probe's write was still out: the store's own timeouts and retries were not awaited.
    expect(storage.waitingProbes).toBe(1);
    storage.release();
  });

  it('answers 503 naming the store after one write it refused (no retries), while /healthz (liveness) stays 200; 200 again once the store is back', async () => {
    storage.failWrites = true;
    const probesBefore = storage.probes;
    const down = await fetch(`${bot.url}/readyz`);
    expect(storage.probes - probesBefore).toBe(1);
    expect(down.status).toBe(503);
    expect(down.headers.get('cache-control')).toBe('no-store');
    expect(await down.json()).toEqual({ status: 'unavailable', failed: [{ dependency: 'store', reason: expect.stringMatching(/store cannot take writes$/) }] });
    expect((await fetch(`${bot.url}/healthz`)).status).toBe(200);
    storage.failWrites = false;
    const back = await fetch(`${bot.url}/readyz`);
    expect(back.status).toBe(200);
    expect(await back.json()).toEqual({ status: 'ready', checked: ['store'] });
  });
});
