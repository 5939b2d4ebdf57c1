/**
 * Token buckets keyed by client or conversation: `burst` requests at once, refilled at `perSecond`.
 * A bucket idle long enough to be full again is the same as no bucket, so it is dropped: memory holds only the
 * keys active in the last few seconds (and never more than `maxKeys`), however many conversations pass through.
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
    const bucket = this.buckets.get(key) ?? { tokens: this.burst, updated: now };
    bucket.tokens = Math.min(this.burst, bucket.tokens + ((now - bucket.updated) / 1000) * this.perSecond);
    bucket.updated = now;
    const allowed = bucket.tokens >= 1;
    if (allowed) bucket.tokens -= 1;
    this.buckets.delete(key);
    this.buckets.set(key, bucket);
    this.evictRefilled(now);
    if (this.buckets.size > this.maxKeys) this.evictOldest();
    return allowed;
  }

  /** Map order is least recently used first, so the scan stops at the first bucket that is still in use. */
  private evictRefilled(now: number): void {
    const refillMs = (this.burst / this.perSecond) * 1000;
    for (const [key, bucket] of this.buckets) {
      if (now - bucket.updated < refillMs) return;
      this.buckets.delete(key);
    }
  }

  /** Seconds until one more request would pass. */
  retryAfterSeconds(): number {
    return Math.max(1, Math.ceil(1 / this.perSecond));
  }

  private evictOldest(): void {
    const oldest = this.buckets.keys().next().value;
    if (oldest !== undefined) this.buckets.delete(oldest);
  }
}
