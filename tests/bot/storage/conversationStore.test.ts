import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MemoryStorage, type Storage, type StoreItems } from 'botbuilder';
import { ConversationStore, type TurnOutcome } from '../../../bot/storage/conversationStore';
import { KeyedQueue } from '../../../bot/storage/keyedQueue';
import { SqliteDatabase } from '../../../bot/storage/sqliteDatabase';
import { SqliteStorage } from '../../../bot/storage/sqliteStorage';
import { StorageError } from '../../../bot/storage/storageErrors';

interface Counter { readonly count: number }
const increment = (state: Counter) => ({ state: { count: state.count + 1 }, seen: state.count });
const options = { initial: { count: 0 }, ttlMs: 60_000 };
const noDelivery = async () => {};

/** Lets a test act as another instance: runs `meanwhile` between this instance's read and its write, once. */
class Interleaving implements Storage {
  meanwhile?: () => Promise<void>;
  writes = 0;
  constructor(readonly inner: Storage) {}
  read(keys: string[]) { return this.inner.read(keys); }
  delete(keys: string[]) { return this.inner.delete(keys); }
  async write(changes: StoreItems) {
    const meanwhile = this.meanwhile;
    this.meanwhile = undefined;
    if (meanwhile) await meanwhile();
    this.writes += 1;
    return this.inner.write(changes);
  }
}

describe('ConversationStore', () => {
  it('re-runs a turn on fresh state when another instance wrote first, before delivering it', async () => {
    const shared = new MemoryStorage();
    const racing = new Interleaving(shared);
    const mine = new ConversationStore<Counter>(racing, options);
    const other = new ConversationStore<Counter>(shared, options);
    racing.meanwhile = () => other.runTurn('k', increment, noDelivery);
    const delivered: TurnOutcome<ReturnType<typeof increment>>[] = [];
    await mine.runTurn('k', increment, async (outcome) => { delivered.push(outcome); });
    expect(delivered).toHaveLength(1);
    expect(delivered[0]).toMatchObject({ attempts: 2, result: { seen: 1 } });
    expect(await mine.peek('k')).toEqual({ count: 2 });
  });

  it('serialises the turns of one conversation within a process', async () => {
    const storage = new Interleaving(new MemoryStorage());
    const store = new ConversationStore<Counter>(storage, options);
    const attempts: number[] = [];
    await Promise.all(Array.from({ length: 20 }, () => store.runTurn('k', increment, async (o) => { attempts.push(o.attempts); })));
    expect(await store.peek('k')).toEqual({ count: 20 });
    expect(attempts.every((n) => n === 1)).toBe(true);
  });

  it('reports a conflict that outlasts its retries instead of dropping the turn silently', async () => {
    const alwaysLosing: Storage = {
      read: async () => ({ k: { state: { count: 0 }, lastActive: Date.now(), eTag: 'old' } }),
      write: async () => { throw new Error('Storage: error writing "k" due to eTag conflict.'); },
      delete: async () => {},
    };
    const store = new ConversationStore<Counter>(alwaysLosing, { ...options, maxAttempts: 3 });
    const deliver = jest.fn(noDelivery);
    await expect(store.runTurn('k', increment, deliver)).rejects.toMatchObject({ code: 'STORAGE_CONFLICT' });
    expect(deliver).not.toHaveBeenCalled();
  });

  it('reports an unreachable store without running or delivering the turn', async () => {
    const down: Storage = {
      read: async () => { throw Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:10000'), { code: 'ECONNREFUSED' }); },
      write: async () => {}, delete: async () => {},
    };
    const step = jest.fn(increment);
    const error = await new ConversationStore<Counter>(down, options).runTurn('k', step, noDelivery).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StorageError);
    expect(error).toMatchObject({ code: 'STORAGE_UNAVAILABLE' });
    expect(step).not.toHaveBeenCalled();
  });

  it('starts an expired conversation afresh', async () => {
    let now = 0;
    const store = new ConversationStore<Counter>(new MemoryStorage(), { ...options, now: () => now });
    await store.runTurn('k', increment, noDelivery);
    now = options.ttlMs - 1;
    expect(await store.peek('k')).toEqual({ count: 1 });
    now = 2 * options.ttlMs;
    expect(await store.peek('k')).toEqual({ count: 0 });
  });

  it('loses no turn when two instances share an embedded database under load', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'bot-conv-'));
    const database = SqliteDatabase.open(dir);
    try {
      const storage = new SqliteStorage(database);
      // Two stores = two instances: each serialises its own turns, eTags arbitrate between them.
      const instances = [new ConversationStore<Counter>(storage, options), new ConversationStore<Counter>(storage, options)];
      const turns = Array.from({ length: 100 }, (_, i) => instances[i % 2]!.runTurn(`k${i % 5}`, increment, noDelivery));
      await Promise.all(turns);
      for (let k = 0; k < 5; k += 1) expect(await instances[0]!.peek(`k${k}`)).toEqual({ count: 20 });
    } finally {
      database.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('KeyedQueue', () => {
  it('runs one task at a time per key, keeps going after a failure, and forgets idle keys', async () => {
    const queue = new KeyedQueue();
    const order: string[] = [];
    const slow = (label: string, ms: number) => () => new Promise<void>((resolve) => setTimeout(() => { order.push(label); resolve(); }, ms));
    const failing = queue.run('a', async () => { throw new Error('boom'); });
    await Promise.all([failing.catch(() => undefined), queue.run('a', slow('a1', 20)), queue.run('a', slow('a2', 1)), queue.run('b', slow('b1', 5))]);
    expect(order).toEqual(['b1', 'a1', 'a2']);
    await new Promise((resolve) => setImmediate(resolve));
    expect(queue.size).toBe(0);
  });
});
