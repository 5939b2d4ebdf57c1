import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { axeViolations, describeInChromium, serverAndPage } from '../../helpers/browser';
import { HOSTS } from '../../helpers/hosts';
import { startTestServer } from '../../helpers/testServer';

/**
 * The help page in headless Chromium (Debian's /usr/bin/chromium, no browser download): the official Web Chat
 * bundle talks to the built-in Direct Line over a WebSocket; the walkthrough is completed by pressing buttons
 * only; axe-core finds no accessibility violation; nothing typed by a user runs as HTML.
 */
const ARTIFACTS = path.resolve(__dirname, '..', '..', '..', 'test-artifacts');

// The same page on each host (BOT_SDK): the built-in Direct Line reaches the bot through the host's adapter.
describe.each(HOSTS)('%s host', (sdk) => {
  describeInChromium('Web Chat help page in Chromium', () => {
    const sockets: string[] = [];
    const ui = serverAndPage(() => startTestServer({ BOT_SDK: sdk }), async ({ page }) => {
      page.on('websocket', (socket) => sockets.push(socket.url()));
    }, 90_000);

    const transcript = () => ui.page.locator('.webchat__basic-transcript');
    const card = (text: string) => transcript().locator('.ac-adaptiveCard').filter({ hasText: text }).last();
    /** Web Chat repeats text for screen readers: the visible bubble is the .webchat__text-content element. */
    const bubble = (text: string) => transcript().locator('.webchat__text-content').filter({ hasText: text }).last();
    const suggested = (label: string) => ui.page.locator('.webchat__suggested-actions').getByRole('button', { name: label, exact: true });

    it('opens the ui.page, shows the welcome and loads Web Chat from the server', async () => {
      await ui.page.goto(ui.server.url);
      await expect(ui.page.title()).resolves.toMatch(/CM\/ECF/);
      await bubble('link your CM/ECF e-filing account').waitFor();
      await ui.page.getByRole('heading', { level: 1 }).waitFor();
      // The stream is a WebSocket to this same host, allowed by the page's CSP (connect-src 'self', no ws: wildcard).
      expect(sockets.some((url) => url.startsWith(ui.server.url.replace(/^http/, 'ws')) && url.includes('/stream?'))).toBe(true);
      expect(ui.problems).toEqual([]);
    });

    it('answers a typed question and walks to the first step card by pressing buttons', async () => {
      const input = ui.page.getByRole('textbox', { name: /message/i });
      await input.fill('how do I link my account');
      await input.press('Enter');
      await bubble('how do I link my account').waitFor();
      // Each question of the walkthrough: press its first choice (yes / the first court) until step 1 shows.
      for (let i = 0; i < 8 && !(await card('Step 1 of').isVisible()); i += 1) {
        const before = await transcript().locator('.webchat__basic-transcript__activity').count();
        await ui.page.locator('.webchat__suggested-actions button').first().click();
        await ui.page.waitForFunction(`document.querySelectorAll('.webchat__basic-transcript__activity').length > ${before + 1}`);
      }
      await card('Step 1 of 6').waitFor();
      await expect(card('Step 1 of 6').getByRole('link', { name: /https:\/\// }).count()).resolves.toBe(1);
    });

    it('shows the next step card after pressing "Next step", with its warning and tip', async () => {
      await suggested(ui.server.content.responses.buttons.next).click();
      const step2 = card('Step 2 of 6');
      await step2.waitFor();
      await step2.getByText('Important').waitFor();
      await step2.getByText('Tip', { exact: true }).waitFor();
    });

    it('has no accessibility violation (axe-core, WCAG 2.1 AA and best practices)', async () => {
      expect(await axeViolations(ui.page)).toEqual([]);
    });

    it('completes the walkthrough by pressing buttons only', async () => {
      for (let step = 3; step <= 6; step += 1) {
        await suggested(ui.server.content.responses.buttons.next).click();
        await card(`Step ${step} of 6`).waitFor();
      }
      await ui.page.waitForTimeout(600); // let the transcript finish scrolling, for a readable screenshot
      mkdirSync(ARTIFACTS, { recursive: true });
      await ui.page.screenshot({ path: path.join(ARTIFACTS, sdk === 'botbuilder' ? 'webchat.png' : `webchat-${sdk}.png`), fullPage: true });
    });

    it('never runs what a user typed as HTML', async () => {
      const input = ui.page.getByRole('textbox', { name: /message/i });
      const attack = '<img src=x onerror="window.__xss=1"><script>window.__xss=2</script> [x](javascript:window.__xss=3)';
      await input.fill(attack);
      await input.press('Enter');
      await bubble(attack).waitFor();
      await ui.page.waitForTimeout(300);
      await expect(ui.page.evaluate('window.__xss')).resolves.toBeUndefined();
      await expect(transcript().locator('img[src="x"], a[href^="javascript:"]').count()).resolves.toBe(0);
      expect(ui.problems).toEqual([]);
    });
  });
});
