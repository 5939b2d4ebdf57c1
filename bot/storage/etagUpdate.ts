import type { Storage, StoreItem } from 'botbuilder';
import { NEW_ITEM_ETAG } from './conversationStore';
import { StorageConflictError, StorageError, StorageUnavailableError, isEtagConflict } from './storageErrors';

/** What a change decides: the new value to write, or `undefined` to leave the item as it is. */
export type Change<T> = (current: T | undefined) => T | undefined;

export interface UpdateOptions {
  /** Attempts while other writers keep winning the eTag race. */
  readonly maxAttempts?: number;
}

/**
 * Read-modify-write of one item under optimistic concurrency: the write carries the eTag that was read (or the
 * create-only eTag for an absent item), and a conflict re-reads and re-applies the change. Storage has no list and
 * no transaction, so every shared document (ticket index, daily counts) is updated this way.
 * Returns the value written, or the current one when the change wrote nothing.
 */
export async function updateItem<T extends object>(storage: Storage, key: string, change: Change<T>, options: UpdateOptions = {}): Promise<T | undefined> {
  const maxAttempts = options.maxAttempts ?? 16;
  for (let attempt = 1; attempt <= maxAttempts; attempt += 1) {
    const stored = await readItem<T>(storage, key);
    const { eTag, ...current } = stored ?? {};
    const next = change(stored ? (current as T) : undefined);
    if (next === undefined) return stored ? (current as T) : undefined;
    try {
      await storage.write({ [key]: { ...next, eTag: eTag ?? NEW_ITEM_ETAG } });
      return next;
    } catch (error) {
      if (!isEtagConflict(error)) throw asStorageError('write', error);
      await pause(attempt);
    }
  }
  throw new StorageConflictError(key);
}

/** Writes an item only if no item has the key yet; false when one does (e.g. a ticket id already taken). */
export async function createItem<T extends object>(storage: Storage, key: string, value: T): Promise<boolean> {
  const existing = await readItem<T>(storage, key);
  if (existing) return false;
  try {
    await storage.write({ [key]: { ...value, eTag: NEW_ITEM_ETAG } });
    return true;
  } catch (error) {
    if (isEtagConflict(error)) return false;
    throw asStorageError('write', error);
  }
}

export async function readItem<T extends object>(storage: Storage, key: string): Promise<(T & StoreItem) | undefined> {
  try {
    const items = await storage.read([key]);
    return items[key] as (T & StoreItem) | undefined;
  } catch (error) {
    throw asStorageError('read', error);
  }
}

export async function readItems<T extends object>(storage: Storage, keys: readonly string[]): Promise<Map<string, T>> {
  if (keys.length === 0) return new Map();
  let items;
  try {
    items = await storage.read([...keys]);
  } catch (error) {
    throw asStorageError('read', error);
  }
  const found = new Map<string, T>();
  for (const key of keys) {
    const item = items[key] as (T & StoreItem) | undefined;
    if (item) {
      const { eTag: _eTag, ...value } = item;
      found.set(key, value as unknown as T);
    }
  }
  return found;
}

function asStorageError(operation: string, error: unknown): StorageError {
  return error instanceof StorageError ? error : new StorageUnavailableError(operation, error);
}

/** Jittered, growing pause so writers that collided do not collide again in lockstep. */
function pause(attempt: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, Math.random() * 5 * 2 ** Math.min(attempt, 6)));
}
