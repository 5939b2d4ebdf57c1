import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { describeInChromium, openPage, type AxeResult } from '../helpers/browser';
import { startTestServer } from '../helpers/testServer';
import { linkIn, sayText, toStep3 } from './keepHelpers';

/*
 * The printable checklist in headless Chromium (Debian's, through playwright-core): it renders for the court typed
 * in with the steps done ticked, axe-core finds no WCAG 2.1 AA violation, and it prints to a single page on both
 * Letter and A4 (counted in the PDF Chromium makes). The PDF is kept in test-artifacts/ for a look.
 */
const ARTIFACTS = path.resolve(__dirname, '..', '..', 'test-artifacts');

/** Pages of a PDF: its page objects ("/Type /Page", not "/Pages"). */
function pdfPages(pdf: Buffer): number {
  return pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g)?.length ?? 0;
}

describeInChromium('the printable checklist in Chromium', () => {
  let server: Awaited<ReturnType<typeof startTestServer>>;
  let browser: Browser;
  let page: Page;
  const problems: string[] = [];

  beforeAll(async () => {
    let opened;
    [server, opened] = await Promise.all([startTestServer(), openPage(problems)]);
    ({ browser, page } = opened);
    // The court with the longest details, at step 3: the fullest page there is.
    await toStep3(server, 'keep-browser', 'flsd');
    const asked = await sayText(server, 'keep-browser', 'printable checklist');
    await page.goto(`${server.url}${linkIn(asked, '/keep/checklist')}`);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('renders the steps for the court typed in, done ones ticked', async () => {
    await page.getByRole('heading', { level: 1 }).waitFor();
    await expect(page.getByText('https://ecf.flsd.uscourts.gov').first().isVisible()).resolves.toBe(true);
    const boxes = page.getByRole('checkbox');
    await expect(boxes.count()).resolves.toBe(6);
    await expect(page.getByRole('checkbox', { name: /^1\. / }).isChecked()).resolves.toBe(true);
    await expect(page.getByRole('checkbox', { name: /^3\. / }).isChecked()).resolves.toBe(false);
    expect(problems).toEqual([]);
  });

  it('has no accessibility violation (axe-core, WCAG 2.1 AA)', async () => {
    await page.addScriptTag({ path: require.resolve('axe-core/axe.min.js') });
    const result = await page.evaluate("axe.run(document, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] })") as AxeResult;
    expect(result.violations.map((violation) => `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).join(', ')})`)).toEqual([]);
  });

  it('prints to a single page on Letter and on A4', async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    for (const format of ['Letter', 'A4'] as const) {
      const pdf = await page.pdf({ format, preferCSSPageSize: true });
      writeFileSync(path.join(ARTIFACTS, `checklist-${format}.pdf`), pdf);
      expect({ format, pages: pdfPages(pdf) }).toEqual({ format, pages: 1 });
    }
    await page.emulateMedia({ media: 'print' });
    await page.screenshot({ path: path.join(ARTIFACTS, 'checklist-print.png'), fullPage: true });
  });
});
