import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { progressTrainer } from '../../../bot/host/nluCache';
import { loadLocalizedContent } from '../../../dialogs/content/locale/localizedContent';
import { ProgressReader } from '../../../dialogs/engine/progressReader';

/**
 * The progress reader's model ("logged in" → step 3) kept in NLU_CACHE_DIR: a restart reads it back instead of
 * training it on the first user's message, and reads every report the same.
 */
describe('the progress model in NLU_CACHE_DIR', () => {
  let dir: string;
  beforeEach(() => { dir = mkdtempSync(path.join(tmpdir(), 'nlu-progress-')); });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('is written on the first start and read back on the next, placing reports the same', () => {
    const first = ProgressReader.of(loadLocalizedContent(undefined, 'warn').english, progressTrainer(dir));
    const files = readdirSync(dir);
    expect(files).toEqual([expect.stringMatching(/^recognizer-[0-9a-f]{32}\.json$/)]);
    // Content loaded again is another object: its reader is built again, from the file.
    const second = ProgressReader.of(loadLocalizedContent(undefined, 'warn').english, progressTrainer(dir));
    expect(readdirSync(dir)).toEqual(files);
    for (const text of ['logged in', "I'm on the link page", 'entered my old login and pressed submit', 'how do I reset my password']) {
      expect(second.read(text)).toEqual(first.read(text));
    }
    expect(first.read('logged in').length).toBeGreaterThan(0);
  });
});
