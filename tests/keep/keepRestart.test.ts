import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startTestServer } from '../helpers/testServer';
import { linkIn, sayText, toStep3 } from './keepHelpers';

/*
 * With the embedded store (SQLite), a continue-later code and a checklist link given before a restart still work
 * after it: codes and the links' key live in the store, not in memory.
 */
describe('what users keep, across a restart (STORAGE=sqlite)', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'keep-restart-'));
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('resumes from a code and opens a checklist link given before the restart', async () => {
    const before = await startTestServer({ STORAGE: 'sqlite', DATA_DIR: dataDir });
    await toStep3(before, 'restart-1', 'nysb');
    const code = /\*\*([A-Z2-9]{5}-[A-Z2-9]{5})\*\*/.exec(await sayText(before, 'restart-1', 'save my place'))?.[1];
    const link = linkIn(await sayText(before, 'restart-1', 'checklist'), '/keep/checklist');
    await before.close();
    await before.released;

    const after = await startTestServer({ STORAGE: 'sqlite', DATA_DIR: dataDir });
    try {
      const page = await fetch(`${after.url}${link}`);
      expect(page.status).toBe(200);
      expect(await page.text()).toContain('https://ecf.nysb.uscourts.gov');
      expect(await sayText(after, 'restart-2', `continue ${code}`)).toMatch(/Step 3 of 6/);
    } finally {
      await after.close();
      await after.released;
    }
  }, 120_000);
});
