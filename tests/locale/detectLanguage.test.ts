import { readFileSync } from 'node:fs';
import { detectLanguage } from '../../dialogs/locale/detectLanguage';
import { NLU_DEV_ES_FILE, NLU_DEV_FILE, NLU_HELDOUT_FILE } from '../../dialogs/repoPaths';

const texts = (file: string): string[] => readFileSync(file, 'utf8').trim().split('\n').map((line) => (JSON.parse(line) as { text: string }).text);
const BOTH = ['en', 'es'];

describe('the language of a message', () => {
  it('never takes an English question of the dev and held-out sets for Spanish', () => {
    const english = [...texts(NLU_DEV_FILE), ...texts(NLU_HELDOUT_FILE)];
    expect(english.filter((text) => detectLanguage(text, BOTH) === 'es')).toEqual([]);
  });

  it('reads almost every Spanish dev question as Spanish and none as English (short ones are left to the recognizers)', () => {
    const spanish = texts(NLU_DEV_ES_FILE);
    expect(spanish.filter((text) => detectLanguage(text, BOTH) === 'en')).toEqual([]);
    expect(spanish.filter((text) => detectLanguage(text, BOTH) === 'es').length).toBeGreaterThanOrEqual(85);
  });

  it('tells Spanglish and short texts apart without guessing', () => {
    expect(detectLanguage('olvidé mi contraseña de PACER', BOTH)).toBe('es');
    expect(detectLanguage('how do I upgrade my legacy PACER account', BOTH)).toBe('en');
    expect(detectLanguage('Hola', BOTH)).toBeUndefined();
    expect(detectLanguage('olvidé mi contraseña de PACER', ['en'])).toBeUndefined();
  });
});
