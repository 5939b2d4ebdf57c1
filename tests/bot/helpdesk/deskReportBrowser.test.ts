import type { Browser, Page } from 'playwright-core';
import { describeInChromium, openPage, type AxeResult } from '../../helpers/browser';
import { basic, DESK_KEY } from '../../helpers/deskHarness';
import { scriptedDay } from '../../helpers/scriptedDay';
import { startTestServer } from '../../helpers/testServer';

/**
 * /desk after a scripted day, in headless Chromium: the resolution tables, the not-helpful answers and the proposed
 * content's diffs pass axe-core, and a keyboard user reaches the CSV link and scrolls a diff.
 */
describeInChromium('/desk report sections in Chromium', () => {
  let server: Awaited<ReturnType<typeof startTestServer>>;
  let browser: Browser;
  let page: Page;
  const problems: string[] = [];

  beforeAll(async () => {
    let opened;
    [server, opened] = await Promise.all([startTestServer({ DESK_KEY }), openPage(problems)]);
    ({ browser, page } = opened);
    await scriptedDay(server);
    await page.setExtraHTTPHeaders(basic(DESK_KEY));
    await page.goto(`${server.url}/desk?days=7`);
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('has no accessibility violation with every new section filled (axe-core)', async () => {
    await page.getByRole('heading', { name: 'Was it resolved?' }).waitFor();
    await page.getByRole('heading', { name: 'Proposed content' }).waitFor();
    await page.addScriptTag({ path: require.resolve('axe-core/axe.min.js') });
    const result = await page.evaluate('axe.run()') as AxeResult;
    expect(result.violations.map((v) => `${v.id}: ${v.help} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });

  it('reaches the CSV link and the first diff with the keyboard alone', async () => {
    const reached: string[] = [];
    for (let i = 0; i < 80 && !reached.includes('region'); i += 1) {
      await page.keyboard.press('Tab');
      reached.push(await page.evaluate('document.activeElement.getAttribute("role") || document.activeElement.textContent.trim().slice(0, 40)') as string);
    }
    expect(reached).toContain('Download these figures as CSV');
    expect(reached).toContain('region');
    expect(problems).toEqual([]);
  });
});
