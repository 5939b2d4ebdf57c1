import fc from 'fast-check';
import { loadContent } from '../../dialogs/content/loader';
import { trainingExamples } from '../../dialogs/content/trainingExamples';
import { trainRecognizer } from '../../bot/host/nluCache';
import { TEST_NLU_CACHE_DIR } from '../helpers/nluCache';
import {
  MAX_LENGTH, MAX_WORDS_PER_MESSAGE, MAX_WORK_PER_MESSAGE, MIN_COUNT_TWO_EDITS, SpellingCorrector, withinOneEdit, withinTwoEdits,
} from '../../dialogs/nlu/spelling';
import { restrictedEditDistance } from '../../dialogs/nlu/naturalText';
import { wordVectors } from '../../dialogs/nlu/wordVectors';

const counts = (words: string[]): Map<string, number> => {
  const out = new Map<string, number>();
  for (const w of words) out.set(w, (out.get(w) ?? 0) + 1);
  return out;
};
const vocabulary = counts([...Array<string>(MIN_COUNT_TWO_EDITS).fill('password'), 'passport', 'pacer', 'rice', 'account', 'link', 'court', 'cookies']);
const english = new SpellingCorrector(vocabulary, wordVectors());
const corrected = (text: string): string => english.correctAll(text.split(' ')).tokens.join(' ');

describe('spelling correction', () => {
  it('corrects a typo to the most frequent training word one edit away', () => {
    expect(corrected('pasword acount pacr')).toBe('password account pacer');
    expect(corrected('passwrod cookeis')).toBe('password cookies'); // swapped neighbours
  });

  it('leaves real English words, short words, numbers and very long words alone', () => {
    expect(corrected('price')).toBe('price'); // one edit from "rice", but a word of its own
    expect(corrected('pcr 12345 pas_word')).toBe('pcr 12345 pas_word');
    const long = 'passwordpasswordx'; // one deletion from a vocabulary word would be needed, but it is > MAX_LENGTH
    expect(long.length).toBeGreaterThan(MAX_LENGTH);
    expect(new SpellingCorrector(counts(['passwordpassword'])).correctAll([long]).tokens).toEqual([long]);
  });

  it('looks up at most MAX_WORDS_PER_MESSAGE unknown words per message', () => {
    const typos = Array<string>(MAX_WORDS_PER_MESSAGE + 3).fill('pasword');
    const { tokens } = english.correctAll(typos);
    expect(tokens.filter((t) => t === 'password')).toHaveLength(MAX_WORDS_PER_MESSAGE);
  });

  it('takes a longer word two edits away for a frequent training word that starts with its letter', () => {
    const frequent = counts([...Array<string>(MIN_COUNT_TWO_EDITS).fill('credentials'), ...Array<string>(MIN_COUNT_TWO_EDITS).fill('utilities'), 'passport']);
    const corrector = new SpellingCorrector(frequent, wordVectors());
    const read = (text: string): string => corrector.correctAll(text.split(' ')).tokens.join(' ');
    expect(read('credintails utilitys')).toBe('credentials utilities');
    expect(read('pasprot')).toBe('pasprot'); // "passport" is two edits away, but training saw it once
    expect(read('tuilitys')).toBe('tuilitys'); // the first letter is not the word's
    expect(read('utlty')).toBe('utlty'); // under six letters, two edits leave too little of the word
  });

  it('tells one-edit neighbours from the rest', () => {
    expect(['pasword', 'passwords', 'passwodr', 'passward'].every((w) => withinOneEdit('password', w))).toBe(true);
    expect(['password', 'pasward', 'psaswodr', 'word'].some((w) => withinOneEdit('password', w))).toBe(false);
  });
});

describe('spelling correction cost (fuzz)', () => {
  const letters = fc.string({ unit: fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz'), minLength: 1, maxLength: 3000 });
  const typoOf = fc.tuple(fc.constantFrom(...vocabulary.keys()), fc.nat(), fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz'))
    .map(([w, at, c]) => w.slice(0, at % w.length) + c + w.slice(at % w.length + 1));
  const message = fc.array(fc.oneof(letters, typoOf, fc.string({ maxLength: 40 })), { maxLength: 200 });

  it('does a bounded amount of work on any message, and only ever swaps a word for a one-edit neighbour or a frequent two-edit one', () => {
    fc.assert(fc.property(message, (tokens) => {
      const { tokens: out, work } = english.correctAll(tokens);
      expect(work).toBeLessThanOrEqual(MAX_WORK_PER_MESSAGE);
      expect(out).toHaveLength(tokens.length);
      out.forEach((word, i) => {
        if (word === tokens[i]) return;
        const near = withinOneEdit(tokens[i] as string, word) || ((vocabulary.get(word) ?? 0) >= MIN_COUNT_TWO_EDITS && withinTwoEdits(tokens[i] as string, word));
        expect(vocabulary.has(word) && near).toBe(true);
      });
    }), { numRuns: 300 });
  });

  it('counts two edits as the restricted Damerau-Levenshtein distance does', () => {
    const word = fc.string({ unit: fc.constantFrom(...'abcde'), maxLength: MAX_LENGTH });
    fc.assert(fc.property(word, word, (a, b) => {
      expect(withinTwoEdits(a, b)).toBe(restrictedEditDistance(a, b) <= 2);
    }), { numRuns: 2000 });
  });

  it('recognizes messages of long words, many unknown words and random letters on the real content', () => {
    const recognizer = trainRecognizer(trainingExamples(loadContent()), TEST_NLU_CACHE_DIR);
    const intents = new Set([...recognizer.intents(), 'out_of_scope']);
    fc.assert(fc.property(message, (tokens) => {
      expect(intents.has(recognizer.recognize(tokens.join(' ')).intent)).toBe(true);
    }), { numRuns: 100 });
    // The message that blocked the bot for 998 s (issue 15): one 2,000-letter word.
    expect(recognizer.recognize('x'.repeat(2000)).intent).toBe('out_of_scope');
    expect(recognizer.recognize(`reset my ${'qwertyuiopasdfghjklz '.repeat(50)} password`).ranked.length).toBeGreaterThan(0);
  });
});
