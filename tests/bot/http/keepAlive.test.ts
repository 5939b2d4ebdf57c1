import type { AddressInfo } from 'node:net';
import { connect, type Socket } from 'node:net';
import type { Server } from 'restify';
import { createRestifyServer } from '../../../bot/http/restifyServer';
import { guardRequests } from '../../../bot/http/requestSafety';
import { createLogger } from '../../../bot/platform/logger';

/** A kept-alive connection's idle limit here (Node waits a second more before it closes the connection). */
const KEEP_ALIVE_MS = 100;

let server: Server;
let port: number;
/** Called on the server's side as a connection's idle timer is armed (tests that need the moment register here). */
const idleTimerArmed = new WeakMap<Socket, () => void>();

beforeAll(async () => {
  server = createRestifyServer('keep-alive-test');
  guardRequests(server, createLogger('silent'));
  server.get('/ping', (_req, res, next) => {
    res.send(200, { pong: true });
    next();
  });
  server.server.keepAliveTimeout = KEEP_ALIVE_MS;
  // Node arms a kept-alive connection's idle timer in its own 'finish' listener, which runs before this one.
  server.server.on('request', (req, res) => res.once('finish', () => idleTimerArmed.get(req.socket)?.()));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

/** Holds this process (the server's event loop) as a burst of turns on a loaded machine would. */
function holdEventLoop(ms: number): void {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    // busy: nothing else runs meanwhile
  }
}

/**
 * Two requests on one connection: the second is sent as soon as the first is answered, then the event loop is held
 * for `holdMs` before the server gets to read it. Resolves with the status codes received before the socket closed.
 */
function twoRequestsAcross(holdMs: number): Promise<string[]> {
  const request = 'GET /ping HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: keep-alive\r\n\r\n';
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1', () => socket.write(request));
    let received = '';
    let sentSecond = false;
    socket.on('data', (chunk: Buffer) => {
      received += chunk.toString('latin1');
      if (!sentSecond && /\r\n\r\n\{"pong":true\}/.test(received)) {
        sentSecond = true;
        socket.write(request);
        holdEventLoop(holdMs);
      }
      if ((received.match(/HTTP\/1\.1 200/g) ?? []).length === 2) socket.end();
    });
    socket.on('error', () => undefined);
    socket.on('close', () => resolve((received.match(/HTTP\/1\.1 \d{3}/g) ?? []).map((line) => line.slice(9))));
  });
}

/**
 * Two requests on one connection, the second written in the turn of the event loop in which the server's idle timer
 * comes due (after that turn's timers ran, before the next turn's): the server's timer then fires before the server
 * reads the request, though the loop was never held up for a second. Resolves with the status codes received, or
 * 'scene not set' when the idle timer had already fired before the write (a machine that stalled right then).
 */
function requestAtTheIdleLimit(): Promise<string[] | 'scene not set'> {
  const request = 'GET /ping HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: keep-alive\r\n\r\n';
  return new Promise((resolve) => {
    let serverSide: Socket | undefined;
    const onConnection = (socket: Socket) => {
      serverSide = socket;
      idleTimerArmed.set(socket, () => {
        idleTimerArmed.delete(socket);
        let idleTimerFired = false;
        socket.once('timeout', () => { idleTimerFired = true; });
        const due = Date.now() + KEEP_ALIVE_MS + 1_000;
        // A timer armed now runs before the idle timer, whatever the load. It holds the loop until the idle timer
        // is due (0.8 s, under the hold-up that keepIdleThroughDelays looks for), then writes after the timers ran.
        setTimeout(() => {
          holdEventLoop(due + 50 - Date.now());
          setImmediate(() => {
            if (idleTimerFired) {
              client.destroy();
              resolve('scene not set');
            } else {
              client.write(request);
            }
          });
        }, KEEP_ALIVE_MS + 1_000 - 800);
      });
    };
    server.server.once('connection', onConnection);
    const client = connect(port, '127.0.0.1', () => client.write(request));
    let received = '';
    client.on('data', (chunk: Buffer) => {
      received += chunk.toString('latin1');
      if ((received.match(/HTTP\/1\.1 200/g) ?? []).length === 2) client.end();
    });
    client.on('error', () => undefined);
    client.on('close', () => {
      if (serverSide) idleTimerArmed.delete(serverSide);
      // After 'scene not set', this second resolve changes nothing.
      resolve((received.match(/HTTP\/1\.1 \d{3}/g) ?? []).map((line) => line.slice(9)));
    });
  });
}

describe('kept-alive connections while the server is held up', () => {
  it('answers a request sent on a kept-alive connection in time, even when the server reads it after the idle limit', async () => {
    // The keep-alive timer (100 ms + Node's 1 s) comes due while the loop is held: the request is already waiting.
    expect(await twoRequestsAcross(KEEP_ALIVE_MS + 1_000 + 1_500)).toEqual(['200', '200']);
  });

  it('answers a request sent just before the idle limit that the server reads just after it (no hold-up over a second)', async () => {
    // The scene needs the server's idle timer to come due between the request's write and its read; on a machine that
    // stalls so that the timer fires before the request is even written, the connection is rightly closed: try again.
    for (let attempt = 0; attempt < 5; attempt += 1) {
      const outcome = await requestAtTheIdleLimit();
      if (outcome !== 'scene not set') return expect(outcome).toEqual(['200', '200']);
    }
    console.warn('keepAlive.test: the machine stalled at the idle limit in every attempt; nothing was checked');
  });

  it('still closes a connection left idle past the limit while the server ran freely', async () => {
    const closed = await new Promise<number>((resolve) => {
      const socket = connect(port, '127.0.0.1', () => socket.write('GET /ping HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n'));
      const started = Date.now();
      socket.on('data', () => undefined);
      socket.on('close', () => resolve(Date.now() - started));
    });
    // Closed, whenever that is (a loaded machine holds the loop, and a held-up connection gets one more period), and
    // not before the idle limit.
    expect(closed).toBeGreaterThanOrEqual(KEEP_ALIVE_MS);
  });
});
