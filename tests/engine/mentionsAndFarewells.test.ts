import { AnswerReader } from '../../dialogs/engine/answerReader';
import { CourtFinder } from '../../dialogs/engine/courtDirectory';
import { Farewells } from '../../dialogs/engine/farewells';
import { content, EngineConversation, engineWith, fakeRecognizer } from '../helpers/engineHarness';

describe('court mention', () => {
  const courts = new CourtFinder(content());
  const mention = { without: (text: string, ids: readonly string[]) => courts.withoutCourts(text, ids) };

  it('takes out the words that named the court, with the words leading into them', () => {
    expect(mention.without('Could I get help linking my ECF account for the bankruptcy court in Dallas?', ['txnb']))
      .toBe('could i get help linking my ecf account');
    expect(mention.without('steps to link in the E.D. Mich. please', ['mied', 'mieb'])).toBe('steps to link please');
    // Only the words leading into it: what the question asks about stays.
    expect(mention.without('do I go through all of that for EDNY too', ['nyed', 'nyeb'])).toBe('do i go through all of that too');
  });

  it('keeps the words of courts it was not told about, and a short form alone', () => {
    expect(mention.without('mich asked me to link for the W.D. Mich. court', ['miwb'])).toBe('mich asked me to link');
    expect(mention.without('link for sdny and edny', ['nyed'])).toBe('link for sdny');
    expect(mention.without('linking trouble in the mich. bankruptcy court', ['mieb'])).toBe('linking trouble');
  });

  it('says when nothing but the court was said', () => {
    expect(mention.without('the bankruptcy court for the district of delaware', ['deb'])).toBe('');
  });
});

describe('farewells', () => {
  const farewells = new Farewells(content().topics, 'goodbye', new AnswerReader(content().responses.answers));

  it.each(['bye', 'ok thanks, goodbye', "alright that's all", 'gotta run', 'take care'])('hears a farewell in "%s"', (text) => {
    expect(farewells.says(text)).toBe(true);
  });

  it.each(['ok i see it', 'i see it now', 'great got it thanks', 'nice, found it'])('hears none in "%s"', (text) => {
    expect(farewells.says(text)).toBe(false);
  });
});

describe('a question naming one district (its district and bankruptcy courts)', () => {
  it('is answered once even when nothing in it but the court can be placed', () => {
    // The message without its court reads as out of scope, so it is read again whole: that reading must not start
    // over. Words around the court that place nothing make the message the court's name (it is noted, once).
    const chat = new EngineConversation(engineWith(fakeRecognizer({}), null));
    expect(() => chat.say("I'm in 60604 and file in the Northern District of Illinois")).not.toThrow();
    expect(chat.last!.trace.kind).toBe('court_noted');
    expect(chat.last!.replies.filter((reply) => /answer for the U.S. District Court for the Northern District of Illinois/.test(reply.text))).toHaveLength(1);
  });
});
