import { Recognizer } from '../../dialogs/nlu/recognizer';
import { syntheticExamples } from './syntheticData';

describe('Recognizer', () => {
  const recognizer = Recognizer.train(syntheticExamples());

  it('learns separable intents from unseen phrasings', () => {
    expect(recognizer.recognize('is it raining today').intent).toBe('weather');
    expect(recognizer.recognize('order me a pizza please').intent).toBe('pizza');
    expect(recognizer.recognize('set an alarm for nine').intent).toBe('alarm');
    expect(recognizer.recognize('play some jazz music').intent).toBe('music');
  });

  it('corrects typos against the training vocabulary', () => {
    expect(recognizer.recognize('wether forcast').intent).toBe('weather');
  });

  it('understands a word it never saw in training through its meaning (word vectors)', () => {
    // Only the thing named differs between intents, and the query's thing shares no letters with any example's:
    // without a sense of meaning this is a coin toss.
    const things = { vehicle: ['car', 'bus'], food: ['pizza', 'burger'], pet: ['dog', 'cat'] };
    const templates = ['my X is late', 'where is my X', 'I need my X today'];
    const examples = Object.entries(things).flatMap(([intent, names]) =>
      names.flatMap((name) => templates.map((t) => ({ text: t.replace('X', name), intent }))));
    // 18 examples: the meaning view's weights start from zero and need many passes (the default caps them at 100).
    const byMeaning = Recognizer.train(examples, { classifier: { maxEpochs: 2000 } });
    expect(byMeaning.recognize('where is my truck').intent).toBe('vehicle');
    expect(byMeaning.recognize('where is my sandwich').intent).toBe('food');
    expect(byMeaning.recognize('where is my puppy').intent).toBe('pet');
  });

  it('reads a code it never saw by its shape: letters and digits like the codes of one intent, not the times of another', () => {
    // The codes share no character gram with the query's: only their shape (two letters, four digits) tells.
    const examples = [
      ...['ab1234', 'cd5678', 'ef9012', 'gh3456'].flatMap((code) => [`it is ${code}`, `the one I have is ${code}`]).map((text) => ({ text, intent: 'login' })),
      ...['5pm', '7am', '11pm', '8am'].flatMap((time) => [`it is ${time}`, `the one I have is ${time}`]).map((text) => ({ text, intent: 'time' })),
    ];
    const byShape = Recognizer.train(examples);
    expect(byShape.recognize('it is qz7790').intent).toBe('login');
    expect(byShape.recognize('the one I have is 10pm').intent).toBe('time');
  });

  it('ranks in-scope intents best first with probabilities, without the out-of-scope class', () => {
    const r = recognizer.recognize('will it rain');
    expect(r.ranked.length).toBeLessThanOrEqual(5);
    expect(r.ranked.map((s) => s.intent)).not.toContain('out_of_scope');
    for (let i = 1; i < r.ranked.length; i++) expect(r.ranked[i - 1]!.score).toBeGreaterThanOrEqual(r.ranked[i]!.score);
    for (const s of r.ranked) expect(s.score).toBeGreaterThanOrEqual(0);
    expect(r.score).toBeGreaterThan(0);
    expect(r.score).toBeLessThanOrEqual(1);
  });

  it('sends gibberish and unrelated questions out of scope', () => {
    expect(recognizer.recognize('qwzx vbnm plkj').intent).toBe('out_of_scope');
    expect(recognizer.recognize('what is the capital of spain').intent).toBe('out_of_scope');
    expect(recognizer.recognize('').intent).toBe('out_of_scope');
  });

  it('does not send a message out of scope for its words being new only as written: another inflection is evidence', () => {
    // A few sentences per intent, as in a small corpus: "alternative" was only ever seen as "alternatives".
    const small = Recognizer.train([
      ...['alternatives to facebook', 'any good alternatives for twitter', 'cheaper alternatives to gmail'].map((text) => ({ text, intent: 'alternatives' })),
      ...['delete my facebook account', 'how do I delete an account', 'remove my twitter account'].map((text) => ({ text, intent: 'delete' })),
    ]);
    expect(small.recognize('alternative?').intent).toBe('alternatives');
    expect(small.recognize('qwzx vbnm').intent).toBe('out_of_scope');
  });

  it('flags a deliberately ambiguous input', () => {
    // "zorblat" is taught equally as weather and as alarm, so neither can be chosen. Made-up words only: real ones
    // have meanings (word vectors) that side with one intent's other examples ("evening" with "morning", "noon").
    // Training noise leaves such a split anywhere from 50/50 to 63/37 depending on the seed (measured on seeds 1-3),
    // so this test widens the margin to 0.3; the default 0.1 was chosen on the content (recognizer.ts).
    const shared = ['zorblat', 'zorblat quux', 'quux zorblat'];
    const examples = [...syntheticExamples(), ...shared.flatMap((text) => [{ text, intent: 'weather' }, { text, intent: 'alarm' }])];
    const wide = Recognizer.train(examples, { margin: 0.3, classifier: { maxEpochs: 2000 } });
    const r = wide.recognize('zorblat');
    expect(r.ambiguous).toBe(true);
    expect(r.ranked.slice(0, 2).map((s) => s.intent).sort()).toEqual(['alarm', 'weather']);
    expect(wide.recognize('order a large pizza').ambiguous).toBe(false);
  });

  it('lists its in-scope intents', () => {
    expect([...recognizer.intents()].sort()).toEqual(['alarm', 'music', 'pizza', 'weather']);
  });

  it('round-trips through JSON with identical results', () => {
    const restored = Recognizer.fromJSON(JSON.parse(JSON.stringify(recognizer.toJSON())));
    for (const text of ['will it rain', 'pizza', 'qwzx', 'wake me up', 'order a pizza and play music']) {
      expect(restored.recognize(text)).toEqual(recognizer.recognize(text));
    }
    expect(restored.intents()).toEqual(recognizer.intents());
  });

  it('uses a custom out-of-scope intent name and a threshold', () => {
    const custom = Recognizer.train(syntheticExamples('none'), { outOfScopeIntent: 'none', threshold: 1 });
    expect(custom.recognize('will it rain').intent).toBe('none');
    expect(custom.intents()).not.toContain('none');
  });

  it('rejects bad input', () => {
    expect(() => Recognizer.train([])).toThrow();
    expect(() => Recognizer.train(syntheticExamples(), { threshold: 2 })).toThrow();
    expect(() => Recognizer.fromJSON({})).toThrow();
  });
});
