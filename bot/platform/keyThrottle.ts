import { RateLimiter } from './rateLimiter';

/**
 * Wrong keys per client, shared by every endpoint that takes a key (/desk, /api/triage): a few mistakes at once,
 * then one attempt per 10 s. While a client is over that rate NO key of theirs is compared, the right one
 * included, so guessing gets nothing out of the answers; the wait ends once the window has passed. Sessions
 * (already signed in) are not keys and are not affected.
 */
export class WrongKeyThrottle {
  private readonly failures: RateLimiter;

  constructor(burst = 10, perSecond = 0.1) {
    this.failures = new RateLimiter(burst, perSecond, 10_000);
  }

  /** Seconds this client must wait before a key it presents is checked at all; 0 when it may try now. */
  lockedFor(clientKey: string, now = Date.now()): number {
    return this.failures.waitSeconds(clientKey, now);
  }

  /** Counts a wrong key against the client. */
  failed(clientKey: string, now = Date.now()): void {
    this.failures.take(clientKey, now);
  }
}
