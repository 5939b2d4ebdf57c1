import { axeViolations, describeInChromium, serverAndPage } from '../helpers/browser';
import { startTestServer } from '../helpers/testServer';
import { spanishFixture } from './fixtures/spanishOverlay';

/** The help page's language switch in headless Chromium, with a small Spanish overlay as content. */
describeInChromium('Web Chat help page in Spanish', () => {
  const ui = serverAndPage(async () => {
    const fixture = spanishFixture();
    const server = await startTestServer({ CONTENT_DIR: fixture.dir });
    return { ...server, close: () => server.close().finally(() => fixture.remove()) };
  });

  const bubble = (text: string | RegExp) => ui.page.locator('.webchat__basic-transcript .webchat__text-content').filter({ hasText: text }).last();

  it('switches the ui.page, the chat and the bot to Spanish with one accessible button', async () => {
    await ui.page.goto(ui.server.url);
    await bubble('link your CM/ECF e-filing account').waitFor();
    const toSpanish = ui.page.getByRole('button', { name: 'Español', exact: true });
    await expect(toSpanish.getAttribute('lang')).resolves.toBe('es');
    await toSpanish.click();
    await expect(ui.page.locator('html').getAttribute('lang')).resolves.toBe('es');
    await ui.page.getByRole('heading', { level: 1, name: /Vincule su cuenta de CM\/ECF/ }).waitFor();
    // The bot answers the choice in Spanish, and the next typed message is sent with Web Chat's Spanish locale.
    await bubble(/Le ayudo a vincular su cuenta/).waitFor();
    await expect(ui.page.getByRole('button', { name: 'English', exact: true }).getAttribute('lang')).resolves.toBe('en');
    expect(ui.problems).toEqual([]);
  });

  it('has no accessibility violation in Spanish (axe-core, lang="es")', async () => {
    expect(await axeViolations(ui.page)).toEqual([]);
  });

  it('switches back to English', async () => {
    await ui.page.getByRole('button', { name: 'English', exact: true }).click();
    await expect(ui.page.locator('html').getAttribute('lang')).resolves.toBe('en');
    await bubble(/Hello! I can help you link/).waitFor();
  });

  it('opened with ?lang=es, welcomes in Spanish first (no English welcome)', async () => {
    await ui.page.goto(`${ui.server.url}/?lang=es`);
    await bubble(/Le ayudo a vincular su cuenta/).waitFor();
    await expect(ui.page.locator('.webchat__basic-transcript').innerText()).resolves.not.toMatch(/Hello|link your CM\/ECF/);
    expect(ui.problems).toEqual([]);
  });

  it('opened in Spanish, has no accessibility violation: the page, the chat and the switch to English (axe-core)', async () => {
    await expect(ui.page.locator('html').getAttribute('lang')).resolves.toBe('es');
    await expect(ui.page.getByRole('button', { name: 'English', exact: true }).getAttribute('lang')).resolves.toBe('en');
    expect(await axeViolations(ui.page)).toEqual([]);
  });
});
