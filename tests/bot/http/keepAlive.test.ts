import type { AddressInfo } from 'node:net';
import { connect } from 'node:net';
import type { Server } from 'restify';
import { createRestifyServer } from '../../../bot/http/restifyServer';
import { guardRequests } from '../../../bot/http/requestSafety';
import { createLogger } from '../../../bot/platform/logger';

/** A kept-alive connection's idle limit here (Node waits a second more before it closes the connection). */
const KEEP_ALIVE_MS = 100;

let server: Server;
let port: number;

beforeAll(async () => {
  server = createRestifyServer('keep-alive-test');
  guardRequests(server, createLogger('silent'));
  server.get('/ping', (_req, res, next) => {
    res.send(200, { pong: true });
    next();
  });
  server.server.keepAliveTimeout = KEEP_ALIVE_MS;
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

describe('kept-alive connections while the server is held up', () => {
  it('answers a request sent on a kept-alive connection in time, even when the server reads it after the idle limit', async () => {
    // The keep-alive timer (100 ms + Node's 1 s) comes due while the loop is held: the request is already waiting.
    expect(await twoRequestsAcross(KEEP_ALIVE_MS + 1_000 + 1_500)).toEqual(['200', '200']);
  });

  it('still closes a connection left idle past the limit while the server ran freely', async () => {
    const closed = await new Promise<number>((resolve) => {
      const socket = connect(port, '127.0.0.1', () => socket.write('GET /ping HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n'));
      const started = Date.now();
      socket.on('data', () => undefined);
      socket.on('close', () => resolve(Date.now() - started));
    });
    expect(closed).toBeGreaterThanOrEqual(KEEP_ALIVE_MS);
    expect(closed).toBeLessThan(10_000);
  });
});
