import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse } from 'yaml';
import { triageCli } from '../../bot/cli/triage';
import { eventually } from '../helpers/fakeWebhook';
import { leaksIn, startLeakServer, textOf } from '../helpers/leakHarness';

/**
 * Secret phrasings typed into the running bot the three ways users and clerks do: in the chat (then asking for a
 * person, so the ticket carries the recent turns), at the handoff's contact step, and pasted into triage (the HTTP
 * API and the batch command). Then every place a value could end up is searched: the SQLite file's bytes and rows,
 * the log lines, the tickets posted to the webhook, the /desk page (tickets and analytics), the triage outputs and
 * the bot's own replies. The user must have been warned for every password, and triage must flag it.
 */
interface Row { text: string; values: string[]; kind: string; where: 'chat' | 'contact' | 'triage' }

const devCorpus = ['secrets-dev.jsonl', 'secrets-dev2.jsonl']
  .flatMap((file) => readFileSync(path.join(__dirname, file), 'utf8').split('\n').filter(Boolean).map((line) => JSON.parse(line) as Row));
const classCorpus = (parse(readFileSync(path.join(__dirname, 'redaction-corpus.yaml'), 'utf8')) as { positive: { kind: string; text: string; secret: string }[] })
  .positive.map((entry): Row => ({ text: entry.text, values: [entry.secret], kind: entry.kind, where: 'chat' }));
const rows = [...devCorpus, ...classCorpus];
const isPassword = (row: Row) => row.kind === 'password' || row.kind === 'username_password';
/** Messages per conversation before asking for a person: the ticket keeps the last six turns. */
const PER_CONVERSATION = 5;

describe('secrets typed into the running bot (chat, handoff, triage)', () => {
  let server: Awaited<ReturnType<typeof startLeakServer>>;
  let places: Record<string, string> = {};
  const notWarned: string[] = [];
  const falseWarnings: string[] = [];
  const notFlagged: string[] = [];

  beforeAll(async () => {
    server = await startLeakServer();
    const { buttons, messages } = server.content.responses;
    const warning = messages.credentialWarning.split('\n')[0]!.trim();
    const replies: string[] = [];
    const say = async (conversation: string, text: string) => {
      const said = textOf(await server.say(conversation, text));
      replies.push(said);
      return said;
    };
    const expectWarning = (row: Row, said: string) => {
      const warned = said.includes(warning);
      if (isPassword(row) && !warned) notWarned.push(`${row.where}: ${row.text}`);
      if (row.kind === 'ordinary' && warned) falseWarnings.push(`${row.where}: ${row.text}`);
    };

    // Chat: a few messages, then a person is asked for and the ticket is opened without contact details.
    const chat = rows.filter((row) => row.where === 'chat');
    let tickets = 0;
    for (let start = 0; start < chat.length; start += PER_CONVERSATION) {
      const conversation = `chat-${start}`;
      for (const row of chat.slice(start, start + PER_CONVERSATION)) expectWarning(row, await say(conversation, row.text));
      await say(conversation, buttons.handoffAccept);
      await say(conversation, buttons.noContact);
      tickets += 1;
    }
    // The contact step: the message is the answer to "how can the help desk reach you?".
    for (const [index, row] of rows.filter((r) => r.where === 'contact').entries()) {
      const conversation = `contact-${index}`;
      await say(conversation, buttons.handoffAccept);
      const said = await say(conversation, row.text);
      expectWarning(row, said);
      // A password there is refused with the warning; the user then goes on without contact details.
      if (!said.includes('HD-')) await say(conversation, buttons.noContact);
      tickets += 1;
    }
    // Triage: the HTTP API and the batch command, on the same pasted e-mails.
    const triaged = rows.filter((row) => row.where === 'triage').map((row, index) => ({ id: `T-${index}`, text: row.text, row }));
    const response = await server.triage(triaged.map(({ id, text }) => ({ id, text })));
    const results = (JSON.parse(response) as { results: { id: string; reasons: string[] }[] }).results;
    for (const { id, row } of triaged) {
      if (isPassword(row) && !results.find((result) => result.id === id)!.reasons.includes('password')) notFlagged.push(row.text);
    }
    const batch = runTriageBatch(triaged.map(({ id, text }) => ({ id, text })));

    await eventually(() => server.hook.received.length >= tickets, 20_000);
    const desk = await server.desk();
    places = {
      ...(await server.everything()),
      'triage API response': response,
      'triage batch files': batch,
      'bot replies': replies.join('\n'),
    };
    expect(desk).toContain('HD-');
  }, 600_000);

  afterAll(async () => {
    await server?.close();
    server?.cleanUp();
  });

  it('warns whenever a password was typed, and never for an ordinary message', () => {
    expect(notWarned).toEqual([]);
    expect(falseWarnings).toEqual([]);
  });

  it('flags pasted passwords in triage', () => {
    expect(notFlagged).toEqual([]);
  });

  it('keeps no value in any stored byte, log line, ticket, /desk page, webhook body or triage output', () => {
    expect(Object.keys(places)).toHaveLength(8);
    for (const [place, text] of Object.entries(places)) expect([place, text.length > 0]).toEqual([place, true]);
    const values = rows.flatMap((row) => row.values);
    expect(values.length).toBeGreaterThan(200);
    expect(leaksIn(places, values)).toEqual([]);
  });
});

/** `npm run triage -- FILE --out DIR` in-process; every file it wrote, as text. */
function runTriageBatch(questions: { id: string; text: string }[]): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'leaks-triage-'));
  try {
    const input = path.join(dir, 'questions.jsonl');
    writeFileSync(input, questions.map((question) => JSON.stringify(question)).join('\n'));
    const out = path.join(dir, 'report');
    const printed: string[] = [];
    const code = triageCli([input, '--out', out], { LOG_LEVEL: 'silent' }, { out: (line) => printed.push(line), err: (line) => printed.push(line) });
    if (code !== 0) throw new Error(`triage batch: exit ${code}: ${printed.join('\n')}`);
    return [...printed, ...readdirSync(out).map((name) => readFileSync(path.join(out, name), 'utf8'))].join('\n');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
