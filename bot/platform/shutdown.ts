import type { Server } from 'restify';
import type { Logger } from './logger';

/**
 * SIGTERM / SIGINT: stop accepting connections, let the turns in flight finish (their state is written before
 * their replies are sent), wait for the stores to close, then exit. Idle keep-alive connections are closed at
 * once; anything still open after `graceMs` (a stuck socket) is cut so the process always ends.
 */
export function onShutdownSignals(server: Server, released: Promise<void>, logger: Logger, graceMs = 10_000): void {
  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down: finishing turns in flight');
    const http = server.server;
    server.close(() => void released.then(() => process.exit(0)));
    http.closeIdleConnections();
    setTimeout(() => {
      logger.warn('shutdown grace period over: closing remaining connections');
      http.closeAllConnections();
      setTimeout(() => process.exit(1), 1000).unref();
    }, graceMs).unref();
  };
  process.once('SIGTERM', () => stop('SIGTERM'));
  process.once('SIGINT', () => stop('SIGINT'));
}
