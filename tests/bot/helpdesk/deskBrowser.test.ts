import { axeViolations, describeInChromium, serverAndPage } from '../../helpers/browser';
import type { TriageResult } from '../../../dialogs/helpdesk/triage';
import { triageHtml } from '../../../bot/helpdesk/triage/triageReport';
import { DESK_KEY, deskServerWithTicket } from '../../helpers/deskHarness';

/**
 * /desk in headless Chromium (Debian's /usr/bin/chromium): sign in and work a ticket with the keyboard only, see
 * the tickets and the charts, and find no WCAG 2.1 A/AA violation with axe-core.
 */
describeInChromium('/desk in Chromium', () => {
  const ui = serverAndPage(async () => {
    const { server, ticketId } = await deskServerWithTicket();
    return { ...server, ticketId };
  });

  it('refuses the page without credentials', async () => {
    // A navigation would stop at the browser's own Basic prompt (headless: ERR_INVALID_AUTH_CREDENTIALS); ask directly.
    const response = await ui.page.request.get(`${ui.server.url}/desk`);
    expect(response.status()).toBe(401);
    expect(await response.text()).not.toContain(ui.server.ticketId);
  });

  it('signs in with the keyboard and shows the tickets and the charts', async () => {
    await ui.page.goto(`${ui.server.url}/desk/login`);
    await ui.page.keyboard.press('Tab'); // skip link
    await ui.page.keyboard.press('Tab');
    await expect(ui.page.evaluate('document.activeElement.id')).resolves.toBe('key');
    await ui.page.keyboard.type(DESK_KEY);
    await Promise.all([ui.page.waitForURL(`${ui.server.url}/desk`), ui.page.keyboard.press('Enter')]);
    await ui.page.getByRole('heading', { level: 1, name: 'CM/ECF help desk' }).waitFor();
    await ui.page.getByRole('heading', { level: 3, name: new RegExp(ui.server.ticketId) }).waitFor();
    await ui.page.getByRole('img', { name: /Questions per topic/ }).waitFor();
    await ui.page.getByRole('img', { name: /Conversations that reached each step/ }).waitFor();
    const box = await ui.page.getByRole('img', { name: /Questions per topic/ }).boundingBox();
    expect(box!.width).toBeGreaterThan(200);
    expect(await ui.page.locator('svg rect').count()).toBeGreaterThan(1);
    expect(await ui.page.getByText('<script>alert("pwned")</script>', { exact: false }).count()).toBeGreaterThan(0);
    await expect(ui.page.evaluate('window.pwned === undefined && document.querySelectorAll("main script, main img").length')).resolves.toBe(0);
  });

  it('changes a ticket\'s status with the keyboard', async () => {
    const select = ui.page.getByLabel(`Status of ${ui.server.ticketId}`);
    await select.focus();
    await ui.page.keyboard.press('ArrowDown'); // New -> In progress
    await ui.page.getByRole('button', { name: `Update ${ui.server.ticketId}` }).focus();
    await Promise.all([ui.page.waitForURL(/updated=/), ui.page.keyboard.press('Enter')]);
    await expect(ui.page.getByRole('status').textContent()).resolves.toContain(`${ui.server.ticketId} is now In progress.`);
  });

  const WCAG21_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

  it('has no WCAG 2.1 A/AA violation (axe-core)', async () => {
    expect(await axeViolations(ui.page, WCAG21_AA)).toEqual([]);
    expect(ui.problems).toEqual([]);
  });

  it('renders the triage batch report without WCAG 2.1 A/AA violation either', async () => {
    const result = (id: string, urgent: boolean): TriageResult => ({
      id, text: `question ${id} <b>x</b>`, intent: 'login_cookies', topic: 'The login page keeps coming back', score: 0.55, ambiguous: false,
      alternatives: [], suggestedAnswer: 'Clear your cookies.', needsHuman: true, urgent, reasons: urgent ? ['urgent', 'low_confidence'] : ['low_confidence'],
      urgentWords: urgent ? ['today'] : [], expected: 'login_cookies',
    });
    await ui.page.setContent(triageHtml([result('1', true), result('2', false)], { source: 'questions.csv', generatedAt: new Date() }));
    await ui.page.getByRole('img', { name: /Questions per topic/ }).waitFor();
    expect(await axeViolations(ui.page, WCAG21_AA)).toEqual([]);
  });
});
