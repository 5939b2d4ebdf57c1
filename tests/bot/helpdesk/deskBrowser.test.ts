import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { describeInChromium, openPage, type AxeResult } from '../../helpers/browser';
import type { TriageResult } from '../../../dialogs/helpdesk/triage';
import { triageHtml } from '../../../bot/helpdesk/triage/triageReport';
import { DESK_KEY, deskServerWithTicket } from '../../helpers/deskHarness';

/**
 * /desk in headless Chromium (Debian's /usr/bin/chromium): sign in and work a ticket with the keyboard only, see
 * the tickets and the charts, and find no WCAG 2.1 A/AA violation with axe-core.
 */
describeInChromium('/desk in Chromium', () => {
  let server: Awaited<ReturnType<typeof deskServerWithTicket>>['server'];
  let ticketId: string;
  let browser: Browser;
  let page: Page;
  const problems: string[] = [];

  beforeAll(async () => {
    let desk;
    let opened;
    [desk, opened] = await Promise.all([deskServerWithTicket(), openPage(problems)]);
    ({ server, ticketId } = desk);
    ({ browser, page } = opened);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('refuses the page without credentials', async () => {
    // A navigation would stop at the browser's own Basic prompt (headless: ERR_INVALID_AUTH_CREDENTIALS); ask directly.
    const response = await page.request.get(`${server.url}/desk`);
    expect(response.status()).toBe(401);
    expect(await response.text()).not.toContain(ticketId);
  });

  it('signs in with the keyboard and shows the tickets and the charts', async () => {
    await page.goto(`${server.url}/desk/login`);
    await page.keyboard.press('Tab'); // skip link
    await page.keyboard.press('Tab');
    await expect(page.evaluate('document.activeElement.id')).resolves.toBe('key');
    await page.keyboard.type(DESK_KEY);
    await Promise.all([page.waitForURL(`${server.url}/desk`), page.keyboard.press('Enter')]);
    await page.getByRole('heading', { level: 1, name: 'CM/ECF help desk' }).waitFor();
    await page.getByRole('heading', { level: 3, name: new RegExp(ticketId) }).waitFor();
    await page.getByRole('img', { name: /Questions per topic/ }).waitFor();
    await page.getByRole('img', { name: /Conversations that reached each step/ }).waitFor();
    const box = await page.getByRole('img', { name: /Questions per topic/ }).boundingBox();
    expect(box!.width).toBeGreaterThan(200);
    expect(await page.locator('svg rect').count()).toBeGreaterThan(1);
    expect(await page.getByText('<script>alert("pwned")</script>', { exact: false }).count()).toBeGreaterThan(0);
    await expect(page.evaluate('window.pwned === undefined && document.querySelectorAll("main script, main img").length')).resolves.toBe(0);
  });

  it('changes a ticket\'s status with the keyboard', async () => {
    const select = page.getByLabel(`Status of ${ticketId}`);
    await select.focus();
    await page.keyboard.press('ArrowDown'); // New -> In progress
    await page.getByRole('button', { name: `Update ${ticketId}` }).focus();
    await Promise.all([page.waitForURL(/updated=/), page.keyboard.press('Enter')]);
    await expect(page.getByRole('status').textContent()).resolves.toContain(`${ticketId} is now In progress.`);
  });

  async function axeViolations(): Promise<string[]> {
    await page.addScriptTag({ content: readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8') });
    const result = (await page.evaluate("axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } })")) as AxeResult;
    return result.violations.map((v) => `${v.id} (${v.impact}): ${v.help} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  }

  it('has no WCAG 2.1 A/AA violation (axe-core)', async () => {
    expect(await axeViolations()).toEqual([]);
    expect(problems).toEqual([]);
  });

  it('renders the triage batch report without WCAG 2.1 A/AA violation either', async () => {
    const result = (id: string, urgent: boolean): TriageResult => ({
      id, text: `question ${id} <b>x</b>`, intent: 'login_cookies', topic: 'The login page keeps coming back', score: 0.55, ambiguous: false,
      alternatives: [], suggestedAnswer: 'Clear your cookies.', needsHuman: true, urgent, reasons: urgent ? ['urgent', 'low_confidence'] : ['low_confidence'],
      urgentWords: urgent ? ['today'] : [], expected: 'login_cookies',
    });
    await page.setContent(triageHtml([result('1', true), result('2', false)], { source: 'questions.csv', generatedAt: new Date() }));
    await page.getByRole('img', { name: /Questions per topic/ }).waitFor();
    expect(await axeViolations()).toEqual([]);
  });
});
