import type { Next, Request, RequestHandler, Response } from 'restify';
import type { ClientResolver } from '../../platform/clientAddress';
import type { Config } from '../../platform/config';
import { isLoopbackHost } from '../../platform/loopback';
import { RateLimiter } from '../../platform/rateLimiter';

/*
 * Rate limits of the built-in Direct Line: messages per conversation (the same buckets as /api/messages), new
 * conversations (tokens) per client, and token refreshes per conversation (Web Chat refreshes every 15 minutes).
 * Clients are read through TRUST_PROXY, so behind a trusted proxy each visitor has their own budget; a loopback
 * client (local tools, tests, or a proxy that is not trusted) is not limited by address.
 */

export interface DirectLineLimits {
  readonly conversation: RateLimiter;
  readonly creation: RateLimiter;
  readonly refresh: RateLimiter;
  readonly clients: ClientResolver;
}

export function directLineLimits(config: Config, clients: ClientResolver): DirectLineLimits {
  return {
    conversation: new RateLimiter(config.RATE_LIMIT_CONVERSATION_BURST, config.RATE_LIMIT_CONVERSATION_PER_SECOND),
    creation: new RateLimiter(30, 1),
    refresh: new RateLimiter(3, 1 / 60),
    clients,
  };
}

/**
 * The per-client key a conversation is counted under, or undefined when it is not counted: a loopback client
 * (this machine's tools), or a caller holding the Direct Line secret (a trusted back end minting for many users).
 */
export function ownerOf(req: Request, clients: ClientResolver, access?: { readonly kind: string }): string | undefined {
  if (access?.kind === 'secret') return undefined;
  const client = clients.resolve(req);
  return isLoopbackHost(client.address) ? undefined : client.key;
}

/** restify handler: 429 with Retry-After when one client creates conversations too fast. */
export function limitCreation(limits: DirectLineLimits): RequestHandler {
  return (req: Request, res: Response, next: Next) => {
    const owner = ownerOf(req, limits.clients);
    if (owner === undefined || limits.creation.take(owner)) return next();
    res.header('Retry-After', String(limits.creation.retryAfterSeconds()));
    res.send(429, { error: { code: 'TooManyRequests', message: 'Too many new conversations; please wait a moment.' } });
    return next(false);
  };
}
