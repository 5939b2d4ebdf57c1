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

  it('flags a deliberately ambiguous input', () => {
    // "this evening" is taught equally as weather and as alarm, so neither can be chosen.
    const shared = ['this evening', 'for this evening', 'evening please'];
    const examples = [...syntheticExamples(), ...shared.flatMap((text) => [{ text, intent: 'weather' }, { text, intent: 'alarm' }])];
    const r = Recognizer.train(examples).recognize('evening');
    expect(r.ambiguous).toBe(true);
    expect(r.ranked.slice(0, 2).map((s) => s.intent).sort()).toEqual(['alarm', 'weather']);
    expect(recognizer.recognize('order a large pizza').ambiguous).toBe(false);
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
