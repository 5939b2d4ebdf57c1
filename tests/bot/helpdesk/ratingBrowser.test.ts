import { axeViolations, describeInChromium, serverAndPage } from '../../helpers/browser';
import { basic, DESK_KEY } from '../../helpers/deskHarness';
import { startTestServer } from '../../helpers/testServer';

/**
 * Rating an answer on the help page in headless Chromium, as a user does: Web Chat's own thumbs under the answer
 * (not among the suggested actions), then the optional "What was wrong?" box outside the transcript, by keyboard.
 * The rating and the redacted text reach /desk.
 */
describeInChromium('rating an answer in Web Chat', () => {
  const ui = serverAndPage(() => startTestServer({ DESK_KEY }));

  const transcript = () => ui.page.locator('.webchat__basic-transcript');

  it('shows thumbs under an answer, outside the suggested actions', async () => {
    await ui.page.goto(ui.server.url);
    const input = ui.page.getByRole('textbox', { name: /message/i });
    await input.waitFor();
    await input.fill('I forgot my PACER password');
    await input.press('Enter');
    await transcript().getByText('Forgot Your Password').first().waitFor();
    const thumbs = transcript().locator('.webchat__activity-status button');
    await thumbs.first().waitFor();
    await expect(thumbs.count()).resolves.toBe(2);
    const suggested = await ui.page.locator('.webchat__suggested-actions button').count();
    expect(suggested).toBeLessThanOrEqual(6);
  });

  it('after a thumbs down, asks what was wrong outside the chat and sends it with the keyboard', async () => {
    await transcript().locator('.webchat__activity-status button').last().click();
    const box = ui.page.getByRole('textbox', { name: /What was wrong/ });
    await box.waitFor();
    await expect(ui.page.evaluate('document.activeElement && document.activeElement.id')).resolves.toBe('answer-comment-text');
    await box.fill('Nothing came to my inbox. My password is Hunter22!');
    await ui.page.keyboard.press('Tab');
    await ui.page.keyboard.press('Enter');
    await ui.page.getByText('Thank you. The help desk will read it.').waitFor();
  });

  it('has no accessibility violation with the box shown (axe-core)', async () => {
    await ui.page.evaluate('document.getElementById("answer-comment").hidden = false');
    expect(await axeViolations(ui.page)).toEqual([]);
  });

  it('the rating and what was wrong (redacted) reach /desk', async () => {
    let desk = '';
    for (let i = 0; i < 20 && !desk.includes('Nothing came to my inbox'); i += 1) {
      await ui.page.waitForTimeout(250);
      desk = await (await fetch(`${ui.server.url}/desk`, { headers: basic(DESK_KEY) })).text();
    }
    expect(desk).toContain('Nothing came to my inbox. My password is [PASSWORD]');
    expect(desk).not.toContain('Hunter22');
    expect(desk).toMatch(/<strong>1<\/strong>conversations answered/);
    expect(ui.problems).toEqual([]);
  });
});
