import type { Logger } from '../../platform/logger';

/** A failure that retrying cannot fix (e.g. the receiver answered 400): the job is dropped at once. */
export class PermanentFailure extends Error {
  readonly code = 'PERMANENT_FAILURE';
}

export interface RetryQueueOptions {
  /** Pause before each retry; its length bounds the attempts (1 + delays.length). */
  readonly delaysMs: readonly number[];
  /** Jobs waiting for a retry at once; beyond it new failures are dropped (logged), so memory stays bounded. */
  readonly maxWaiting?: number;
}

/** Delays that double from `firstMs`, capped at `maxMs`, for `attempts` attempts in all. */
export function doublingDelays(attempts: number, firstMs = 2000, maxMs = 300_000): number[] {
  return Array.from({ length: Math.max(0, attempts - 1) }, (_, i) => Math.min(maxMs, firstMs * 2 ** i));
}

/**
 * Background delivery with bounded retries: a job runs at once; if it throws, it is retried after each delay in
 * turn, then given up (logged). Callers never wait for it: a help-desk ticket is already stored when its
 * notifications are queued, so a receiver that is down delays the notice but loses nothing the clerks can see.
 */
export class RetryQueue {
  private readonly timers = new Set<NodeJS.Timeout>();
  private running = 0;
  private idleWaiters: (() => void)[] = [];
  private closed = false;

  constructor(private readonly options: RetryQueueOptions, private readonly logger: Logger) {}

  submit(name: string, job: () => Promise<void>): void {
    if (this.closed) return;
    void this.attempt(name, job, 1);
  }

  /** Resolves once no job is running or waiting (tests; orderly shutdown). */
  idle(): Promise<void> {
    if (this.running === 0 && this.timers.size === 0) return Promise.resolve();
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  /** Stops retrying; jobs still waiting are dropped (they are logged). */
  close(): void {
    this.closed = true;
    if (this.timers.size > 0) this.logger.warn({ waiting: this.timers.size }, 'retry queue closed with deliveries still waiting');
    for (const timer of this.timers) clearTimeout(timer);
    this.timers.clear();
    this.settle();
  }

  private async attempt(name: string, job: () => Promise<void>, attempt: number): Promise<void> {
    this.running += 1;
    try {
      await job();
      if (attempt > 1) this.logger.info({ job: name, attempt }, 'delivered after retrying');
    } catch (error) {
      this.retryLater(name, job, attempt, error);
    } finally {
      this.running -= 1;
      this.settle();
    }
  }

  private retryLater(name: string, job: () => Promise<void>, attempt: number, error: unknown): void {
    const delay = this.options.delaysMs[attempt - 1];
    const reason = error instanceof Error ? error.message : String(error);
    if (error instanceof PermanentFailure || delay === undefined || this.closed) {
      this.logger.error({ job: name, attempt, reason }, 'delivery failed; giving up');
      return;
    }
    if (this.timers.size >= (this.options.maxWaiting ?? 1000)) {
      this.logger.error({ job: name, attempt, reason }, 'delivery failed and the retry queue is full; dropped');
      return;
    }
    this.logger.warn({ job: name, attempt, reason, retryInMs: delay }, 'delivery failed; will retry');
    // unref: a pending retry never keeps the process (or a test run) alive on its own.
    const timer = setTimeout(() => {
      this.timers.delete(timer);
      void this.attempt(name, job, attempt + 1);
    }, delay).unref();
    this.timers.add(timer);
  }

  private settle(): void {
    if (this.running > 0 || this.timers.size > 0) return;
    const waiters = this.idleWaiters;
    this.idleWaiters = [];
    for (const resolve of waiters) resolve();
  }
}
