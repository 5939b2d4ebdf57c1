import { content, EngineConversation, engineWith, fakeRecognizer, toStep1 } from '../helpers/engineHarness';

const recognize = fakeRecognizer({
  'how do i link': { intent: 'start_linking', score: 0.9 },
  'i forgot my old ecf login': { intent: 'forgot_ecf_credentials', score: 0.9 },
});

/** Starts the walkthrough with no court pinned: the court is asked right after "do you e-file?". */
function askedForCourt(): EngineConversation {
  const chat = new EngineConversation(engineWith(recognize, null));
  chat.say('how do i link');
  expect(chat.at).toMatchObject({ kind: 'prerequisite', walkthrough: 'check_efiler' });
  chat.say('yes');
  expect(chat.at).toMatchObject({ kind: 'court_asked', walkthrough: 'check_live' });
  expect(chat.state.pending).toEqual({ kind: 'court' });
  return chat;
}

describe('court directory', () => {
  it('asks which court first, once, with at most 5 courts and "not listed" as the only buttons', () => {
    const chat = askedForCourt();
    expect(chat.buttons.length).toBeLessThanOrEqual(6);
    expect(chat.buttons).toContain(content().responses.buttons.otherCourt);
    chat.say('District, S.D. Fla.');
    expect(chat.at).toMatchObject({ kind: 'court_noted', walkthrough: 'check_live' });
    expect(chat.last!.trace.asked).toBe('prerequisite');
    const step1 = toStep1(chat, 'yes');
    expect(step1).toContain('https://ecf.flsd.uscourts.gov');
    chat.say('next');
    chat.say('i forgot my old ecf login');
    expect(chat.state.courtId).toBe('flsd');
    expect(chat.last!.trace.asked).not.toBe('court_asked');
  });

  it.each([
    ['nysb', 'nysb'],
    ['western district of louisiana district court', 'lawd'],
    ['its the bankruptcy court in manhattan, SDNY i think', 'nysb'],
    ['ED Tex district court', 'txed'],
    ['bankr. d. mass', 'mab'],
    ['eastern district of new york bankruptcy', 'nyeb'],
    ['the bankruptcy court in houston', 'txsb'],
    ['the county court', 'other'],
    ['not sure', 'other'],
  ])('understands the court typed as "%s"', (typed, courtId) => {
    const chat = askedForCourt();
    chat.say(typed);
    expect(chat.state.courtId).toBe(courtId);
    expect(chat.at.kind).toBe('court_noted');
  });

  it('takes a court named before it is asked, and never asks a PACER-only user', () => {
    const chat = new EngineConversation(engineWith(recognize, null));
    chat.say('how do i link');
    chat.say('Bankruptcy, N.D.N.Y.');
    expect(chat.state.courtId).toBe('nynb');
    expect(chat.last!.trace.asked).toBe('prerequisite');
    const pacerOnly = new EngineConversation(engineWith(recognize, null));
    pacerOnly.say('how do i link');
    pacerOnly.say('no, i only search cases');
    expect(pacerOnly.at.kind).toBe('walkthrough_done');
  });

  it('asks the court again after a bare "yes", which answers no question the user has seen', () => {
    const chat = askedForCourt();
    const before = chat.state.walkthrough;
    chat.say('yes');
    expect(chat.state.courtId).toBeUndefined();
    expect(chat.state.walkthrough).toEqual(before);
    expect(chat.last!.trace).toMatchObject({ kind: 'didnt_catch', asked: 'court_asked' });
  });

  it('takes an answer in more words to the court question as the answer it was meant for, the court left unnamed', () => {
    const chat = askedForCourt();
    chat.say("yes it's live");
    expect(chat.state.courtId).toBe('other');
    expect(chat.at).toMatchObject({ kind: 'prerequisite', walkthrough: 'check_upgraded' });
  });

  it('takes a district named without its kind as its district court, says so, and switches on "bankruptcy"', () => {
    const chat = new EngineConversation(engineWith(recognize, null));
    const noted = chat.say('how do i link, it is for the Western District of Texas');
    expect(chat.state.courtId).toBe('txwd');
    expect(noted).toMatch(/District Court for the Western District of Texas[^\n]*bankruptcy/);
    expect(chat.at).toMatchObject({ walkthrough: 'check_efiler' });
    chat.say('yes');
    chat.say('the bankruptcy court');
    expect(chat.state.courtId).toBe('txwb');
    expect(chat.at).toMatchObject({ walkthrough: 'check_live' });
    expect(toStep1(chat, 'yes')).toContain('https://ecf.txwb.uscourts.gov');
  });

  it('asks again, with the same courts, when "yes" answers "which of these courts?", and takes a pick in words', () => {
    const chat = new EngineConversation(engineWith(recognize, null));
    chat.say('how do i link, it is the federal court in Houston');
    const offered = chat.buttons;
    expect(offered).toEqual(expect.arrayContaining(['District, S.D. Tex.', 'Bankruptcy, S.D. Tex.']));
    chat.say('yes');
    expect(chat.at.kind).toBe('didnt_catch');
    expect(chat.buttons).toEqual(offered);
    expect(chat.state.courtId).toBeUndefined();
    chat.say('the bankruptcy one');
    expect(chat.state.courtId).toBe('txsb');
    expect(chat.at).toMatchObject({ kind: 'court_noted', walkthrough: 'check_efiler' });
  });

  it('reads a question instead of a court as a question, not as a court ("or" is no state)', () => {
    const chat = askedForCourt();
    chat.say('do i need a lawyer or can i do this myself');
    expect(chat.state.courtId).toBeUndefined();
  });

  it('stops asking when the court is not listed, and never shows a placeholder address', () => {
    const chat = askedForCourt();
    chat.say("My court isn't listed");
    const step1 = toStep1(chat, 'yes');
    expect(chat.at.walkthrough).toBe('step1');
    expect(step1).not.toMatch(/ecf\.COURT\.uscourts\.gov/i);
    expect(chat.last!.trace.asked).toBeUndefined();
  });

  it('never asks when the deployment pins a court', () => {
    const chat = new EngineConversation(engineWith(recognize, 'mdd'));
    chat.say('how do i link');
    expect(chat.at.kind).toBe('prerequisite');
    expect(toStep1(chat, 'yes')).toContain('https://ecf.mdd.uscourts.gov');
  });
});
