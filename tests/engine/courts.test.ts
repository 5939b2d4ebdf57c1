import { content, EngineConversation, engineWith, fakeRecognizer, toStep1 } from '../helpers/engineHarness';

const recognize = fakeRecognizer({
  'how do i link': { intent: 'start_linking', score: 0.9 },
  'i forgot my old ecf login': { intent: 'forgot_ecf_credentials', score: 0.9 },
});


describe('court directory', () => {
  it('asks which court when the answer depends on it, then uses that court and remembers it', () => {
    const chat = new EngineConversation(engineWith(recognize, null));
    const step1 = toStep1(chat, 'how do i link');
    expect(step1).toContain(content().responses.messages.whichCourt);
    expect(chat.buttons).toEqual(expect.arrayContaining(['District, S.D. Fla.', "My court isn't listed", 'Next step']));
    const again = chat.say('District, S.D. Fla.');
    expect(again).toMatch(/Southern District of Florida[\s\S]*Step 1 of 6[\s\S]*https:\/\/ecf\.flsd\.uscourts\.gov/);
    expect(again).not.toContain(content().responses.messages.whichCourt);
    expect(chat.say('next')).toContain('Step 2 of 6');
    chat.say('i forgot my old ecf login');
    expect(chat.say('The login')).toContain('1-888-318-2260');
  });

  it('understands a typed court name', () => {
    const chat = new EngineConversation(engineWith(recognize, null));
    toStep1(chat, 'how do i link');
    expect(chat.say('western district of louisiana')).toContain('https://ecf.lawd.uscourts.gov');
  });

  it('stops asking when the court is not listed, and answers in general terms', () => {
    const chat = new EngineConversation(engineWith(recognize, null));
    toStep1(chat, 'how do i link');
    const generic = chat.say("My court isn't listed");
    expect(generic).toContain('ecf.COURT.uscourts.gov');
    expect(generic).not.toContain(content().responses.messages.whichCourt);
  });

  it('never asks when the deployment pins a court', () => {
    const chat = new EngineConversation(engineWith(recognize, 'mdd'));
    const step1 = toStep1(chat, 'how do i link');
    expect(step1).toContain('https://ecf.mdd.uscourts.gov');
    expect(step1).not.toContain(content().responses.messages.whichCourt);
  });
});
