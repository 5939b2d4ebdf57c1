import type { Storage, StoreItem } from './storageTypes';
import { StorageConflictError, StorageError, StorageUnavailableError, isEtagConflict } from './storageErrors';

/**
 * eTag of an item written for the first time. It can never equal a real eTag, so the write succeeds only while the
 * item is still absent: MemoryStorage and SqliteStorage write to an absent key whatever eTag is given and refuse a
 * mismatch on an existing one; ResilientBlobsStorage turns it into a create-only upload (If-None-Match: *).
 * Without it, two instances starting the same conversation would both "win" and one turn would be lost.
 */
export const NEW_ITEM_ETAG = 'new-item';

/** One attempt's decision about a stored item: what to write (nothing when undefined) and what the caller gets. */
export interface Decision<R> {
  readonly write?: object;
  readonly result: R;
}

export interface Written<R> {
  readonly result: R;
  /** 1 unless another writer got in first and the decision was taken again on fresher data. */
  readonly attempts: number;
}

/**
 * Read-modify-write of one item under optimistic concurrency, the one way every shared item (conversation state,
 * the ticket index, daily counts) is written: Storage has no list and no transaction. The write carries the eTag
 * that was read (or the create-only eTag for an absent item); a conflict re-reads and decides again, so nothing is
 * ever written on stale data. Throws StorageError: unavailable, or a conflict that outlasted `maxAttempts`.
 */
export async function writeOptimistically<R>(
  storage: Storage, key: string, decide: (stored: StoreItem | undefined) => Decision<R> | Promise<Decision<R>>, maxAttempts: number,
): Promise<Written<R>> {
  for (let attempt = 1; attempt <= maxAttempts; attempt += 1) {
    const started = Date.now();
    const stored = await readItem<object>(storage, key);
    const { write, result } = await decide(stored);
    if (write === undefined) return { result, attempts: attempt };
    try {
      await storage.write({ [key]: { ...write, eTag: stored?.eTag ?? NEW_ITEM_ETAG } });
      return { result, attempts: attempt };
    } catch (error) {
      if (!isEtagConflict(error)) throw asStorageError('write', error);
      await backoff(attempt, Date.now() - started);
    }
  }
  throw new StorageConflictError(key);
}

/** What a change decides: the new value to write, or `undefined` to leave the item as it is. */
export type Change<T> = (current: T | undefined) => T | undefined;

export interface UpdateOptions {
  /** Attempts while other writers keep winning the eTag race. */
  readonly maxAttempts?: number;
}

/** Applies `change` to an item's value: returns the value written, or the current one when the change wrote nothing. */
export async function updateItem<T extends object>(storage: Storage, key: string, change: Change<T>, options: UpdateOptions = {}): Promise<T | undefined> {
  const { result } = await writeOptimistically(storage, key, (stored) => {
    const current = stored ? (withoutETag(stored) as T) : undefined;
    const next = change(current);
    return next === undefined ? { result: current } : { write: next, result: next };
  }, options.maxAttempts ?? 16);
  return result;
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
    if (item) found.set(key, withoutETag(item) as T);
  }
  return found;
}

function withoutETag(item: StoreItem): object {
  const { eTag: _eTag, ...value } = item;
  return value;
}

function asStorageError(operation: string, error: unknown): StorageError {
  return error instanceof StorageError ? error : new StorageUnavailableError(operation, error);
}

/** The pause's unit when an attempt (read, decide, write) is quicker than this. */
const MIN_BACKOFF_UNIT_MS = 10;

/**
 * Jittered, growing pause so writers that collided do not collide again in lockstep, in units of the attempt's own
 * duration: the writer that won goes on with its next turn at once, so a loser must wait out a few of its round
 * trips to find a gap, however slow the store is at the moment (a fixed pause let a slowed-down Azurite starve the
 * loser through all its attempts).
 */
function backoff(attempt: number, attemptMs: number): Promise<void> {
  const unit = Math.max(MIN_BACKOFF_UNIT_MS, attemptMs);
  return new Promise((resolve) => setTimeout(resolve, Math.random() * unit * 2 ** Math.min(attempt, 5)));
}
