import { appendFileSync, cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { codeClosure } from '../../../bot/host/codeClosure';
import { modelKey } from '../../../bot/host/nluCache';

/**
 * The cached model's key (bot/host/nluCache.ts) covers all the code training runs, wherever it lives: after an
 * upgrade that changes how text is normalised or featurised, a restart retrains instead of loading a stale model.
 * Run on a copy of dialogs/, so a file can be changed the way an upgrade would change it.
 */
describe('the cached model key', () => {
  const examples = [{ text: 'I forgot my PACER password', intent: 'forgot_pacer_password' }];
  let dialogs: string;
  let english: string;
  let spanish: string;
  beforeEach(() => {
    const root = mkdtempSync(path.join(tmpdir(), 'model-key-'));
    dialogs = path.join(root, 'dialogs');
    cpSync(path.resolve(__dirname, '../../../dialogs'), dialogs, { recursive: true, filter: (source) => path.basename(source) !== 'assets' });
    english = path.join(dialogs, 'nlu', 'recognizer.ts');
    spanish = path.join(dialogs, 'nlu-es', 'spanishRecognizer.ts');
  });
  afterEach(() => rmSync(path.dirname(dialogs), { recursive: true, force: true }));

  const keys = () => [modelKey(examples, {}, english), modelKey(examples, {}, spanish)];
  const upgrade = (file: string) => appendFileSync(path.join(dialogs, file), '\nexport const upgraded = true;\n');

  it.each(['content/normalise.ts', 'content/intents.ts', 'nlu/textFeatures.ts'])('changes in both languages when %s changes', (file) => {
    const [englishBefore, spanishBefore] = keys();
    upgrade(file);
    const [englishAfter, spanishAfter] = keys();
    expect(englishAfter).not.toBe(englishBefore);
    expect(spanishAfter).not.toBe(spanishBefore);
  });

  it("changes the Spanish model's key alone when Spanish text handling changes", () => {
    const [englishBefore, spanishBefore] = keys();
    upgrade('nlu-es/spanishText.ts');
    const [englishAfter, spanishAfter] = keys();
    expect(englishAfter).toBe(englishBefore);
    expect(spanishAfter).not.toBe(spanishBefore);
  });

  it('stays when code training does not load changes, so such an upgrade keeps its fast start', () => {
    const before = keys();
    upgrade('engine/progressReader.ts');
    upgrade('nlu/frustration.ts');
    expect(keys()).toEqual(before);
  });

  it('names the packages the training code loads, whose versions it also covers', () => {
    expect(codeClosure(english).packages).toEqual(['natural']);
    expect(codeClosure(spanish).packages).toEqual(['natural']);
  });
});
