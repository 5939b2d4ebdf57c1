import type { Next, Request, RequestHandler, Response } from 'restify';
import { checkActivity, isSafeLocalDelivery } from './activityCheck';
import type { ClientResolver } from '../platform/clientAddress';
import { isLoopbackHost, namesLoopbackHost } from '../platform/loopback';
import { RateLimiter } from '../platform/rateLimiter';

export interface MessageGuardOptions {
  /** No Bot Framework credentials: replies may only go back in the HTTP response or to loopback. */
  readonly localMode: boolean;
  readonly clients: ClientResolver;
  readonly conversationLimiter: RateLimiter;
  readonly clientLimiter: RateLimiter;
}

/** Clear 4xx answers for what the Bot Framework endpoint must not process; never a stack trace. */
export function messageGuards(options: MessageGuardOptions): RequestHandler[] {
  return [requireJson, checkBody(options), limitRate(options)];
}

function refuse(res: Response, next: Next, status: number, code: string, message: string): void {
  res.send(status, { code, message });
  next(false);
}

function requireJson(req: Request, res: Response, next: Next): void {
  if (!req.is('application/json')) {
    refuse(res, next, 415, 'UnsupportedMediaType', 'Send the activity as JSON with "Content-Type: application/json".');
    return;
  }
  next();
}

function checkBody(options: MessageGuardOptions): RequestHandler {
  return (req: Request, res: Response, next: Next) => {
    const checked = checkActivity(req.body);
    if (!checked.ok) return refuse(res, next, 400, 'BadActivity', checked.message);
    // This machine only: a loopback client with nothing forwarded for anyone else (a proxy on this machine makes
    // everyone loopback), naming this machine as its Host (a page rebinding its own name to 127.0.0.1 does not).
    if (options.localMode && !(options.clients.resolve(req).local && namesLoopbackHost(req.header('host')))) {
      return refuse(res, next, 403, 'LocalModeOnly',
        'Without Bot Framework credentials this endpoint only serves this machine; use the Direct Line channel instead.');
    }
    if (options.localMode && !isSafeLocalDelivery(checked.activity)) {
      return refuse(res, next, 403, 'ReplyTargetRefused',
        'Without Bot Framework credentials this bot only answers with deliveryMode "expectReplies" (or to the Bot Framework Emulator).');
    }
    return next();
  };
}

function limitRate(options: MessageGuardOptions): RequestHandler {
  return (req: Request, res: Response, next: Next) => {
    const client = options.clients.resolve(req);
    const conversation = String((req.body as { conversation: { id: string } }).conversation.id);
    // Channel traffic arrives from a few Bot Service addresses, and local tools from loopback: only
    // conversations are limited there; other direct clients are limited by address too.
    const limitedClient = !isLoopbackHost(client.address) && !options.clientLimiter.take(client.key);
    if (limitedClient || !options.conversationLimiter.take(conversation)) {
      res.header('Retry-After', String(options.conversationLimiter.retryAfterSeconds()));
      return refuse(res, next, 429, 'TooManyRequests', 'Too many messages at once; please wait a moment and try again.');
    }
    return next();
  };
}
