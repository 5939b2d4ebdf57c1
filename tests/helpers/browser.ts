import { existsSync } from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';

/** Debian's Chromium, driven by playwright-core (no browser download); .ci/run installs it. */
export const CHROMIUM = '/usr/bin/chromium';
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
  '--disable-sync', '--no-first-run'];

export interface AxeResult { violations: { id: string; impact: string; help: string; nodes: { target: string[] }[] }[] }

/** `describe`, or `describe.skip` with a note when Chromium is missing on a developer machine (never in CI). */
export function describeInChromium(name: string, body: () => void): void {
  const available = existsSync(CHROMIUM);
  if (!available && !process.env.CI) console.warn(`${name}: skipped, ${CHROMIUM} is missing (apt-get install -y chromium).`);
  (available || process.env.CI ? describe : describe.skip)(name, body);
}

/** A headless browser and one page that records console errors and page errors in `problems`. */
export async function openPage(problems: string[]): Promise<{ browser: Browser; page: Page }> {
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is required in CI (.ci/run installs it with apt-get)`);
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
  // bypassCSP only so the tests can inject axe-core; the pages themselves run under their real policy.
  const context = await browser.newContext({ viewport: { width: 1100, height: 900 }, bypassCSP: true });
  const page = await context.newPage();
  page.on('console', (message) => { if (message.type() === 'error') problems.push(message.text()); });
  page.on('pageerror', (error) => problems.push(error.message));
  return { browser, page };
}
