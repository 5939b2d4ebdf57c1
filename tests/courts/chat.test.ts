import { content, EngineConversation, engineWith, fakeRecognizer, toStep1 } from '../helpers/engineHarness';

const recognize = fakeRecognizer({
  'how do i link': { intent: 'start_linking', score: 0.9 },
  'is my court live?': { intent: 'court_not_live', score: 0.9 },
  'who do i call about my old ecf password': { intent: 'contact_help_desk', score: 0.9 },
});
const { buttons } = content().courtNames.words;

/** A conversation with no court pinned, at the court question (after "do you e-file?"). */
function atCourtQuestion(): EngineConversation {
  const chat = new EngineConversation(engineWith(recognize, null));
  chat.say('how do i link');
  chat.say('yes');
  expect(chat.at.kind).toBe('court_asked');
  return chat;
}

/** Answers the remaining prerequisites with "yes" until step 1 shows; returns step 1's text. */
function onToStep1(chat: EngineConversation): string {
  let reply = '';
  for (let i = 0; i < 5 && chat.state.walkthrough?.nodeId !== 'step1'; i += 1) reply = chat.say('yes');
  return reply;
}

describe('naming the court in the chat', () => {
  it('offers the courts a text may mean (at most 6 buttons with "none of these") and takes the one picked in words', () => {
    const chat = atCourtQuestion();
    chat.say('Texas bankruptcy court');
    expect(chat.state.courtId).toBeUndefined();
    expect(chat.buttons).toEqual(['Bankruptcy, E.D. Tex.', 'Bankruptcy, N.D. Tex.', 'Bankruptcy, S.D. Tex.', 'Bankruptcy, W.D. Tex.', buttons.noneOfThese]);
    chat.say('the southern one');
    expect(chat.state.courtId).toBe('txsb');
    const step1 = onToStep1(chat);
    expect(step1).toContain('https://ecf.txsb.uscourts.gov');
    expect(step1).not.toMatch(/ecf\.COURT|Court CM\/ECF Lookup/i);
  });

  it('takes "the second one" or a number as the offered court at that place, never as the next question\'s answer', () => {
    const chat = atCourtQuestion();
    chat.say('Houston');
    chat.say('the second one');
    expect(chat.state.courtId).toBe('txsb');
    const other = atCourtQuestion();
    other.say('Houston');
    other.say('3');
    expect(other.state.courtId).toBe('other');
  });

  it('asks district or bankruptcy when a place does not say, never guessing', () => {
    const chat = atCourtQuestion();
    chat.say('Alexandria, Virginia');
    expect(chat.state.courtId).toBeUndefined();
    expect(chat.buttons).toEqual(['District, E.D. Va.', 'Bankruptcy, E.D. Va.', buttons.noneOfThese]);
    chat.say('Bankruptcy, E.D. Va.');
    expect(chat.state.courtId).toBe('vaeb');
  });

  it('takes a district\'s designation as its district court, as citations do, says so, and "bankruptcy" switches', () => {
    const chat = atCourtQuestion();
    expect(chat.say('EDVA')).toMatch(/District Court for the Eastern District of Virginia[^\n]*bankruptcy/);
    expect(chat.state.courtId).toBe('vaed');
    chat.say('bankruptcy');
    expect(chat.state.courtId).toBe('vaeb');
  });

  it('asks district or bankruptcy first when more than five courts fit, then which one', () => {
    const chat = atCourtQuestion();
    chat.say('New York');
    expect(chat.buttons).toEqual([buttons.districtCourt, buttons.bankruptcyCourt, buttons.noneOfThese]);
    chat.say('bankruptcy');
    expect(chat.buttons).toHaveLength(5);
    chat.say('Bankruptcy, N.D.N.Y.');
    expect(chat.state.courtId).toBe('nynb');
    expect(onToStep1(chat)).toContain('https://ecf.nynb.uscourts.gov');
  });

  it('tells a court of appeals apart, from the source, and asks again for the district or bankruptcy court', () => {
    const chat = atCourtQuestion();
    const reply = chat.say('the Ninth Circuit');
    expect(reply).toContain('Link my filer account to my PACER account');
    expect(reply).toContain('https://pacer.uscourts.gov/help/faqs/how-do-i-link-my-cmecf-electronic-filing-credentials-my-upgraded-pacer-account');
    expect(chat.state.courtId).toBeUndefined();
    expect(chat.last!.trace.asked).toBe('court_asked');
  });

  it('changes court at any time, and the step shows the new court\'s address', () => {
    const chat = atCourtQuestion();
    chat.say('nysb');
    expect(onToStep1(chat)).toContain('https://ecf.nysb.uscourts.gov');
    chat.say('change court');
    expect(chat.at.kind).toBe('court_asked');
    expect(chat.say('Bankr. D. Mass.')).toContain('https://ecf.mab.uscourts.gov');
    expect(chat.state.walkthrough?.nodeId).toBe('step1');
  });

  it('never asks in a deployment pinned to one court, and says so to "change court"', () => {
    const chat = new EngineConversation(engineWith(recognize, 'mdd'));
    expect(toStep1(chat, 'how do i link')).toContain('https://ecf.mdd.uscourts.gov');
    const reply = chat.say('change court');
    expect(reply).toContain('the U.S. District Court for the District of Maryland');
    expect(chat.last!.trace.asked).toBeUndefined();
    expect(chat.state.courtId).toBeUndefined();
  });

  it('gives the court\'s own help desk where sourced, otherwise where its website lists it', () => {
    const sourced = new EngineConversation(engineWith(recognize, 'flsd'));
    expect(sourced.say('who do i call about my old ecf password')).toContain('1-888-318-2260');
    const other = new EngineConversation(engineWith(recognize, 'txsb'));
    expect(other.say('who do i call about my old ecf password')).toContain("your court's CM/ECF help desk (its number is on the court's website, https://www.txs.uscourts.gov)");
  });

  it('says whether the court is live from a sourced date, otherwise how to find out', () => {
    const dated = new EngineConversation(engineWith(recognize, 'mdd'));
    const live = dated.say('is my court live?');
    expect(live).toContain('went live on NextGen CM/ECF on February 14, 2022');
    expect(live).toContain('https://www.mdd.uscourts.gov/notice-nextgen-implementation');
    const undated = new EngineConversation(engineWith(recognize, 'wawd'));
    expect(undated.say('is my court live?')).toContain("I don't have a go-live date for the U.S. District Court for the Western District of Washington");
  });
});
