import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { contentSuggestCli } from '../../../bot/cli/contentSuggest';
import { parseCsv } from '../../../bot/helpdesk/triage/csv';
import { startAzurite, type Azurite } from '../../helpers/azurite';
import { basic, DESK_KEY } from '../../helpers/deskHarness';
import { NEW_THEME, scriptedDay } from '../../helpers/scriptedDay';
import { startTestServer } from '../../helpers/testServer';

/**
 * The same scripted day on Azure Blob Storage (the Azurite emulator): ratings, outcomes and complaints go through
 * the store abstraction, /desk/report.csv shows the same figures, and content:suggest reads them back from Blob.
 */
describe('ratings, resolution and proposals on Azure Blob Storage', () => {
  const location = mkdtempSync(path.join(tmpdir(), 'desk-azurite-'));
  let azurite: Azurite;
  let env: Record<string, string>;
  let total: Record<string, string>;

  beforeAll(async () => {
    azurite = await startAzurite(location);
    env = { STORAGE: 'blob', AZURE_STORAGE_CONNECTION_STRING: azurite.connectionString, AZURE_STORAGE_STATE_CONTAINER: 'desk-state' };
    const server = await startTestServer({ ...env, DESK_KEY });
    await scriptedDay(server);
    const [header, ...rows] = parseCsv(await (await fetch(`${server.url}/desk/report.csv?days=7`, { headers: basic(DESK_KEY) })).text());
    total = Object.fromEntries(header!.map((name, index) => [name, rows.find((row) => row[0] === 'total')![index] ?? '']));
    await server.close();
    await server.released;
  }, 180_000);
  afterAll(async () => {
    await azurite?.stop();
    rmSync(location, { recursive: true, force: true });
  });

  it('counts the day the same way as on the embedded store', () => {
    expect(total).toMatchObject({ conversations: '10', answered: '5', rated_helpful: '1', resolved: '2', handed_off: '1', left_in_walkthrough: '1', unanswered: '4' });
  });

  it('content:suggest reads the Blob store and proposes the new theme', async () => {
    const out = path.join(location, 'p.patch');
    const lines: string[] = [];
    const code = await contentSuggestCli(['--out', out, '--no-figures'], { ...env, LOG_LEVEL: 'silent' }, { out: (l) => lines.push(l), err: (l) => lines.push(l) });
    expect(lines.join('\n')).toMatch(/1 proposal\(s\) written/);
    expect(code).toBe(0);
    for (const question of NEW_THEME) expect(readFileSync(out, 'utf8')).toContain(`+  - ${question}`);
  }, 60_000);
});
