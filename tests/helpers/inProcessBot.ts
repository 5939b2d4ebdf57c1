import type { AddressInfo } from 'node:net';
import { createApp, type AppOverrides } from '../../bot/app';
import { loadConfig } from '../../bot/platform/config';
import { createLogger } from '../../bot/platform/logger';
import { say, type Say } from './chat';
import { TEST_NLU_CACHE_DIR } from './nluCache';

/** The real app in this process on a free loopback port. */
export async function startBot(env: Record<string, string>, overrides?: AppOverrides) {
  const app = createApp(loadConfig({ LOG_LEVEL: 'silent', NLU_CACHE_DIR: TEST_NLU_CACHE_DIR, ...env }), createLogger('silent'), overrides);
  await new Promise<void>((resolve) => app.server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
  return {
    url,
    app,
    say: ((conversationId, text) => say(url, conversationId, text)) as Say,
    // Settles once the help desk has written its last counts and the stores are closed.
    close: () => { app.server.close(); return app.released; },
  };
}
