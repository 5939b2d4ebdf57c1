import { mkdtempSync, rmSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { say, stepOf, walkToStep1 } from '../../helpers/chat';
import { startMain } from '../../helpers/mainProcess';

/** Sends one activity slowly: headers and half the body, then (after `pause`) the rest; resolves with the raw response. */
function slowPost(url: string, body: string, pause: () => Promise<void>): Promise<string> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve, reject) => {
    const socket = connect(Number(port), hostname, async () => {
      const bytes = Buffer.from(body);
      socket.write(`POST /api/messages HTTP/1.1\r\nHost: ${hostname}\r\nContent-Type: application/json\r\nContent-Length: ${bytes.length}\r\nConnection: close\r\n\r\n`);
      socket.write(bytes.subarray(0, 40));
      await pause();
      socket.write(bytes.subarray(40));
    });
    let response = '';
    socket.on('data', (chunk) => { response += chunk.toString(); });
    socket.on('end', () => resolve(response));
    socket.on('error', reject);
  });
}

describe('SIGTERM during a turn', () => {
  let dataDir: string;
  beforeAll(() => { dataDir = mkdtempSync(join(tmpdir(), 'bot-shutdown-')); });
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('finishes the turn in flight (reply sent, state written), then exits cleanly', async () => {
    const env = { STORAGE: 'sqlite', DATA_DIR: dataDir };
    const bot = await startMain(env);
    await walkToStep1((text) => say(bot.url, 'sigterm', text));
    const exitCode = new Promise<number | null>((resolve) => bot.child.once('exit', (code) => resolve(code)));
    const activity = JSON.stringify({
      type: 'message', id: 'slow', text: 'next', deliveryMode: 'expectReplies', channelId: 'test', serviceUrl: 'http://127.0.0.1:9',
      from: { id: 'user-sigterm' }, recipient: { id: 'bot' }, conversation: { id: 'sigterm' },
    });
    const response = await slowPost(bot.url, activity, async () => {
      bot.child.kill('SIGTERM');
      await new Promise((r) => setTimeout(r, 300));
    });
    expect(response).toMatch(/^HTTP\/1\.1 200/);
    expect(response).toContain('Step 2 of 6');
    expect(await exitCode).toBe(0);

    const again = await startMain(env);
    try {
      expect(stepOf(await say(again.url, 'sigterm', 'next'))).toBe(3);
    } finally {
      await again.stop('SIGTERM');
    }
  });
});
