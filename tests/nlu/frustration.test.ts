import { loadContent } from '../../dialogs/content/loader';
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
  // The product's own words (menu names) and worry are not anger.
  'I still cannot see the Criminal menu',
  "i have to link my account and im scared i'll mess it up",
  "sorry. it's the pacer login that fails, not the ecf one",
  'ill do that and come back. stop for now',
  // An apology for the user's own slip, and worry, with a strongly negative word.
  'oh damn, my bad. should I reset it?',
  "i'm really worried i'll lose my filings",
  "i'm desperate, my filing deadline is tomorrow and i'm worried",
];
// Plain anger with only mildly negative words, named by the content's list.
const plainAnger = ['this is useless', 'what a waste of time', 'sorry but this is useless'];

describe('frustration detector', () => {
  const detector = FrustrationDetector.forContent(loadContent());

  it('flags clearly frustrated messages and leaves ordinary problem reports alone', () => {
    const caught = frustrated.filter((text) => detector.isFrustrated(text));
    const falseAlarms = neutral.filter((text) => detector.isFrustrated(text));
    console.log(`frustration: caught ${caught.length}/${frustrated.length}, false alarms ${falseAlarms.length}/${neutral.length}`);
    expect(falseAlarms).toEqual([]);
    expect(caught.length).toBeGreaterThanOrEqual(frustrated.length - 1);
  });

  it('catches plain anger named in the content', () => {
    expect(plainAnger.filter((text) => !detector.isFrustrated(text))).toEqual([]);
  });

  it('an anger phrase inside a label the product offers describes the problem, not a mood', () => {
    const spanish = new FrustrationDetector([], {
      angerPhrases: ['una y otra vez', 'ya basta'], productLabels: ['La página para iniciar sesión aparece una y otra vez'],
    });
    expect(spanish.isFrustrated('me sale la página de inicio una y otra vez')).toBe(false);
    expect(spanish.isFrustrated('ya basta')).toBe(true);
  });
});
