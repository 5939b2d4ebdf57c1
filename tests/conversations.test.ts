import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { allText, buttonsOf, startTestServer } from './helpers/testServer';

/** Conversation tests written as data (tests/conversations/*.yaml), run through the real adapter and engine. */
interface Turn { user: string; expect?: string[]; reject?: string[]; buttons?: string[] }
interface Conversation { name: string; turns: Turn[] }

const dir = path.join(__dirname, 'conversations');
const files = readdirSync(dir).filter((file) => file.endsWith('.yaml')).sort();

let server: Awaited<ReturnType<typeof startTestServer>>;
beforeAll(async () => { server = await startTestServer(); });
afterAll(async () => { await server.close(); });

describe.each(files)('%s', (file) => {
  const { conversations } = parse(readFileSync(path.join(dir, file), 'utf8')) as { conversations: Conversation[] };
  it.each(conversations.map((c, index) => [c.name, index, c] as const))('%s', async (_name, index, conversation) => {
    const id = `${file}-${index}`;
    for (const [turnIndex, turn] of conversation.turns.entries()) {
      const replies = await server.say(id, turn.user);
      const text = allText(replies).toLowerCase();
      const where = `turn ${turnIndex + 1} ("${turn.user}") got:\n${allText(replies)}\nbuttons: ${buttonsOf(replies).join(' | ')}`;
      for (const wanted of turn.expect ?? []) expect({ where, has: text.includes(wanted.toLowerCase()) }).toEqual({ where, has: true });
      for (const unwanted of turn.reject ?? []) expect({ where, lacks: !text.includes(unwanted.toLowerCase()) }).toEqual({ where, lacks: true });
      for (const button of turn.buttons ?? []) expect(buttonsOf(replies)).toContain(button);
    }
  });
});
