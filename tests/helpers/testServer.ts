import type { AddressInfo } from 'node:net';
import { createApp } from '../../bot/app';
import { loadConfig } from '../../bot/config';
import { createLogger } from '../../bot/logger';

export interface BotReply { text?: string; suggestedActions?: { actions: { title: string; value: unknown }[] } }

/** The real app (content, recognizer, engine, adapter, restify) on a free loopback port. */
export async function startTestServer(env: Record<string, string> = {}) {
  // In memory unless a test asks otherwise: tests that are not about storage never touch ./data.
  const config = loadConfig({ LOG_LEVEL: 'silent', STORAGE: 'memory', ...env });
  const app = createApp(config, createLogger('silent'));
  await new Promise<void>((resolve) => app.server.listen(0, '127.0.0.1', resolve));
  const { port } = app.server.address() as AddressInfo;
  const url = `http://127.0.0.1:${port}`;
  let nextId = 0;

  /** Sends one message with deliveryMode expectReplies and returns the bot's replies. */
  async function say(conversationId: string, text: string, extra: Record<string, unknown> = {}): Promise<BotReply[]> {
    nextId += 1;
    const response = await fetch(`${url}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        type: 'message', id: `m${nextId}`, text, deliveryMode: 'expectReplies', channelId: 'test',
        serviceUrl: 'http://127.0.0.1:9', from: { id: `user-${conversationId}` }, recipient: { id: 'bot' },
        conversation: { id: conversationId }, ...extra,
      }),
    });
    if (response.status !== 200) throw new Error(`HTTP ${response.status}: ${await response.text()}`);
    const body = (await response.json()) as { activities: BotReply[] };
    return body.activities;
  }

  const close = () => new Promise<void>((resolve) => app.server.close(() => resolve()));
  return { url, say, close, content: app.content };
}

export function allText(replies: readonly BotReply[]): string {
  return replies.map((reply) => reply.text ?? '').join('\n\n');
}

export function buttonsOf(replies: readonly BotReply[]): string[] {
  return replies.flatMap((reply) => reply.suggestedActions?.actions.map((action) => action.title) ?? []);
}
