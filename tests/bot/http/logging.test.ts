import type { AddressInfo } from 'node:net';
import { Writable } from 'node:stream';
import { createApp } from '../../../bot/app';
import { loadConfig } from '../../../bot/platform/config';
import { createLogger } from '../../../bot/platform/logger';
import { TEST_NLU_CACHE_DIR } from '../../helpers/nluCache';
import { head, rawRequest } from '../../helpers/rawHttp';

/** The real app logging at debug level into memory: what an operator's log would hold. */
async function loggingServer() {
  const lines: string[] = [];
  const sink = new Writable({ write(chunk, _encoding, done) { lines.push(String(chunk)); done(); } });
  const app = createApp(loadConfig({ LOG_LEVEL: 'debug', STORAGE: 'memory', NLU_CACHE_DIR: TEST_NLU_CACHE_DIR }), createLogger('debug', sink));
  await new Promise<void>((resolve) => app.server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
  return { url, log: () => lines.join(''), close: () => new Promise<void>((resolve) => app.server.close(() => resolve())) };
}

describe('what reaches the log from hostile requests', () => {
  it('never a request body, nor a token from a URL', async () => {
    const server = await loggingServer();
    try {
      const secret = 'Hunter2-body-secret';
      const bad = `{"text": "my password is ${secret}"`;
      await rawRequest(server.url, head('POST', '/api/messages', { 'content-type': 'application/json', 'content-length': bad.length }), bad);
      await rawRequest(server.url, head('POST', '/v3/directline/tokens/generate', { 'content-type': 'application/json', 'content-length': bad.length }), bad);
      const page = await (await fetch(`${server.url}/api/directline/token`, { method: 'POST' })).json() as { token: string; conversationId: string };
      await fetch(`${server.url}/v3/directline/conversations/${page.conversationId}/stream?t=${page.token}&watermark=2`);
      await fetch(`${server.url}/nowhere?key=${secret}`);
      const log = server.log();
      expect(log).toContain('stream?t=[REDACTED]&watermark=2');
      expect(log).not.toContain(secret);
      expect(log).not.toContain(page.token);
    } finally {
      await server.close();
    }
  });
});
