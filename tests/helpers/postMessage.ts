export interface BotActivity { type?: string; name?: string; text?: string; suggestedActions?: { actions: { title: string; value: unknown }[] } }

let nextId = 0;

/** One message to /api/messages with deliveryMode expectReplies; the reply activities. Anything but 200 throws. */
export async function postMessage(url: string, conversationId: string, text: string, extra: Record<string, unknown> = {}): Promise<BotActivity[]> {
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
  const body = (await response.json()) as { activities: BotActivity[] };
  return body.activities;
}
