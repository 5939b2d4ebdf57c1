import type { Browser, Page } from 'playwright-core';
import { describeInChromium, openPage, type AxeResult } from '../helpers/browser';
import { startTestServer } from '../helpers/testServer';
import type { LocaleFixture } from './localeFixture';
import { spanishFixture } from './fixtures/spanishOverlay';

/** The help page's language switch in headless Chromium, with a small Spanish overlay as content. */
describeInChromium('Web Chat help page in Spanish', () => {
  let fixture: LocaleFixture;
  let server: Awaited<ReturnType<typeof startTestServer>>;
  let browser: Browser;
  let page: Page;
  const problems: string[] = [];

  beforeAll(async () => {
    fixture = spanishFixture();
    let opened;
    [server, opened] = await Promise.all([startTestServer({ CONTENT_DIR: fixture.dir }), openPage(problems)]);
    ({ browser, page } = opened);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    fixture?.remove();
  });

  const bubble = (text: string | RegExp) => page.locator('.webchat__basic-transcript .webchat__text-content').filter({ hasText: text }).last();

  it('switches the page, the chat and the bot to Spanish with one accessible button', async () => {
    await page.goto(server.url);
    await bubble('link your CM/ECF e-filing account').waitFor();
    const toSpanish = page.getByRole('button', { name: 'Español', exact: true });
    await expect(toSpanish.getAttribute('lang')).resolves.toBe('es');
    await toSpanish.click();
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('es');
    await page.getByRole('heading', { level: 1, name: /Vincule su cuenta de CM\/ECF/ }).waitFor();
    // The bot answers the choice in Spanish, and the next typed message is sent with Web Chat's Spanish locale.
    await bubble(/Le ayudo a vincular su cuenta/).waitFor();
    await expect(page.getByRole('button', { name: 'English', exact: true }).getAttribute('lang')).resolves.toBe('en');
    expect(problems).toEqual([]);
  });

  it('has no accessibility violation in Spanish (axe-core, lang="es")', async () => {
    await page.addScriptTag({ path: require.resolve('axe-core/axe.min.js') });
    const result = await page.evaluate('axe.run()') as AxeResult;
    const found = result.violations.map((v) => `${v.id} (${v.impact}): ${v.help} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    expect(found).toEqual([]);
  });

  it('switches back to English', async () => {
    await page.getByRole('button', { name: 'English', exact: true }).click();
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('en');
    await bubble(/Hello! I can help you link/).waitFor();
  });
});
