import type { AddressInfo } from 'node:net';
import { createApp } from '../../bot/app';
import { loadConfig } from '../../bot/platform/config';
import { createLogger } from '../../bot/platform/logger';
import { postMessage, type BotActivity as BotReply } from './postMessage';
import { TEST_NLU_CACHE_DIR } from './nluCache';

export type { BotActivity as BotReply } from './postMessage';

/** The real app (content, recognizer, engine, adapter, restify) on a free loopback port. */
export async function startTestServer(env: Record<string, string> = {}) {
  // In memory unless a test asks otherwise: tests that are not about storage never touch ./data.
  const config = loadConfig({ LOG_LEVEL: 'silent', STORAGE: 'memory', NLU_CACHE_DIR: TEST_NLU_CACHE_DIR, ...env });
  const app = createApp(config, createLogger('silent'));
  await new Promise<void>((resolve) => app.server.listen(0, '127.0.0.1', resolve));
  const { port } = app.server.address() as AddressInfo;
  const url = `http://127.0.0.1:${port}`;
  /** Sends one message with deliveryMode expectReplies and returns the bot's replies. */
  const say = (conversationId: string, text: string, extra: Record<string, unknown> = {}): Promise<BotReply[]> =>
    postMessage(url, conversationId, text, extra);

  const close = () => new Promise<void>((resolve) => app.server.close(() => resolve()));
  return { url, say, close, content: app.content, released: app.released };
}

export function allText(replies: readonly BotReply[]): string {
  return replies.map((reply) => reply.text ?? '').join('\n\n');
}

export function buttonsOf(replies: readonly BotReply[]): string[] {
  return replies.flatMap((reply) => reply.suggestedActions?.actions.map((action) => action.title) ?? []);
}
