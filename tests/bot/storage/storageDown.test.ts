import { MemoryStorage, MemoryTranscriptStore, type Storage, type StoreItems } from 'botbuilder';
import type { Stores } from '../../../bot/storage/createStores';
import { stepOf, walkToStep1 } from '../../helpers/chat';
import { startBot } from '../../helpers/inProcessBot';

/** A store that can be switched off, for reads, for writes, or both. */
class Switchable implements Storage {
  failReads = false;
  failWrites = false;
  constructor(readonly inner: Storage) {}
  async read(keys: string[]) {
    if (this.failReads) throw new Error('connect ECONNREFUSED');
    return this.inner.read(keys);
  }
  async write(changes: StoreItems) {
    if (this.failWrites) throw new Error('connect ECONNREFUSED');
    return this.inner.write(changes);
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

describe('/healthz when the store cannot take writes (a full disk, a read-only file, an unreachable account)', () => {
  it('answers 503 quickly instead of ok', async () => {
    storage.failWrites = true;
    const started = Date.now();
    const response = await fetch(`${bot.url}/healthz`);
    storage.failWrites = false;
    expect(response.status).toBe(503);
    expect(await response.json()).toMatchObject({ status: 'unavailable' });
    expect(Date.now() - started).toBeLessThan(1000);
  });
});
