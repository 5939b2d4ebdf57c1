import { foldAccents, normaliseText } from '../../dialogs/content/normalise';

/** The forms as they were made before the short cuts for texts already in form (bench/README.md, "perf-turn16"). */
const fullNormalise = (text: string) => text.toLowerCase().replace(/[’']/g, '').replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
const fullFold = (text: string) => text.normalize('NFD').replace(/[\u0300-\u036f]/g, '');

const TEXTS = [
  '', ' ', 'next', 'yes', 'Yes', 'yes ', ' yes', 'yes  no', 'yes\nno', 'yes\n', "don't", 'it’s', 'step 2', 'x1 2y', 'a-b',
  'how do i link my account', 'How do I link my account?', 'olvidé mi contraseña', 'Contraseña', 'ÉCRAN', 'naïve café',
  'e\u0301', '\u0000x', 'esc\u001b[1m', 'ǅ', '١٢٣', 'straße', 'İstanbul', 'tab\there', '\u00a0nbsp',
];

describe('normaliseText and foldAccents', () => {
  it('give every text the form the full passes give it, a text already in form included', () => {
    for (const text of TEXTS) {
      expect(normaliseText(text)).toBe(fullNormalise(text));
      expect(foldAccents(text)).toBe(fullFold(text));
      expect(normaliseText(fullNormalise(text))).toBe(fullNormalise(text));
    }
  });
});
