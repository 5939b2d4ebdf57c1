import type { Server } from 'restify';

/** A dependency the bot needs to answer turns, checked by /readyz. */
export interface DependencyCheck {
  /** How operators name it, e.g. "store". */
  readonly dependency: string;
  /** What it is and what a failure means, e.g. "sqlite store: cannot take writes". */
  readonly failure: string;
  readonly ok: () => Promise<boolean>;
}

/**
 * GET /healthz is liveness: the process is up and serving (it listens only once content is loaded and the recognizer
 * trained), so a restart is the right answer when it fails. GET /readyz is readiness: every dependency a turn needs
 * works now; while one does not it answers 503 naming it, so a load balancer sends users elsewhere and nobody
 * restarts a bot whose store is what is down.
 */
export function registerHealthRoutes(server: Server, checks: readonly DependencyCheck[]): void {
  server.get('/healthz', async (_req, res) => {
    res.header('Cache-Control', 'no-store');
    res.send(200, { status: 'ok' });
  });
  server.get('/readyz', async (_req, res) => {
    const results = await Promise.all(
      checks.map(async (check) => ({ check, ok: await check.ok().catch(() => false) })),
    );
    const failed = results
      .filter((result) => !result.ok)
      .map(({ check }) => ({ dependency: check.dependency, reason: check.failure }));
    res.header('Cache-Control', 'no-store');
    if (failed.length > 0) res.send(503, { status: 'unavailable', failed });
    else res.send(200, { status: 'ready', checked: checks.map((check) => check.dependency) });
  });
}
