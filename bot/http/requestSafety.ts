import type { Server as HttpServer } from 'node:http';
import type { Socket } from 'node:net';
import type { Next, Request, RequestHandler, Response, Server } from 'restify';
import type { Logger } from '../platform/logger';
import { loggableUrl } from './loggableUrl';

/** A request must arrive whole within this time (a slow body holds a connection, nothing more). */
const REQUEST_TIMEOUT_MS = 30_000;
const HEADERS_TIMEOUT_MS = 20_000;
/** A timer that fires this much after it was due means the event loop was held up (keepIdleThroughDelays). */
const LOOP_HOLD_UP_MS = 1_000;
const LOOP_TICK_MS = 250;
const ROUTE_METHODS = ['get', 'post', 'put', 'patch', 'del', 'head', 'opts'] as const;
type AnyHandler = RequestHandler | RequestHandler[];

/**
 * What no single route can forget, applied once to the whole server:
 * - an 'error' on a request or response stream (a client that resets mid-body, a write after the socket closed)
 *   has a listener, so it can never become an uncaught exception;
 * - a handler that throws synchronously answers 500 instead of throwing out of restify's process.nextTick
 *   (restify only catches rejected promises; a synchronous throw would end the process);
 * - bodies and headers that trickle in are cut off after a bounded time;
 * - an idle kept-alive connection is not closed under a request the server has not yet read (keepIdleThroughDelays).
 */
export function guardRequests(server: Server, logger: Logger): void {
  const http = server.server;
  http.requestTimeout = REQUEST_TIMEOUT_MS;
  http.headersTimeout = HEADERS_TIMEOUT_MS;
  keepIdleThroughDelays(http);
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

/**
 * Node closes a kept-alive connection once keepAliveTimeout passes after its last response with no new request. When
 * the event loop is held up (a burst of turns on a loaded machine), that close comes at the start of the loop's next
 * turn, before the sockets are read: a request the client sent meanwhile, within the idle time it was told, is still
 * unread, and closing the socket over it resets the connection (ECONNRESET: a lost turn; 50 concurrent conversations
 * in one test process failed this way at load 12+). A client in the same process (tests) also reads each response
 * late, so its own idle clock starts late. Hence a connection idle through a hold-up of the loop waits one more
 * period, in which a waiting request is read; one idle while the loop ran freely closes as Node would close it.
 */
function keepIdleThroughDelays(http: HttpServer): void {
  const idleSince = new WeakMap<Socket, number>();
  const loop = watchLoopHoldUps();
  http.once('close', loop.stop);
  http.prependListener('request', (req, res) => {
    const socket = req.socket;
    idleSince.delete(socket);
    // Node's own 'finish' listener, added before 'request' is emitted, has just armed the keep-alive timer.
    res.once('finish', () => idleSince.set(socket, Date.now()));
  });
  // With a listener here, Node leaves a timed-out socket to it (its default is to destroy it).
  http.on('timeout', (socket: Socket) => {
    const since = idleSince.get(socket);
    const period = socket.timeout ?? 0;
    const heldUp = since !== undefined && (loop.lastHoldUp() >= since || Date.now() - since - period > LOOP_HOLD_UP_MS);
    if (period === 0 || !heldUp) {
      closeUnlessRead(socket);
      return;
    }
    idleSince.set(socket, Date.now());
    socket.setTimeout(period);
  });
}

/**
 * Closes an idle connection unless a request arrives first. The idle timer fires in the event loop's timers phase,
 * before that turn's poll phase reads the sockets, so a request the client wrote during the loop's previous turn, in
 * its idle time, is still unread: closing then resets it, however short the delay (three delays under a second each,
 * none a hold-up, add up past the 3 s between fetch's idle limit and Node's). Deciding in the check phase, after the
 * poll phase has read what arrived, closes only a connection nothing came in on.
 */
function closeUnlessRead(socket: Socket): void {
  const bytesRead = socket.bytesRead;
  setImmediate(() => {
    if (socket.bytesRead === bytesRead) socket.destroy();
  });
}

/** When the event loop last ran a timer more than LOOP_HOLD_UP_MS late (epoch ms; 0 if never). */
function watchLoopHoldUps(): { lastHoldUp(): number; stop(): void } {
  let last = 0;
  let expected = Date.now() + LOOP_TICK_MS;
  const timer = setInterval(() => {
    const now = Date.now();
    if (now - expected > LOOP_HOLD_UP_MS) last = now;
    expected = now + LOOP_TICK_MS;
  }, LOOP_TICK_MS).unref();
  return { lastHoldUp: () => last, stop: () => clearInterval(timer) };
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
