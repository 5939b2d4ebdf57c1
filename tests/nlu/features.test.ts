import { CHAR_PREFIX, DEFAULT_FEATURE_OPTIONS, WORD_PREFIX, featuresOfWords, words } from '../../dialogs/nlu/textFeatures';
import { FeatureModel } from '../../dialogs/nlu/featureModel';
import { dot } from '../../dialogs/nlu/sparse';
import { base64ToFloats, floatsToBase64 } from '../../dialogs/nlu/floatCodec';

describe('text features', () => {
  it('tokenizes lower-case words and keeps contractions whole', () => {
    expect(words("I can't log in to PACER!")).toEqual(['i', 'cant', 'log', 'in', 'to', 'pacer']);
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

  it('encodes floats to base64 and back exactly', () => {
    const values = Float32Array.from([0, 1.5, -2.25, 1e-8]);
    expect(base64ToFloats(floatsToBase64(values))).toEqual(values);
  });
});
