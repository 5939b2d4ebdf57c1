import type { Storage } from './storageTypes';

/** The item the probe rewrites; it holds only the time of the last probe. */
export const HEALTH_PROBE_KEY = 'health/probe';

export interface StoreHealthOptions {
  /** A success is reused this long, so /readyz under load costs one small write per interval, not per call. */
  readonly maxAgeMs: number;
  /** A probe that takes longer counts as a failure (the store is not usable for a turn either). */
  readonly timeoutMs?: number;
  readonly now?: () => number;
}

/**
 * Whether the store can take a write right now, for /readyz: a full disk, a read-only file or an unreachable
 * account all make a real write fail, while a read (or nothing at all) would still look fine. One tiny write,
 * at most every `maxAgeMs` while the store works, never waiting more than `timeoutMs`. A failure is not reused:
 * the next check probes again, so readiness returns as soon as the store does (concurrent checks share one probe).
 */
export class StoreHealth {
  private last?: { readonly at: number; readonly writable: boolean };
  private running?: Promise<boolean>;
  private readonly now: () => number;

  constructor(private readonly storage: Storage, private readonly options: StoreHealthOptions) {
    this.now = options.now ?? Date.now;
  }

  writable(): Promise<boolean> {
    if (this.last?.writable && this.now() - this.last.at < this.options.maxAgeMs) return Promise.resolve(true);
    this.running ??= this.probe().finally(() => { this.running = undefined; });
    return this.running;
  }

  private async probe(): Promise<boolean> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<boolean>((resolve) => { timer = setTimeout(() => resolve(false), this.options.timeoutMs ?? 800); });
    const write = this.storage.write({ [HEALTH_PROBE_KEY]: { checkedAt: this.now() } }).then(() => true, () => false);
    const writable = await Promise.race([write, timeout]);
    clearTimeout(timer);
    this.last = { at: this.now(), writable };
    return writable;
  }
}
