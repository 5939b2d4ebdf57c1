import { Recognizer, type LabelledExample } from '../../dialogs/nlu/recognizer';
import { SpanishRecognizer } from '../../dialogs/nlu-es/spanishRecognizer';
import { syntheticExamples } from './syntheticData';

/**
 * The answers (and their scores) do not depend on where the content lists an example: each example's place in the
 * training passes is its own (issue 18, round 14), so an edit elsewhere leaves it, and the answers it shaped, as they
 * were. How few answers one added or removed example moves on the real content: `npm run -s bench:nlu -- --stability`.
 */
const messages = ['is it raining today', 'order me a pizza please', 'set an alarm for nine', 'play some jazz music',
  'wake me with a song', 'pizza weather', 'what is the capital of spain', 'umbrella alarm'];

type Answers = Array<{ intent?: string; score: number }>;
const answers = (recognize: (text: string) => { intent?: string; score: number }): Answers =>
  messages.map((m) => { const { intent, score } = recognize(m); return { intent, score }; });

function expectSameAnswers(actual: Answers, expected: Answers): void {
  actual.forEach((a, i) => {
    expect(a.intent).toBe(expected[i]?.intent);
    expect(a.score).toBeCloseTo(expected[i]?.score as number, 4);
  });
}

/** The same examples, each topic's listed in another order and the topics interleaved differently. */
const reordered = (examples: readonly LabelledExample[]): LabelledExample[] =>
  [...examples].reverse().sort((a, b) => (a.text.length % 3) - (b.text.length % 3));

describe('training order keyed by the example', () => {
  const examples = syntheticExamples();
  const shipped = answers((m) => Recognizer.train(examples).recognize(m));

  it('answers every message the same whatever order the examples are listed in', () => {
    const recognizer = Recognizer.train(reordered(examples));
    expectSameAnswers(answers((m) => recognizer.recognize(m)), shipped);
  });

  it('holds for the Spanish recognizer (the Spanish topics and progress reader) too', () => {
    const spanish = [{ text: 'quiero una pizza', intent: 'pizza' }, { text: 'pide una pizza grande', intent: 'pizza' },
      { text: 'pon música', intent: 'music' }, { text: 'toca una canción', intent: 'music' },
      { text: 'va a llover hoy', intent: 'weather' }, { text: 'qué tiempo hace', intent: 'weather' },
      { text: 'la capital de francia', intent: 'out_of_scope' }];
    const once = SpanishRecognizer.train(spanish);
    const again = SpanishRecognizer.train(reordered(spanish));
    for (const m of ['una pizza con música', 'llueve mañana', 'pon una canción']) {
      expect(again.recognize(m).score).toBeCloseTo(once.recognize(m).score, 4);
    }
  });
});
