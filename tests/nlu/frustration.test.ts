import { loadContent } from '../../dialogs/content/loader';
import { trainingExamples } from '../../dialogs/content/trainingExamples';
import { FrustrationDetector } from '../../dialogs/nlu/frustration';

// Written for this test: clearly frustrated users, and ordinary (even negative-sounding) problem reports.
const frustrated = [
  'I hate this stupid system, nothing works',
  'this is useless, absolutely useless',
  'what the hell is going on with this site',
  'this is RIDICULOUS I have a deadline in an hour',
  'worst website ever, I am so angry',
  'I am fed up and furious, three hours wasted on this garbage',
  'this bot is terrible and awful',
  'are you kidding me?! this is a joke!!',
];
const neutral = [
  'the link failed with an error',
  'my password is wrong',
  'I forgot my password',
  'there is no link under utilities',
  'it keeps sending me back to the login page',
  'the names do not match on the confirmation screen',
  'linking failed, it says invalid login',
  'I cannot find the bankruptcy menu after linking',
  'how do I link my account',
  'thanks, that fixed it',
];

describe('frustration detector', () => {
  const detector = new FrustrationDetector(trainingExamples(loadContent()).map((example) => example.text));

  it('flags clearly frustrated messages and leaves ordinary problem reports alone', () => {
    const caught = frustrated.filter((text) => detector.isFrustrated(text));
    const falseAlarms = neutral.filter((text) => detector.isFrustrated(text));
    console.log(`frustration: caught ${caught.length}/${frustrated.length}, false alarms ${falseAlarms.length}/${neutral.length}`);
    expect(falseAlarms).toEqual([]);
    expect(caught.length).toBeGreaterThanOrEqual(frustrated.length - 1);
  });
});
