import { allText, startTestServer } from '../helpers/testServer';

export type KeepServer = Awaited<ReturnType<typeof startTestServer>>;

/** The bot's replies as one text (channel "test": Markdown). */
export async function sayText(server: KeepServer, conversation: string, text: string): Promise<string> {
  return allText(await server.say(conversation, text));
}

/** The path and token of a link the bot gave (links are absolute: the test server's port is not the configured one). */
export function linkIn(text: string, path: string): string {
  const found = new RegExp(`\\(http://[^/]+(${path}\\?t=[A-Za-z0-9_-]+)\\)`).exec(text);
  if (!found) throw new Error(`no ${path} link in: ${text}`);
  return found[1]!;
}

/** Walks a new conversation to step 3 for the court typed in, answering yes and then "next"; step 3's text. */
export async function toStep3(server: KeepServer, conversation: string, court: string): Promise<string> {
  await sayText(server, conversation, 'how do I link my CM/ECF account to PACER');
  let text = await sayText(server, conversation, court);
  for (let guard = 0; guard < 10 && !/Step 3 of 6/.test(text); guard += 1) {
    text = await sayText(server, conversation, /Step \d of 6/.test(text) ? 'next' : 'yes');
  }
  if (!/Step 3 of 6/.test(text)) throw new Error(`not at step 3: ${text}`);
  return text;
}
