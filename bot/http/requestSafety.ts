import type { Next, Request, RequestHandler, Response, Server } from 'restify';
import type { Logger } from '../platform/logger';
import { loggableUrl } from './loggableUrl';

/** A request must arrive whole within this time (a slow body holds a connection, nothing more). */
const REQUEST_TIMEOUT_MS = 30_000;
const HEADERS_TIMEOUT_MS = 20_000;
const ROUTE_METHODS = ['get', 'post', 'put', 'patch', 'del', 'head', 'opts'] as const;
type AnyHandler = RequestHandler | RequestHandler[];

/**
 * What no single route can forget, applied once to the whole server:
 * - an 'error' on a request or response stream (a client that resets mid-body, a write after the socket closed)
 *   has a listener, so it can never become an uncaught exception;
 * - a handler that throws synchronously answers 500 instead of throwing out of restify's process.nextTick
 *   (restify only catches rejected promises; a synchronous throw would end the process);
 * - bodies and headers that trickle in are cut off after a bounded time.
 */
export function guardRequests(server: Server, logger: Logger): void {
  const http = server.server;
  http.requestTimeout = REQUEST_TIMEOUT_MS;
  http.headersTimeout = HEADERS_TIMEOUT_MS;
  http.prependListener('request', (req, res) => {
    req.on('error', ignore);
    res.on('error', ignore);
  });
  const wrap = (handlers: AnyHandler[]) => handlers.flat().map((handler) => catchingThrows(handler, logger));
  for (const method of ROUTE_METHODS) {
    const register = server[method].bind(server) as (path: unknown, ...handlers: AnyHandler[]) => unknown;
    Object.assign(server, { [method]: (path: unknown, ...handlers: AnyHandler[]) => register(path, ...wrap(handlers)) });
  }
  for (const method of ['use', 'pre'] as const) {
    const register = server[method].bind(server) as (...handlers: AnyHandler[]) => Server;
    Object.assign(server, { [method]: (...handlers: AnyHandler[]) => register(...wrap(handlers)) });
  }
}

/** Same arity and name (restify reads both), no extra promise: a synchronous throw becomes a plain 500. */
export function catchingThrows(handler: RequestHandler, logger: Logger): RequestHandler {
  // restify tells error-handling middleware apart by its four parameters: leave those as they are.
  if (handler.length > 3) return handler;
  const wrapped = function (this: unknown, req: Request, res: Response, next: Next) {
    try {
      return handler.call(this, req, res, next);
    } catch (error) {
      logger.error({ err: error, method: req.method, url: loggableUrl(req.url) }, 'request handler threw');
      if (!res.headersSent) res.send(500, { code: 'InternalError', message: 'The server could not process this request.' });
      return next(false);
    }
  };
  Object.defineProperty(wrapped, 'name', { value: handler.name || 'handler' });
  return wrapped as RequestHandler;
}

function ignore(): void {
  // Nothing to answer: the request is over, and whoever reads its body has its own listener (boundedBody.ts).
}
