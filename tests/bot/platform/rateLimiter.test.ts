import { RateLimiter } from '../../../bot/platform/rateLimiter';

describe('rate limiter', () => {
  it('allows a burst, then refills at the given rate', () => {
    const limiter = new RateLimiter(3, 1);
    expect([1, 2, 3, 4].map(() => limiter.take('c', 0))).toEqual([true, true, true, false]);
    expect(limiter.take('c', 1000)).toBe(true);
    expect(limiter.take('c', 1000)).toBe(false);
  });

  it('forgets keys idle long enough to be full again, so memory stays flat under many conversations', () => {
    const limiter = new RateLimiter(20, 5);
    for (let i = 0; i < 10_000; i += 1) limiter.take(`conversation-${i}`, i * 10);
    // 20 tokens at 5 per second refill in 4 s: only the keys of the last 4 s (400 at one every 10 ms) remain.
    expect(limiter.size).toBeLessThanOrEqual(401);
  });
});
