import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { describeInChromium, openPage, type AxeResult } from '../helpers/browser';
import { startTestServer } from '../helpers/testServer';
import { linkIn, sayText, SPANISH_WALK, toStep3 } from './keepHelpers';

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
    await expect(axeViolations(page)).resolves.toEqual([]);
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

  it('in a Spanish conversation: lang="es", the Spanish steps, no accessibility violation, one printed page', async () => {
    await toStep3(server, 'keep-browser-es', 'flsd', SPANISH_WALK);
    const asked = await sayText(server, 'keep-browser-es', 'dame la lista de pasos para imprimir');
    const spanish = await page.context().newPage();
    await spanish.goto(`${server.url}${linkIn(asked, '/keep/checklist')}`);
    await expect(spanish.locator('html').getAttribute('lang')).resolves.toBe('es');
    await expect(spanish.getByRole('checkbox', { name: /^3\. Abra la página para vincular/ }).isChecked()).resolves.toBe(false);
    await expect(axeViolations(spanish)).resolves.toEqual([]);
    for (const format of ['Letter', 'A4'] as const) {
      const pdf = await spanish.pdf({ format, preferCSSPageSize: true });
      writeFileSync(path.join(ARTIFACTS, `checklist-es-${format}.pdf`), pdf);
      expect({ format, pages: pdfPages(pdf) }).toEqual({ format, pages: 1 });
    }
  });
});

/** axe-core's WCAG 2.1 A/AA and best-practice violations on a page, one line each. */
async function axeViolations(on: Page): Promise<string[]> {
  await on.addScriptTag({ path: require.resolve('axe-core/axe.min.js') });
  const result = await on.evaluate("axe.run(document, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] })") as AxeResult;
  return result.violations.map((violation) => `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).join(', ')})`);
}
