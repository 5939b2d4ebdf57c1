/**
 * Runs tasks one at a time per key, in arrival order; different keys run side by side. Within one process this
 * serialises the turns of a conversation, so eTag retries are only ever needed between instances.
 */
export class KeyedQueue {
  private readonly tails = new Map<string, Promise<unknown>>();

  run<T>(key: string, task: () => Promise<T>): Promise<T> {
    const previous = this.tails.get(key) ?? Promise.resolve();
    const result = previous.then(task);
    // The tail never rejects, so a failed turn does not block the next one.
    const tail = result.then(() => undefined, () => undefined);
    this.tails.set(key, tail);
    // Forget the key once nothing is queued behind this task, so the map does not grow with every conversation.
    void tail.then(() => {
      if (this.tails.get(key) === tail) this.tails.delete(key);
    });
    return result;
  }

  /** Keys with work in flight (for tests and diagnostics). */
  get size(): number {
    return this.tails.size;
  }
}
