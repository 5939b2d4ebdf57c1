import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { axeViolations, describeInChromium, serverAndPage } from '../helpers/browser';
import { startTestServer } from '../helpers/testServer';
import { linkIn, sayText, SPANISH_WALK, toStep3 } from './keepHelpers';

/*
 * The printable checklist in headless Chromium (Debian's, through playwright-core): it renders for the court typed
 * in with the steps done ticked, axe-core finds no WCAG 2.1 AA violation, and it prints to a single page on both
 * Letter and A4 (counted in the PDF Chromium makes). The PDF is kept in test-artifacts/ for a look.
 */
const ARTIFACTS = path.resolve(__dirname, '..', '..', 'test-artifacts');

const WCAG21_AA_AND_BEST_PRACTICE = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'];

/** Pages of a PDF: its page objects ("/Type /Page", not "/Pages"). */
function pdfPages(pdf: Buffer): number {
  return pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g)?.length ?? 0;
}

describeInChromium('the printable checklist in Chromium', () => {
  const ui = serverAndPage(() => startTestServer(), async ({ server, page }) => {
    // The court with the longest details, at step 3: the fullest page there is.
    await toStep3(server, 'keep-browser', 'flsd');
    const asked = await sayText(server, 'keep-browser', 'printable checklist');
    await page.goto(`${server.url}${linkIn(asked, '/keep/checklist')}`);
  });

  it('renders the steps for the court typed in, done ones ticked', async () => {
    await ui.page.getByRole('heading', { level: 1 }).waitFor();
    await expect(ui.page.getByText('https://ecf.flsd.uscourts.gov').first().isVisible()).resolves.toBe(true);
    const boxes = ui.page.getByRole('checkbox');
    await expect(boxes.count()).resolves.toBe(6);
    await expect(ui.page.getByRole('checkbox', { name: /^1\. / }).isChecked()).resolves.toBe(true);
    await expect(ui.page.getByRole('checkbox', { name: /^3\. / }).isChecked()).resolves.toBe(false);
    expect(ui.problems).toEqual([]);
  });

  it('has no accessibility violation (axe-core, WCAG 2.1 AA)', async () => {
    await expect(axeViolations(ui.page, WCAG21_AA_AND_BEST_PRACTICE)).resolves.toEqual([]);
  });

  it('prints to a single page on Letter and on A4', async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    for (const format of ['Letter', 'A4'] as const) {
      const pdf = await ui.page.pdf({ format, preferCSSPageSize: true });
      writeFileSync(path.join(ARTIFACTS, `checklist-${format}.pdf`), pdf);
      expect({ format, pages: pdfPages(pdf) }).toEqual({ format, pages: 1 });
    }
    await ui.page.emulateMedia({ media: 'print' });
    await ui.page.screenshot({ path: path.join(ARTIFACTS, 'checklist-print.png'), fullPage: true });
  });

  it('in a Spanish conversation: lang="es", the Spanish steps, no accessibility violation, one printed page', async () => {
    await toStep3(ui.server, 'keep-browser-es', 'flsd', SPANISH_WALK);
    const asked = await sayText(ui.server, 'keep-browser-es', 'dame la lista de pasos para imprimir');
    const spanish = await ui.page.context().newPage();
    await spanish.goto(`${ui.server.url}${linkIn(asked, '/keep/checklist')}`);
    await expect(spanish.locator('html').getAttribute('lang')).resolves.toBe('es');
    await expect(spanish.getByRole('checkbox', { name: /^3\. Abra la página para vincular/ }).isChecked()).resolves.toBe(false);
    await expect(axeViolations(spanish, WCAG21_AA_AND_BEST_PRACTICE)).resolves.toEqual([]);
    for (const format of ['Letter', 'A4'] as const) {
      const pdf = await spanish.pdf({ format, preferCSSPageSize: true });
      writeFileSync(path.join(ARTIFACTS, `checklist-es-${format}.pdf`), pdf);
      expect({ format, pages: pdfPages(pdf) }).toEqual({ format, pages: 1 });
    }
  });
});

