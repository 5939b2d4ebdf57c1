import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse } from 'yaml';
import { triageCli } from '../../bot/cli/triage';
import { REPO_ROOT } from '../../dialogs/repoPaths';
import { eventually } from '../helpers/eventually';
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
    // A message that turns the conversation Spanish ("mi contraseña es …") is warned in Spanish.
    const spanish = parse(readFileSync(path.join(REPO_ROOT, 'content/locales/es/responses.yaml'), 'utf8')) as { messages: { credentialWarning: string } };
    const warnings = [messages.credentialWarning, spanish.messages.credentialWarning].map((text) => text.split('\n')[0]!.trim());
    const replies: string[] = [];
    const say = async (conversation: string, text: string) => {
      const said = textOf(await server.say(conversation, text));
      replies.push(said);
      return said;
    };
    const expectWarning = (row: Row, said: string) => {
      const warned = warnings.some((warning) => said.includes(warning));
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

    await eventually(() => server.hook.received.length >= tickets);
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
    // A value that some message may keep (an ordinary message, a contact given at the contact step) can be found in
    // the store for that reason alone, so only values that appear in no kept text are searched for.
    const kept = rows.map((row) => row.values.reduce((text, value) => text.split(value).join(' '), row.text)).join('\n');
    const values = rows.flatMap((row) => row.values.filter((value) => !kept.includes(value)).map((value) => searchedForm(row, value)));
    expect(values.length).toBeGreaterThan(200);
    // A phone number or address said in answer to the offer of a person is the contact the user gives the help desk:
    // a ticket's contact field may hold one (the ticket rules), never any other value, and nothing else may hold it.
    const fields = contactFields(places);
    expect(leaksIn(withoutContactFields(places), values)).toEqual([]);
    // Searched as whole words, as everywhere else: a code "123456" is not inside the phone number "+49 30 1234567".
    const contactPlaces = Object.fromEntries(fields.map((field, index) => [`ticket contact field ${index}`, field]));
    expect(leaksIn(contactPlaces, values.filter((value) => !looksLikeContact(value)))).toEqual([]);
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

/**
 * A short value (a security code, a PIN) is looked for with the word the user wrote beside it ("CVC 118"): alone,
 * three or four digits turn up by chance in any stored count or id. A stored copy of the message keeps that word,
 * so the pair is found whenever the value was kept.
 */
function searchedForm(row: Row, value: string): string {
  if (value.length >= 6) return value;
  const at = row.text.indexOf(value);
  const isOtherValue = (word: string) => row.values.some((other) => other !== value && other.includes(word));
  const before = /([\p{L}\p{N}]+)([^\p{L}\p{N}\n]{1,3})$/u.exec(row.text.slice(0, at));
  if (before && !isOtherValue(before[1]!)) return before[0] + value;
  const after = /^([^\p{L}\p{N}\n]{1,3})([\p{L}\p{N}]+)/u.exec(row.text.slice(at + value.length));
  if (after && !isOtherValue(after[2]!)) return value + after[0];
  return value;
}

/** The tickets' contact fields: JSON in the store and webhook bodies, the /desk ticket page. */
const CONTACT_FIELD = /\\?"contact\\?":\\?"(?:[^"\\]|\\.)*?\\?"|<dt>Contact<\/dt><dd>[^<]*<\/dd>/g;

function contactFields(places: Record<string, string>): string[] {
  return Object.values(places).flatMap((text) => text.match(CONTACT_FIELD) ?? []);
}

function withoutContactFields(places: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(places).map(([place, text]) => [place, text.replace(CONTACT_FIELD, ' ')]));
}

/** An e-mail address (written any way) or a phone number (in digits or words): what a contact field is for. */
function looksLikeContact(value: string): boolean {
  const digitWords = value.match(/\b(zero|oh|one|two|three|four|five|six|seven|eight|nine)\b/gi) ?? [];
  return /[@＠]|\b(at|dot)\b|\[at\]|\(at\)/i.test(value) || digitWords.length >= 7 ||
    (/^[\d\s().+\-x]+$/.test(value) && value.replace(/\D/g, '').length >= 7);
}
