import type { Storage, StoreItem } from 'botbuilder';
import { KeyedQueue } from './keyedQueue';
import { StorageConflictError, StorageError, StorageUnavailableError, isEtagConflict } from './storageErrors';

/**
 * eTag of an item written for the first time. It can never equal a real eTag, so the write succeeds only while the
 * item is still absent: MemoryStorage and SqliteStorage write to an absent key whatever eTag is given and refuse a
 * mismatch on an existing one; ResilientBlobsStorage turns it into a create-only upload (If-None-Match: *).
 * Without it, two instances starting the same conversation would both "win" and one turn would be lost.
 */
export const NEW_ITEM_ETAG = 'new-item';

/** What is stored per conversation: the engine's state and when the conversation was last active. */
export interface StoredConversation<S> extends StoreItem {
  readonly state: S;
  /** Epoch milliseconds of the last turn; older than the TTL means the conversation starts afresh. */
  readonly lastActive: number;
}

export interface ConversationStoreOptions<S> {
  readonly initial: S;
  readonly ttlMs: number;
  /** Attempts per turn when other instances keep winning the eTag race. */
  readonly maxAttempts?: number;
  readonly now?: () => number;
  /**
   * A stored state the step cannot work with (damaged, or from an incompatible version): told here, and the
   * turn runs on the initial state instead, so the conversation starts afresh rather than failing every turn.
   */
  readonly onUnusableState?: (key: string, error: unknown) => void;
}

export interface TurnOutcome<R> {
  readonly result: R;
  /** 1 unless another writer got in first and the turn was re-run on fresher state. */
  readonly attempts: number;
}

/**
 * One turn = read state + eTag, run the step (the engine: pure), write with the eTag; on a conflict re-read and re-run, so no
 * turn is ever dropped or applied to stale state. Replies are delivered only after the write succeeded, and the
 * whole sequence is serialised per conversation within this process.
 */
export class ConversationStore<S> {
  private readonly queue = new KeyedQueue();
  private readonly maxAttempts: number;
  private readonly now: () => number;

  constructor(private readonly storage: Storage, private readonly options: ConversationStoreOptions<S>) {
    this.maxAttempts = options.maxAttempts ?? 8;
    this.now = options.now ?? Date.now;
  }

  /**
   * `step` may run more than once (after a conflict), so it must be pure or idempotent; `deliver` runs once, after
   * the write, and must not start another turn of the same conversation (it would wait for itself).
   * Throws StorageError (never a half-written turn) when the store is down or the conflicts outlast the retries.
   */
  runTurn<R extends { readonly state: S }>(
    key: string, step: (state: S) => R | Promise<R>, deliver: (outcome: TurnOutcome<R>) => Promise<void>,
  ): Promise<void> {
    return this.queue.run(key, async () => deliver(await this.commit(key, step)));
  }

  /** The state a conversation would start its next turn with (for tests and diagnostics). */
  async peek(key: string): Promise<S> {
    return (await this.load(key)).state;
  }

  private async commit<R extends { readonly state: S }>(key: string, step: (state: S) => R | Promise<R>): Promise<TurnOutcome<R>> {
    for (let attempt = 1; attempt <= this.maxAttempts; attempt += 1) {
      const { state, eTag } = await this.load(key);
      const result = await this.stepOrAfresh(key, state, step);
      const item: StoredConversation<S> = { state: result.state, lastActive: this.now(), eTag: eTag ?? NEW_ITEM_ETAG };
      try {
        await this.storage.write({ [key]: item });
        return { result, attempts: attempt };
      } catch (error) {
        if (!isEtagConflict(error)) throw asStorageError('write', error);
        await backoff(attempt);
      }
    }
    throw new StorageConflictError(key);
  }

  private async stepOrAfresh<R>(key: string, state: S, step: (state: S) => R | Promise<R>): Promise<R> {
    try {
      return await step(state);
    } catch (error) {
      if (state === this.options.initial || !this.options.onUnusableState) throw error;
      this.options.onUnusableState(key, error);
      return step(this.options.initial);
    }
  }

  private async load(key: string): Promise<{ state: S; eTag?: string }> {
    let items;
    try {
      items = await this.storage.read([key]);
    } catch (error) {
      throw asStorageError('read', error);
    }
    const stored = items[key] as Partial<StoredConversation<S>> | undefined;
    if (!stored || stored.state === null || typeof stored.state !== 'object') return { state: this.options.initial, eTag: stored?.eTag };
    // An expired conversation starts afresh, but keeps the eTag so the write still detects a concurrent turn.
    const expired = this.now() - (stored.lastActive ?? 0) > this.options.ttlMs;
    return { state: expired ? this.options.initial : stored.state, eTag: stored.eTag };
  }
}

function asStorageError(operation: string, error: unknown): StorageError {
  return error instanceof StorageError ? error : new StorageUnavailableError(operation, error);
}

/** Jittered, growing pause so instances that collided do not collide again in lockstep. */
function backoff(attempt: number): Promise<void> {
  const ms = Math.random() * 10 * 2 ** Math.min(attempt, 5);
  return new Promise((resolve) => setTimeout(resolve, ms));
}
