import { CHAR_PREFIX, DEFAULT_FEATURE_OPTIONS, WORD_PREFIX, featuresOfWords, wordShape, words } from '../../dialogs/nlu/textFeatures';
import { FeatureModel } from '../../dialogs/nlu/featureModel';
import { loadContent } from '../../dialogs/content/loader';
import { dot } from '../../dialogs/nlu/sparse';
import { base64ToFloats, floatsToBase64 } from '../../dialogs/nlu/floatCodec';

describe('text features', () => {
  it('tokenizes lower-case words and keeps contractions whole', () => {
    expect(words("I can't log in to PACER!")).toEqual(['i', 'cant', 'log', 'in', 'to', 'pacer']);
  });

  it('keeps a reversing prefix on its word, so "un-link" is not read as "link"', () => {
    expect(words('Where is the un-link button? I want to de-link it')).toEqual(['where', 'is', 'the', 'unlink', 'button', 'i', 'want', 'to', 'delink', 'it']);
    expect(words('the e-filing login, a non-attorney, fun-loving')).toEqual(['the', 'e', 'filing', 'login', 'a', 'non', 'attorney', 'fun', 'loving']);
  });

  it('reads a word with accented or other Latin letters as one word, not as fragments', () => {
    expect(words('Next bus from Münchner Freiheit to Brudermühlstraße?')).toEqual(['next', 'bus', 'from', 'munchner', 'freiheit', 'to', 'brudermuhlstrasse']);
    expect(words('my résumé, a café in Łódź')).toEqual(['my', 'resume', 'a', 'cafe', 'in', 'lodz']);
  });

  it('makes stemmed unigrams, bigrams and word-boundary character grams', () => {
    const f = featuresOfWords(['linking', 'accounts'], DEFAULT_FEATURE_OPTIONS);
    expect(f.get(`${WORD_PREFIX}link`)).toBe(1);
    expect(f.get(`${WORD_PREFIX}link account`)).toBe(1);
    expect(f.get(`${CHAR_PREFIX} li`)).toBe(1);
    expect(f.get(`${CHAR_PREFIX}nts `)).toBe(1);
    expect([...f.keys()].some((k) => k.startsWith(CHAR_PREFIX) && k.length - CHAR_PREFIX.length > 5)).toBe(false);
  });

  it('vectorizes to unit length per view, ignores unseen features, and counts known words', () => {
    const model = FeatureModel.fit(['reset my password', 'link my account']);
    const { vector, knownWords } = model.analyse('reset pasword zzzz');
    expect(knownWords).toBe(2);
    expect(dot(vector, vector)).toBeCloseTo(1 + 1 + 1.5 * 1.5, 4); // word and character views of norm 1, meaning of norm 1.5
    expect(model.analyse('qqqq').knownWords).toBe(0);
  });

  it('appends the meaning view after the count features, and only for words that have a vector', () => {
    const model = FeatureModel.fit(['reset my password', 'link my account']);
    const withMeaning = model.vector('reset my password');
    expect(model.size).toBe(model.countFeatures + 50 + 25 + 25); // mean direction, max- and min-pooled components
    expect([...withMeaning.indices].filter((i) => i >= model.countFeatures)).toHaveLength(100);
    expect([...model.vector('qqqq zzzz').indices].every((i) => i < model.countFeatures)).toBe(true);
    // Without the view (weight 0) the counts are the same and nothing is appended.
    const countsOnly = FeatureModel.fit(['reset my password', 'link my account'], DEFAULT_FEATURE_OPTIONS, 1, 0);
    expect(countsOnly.size).toBe(model.countFeatures);
    expect([...countsOnly.vector('reset my password').indices]).toEqual([...withMeaning.indices].filter((i) => i < model.countFeatures));
  });

  it('marks the words a negation governs, so which credential is missing is not lost in the bag of words', () => {
    const negated = (text: string): string[] => [...featuresOfWords(words(text), DEFAULT_FEATURE_OPTIONS).keys()]
      .filter((k) => k.startsWith(`${WORD_PREFIX}!`)).map((k) => k.slice(WORD_PREFIX.length + 1));
    expect(negated('I know my username but not the password')).toEqual(['password']);
    expect(negated('I know the password but not my PACER username')).toEqual(['pacer', 'usernam']);
    expect(negated("can't remember the old ECF login and password")).toEqual(['rememb', 'old', 'ecf']);
    expect(negated('reset my password')).toEqual([]);
    expect(featuresOfWords(words('not the password'), { ...DEFAULT_FEATURE_OPTIONS, negationScope: 0 }).has(`${WORD_PREFIX}!password`)).toBe(false);
  });

  it('gives a word that mixes letters and digits its shape, so two legacy PACER logins look alike', () => {
    expect(wordShape('ab1234')).toBe('aa0000');
    expect(wordShape('jd5678')).toBe(wordShape('ab1234'));
    expect(wordShape('jdoe2021')).toBe('aaaa0000'); // an eight-character login is another shape
    expect(wordShape('5pm')).toBe('0aa');
    expect(wordShape('password')).toBeUndefined();
    expect(wordShape('2014')).toBeUndefined();
    const shapes = (text: string, options = DEFAULT_FEATURE_OPTIONS): string[] => [...featuresOfWords(words(text), options).keys()]
      .filter((k) => k.startsWith(`${CHAR_PREFIX}#`));
    expect(shapes('my login is ab1234')).toEqual([`${CHAR_PREFIX}#aa0000`]);
    expect(shapes('my login is ab1234', { ...DEFAULT_FEATURE_OPTIONS, wordShapes: false })).toEqual([]);
  });

  it('counts the words training never saw, so an unknown name is evidence rather than nothing', () => {
    const model = FeatureModel.fit(['reset my password', 'link my account', 'reset my account']);
    expect([...model.vector('reset my password qqqq').indices]).not.toEqual([...model.vector('reset my password').indices]);
    // A training text's own once-seen words stand in for unseen ones ("password", "link"), as in leave-one-out.
    expect([...model.trainingVector('reset my password').indices]).toEqual([...model.vector('reset my password qqqq').indices]);
  });

  it('encodes floats to base64 and back exactly', () => {
    const values = Float32Array.from([0, 1.5, -2.25, 1e-8]);
    expect(base64ToFloats(floatsToBase64(values))).toEqual(values);
  });

  it('finds every feature by its cached index exactly as by its name, on every content example', () => {
    const texts = loadContent().topics.flatMap((topic) => topic.examples);
    const model = FeatureModel.fit(texts, DEFAULT_FEATURE_OPTIONS, 1, 0);
    const { features, idf, charWeight } = model.toJSON().vectorizer;
    const index = new Map(features.map((feature, i) => [feature, i]));
    // The TF-IDF views computed from the features' names, as the vectorizer did before indexedFeatures.ts.
    const byName = (named: Map<string, number>): { indices: number[]; values: number[] } => {
      const known = [...named].flatMap(([f, tf]) => (index.has(f) ? [{ i: index.get(f) as number, f, tf }] : []))
        .sort((a, b) => a.i - b.i).map((e) => ({ ...e, v: (1 + Math.log(e.tf)) * Math.fround(idf[e.i] as number) }));
      const norm = (char: boolean): number => Math.sqrt(known.filter((e) => e.f.startsWith(CHAR_PREFIX) === char)
        .reduce((sum, e) => sum + e.v * e.v, 0)) || 1;
      const [wordNorm, charNorm] = [norm(false), norm(true) / charWeight];
      return { indices: known.map((e) => e.i), values: known.map((e) => Math.fround(e.v / (e.f.startsWith(CHAR_PREFIX) ? charNorm : wordNorm))) };
    };
    const same = (a: { indices: Int32Array; values: Float32Array }, b: { indices: number[]; values: number[] }): boolean =>
      a.indices.length === b.indices.length && a.indices.every((i, n) => i === b.indices[n] && a.values[n] === b.values[n]);
    const differing = texts.filter((text) => {
      // Two words no example has; read twice, so the second reading comes from the cache.
      const named = featuresOfWords(words(`${text} qqqq zzzz`), DEFAULT_FEATURE_OPTIONS);
      named.set(`${WORD_PREFIX}<unseen>`, 2);
      const expected = byName(named);
      return !same(model.vector(`${text} qqqq zzzz`), expected) || !same(model.vector(`${text} qqqq zzzz`), expected);
    });
    expect(differing).toEqual([]);
    expect(texts.length).toBeGreaterThan(1000);
  });
});
