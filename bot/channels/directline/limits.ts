import type { Next, Request, RequestHandler, Response } from 'restify';
import type { Config } from '../../platform/config';
import { RateLimiter } from '../../platform/rateLimiter';
import { isLoopbackHost } from '../../platform/loopback';

/*
 * Rate limits of the built-in Direct Line, the same buckets as /api/messages uses: messages per conversation,
 * and new conversations (tokens) per client address. Loopback clients (local tools, tests, a reverse proxy on
 * the same machine) are not limited by address, as on /api/messages.
 */

export interface DirectLineLimits {
  readonly conversation: RateLimiter;
  readonly creation: RateLimiter;
}

export function directLineLimits(config: Config): DirectLineLimits {
  return {
    conversation: new RateLimiter(config.RATE_LIMIT_CONVERSATION_BURST, config.RATE_LIMIT_CONVERSATION_PER_SECOND),
    creation: new RateLimiter(30, 1),
  };
}

/** restify handler: 429 with Retry-After when one address creates conversations too fast. */
export function limitCreation(limiter: RateLimiter): RequestHandler {
  return (req: Request, res: Response, next: Next) => {
    const client = req.socket.remoteAddress ?? 'unknown';
    if (isLoopbackHost(client) || limiter.take(client)) return next();
    res.header('Retry-After', String(limiter.retryAfterSeconds()));
    res.send(429, { error: { code: 'TooManyRequests', message: 'Too many new conversations; please wait a moment.' } });
    return next(false);
  };
}
