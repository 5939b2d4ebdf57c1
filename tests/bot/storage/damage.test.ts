import { closeSync, mkdtempSync, openSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseDamagedError, SqliteDatabase } from '../../../bot/storage/sqliteDatabase';
import { SqliteStorage } from '../../../bot/storage/sqliteStorage';
import { SqliteTranscriptStore } from '../../../bot/storage/sqliteTranscriptStore';
import type { Stores } from '../../../bot/storage/createStores';
import { conversationKey } from '../../../bot/storage/storageKeys';
import { stepOf, walkToStep1 } from '../../helpers/chat';
import { startBot } from '../../helpers/inProcessBot';

let dir: string;
beforeEach(() => { dir = mkdtempSync(join(tmpdir(), 'bot-damage-')); });
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** Overwrites `length` bytes at `offset` of the database file with noise. */
function scribble(offset: number, length: number): void {
  const fd = openSync(join(dir, 'bot.sqlite'), 'r+');
  writeSync(fd, Buffer.alloc(length, 0xa5), 0, length, offset);
  closeSync(fd);
}

async function fillAndClose(items: number): Promise<void> {
  const database = SqliteDatabase.open(dir);
  const storage = new SqliteStorage(database);
  for (let i = 0; i < items; i += 1) await storage.write({ [`conversation/test/c${i}`]: { state: { misses: i, note: 'x'.repeat(200) } } });
  database.close();
}

describe('a damaged database file', () => {
  it('is refused at start-up with what to do, instead of being used until a turn hits the broken page', async () => {
    await fillAndClose(400);
    for (const page of [2, 5, 9]) scribble(page * 4096 + 8, 64);
    let error: unknown;
    try {
      SqliteDatabase.open(dir).close();
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(DatabaseDamagedError);
    expect((error as Error).message).toMatch(/bot\.sqlite is damaged .*move the file aside.*backup/);
  });

  it('that is not a database at all is refused the same way', async () => {
    await fillAndClose(1);
    scribble(0, 100);
    expect(() => SqliteDatabase.open(dir)).toThrow(DatabaseDamagedError);
  });

  it('opens as before when it is sound', async () => {
    await fillAndClose(400);
    const database = SqliteDatabase.open(dir);
    expect(Object.keys(await new SqliteStorage(database).read(['conversation/test/c399']))).toHaveLength(1);
    database.close();
  });
});

describe('an item whose stored JSON is damaged', () => {
  it('reads as absent, is moved under damaged/ and reported, and its key can be written afresh', async () => {
    const database = SqliteDatabase.open(dir);
    const damaged: string[] = [];
    const storage = new SqliteStorage(database, Date.now, (key) => damaged.push(key));
    await storage.write({ 'conversation/test/c1': { state: { misses: 0 } } });
    database.statement('UPDATE items SET value = ? WHERE key = ?').run(['{"state": {"walkth', 'conversation/test/c1']);
    expect(await storage.read(['conversation/test/c1'])).toEqual({});
    expect(damaged).toEqual(['conversation/test/c1']);
    await storage.write({ 'conversation/test/c1': { state: { misses: 1 }, eTag: 'new-item' } });
    expect((await storage.read(['conversation/test/c1']))['conversation/test/c1']).toMatchObject({ state: { misses: 1 } });
    const moved = database.statement("SELECT COUNT(*) AS n FROM items WHERE key LIKE 'damaged/%'").get() as { n: number };
    expect(moved.n).toBe(1);
    database.close();
  });
});

describe('a conversation whose stored state is damaged', () => {
  it('starts afresh (start over included) instead of "trouble remembering" for ever', async () => {
    const database = SqliteDatabase.open(dir);
    const storage = new SqliteStorage(database);
    const stores: Stores = { storage, transcripts: new SqliteTranscriptStore(database), sweep() {}, close: () => database.close() };
    const bot = await startBot({}, { stores });
    try {
      const trouble = bot.app.content.responses.messages.storageTrouble;
      const turnError = bot.app.content.responses.messages.turnError;
      const send = (conversation: string, text: string) => bot.say(conversation, text);

      await walkToStep1((text) => send('broken-json', text));
      database.statement('UPDATE items SET value = ? WHERE key = ?').run(['{"state": {"walkthrough": {"flowId": "proc', conversationKey('test', 'broken-json')]);
      const afterDamage = await send('broken-json', 'start over');
      expect(afterDamage).not.toBe(trouble);
      expect(afterDamage).not.toBe(turnError);
      await walkToStep1((text) => send('broken-json', text));
      expect(stepOf(await send('broken-json', 'next'))).toBe(2);

      await walkToStep1((text) => send('bad-shape', text));
      await storage.write({ [conversationKey('test', 'bad-shape')]: { state: { walkthrough: 'nonsense', recent: 5, misses: 'many' }, lastActive: Date.now() } });
      const afterShape = await send('bad-shape', 'next');
      expect(afterShape).not.toBe(turnError);
      expect(afterShape).not.toBe(trouble);
      await walkToStep1((text) => send('bad-shape', text));
    } finally {
      await bot.close();
    }
  });
});
