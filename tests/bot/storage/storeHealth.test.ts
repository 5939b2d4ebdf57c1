import { MemoryStorage, type StoreItems } from 'botbuilder';
import { StoreHealth } from '../../../bot/storage/storeHealth';

class FlakyStorage extends MemoryStorage {
  writes = 0;
  mode: 'ok' | 'fail' | 'hang' = 'ok';
  override async write(changes: StoreItems): Promise<void> {
    this.writes += 1;
    if (this.mode === 'fail') throw new Error('SQLITE_FULL: database or disk is full');
    if (this.mode === 'hang') return new Promise(() => undefined);
    return super.write(changes);
  }
}

describe('StoreHealth', () => {
  it('probes with one small write, reuses the answer for a while, and sees the store come back', async () => {
    let now = 0;
    const storage = new FlakyStorage();
    const health = new StoreHealth(storage, { maxAgeMs: 5000, now: () => now });
    expect(await health.writable()).toBe(true);
    storage.mode = 'fail';
    expect(await health.writable()).toBe(true);
    expect(storage.writes).toBe(1);
    now += 5001;
    expect(await health.writable()).toBe(false);
    storage.mode = 'ok';
    now += 5001;
    expect(await health.writable()).toBe(true);
  });

  it('counts a write that does not finish in time as a failure, and probes once for concurrent checks', async () => {
    const storage = new FlakyStorage();
    storage.mode = 'hang';
    const health = new StoreHealth(storage, { maxAgeMs: 5000, timeoutMs: 50 });
    expect(await Promise.all([health.writable(), health.writable(), health.writable()])).toEqual([false, false, false]);
    expect(storage.writes).toBe(1);
  });
});
