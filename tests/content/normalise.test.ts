import { foldAccents, normaliseText } from '../../dialogs/content/normalise';

/** Every reader folds a message the same way (foldAccents), so a word typed with or without its accents is one word. */
describe('folded text', () => {
  const read = (text: string) => normaliseText(foldAccents(text));

  it('reads accented and plain spellings alike', () => {
    expect(read('Olvidé mi CONTRASEÑA')).toBe(read('olvide mi contrasena'));
  });

  it('spells letters that do not decompose as ASCII, whole, so no reader keeping a-z splits the word', () => {
    expect(foldAccents('Brudermühlstraße')).toBe('Brudermuhlstrasse');
    expect(foldAccents('STRAẞE Æbeltoft Øresund Œuvre Łódź Đakovo')).toBe('STRASSE AEbeltoft Oresund OEuvre Lodz Dakovo');
    expect(read('Straße')).toBe(read('Strasse'));
  });
});
