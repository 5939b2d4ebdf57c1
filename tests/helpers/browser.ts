import { existsSync } from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';

/** Debian's Chromium, driven by playwright-core (no browser download); .ci/run installs it. */
export const CHROMIUM = '/usr/bin/chromium';
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
  '--disable-sync', '--no-first-run'];

interface AxeResult { violations: { id: string; impact: string; help: string; nodes: { target: string[] }[] }[] }

/** `describe`, or `describe.skip` with a note when Chromium is missing on a developer machine (never in CI). */
export function describeInChromium(name: string, body: () => void): void {
  const available = existsSync(CHROMIUM);
  if (!available && !process.env.CI) console.warn(`${name}: skipped, ${CHROMIUM} is missing (apt-get install -y chromium).`);
  (available || process.env.CI ? describe : describe.skip)(name, body);
}

/** A headless browser and one page that records console errors and page errors in `problems`. */
async function openPage(problems: string[]): Promise<{ browser: Browser; page: Page }> {
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is required in CI (.ci/run installs it with apt-get)`);
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
  // bypassCSP only so the tests can inject axe-core; the pages themselves run under their real policy.
  const context = await browser.newContext({ viewport: { width: 1100, height: 900 }, bypassCSP: true });
  const page = await context.newPage();
  page.on('console', (message) => { if (message.type() === 'error') problems.push(message.text()); });
  page.on('pageerror', (error) => problems.push(error.message));
  return { browser, page };
}

/** What a browser test reads once `beforeAll` has run: its server, the page, and the page's console errors. */
export interface ServerAndPage<S> {
  readonly server: S;
  readonly page: Page;
  readonly problems: string[];
}

/**
 * Registers the describe block's `beforeAll` and `afterAll`: starts the server and Chromium side by side, then
 * `ready` (e.g. a first navigation); closes the browser and the server after the block's last test.
 */
export function serverAndPage<S extends { close(): Promise<unknown> }>(
  start: () => Promise<S>, ready?: (fixture: ServerAndPage<S>) => Promise<void>, timeout?: number,
): ServerAndPage<S> {
  const fixture = { problems: [] as string[] } as { server: S; page: Page; problems: string[] };
  let browser: Browser | undefined;
  beforeAll(async () => {
    let opened;
    [fixture.server, opened] = await Promise.all([start(), openPage(fixture.problems)]);
    ({ browser, page: fixture.page } = opened);
    await ready?.(fixture);
  }, timeout);
  afterAll(async () => {
    await browser?.close();
    await fixture.server?.close();
  });
  return fixture;
}

/**
 * axe-core's violations on the page as it is now, one readable line each (an empty list passes): every rule, or
 * only those with one of `tags` (e.g. 'wcag2aa', 'best-practice').
 */
export async function axeViolations(page: Page, tags?: readonly string[]): Promise<string[]> {
  await page.addScriptTag({ path: require.resolve('axe-core/axe.min.js') });
  const run = tags ? `axe.run(document, { runOnly: ${JSON.stringify(tags)} })` : 'axe.run()';
  const result = await page.evaluate(run) as AxeResult;
  return result.violations.map((v) => `${v.id} (${v.impact}): ${v.help} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}
