import type { Storage, StoreItem } from './storageTypes';
import { readItem, writeOptimistically, type Written } from './etagUpdate';
import { KeyedQueue } from './keyedQueue';

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

/** The turn's result, and 1 attempt unless another writer got in first and the turn was re-run on fresher state. */
export type TurnOutcome<R> = Written<R>;

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
    return this.stateOf(await readItem<StoredConversation<S>>(this.storage, key));
  }

  private commit<R extends { readonly state: S }>(key: string, step: (state: S) => R | Promise<R>): Promise<TurnOutcome<R>> {
    return writeOptimistically(this.storage, key, async (stored) => {
      const result = await this.stepOrAfresh(key, this.stateOf(stored as Partial<StoredConversation<S>> | undefined), step);
      const write: Omit<StoredConversation<S>, 'eTag'> = { state: result.state, lastActive: this.now() };
      return { write, result };
    }, this.maxAttempts);
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

  /**
   * The state a turn starts from. An expired conversation starts afresh; its stored eTag still guards the write, so
   * a concurrent turn is detected.
   */
  private stateOf(stored: Partial<StoredConversation<S>> | undefined): S {
    if (!stored || stored.state === null || typeof stored.state !== 'object') return this.options.initial;
    const expired = this.now() - (stored.lastActive ?? 0) > this.options.ttlMs;
    return expired ? this.options.initial : stored.state;
  }
}
