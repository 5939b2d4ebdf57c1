import { WordPhrases } from '../../dialogs/engine/wordPhrases';

const words = (text: string) => text.split(' ');

describe('WordPhrases: a content list of phrases looked up by their first word', () => {
  const phrases = new WordPhrases([words('still the same'), words('still'), [], words('didnt work'), words('same thing')]);

  it('finds a phrase where the words hold it, the first listed when several fit', () => {
    expect(phrases.at(words('nope still the same'), 1)).toEqual(['still', 'the', 'same']);
    expect(phrases.at(words('still not'), 0)).toEqual(['still']);
    expect(phrases.at(words('it didnt work'), 1)).toEqual(['didnt', 'work']);
  });

  it('finds nothing for a phrase cut short by the end of the message or another word', () => {
    expect(phrases.at(words('it didnt'), 1)).toBeUndefined();
    expect(phrases.at(words('same as before'), 0)).toBeUndefined();
    expect(phrases.at(words('same thing'), 2)).toBeUndefined();
  });

  it('says whether a phrase is anywhere in the message', () => {
    expect(phrases.inside(words('ok so it is the same thing again'))).toBe(true);
    expect(phrases.inside(words('it worked thanks'))).toBe(false);
    expect(phrases.inside([])).toBe(false);
  });
});
