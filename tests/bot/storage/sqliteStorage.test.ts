import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MemoryStorage, type Activity } from 'botbuilder';
import { DataDirInUseError, SqliteDatabase } from '../../../bot/storage/sqliteDatabase';
import { SqliteStorage } from '../../../bot/storage/sqliteStorage';
import { SqliteTranscriptStore } from '../../../bot/storage/sqliteTranscriptStore';
import { checkStorageContract, expectConflict } from '../../helpers/storageContract';

let dir: string;
beforeEach(() => { dir = mkdtempSync(join(tmpdir(), 'bot-sqlite-')); });
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function withDatabase<T>(work: (database: SqliteDatabase) => Promise<T>): Promise<T> {
  const database = SqliteDatabase.open(dir);
  return work(database).finally(() => database.close());
}

describe('SqliteStorage', () => {
  it('follows the same eTag rules as botbuilder MemoryStorage', async () => {
    await checkStorageContract(new MemoryStorage());
    await withDatabase((database) => checkStorageContract(new SqliteStorage(database)));
  });

  it('writes a batch all or nothing', async () => {
    await withDatabase(async (database) => {
      const storage = new SqliteStorage(database);
      await storage.write({ taken: { n: 1 } });
      await expectConflict(storage.write({ other: { n: 1 }, taken: { n: 2, eTag: 'stale' } }));
      expect(await storage.read(['other'])).toEqual({});
    });
  });

  it('writes the batches of one event-loop turn in one commit, each all or nothing, and settles after the commit', async () => {
    await withDatabase(async (database) => {
      const storage = new SqliteStorage(database);
      await storage.write({ taken: { n: 1 } });
      const commits = jest.spyOn(database, 'transaction');
      const writes = [storage.write({ a: { n: 1 } }), storage.write({ b: { n: 1 }, taken: { n: 2, eTag: 'stale' } }), storage.write({ c: { n: 1 } })];
      expect(await storage.read(['a'])).toEqual({});
      const settled = await Promise.allSettled(writes);
      expect(settled.map(({ status }) => status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
      expect(commits).toHaveBeenCalledTimes(1);
      expect(Object.keys(await storage.read(['a', 'b', 'c', 'taken'])).sort()).toEqual(['a', 'c', 'taken']);
      expect((await storage.read(['taken'])).taken.n).toBe(1);
    });
  });

  it('runs a single queued statement without a savepoint: a failing one rejects only its caller, and the batch lands', async () => {
    await withDatabase(async (database) => {
      const insert = 'INSERT INTO items (key, etag, value, updated_at) VALUES (?, ?, ?, ?)';
      await database.writeStatement(insert, ['taken', 'e', '{}', 0]);
      const statements = jest.spyOn(database, 'statement');
      const commits = jest.spyOn(database, 'transaction');
      const storage = new SqliteStorage(database);
      const writes = [
        database.writeStatement(insert, ['a', 'e', '{"n":1}', 0]),
        database.writeStatement(insert, ['taken', 'e', '{"n":2}', 0]),
        storage.write({ b: { n: 1 }, d: { n: 1 } }),
        // The statement that failed is used again at once.
        database.writeStatement(insert, ['c', 'e', '{"n":1}', 0]),
      ];
      const settled = await Promise.allSettled(writes);
      expect(settled.map(({ status }) => status)).toEqual(['fulfilled', 'rejected', 'fulfilled', 'fulfilled']);
      expect(String((settled[1] as PromiseRejectedResult).reason)).toMatch(/UNIQUE constraint failed/);
      expect(commits).toHaveBeenCalledTimes(1);
      // One savepoint: the two-item storage write's; the three statements ran without one.
      expect(statements.mock.calls.filter(([sql]) => sql === 'SAVEPOINT queued_write')).toHaveLength(1);
      expect(await storage.read(['a', 'b', 'c', 'd', 'taken'])).toEqual({
        a: { n: 1, eTag: 'e' }, b: { n: 1, eTag: expect.any(String) }, c: { n: 1, eTag: 'e' }, d: { n: 1, eTag: expect.any(String) },
        taken: { eTag: 'e' },
      });
    });
  });

  it('writes one item (a turn\'s state) without a savepoint: its conflict rejects only its caller and changes nothing', async () => {
    await withDatabase(async (database) => {
      const storage = new SqliteStorage(database);
      await storage.write({ taken: { n: 1 } });
      const { taken } = await storage.read(['taken']);
      const statements = jest.spyOn(database, 'statement');
      const writes = [
        storage.write({ a: { n: 1 } }),
        storage.write({ taken: { n: 2, eTag: 'stale' } }),
        storage.write({ taken: { n: 3, eTag: taken.eTag } }),
      ];
      const settled = await Promise.allSettled(writes);
      expect(settled.map(({ status }) => status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
      await expectConflict(writes[1]!);
      expect(statements.mock.calls.filter(([sql]) => sql === 'SAVEPOINT queued_write')).toHaveLength(0);
      expect(await storage.read(['a', 'taken'])).toEqual({ a: { n: 1, eTag: expect.any(String) }, taken: { n: 3, eTag: expect.any(String) } });
    });
  });

  it('commits queued writes before closing', async () => {
    const database = SqliteDatabase.open(dir);
    const written = new SqliteStorage(database).write({ kept: { step: 4 } });
    database.close();
    await written;
    await withDatabase(async (reopened) => expect((await new SqliteStorage(reopened).read(['kept'])).kept.step).toBe(4));
  });

  it('keeps items across close and reopen', async () => {
    await withDatabase((database) => new SqliteStorage(database).write({ kept: { step: 3 } }));
    await withDatabase(async (database) => expect((await new SqliteStorage(database).read(['kept'])).kept.step).toBe(3));
  });

  it('removes stale items under a prefix only', async () => {
    let now = 1_000;
    await withDatabase(async (database) => {
      const storage = new SqliteStorage(database, () => now);
      await storage.write({ 'conversation/a': { n: 1 }, 'ticket/a': { n: 1 } });
      now = 5_000;
      await storage.write({ 'conversation/b': { n: 1 } });
      expect(storage.removeStale('conversation/', 2_000)).toBe(1);
      expect(Object.keys(await storage.read(['conversation/a', 'conversation/b', 'ticket/a'])).sort()).toEqual(['conversation/b', 'ticket/a']);
    });
  });
});

describe('SqliteDatabase ownership', () => {
  it('refuses a second open of the same folder in one process', async () => {
    await withDatabase(async () => expect(() => SqliteDatabase.open(dir)).toThrow(DataDirInUseError));
  });

  it('refuses a folder owned by another running process', () => {
    writeFileSync(join(dir, 'bot.sqlite.owner'), String(process.ppid));
    expect(() => SqliteDatabase.open(dir)).toThrow(/in use by process/);
  });

  it('clears the lock of a dead owner and rolls back its unfinished transaction', async () => {
    await withDatabase((database) => new SqliteStorage(database).write({ committed: { n: 1 } }));
    // A child holds the lock mid-transaction, as a SIGKILLed bot would, and dies without cleaning up.
    const child = spawn(process.execPath, ['-e', `
      const { Database } = require('node-sqlite3-wasm');
      const db = new Database(${JSON.stringify(join(dir, 'bot.sqlite'))});
      require('fs').writeFileSync(${JSON.stringify(join(dir, 'bot.sqlite.owner'))}, String(process.pid));
      // A tiny page cache forces the uncommitted pages into the file, so a hot journal is left to roll back.
      db.exec("PRAGMA locking_mode = EXCLUSIVE; PRAGMA cache_size = 2; BEGIN IMMEDIATE;");
      for (let i = 0; i < 200; i++) db.run("INSERT INTO items VALUES (?, 'x', ?, 0)", ['uncommitted' + i, 'x'.repeat(2000)]);
      console.log('holding'); setInterval(() => {}, 1000);`], { cwd: process.cwd(), stdio: ['ignore', 'pipe', 'inherit'] });
    await new Promise((resolve) => child.stdout!.once('data', resolve));
    child.kill('SIGKILL');
    await new Promise((resolve) => child.once('exit', resolve));
    expect(existsSync(join(dir, 'bot.sqlite.lock'))).toBe(true);
    // The database runs in WAL mode (bot/storage/sqliteDatabase.ts): the dead owner's uncommitted pages are in the WAL.
    expect(statSync(join(dir, 'bot.sqlite-wal')).size).toBeGreaterThan(0);

    await withDatabase(async (database) => {
      const items = await new SqliteStorage(database).read(['committed', 'uncommitted0', 'uncommitted199']);
      expect(Object.keys(items)).toEqual(['committed']);
    });
  });

  it('treats an owner file naming a finished process as stale', async () => {
    const finished = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))']).stdout.toString();
    mkdirSync(join(dir, 'bot.sqlite.lock'));
    writeFileSync(join(dir, 'bot.sqlite.owner'), finished);
    await withDatabase(async (database) => expect(await new SqliteStorage(database).read(['x'])).toEqual({}));
  });
});

describe('SqliteTranscriptStore', () => {
  const activity = (conversation: string, n: number): Activity => ({
    type: 'message', id: `m${n}`, channelId: 'test', conversation: { id: conversation }, from: { id: 'u' },
    recipient: { id: 'bot' }, text: `message ${n}`, timestamp: new Date(),
  } as Activity);

  it('logs, pages, lists, deletes and expires transcripts', async () => {
    let now = 1_000;
    await withDatabase(async (database) => {
      const store = new SqliteTranscriptStore(database, () => now);
      for (let n = 0; n < 25; n += 1) await store.logActivity(activity('c1', n));
      now = 9_000;
      await store.logActivity(activity('c2', 0));

      const first = await store.getTranscriptActivities('test', 'c1');
      expect(first.items).toHaveLength(20);
      expect(first.items[0]!.timestamp).toBeInstanceOf(Date);
      const rest = await store.getTranscriptActivities('test', 'c1', first.continuationToken);
      expect(rest.items.map((item) => item.text)).toEqual(['message 20', 'message 21', 'message 22', 'message 23', 'message 24']);
      expect(rest.continuationToken).toBe('');
      expect((await store.listTranscripts('test')).items.map((info) => info.id)).toEqual(['c1', 'c2']);

      expect(store.removeOlderThan(5_000)).toBe(25);
      await store.deleteTranscript('test', 'c2');
      expect((await store.listTranscripts('test')).items).toEqual([]);
    });
  });
});
