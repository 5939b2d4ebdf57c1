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

/** What a user types to walk to a step: the request that starts, the answer to each question, the way on. */
export interface WalkWords { readonly start: string; readonly yes: string; readonly next: string }
export const ENGLISH_WALK: WalkWords = { start: 'how do I link my CM/ECF account to PACER', yes: 'yes', next: 'next' };
export const SPANISH_WALK: WalkWords = { start: 'hola, necesito vincular mi cuenta de CM/ECF con PACER', yes: 'sí', next: 'siguiente' };

/** Walks a new conversation to step 3 for the court typed in, answering yes and then "next"; step 3's text. */
export async function toStep3(server: KeepServer, conversation: string, court: string, words: WalkWords = ENGLISH_WALK): Promise<string> {
  await sayText(server, conversation, words.start);
  let text = await sayText(server, conversation, court);
  for (let guard = 0; guard < 10 && !/(Step 3 of|Paso 3 de) 6/.test(text); guard += 1) {
    text = await sayText(server, conversation, /(Step \d of|Paso \d de) 6/.test(text) ? words.next : words.yes);
  }
  if (!/(Step 3 of|Paso 3 de) 6/.test(text)) throw new Error(`not at step 3: ${text}`);
  return text;
}
