/*
 * Web Chat visitors on the bot's built-in Direct Line, for the soak: each virtual visitor loads the page (POST
 * /api/directline/token), starts its conversation, posts messages (long ones, with a submitted value, as a busy
 * or hostile page would), polls its activities, and then leaves without a word, as closed tabs do, for a new
 * visitor to take its place. Every conversation stays in the bot's memory until the bot forgets it, which is
 * what this load measures.
 */

export interface DirectLineLoadSpec {
  readonly url: string;
  /** Visitors at once. */
  readonly visitors: number;
  readonly durationSec: number;
  /** Messages each visitor posts before leaving. */
  readonly messagesPerVisit: number;
  /** Characters per message (the bot reads at most MAX_MESSAGE_LENGTH; Direct Line keeps up to 10,000). */
  readonly textChars: number;
}

export interface DirectLineLoadResult {
  readonly conversations: number;
  readonly messages: number;
  readonly errors: number;
  readonly messagesPerSec: number;
}

const WORDS = ('how do i link my account to pacer the court filing login password page cookies browser utilities menu ' +
  'upgrade e-filing clerk help desk attorney staff firm shared case docket step next back name match error').split(' ');

export async function directLineLoad(spec: DirectLineLoadSpec): Promise<DirectLineLoadResult> {
  const deadline = Date.now() + spec.durationSec * 1000;
  const totals = { conversations: 0, messages: 0, errors: 0 };
  let seed = 1;
  const text = () => {
    const words: string[] = [];
    for (let length = 0; length < spec.textChars; length += 8) words.push(WORDS[(seed = (seed * 48_271) % 2_147_483_647) % WORDS.length]!);
    return words.join(' ').slice(0, spec.textChars);
  };
  const visitor = async () => {
    while (Date.now() < deadline) {
      const visit = await oneVisit(spec, text).catch(() => ({ messages: 0, errors: 1 }));
      totals.conversations += 1;
      totals.messages += visit.messages;
      totals.errors += visit.errors;
    }
  };
  const started = Date.now();
  await Promise.all(Array.from({ length: spec.visitors }, visitor));
  return { ...totals, messagesPerSec: Math.round((totals.messages / ((Date.now() - started) / 1000)) * 10) / 10 };
}

async function oneVisit(spec: DirectLineLoadSpec, text: () => string): Promise<{ messages: number; errors: number }> {
  const page = await post(`${spec.url}/api/directline/token`, undefined, {}) as { token: string; conversationId: string };
  const api = `${spec.url}/v3/directline/conversations`;
  await post(api, page.token, {});
  let errors = 0;
  let messages = 0;
  let watermark = '';
  for (let i = 0; i < spec.messagesPerVisit; i += 1) {
    const activity = { type: 'message', text: text(), from: { id: 'soak-visitor' }, value: { note: text().repeat(2) } };
    const ok = await post(`${api}/${page.conversationId}/activities`, page.token, activity).then(() => true, () => false);
    if (ok) messages += 1;
    else errors += 1;
    // Polling as Web Chat does without a WebSocket: what is new since the last watermark.
    const polled = await fetch(`${api}/${page.conversationId}/activities?watermark=${watermark}`, { headers: { authorization: `Bearer ${page.token}` } });
    if (polled.ok) watermark = ((await polled.json()) as { watermark: string }).watermark;
    else errors += 1;
  }
  return { messages, errors };
}

async function post(url: string, token: string | undefined, body: unknown): Promise<unknown> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(body),
  });
  const answer = await response.text();
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  return answer ? JSON.parse(answer) : undefined;
}
