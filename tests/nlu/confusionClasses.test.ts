import { classFigures, sentencesOf, type ConfusionClass } from '../../bench/confusionClasses';
import type { Recognition } from '../../dialogs/nlu/recognizer';

const unlink: ConfusionClass = { name: 'unlink', lang: 'en', right: ['undo_link'], parts: [['', 'hi,'], ['where is the', 'no'], ['unlink button']] };

const answer = (intent: string, score: number): Recognition => ({ intent, score, ranked: [{ intent, score }], ambiguous: false });

describe('confusion classes (bench:nlu --confusions)', () => {
  it('generates every combination of one alternative per part, an empty part left out', () => {
    expect(sentencesOf(unlink).map((s) => s.text)).toEqual(['where is the unlink button', 'no unlink button', 'hi, where is the unlink button', 'hi, no unlink button']);
  });

  it('counts a sentence right only with a topic of the class, and confidently wrong only at 0.7 or more', () => {
    const read = (text: string): Recognition => (text.startsWith('hi,') ? answer('missing_utilities_link', text.includes('where') ? 0.9 : 0.5) : answer('undo_link', 0.6));
    const figures = classFigures(unlink, read);
    expect(figures).toMatchObject({ sentences: 4, right: 2, confidentlyWrong: 1 });
    expect(figures.wrong.map((w) => w.text)).toEqual(['hi, where is the unlink button', 'hi, no unlink button']);
  });
});
