import { parseCsv } from '../../../bot/helpdesk/triage/csv';
import { basic, DESK_KEY } from '../../helpers/deskHarness';
import { NEW_THEME, scriptedDay } from '../../helpers/scriptedDay';
import { startTestServer } from '../../helpers/testServer';

/** A scripted day of conversations gives the figures a clerk would count by hand, on /desk and in the CSV. */
describe('resolution figures of a scripted day', () => {
  let server: Awaited<ReturnType<typeof startTestServer>>;
  let csv: Record<string, string>[];
  let page: string;

  beforeAll(async () => {
    server = await startTestServer({ DESK_KEY });
    await scriptedDay(server);
    const response = await fetch(`${server.url}/desk/report.csv?days=7`, { headers: basic(DESK_KEY) });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/csv/);
    expect(response.headers.get('content-disposition')).toMatch(/^attachment; filename="helpdesk-report-/);
    const [header, ...rows] = parseCsv(await response.text());
    csv = rows.map((row) => Object.fromEntries(header!.map((name, index) => [name, row[index] ?? ''])));
    page = await (await fetch(`${server.url}/desk?days=7`, { headers: basic(DESK_KEY) })).text();
  }, 120_000);
  afterAll(async () => { await server?.close(); });

  const rowOf = (scope: string, match: Record<string, string> = {}) =>
    csv.find((row) => row.scope === scope && Object.entries(match).every(([key, value]) => row[key] === value));

  it('counts each conversation once, by where it stood at the end', () => {
    const today = new Date().toISOString().slice(0, 10);
    expect(rowOf('day', { day: today })).toMatchObject({
      conversations: '10', answered: '5', rated_helpful: '1', resolved: '2', not_helpful: '1', handed_off: '1',
      left_in_walkthrough: '1', answered_then_left: '1', unanswered: '4', resolution_rate: '0.200',
    });
    expect(rowOf('total')).toMatchObject({ conversations: '10', resolved: '2' });
  });

  it('says at which step the walkthrough was left, and under which topic each outcome falls', () => {
    expect(rowOf('step', { step: '3' })?.left_in_walkthrough).toBe('1');
    expect(csv.filter((row) => row.scope === 'step' && row.step !== '3').every((row) => row.left_in_walkthrough === '0')).toBe(true);
    expect(rowOf('topic', { topic: 'login_cookies' })).toMatchObject({ conversations: '1', resolved: '1', helpful_ratings: '1' });
    expect(rowOf('topic', { topic: 'forgot_pacer_password' })).toMatchObject({ conversations: '1', not_helpful: '1', not_helpful_ratings: '1' });
    expect(rowOf('topic', { topic: 'start_linking' })).toMatchObject({ conversations: '2', resolved: '1', left_in_walkthrough: '1' });
    expect(rowOf('topic', { topic: '' })).toMatchObject({ conversations: '5', handed_off: '1', unanswered: '4' });
  });

  it('shows the same figures on /desk with the definition of resolved', () => {
    expect(page).toContain('<strong>20.0 %</strong>resolved (2 of 10)');
    expect(page).toContain('How conversations are counted');
    expect(page).toMatch(/is <strong>not<\/strong> counted as resolved/);
    expect(page).toMatch(/<th scope="row">Step 3: [^<]+<\/th><td class="num">1<\/td>/);
    expect(page).toContain('href="/desk/report.csv?days=7"');
  });

  it('lists the answer rated not helpful with its question and what was wrong, redacted', () => {
    expect(page).toMatch(/<th scope="row">[^<]*\(answer &quot;[a-z_]+&quot;\)<\/th><td>I forgot my PACER password<\/td><td>The reset page never sent me anything\. My password is \[PASSWORD\]/);
    expect(page).not.toContain('Tr0ub4dor');
  });

  it('refuses the CSV and the patch without the desk key', async () => {
    expect((await fetch(`${server.url}/desk/report.csv`)).status).toBe(401);
    expect((await fetch(`${server.url}/desk/suggestions.patch`)).status).toBe(401);
  });

  it('proposes a draft topic with the new theme\'s questions, as a YAML diff on /desk and as a patch', async () => {
    expect(page).toMatch(/<h3 id="proposal-0">1\. New topic to write \(draft draft_[a-z_]+\)/);
    expect(page).not.toContain('id="proposal-1"');
    for (const question of NEW_THEME) expect(page).toContain(`<span class="add">+  - ${question}</span>`);
    const patch = await (await fetch(`${server.url}/desk/suggestions.patch?days=7`, { headers: basic(DESK_KEY) })).text();
    for (const question of NEW_THEME) expect(patch).toContain(`\n+  - ${question}\n`);
    expect(patch).toMatch(/^new file mode 100644$/m);
  });
});
