import { randomUUID } from 'node:crypto';
import type { Storage, StoreItem, StoreItems } from './storageTypes';
import type { SqliteDatabase } from './sqliteDatabase';
import { StorageConflictError } from './storageErrors';

/** Where an item whose stored JSON cannot be read is moved, so its key starts afresh (and it can be looked at). */
export const DAMAGED_PREFIX = 'damaged/';

/**
 * botbuilder's Storage on the embedded SQLite file, with the same eTag rules as MemoryStorage and BlobsStorage:
 * no eTag or "*" overwrites; any other eTag must match the stored one, else the write fails with a conflict
 * (an absent item is created, like MemoryStorage does). A batch is one transaction: all of it is written or none.
 * An item whose JSON is damaged is moved under `damaged/` and reads as absent (reported through `onDamaged`):
 * otherwise every read of it would fail, and its conversation would be "unable to remember" for ever.
 */
export class SqliteStorage implements Storage {
  constructor(
    private readonly database: SqliteDatabase,
    private readonly now: () => number = Date.now,
    private readonly onDamaged: (key: string) => void = () => undefined,
  ) {}

  async read(keys: string[]): Promise<StoreItems> {
    const select = this.database.statement('SELECT etag, value FROM items WHERE key = ?');
    const items: StoreItems = {};
    for (const key of keys) {
      const row = select.get(key) as { etag: string; value: string } | null;
      if (!row) continue;
      const value = parseObject(row.value);
      // The parsed object is this read's own: the eTag goes on it rather than on a copy.
      if (value) items[key] = Object.assign(value, { eTag: row.etag });
      else this.quarantine(key);
    }
    return items;
  }

  private quarantine(key: string): void {
    const move = this.database.statement('UPDATE items SET key = ? WHERE key = ?');
    this.database.transaction(() => move.run([`${DAMAGED_PREFIX}${this.now()}/${key}`, key]));
    this.onDamaged(key);
  }

  /**
   * In the database's next group commit (SqliteDatabase.write): settles once it is committed, or with the conflict.
   * One item (every turn's state) needs no savepoint: `writeOne` changes rows in one statement at most, and its
   * conflict is found before any change.
   */
  async write(changes: StoreItems): Promise<void> {
    const entries = Object.entries(changes);
    if (entries.length === 1) {
      const [key, item] = entries[0]!;
      await this.database.writeUndoingItself(() => this.writeOne(key, item as StoreItem));
      return;
    }
    await this.database.write(() => {
      for (const [key, item] of entries) this.writeOne(key, item as StoreItem);
    });
  }

  async delete(keys: string[]): Promise<void> {
    const remove = this.database.statement('DELETE FROM items WHERE key = ?');
    this.database.transaction(() => keys.forEach((key) => remove.run(key)));
  }

  /** Removes the items under `prefix` last written before `before` (epoch ms); returns how many. */
  removeStale(prefix: string, before: number): number {
    const stale = this.database.statement('DELETE FROM items WHERE updated_at < ? AND substr(key, 1, ?) = ?');
    return this.database.transaction(() => stale.run([before, prefix.length, prefix]).changes);
  }

  private writeOne(key: string, item: StoreItem): void {
    const { eTag, ...value } = item;
    // randomUUID draws from a pooled buffer; randomBytes made a system call per write.
    const row = [randomUUID(), JSON.stringify(value), this.now(), key];
    if (!eTag || eTag === '*') {
      this.database.statement(
        'INSERT INTO items (etag, value, updated_at, key) VALUES (?, ?, ?, ?) ' +
        'ON CONFLICT (key) DO UPDATE SET etag = excluded.etag, value = excluded.value, updated_at = excluded.updated_at',
      ).run(row);
      return;
    }
    const update = this.database.statement('UPDATE items SET etag = ?, value = ?, updated_at = ? WHERE key = ? AND etag = ?');
    if (update.run([...row, eTag]).changes === 1) return;
    const create = this.database.statement(
      'INSERT INTO items (etag, value, updated_at, key) VALUES (?, ?, ?, ?) ON CONFLICT (key) DO NOTHING');
    if (create.run(row).changes === 0) throw new StorageConflictError(key);
  }
}

function parseObject(json: string): object | undefined {
  try {
    const value: unknown = JSON.parse(json);
    return value !== null && typeof value === 'object' && !Array.isArray(value) ? value : undefined;
  } catch {
    return undefined;
  }
}
