import { createHash } from 'node:crypto';

/** Keys longer than this are kept as a 43-character hash, so a bucket costs the same whatever the key. */
const LONGEST_KEPT_KEY = 64;

/**
 * Token buckets keyed by client or conversation: `burst` requests at once, refilled at `perSecond`.
 * A bucket idle long enough to be full again is the same as no bucket, so it is dropped: memory holds only the
 * keys active in the last few seconds, never more than `maxKeys`, each at most ~200 bytes (long keys are hashed),
 * however many conversations pass through.
 */
export class RateLimiter {
  private readonly buckets = new Map<string, { tokens: number; updated: number }>();

  constructor(private readonly burst: number, private readonly perSecond: number, private readonly maxKeys = 50_000) {}

  /** Keys currently tracked (for tests and diagnostics). */
  get size(): number {
    return this.buckets.size;
  }

  /** Takes one token for `key`; false when the key is over its rate. */
  take(key: string, now = Date.now()): boolean {
    const stored = storedKey(key);
    const bucket = this.refilled(stored, now);
    const allowed = bucket.tokens >= 1;
    if (allowed) bucket.tokens -= 1;
    this.buckets.delete(stored);
    this.buckets.set(stored, bucket);
    this.evictRefilled(now);
    if (this.buckets.size > this.maxKeys) this.evictOldest();
    return allowed;
  }

  /** Seconds until `key` may pass again without taking a token (0: it may now). */
  waitSeconds(key: string, now = Date.now()): number {
    const bucket = this.buckets.get(storedKey(key));
    if (!bucket) return 0;
    const tokens = Math.min(this.burst, bucket.tokens + ((now - bucket.updated) / 1000) * this.perSecond);
    return tokens >= 1 ? 0 : Math.max(1, Math.ceil((1 - tokens) / this.perSecond));
  }

  /** Seconds until one more request would pass. */
  retryAfterSeconds(): number {
    return Math.max(1, Math.ceil(1 / this.perSecond));
  }

  private refilled(key: string, now: number): { tokens: number; updated: number } {
    const bucket = this.buckets.get(key) ?? { tokens: this.burst, updated: now };
    bucket.tokens = Math.min(this.burst, bucket.tokens + ((now - bucket.updated) / 1000) * this.perSecond);
    bucket.updated = now;
    return bucket;
  }

  /** Map order is least recently used first, so the scan stops at the first bucket that is still in use. */
  private evictRefilled(now: number): void {
    const refillMs = (this.burst / this.perSecond) * 1000;
    for (const [key, bucket] of this.buckets) {
      if (now - bucket.updated < refillMs) return;
      this.buckets.delete(key);
    }
  }

  private evictOldest(): void {
    const oldest = this.buckets.keys().next().value;
    if (oldest !== undefined) this.buckets.delete(oldest);
  }
}

function storedKey(key: string): string {
  return key.length <= LONGEST_KEPT_KEY ? key : createHash('sha256').update(key).digest('base64url');
}
