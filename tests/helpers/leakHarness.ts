import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Database } from 'node-sqlite3-wasm';
import { createApp } from '../../bot/app';
import { loadConfig } from '../../bot/platform/config';
import { createLogger } from '../../bot/platform/logger';
import { startFakeWebhook } from './fakeWebhook';
import { postMessage, type BotActivity } from './postMessage';
import { basic } from './deskHarness';
import { TEST_NLU_CACHE_DIR } from './nluCache';

export const DESK_KEY = 'desk-key-for-leak-tests-4711';
export const TRIAGE_KEY = 'triage-key-for-leak-tests-4711';
const RAW_BYTES = 'stored bytes (DATA_DIR)';

/**
 * The whole bot as deployed on one machine, for looking for leaks: SQLite in a temporary DATA_DIR, every log line
 * captured (at debug level, the most a deployment could write), tickets posted to a fake webhook, /desk and
 * /api/triage on. `everything()` gathers, after the server has closed, each place a secret could end up.
 */
export async function startLeakServer() {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'leaks-'));
  const hook = await startFakeWebhook();
  const logLines: string[] = [];
  const config = loadConfig({
    LOG_LEVEL: 'debug', STORAGE: 'sqlite', DATA_DIR: dataDir, DESK_KEY, TRIAGE_API_KEY: TRIAGE_KEY,
    HANDOFF_WEBHOOK_URL: `${hook.url}/tickets`, NLU_CACHE_DIR: TEST_NLU_CACHE_DIR,
  });
  const app = createApp(config, createLogger('debug', { write: (line: string) => { logLines.push(line); } }));
  await new Promise<void>((resolve) => app.server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
  const pages: string[] = [];
  let closed: Promise<void> | undefined;
  const close = () => closed ??= (async () => {
    await new Promise<void>((resolve) => app.server.close(() => resolve()));
    await app.released;
    await hook.close();
  })();

  return {
    content: app.content,
    say: (conversationId: string, text: string): Promise<BotActivity[]> => postMessage(url, conversationId, text),
    /** POST /api/triage with the questions; the response body as text. */
    triage: async (questions: { id: string; text: string }[]): Promise<string> => {
      const response = await fetchRetried(`${url}/api/triage`, {
        method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${TRIAGE_KEY}` },
        body: JSON.stringify({ questions }),
      });
      if (response.status !== 200) throw new Error(`triage: HTTP ${response.status}`);
      return response.text();
    },
    /** GET /desk as a signed-in clerk (kept for the final check). */
    desk: async (): Promise<string> => {
      const response = await fetchRetried(`${url}/desk`, { headers: basic(DESK_KEY) });
      if (response.status !== 200) throw new Error(`desk: HTTP ${response.status}`);
      const page = await response.text();
      pages.push(page);
      return page;
    },
    hook,
    close,
    /** Closes the server (the help desk writes its last counts, the database is closed), then gathers every place. */
    async everything(): Promise<Record<string, string>> {
      await close();
      return {
        'log lines': logLines.join(''),
        [RAW_BYTES]: filesUnder(dataDir).map((file) => readFileSync(file).toString('latin1')).join('\n'),
        'stored rows (SQLite)': storedRows(path.join(dataDir, 'bot.sqlite')),
        'webhook bodies': hook.received.map((post) => post.body).join('\n'),
        '/desk pages': pages.join('\n'),
      };
    },
    cleanUp: () => rmSync(dataDir, { recursive: true, force: true }),
  };
}

/**
 * fetch, once more if the connection was reset: a kept-alive socket the server closes just as it is reused (after a
 * pause longer than the server's keep-alive timeout) fails the request without the server having seen it.
 */
async function fetchRetried(url: string, init: RequestInit): Promise<Response> {
  try {
    return await fetch(url, init);
  } catch {
    return fetch(url, init);
  }
}

/** Every row of the database as text (a value split over two pages of the file is whole here). */
function storedRows(file: string): string {
  const db = new Database(file);
  try {
    // The bot's file is in WAL mode, which this VFS can read only with the lock held, as the bot does.
    db.exec('PRAGMA locking_mode = EXCLUSIVE;');
    const tables = db.all("SELECT name FROM sqlite_master WHERE type = 'table'") as { name: string }[];
    const rows = tables.flatMap(({ name }) => db.all(`SELECT * FROM "${name}"`) as Record<string, unknown>[]);
    // Text only: numeric columns (sequence numbers, times) are the database's, and "123" in them is no secret.
    return rows.map((row) => Object.values(row).filter((cell) => typeof cell === 'string').join('\t')).join('\n');
  } finally {
    db.close();
  }
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? filesUnder(full) : [full];
  });
}

/**
 * The forms a value takes where it could be stored: as typed, JSON-escaped (logs, webhook bodies, stored JSON),
 * HTML-escaped (/desk), and as UTF-8 bytes read one byte per character (the database file read as latin1).
 */
export function storedForms(value: string): string[] {
  const json = JSON.stringify(value).slice(1, -1);
  const html = value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
  const utf8 = Buffer.from(value, 'utf8').toString('latin1');
  return [...new Set([value, json, html, utf8])];
}

/**
 * Where each value appears: "value -> place: …context…" lines (empty when nothing leaked). A value is looked for as a whole
 * word: "123" (a card's security code) inside a timestamp or "jdoe123" is not that value.
 */
export function leaksIn(places: Record<string, string>, values: readonly string[]): string[] {
  return values.flatMap((value) => {
    const patterns = storedForms(value).map(asWholeWord);
    return Object.entries(places).flatMap(([place, haystack]) => {
      // The file's raw bytes hold binary numbers too, where four digits turn up by chance: short values are
      // looked for in its rows (exact) instead.
      if (place === RAW_BYTES && value.length < 6) return [];
      // Likewise ids and chart coordinates are made by the machine ('…-9912-…', y="408"): short values skip them.
      const searched = value.length < 6 ? withoutMachineText(haystack) : haystack;
      const at = patterns.map((pattern) => searched.search(pattern)).find((index) => index >= 0);
      // Some text around it, to see which field holds it.
      return at === undefined ? [] : [`${JSON.stringify(value)} -> ${place}: …${searched.slice(Math.max(0, at - 60), at + value.length + 20)}…`];
    });
  });
}

const UUID = /\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b/gi;
const SVG = /<svg[\s\S]*?<\/svg>/g;

function withoutMachineText(text: string): string {
  return text.replace(SVG, ' ').replace(UUID, ' ');
}

function asWholeWord(form: string): RegExp {
  const escaped = form.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const before = /^[\p{L}\p{N}]/u.test(form) ? '(?<![\\p{L}\\p{N}])' : '';
  const after = /[\p{L}\p{N}]$/u.test(form) ? '(?![\\p{L}\\p{N}])' : '';
  return new RegExp(`${before}${escaped}${after}`, 'u');
}

export function textOf(replies: readonly BotActivity[]): string {
  return replies.map((reply) => reply.text ?? '').join('\n');
}

export function buttonsOf(replies: readonly BotActivity[]): string[] {
  return replies.flatMap((reply) => reply.suggestedActions?.actions.map((action) => action.title) ?? []);
}
