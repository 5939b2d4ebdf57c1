import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { trainSpanishRecognizer } from '../../bot/host/nluCache';
import { loadLocalizedContent } from '../../dialogs/content/locale/localizedContent';
import { trainingExamples } from '../../dialogs/content/trainingExamples';

/** The Spanish recognizer kept in NLU_CACHE_DIR like the English one: a restart loads it instead of training it. */
describe('the Spanish model in NLU_CACHE_DIR', () => {
  const spanish = loadLocalizedContent(undefined, 'warn').byLocale.get('es');
  const examples = spanish ? trainingExamples(spanish) : [];
  let dir: string;
  beforeEach(() => { dir = mkdtempSync(path.join(tmpdir(), 'nlu-es-')); });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('is written on the first start and read back on the next, answering the same', () => {
    const trained = trainSpanishRecognizer(examples, dir);
    const files = readdirSync(dir);
    expect(files).toEqual([expect.stringMatching(/^recognizer-es-[0-9a-f]{32}\.json$/)]);
    const loaded = trainSpanishRecognizer(examples, dir);
    for (const text of ['olvidé mi contraseña de PACER', 'no me deja hacer login', 'gracias', 'qué hora es en Madrid']) {
      expect(loaded.recognize(text)).toEqual(trained.recognize(text));
    }
  });

  it('is trained again when the file is corrupt, and other examples make another file', () => {
    trainSpanishRecognizer(examples, dir);
    const [file] = readdirSync(dir);
    writeFileSync(path.join(dir, file!), '{"format": "something else"}');
    expect(trainSpanishRecognizer(examples, dir).recognize('olvidé mi contraseña de PACER').intent).toBe('forgot_pacer_password');
    trainSpanishRecognizer(examples.slice(1), dir);
    expect(readdirSync(dir)).toHaveLength(2);
  });
});
