import { axeViolations, describeInChromium, serverAndPage } from '../../helpers/browser';
import { basic, DESK_KEY } from '../../helpers/deskHarness';
import { scriptedDay } from '../../helpers/scriptedDay';
import { startTestServer } from '../../helpers/testServer';

/**
 * /desk after a scripted day, in headless Chromium: the resolution tables, the not-helpful answers and the proposed
 * content's diffs pass axe-core, and a keyboard user reaches the CSV link and scrolls a diff.
 */
describeInChromium('/desk report sections in Chromium', () => {
  const ui = serverAndPage(() => startTestServer({ DESK_KEY }), async ({ server, page }) => {
    await scriptedDay(server);
    await page.setExtraHTTPHeaders(basic(DESK_KEY));
    await page.goto(`${server.url}/desk?days=7`);
  }, 120_000);

  it('has no accessibility violation with every new section filled (axe-core)', async () => {
    await ui.page.getByRole('heading', { name: 'Was it resolved?' }).waitFor();
    await ui.page.getByRole('heading', { name: 'Proposed content' }).waitFor();
    expect(await axeViolations(ui.page)).toEqual([]);
  });

  it('reaches the CSV link and the first diff with the keyboard alone', async () => {
    const reached: string[] = [];
    for (let i = 0; i < 80 && !reached.includes('region'); i += 1) {
      await ui.page.keyboard.press('Tab');
      reached.push(await ui.page.evaluate('document.activeElement.getAttribute("role") || document.activeElement.textContent.trim().slice(0, 40)') as string);
    }
    expect(reached).toContain('Download these figures as CSV');
    expect(reached).toContain('region');
    expect(ui.problems).toEqual([]);
  });
});
