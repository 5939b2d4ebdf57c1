import { content, EngineConversation, engineWith, fakeRecognizer, toStep1 } from '../helpers/engineHarness';

const recognize = fakeRecognizer({
  'how do i link my account': { intent: 'start_linking', score: 0.9 },
  'there is no link under utilities': { intent: 'missing_utilities_link', score: 0.9 },
  'cookies or shared?': {
    intent: 'login_cookies', score: 0.45, ambiguous: true,
    ranked: [{ intent: 'login_cookies', score: 0.45 }, { intent: 'shared_account', score: 0.4 }],
  },
});


describe('guided walkthrough', () => {
  it('asks the prerequisites, then walks the six steps with next, back and repeat', () => {
    const chat = new EngineConversation(engineWith(recognize));
    expect(chat.say('how do i link my account')).toMatch(/e-file/i);
    expect(chat.buttons).toEqual(expect.arrayContaining(['Yes, I e-file there']));
    expect(chat.say('Yes, I e-file there')).toMatch(/live on NextGen/);
    expect(chat.say('yes')).toMatch(/upgraded PACER account/);
    expect(chat.say('yes')).toMatch(/CM\/ECF login and password/);
    const step1 = chat.say('yes');
    expect(step1).toContain('Step 1 of 6');
    expect(step1).toContain('Document Filing System');
    expect(step1).toContain('https://ecf.nynb.uscourts.gov');
    expect(chat.say('next')).toMatch(/Step 2 of 6[\s\S]*individual[\s\S]*shared firm PACER account/);
    expect(chat.say('Next step')).toMatch(/Step 3 of 6[\s\S]*Utilities[\s\S]*Link a CM\/ECF account to my PACER account[\s\S]*NextGen Release 1\.1 Menu Items/);
    expect(chat.say('back')).toContain('Step 2 of 6');
    expect(chat.say('repeat')).toContain('Step 2 of 6');
    chat.say('next');
    expect(chat.say('next')).toMatch(/Step 4 of 6[\s\S]*CM\/ECF login[\s\S]*CM\/ECF password[\s\S]*Submit/);
    expect(chat.say('next')).toMatch(/Step 5 of 6[\s\S]*names[\s\S]*Submit/);
    const step6 = chat.say('next');
    expect(step6).toMatch(/Step 6 of 6[\s\S]*F5[\s\S]*Civil[\s\S]*Criminal[\s\S]*Bankruptcy[\s\S]*Adversary/);
    expect(step6).toContain(content().responses.messages.walkthroughFinished.trim().slice(0, 30));
  });

  it('sends a "no" answer down its branch', () => {
    const chat = new EngineConversation(engineWith(recognize));
    chat.say('how do i link my account');
    expect(chat.say('no')).toMatch(/no action is\s+necessary/);
  });

  it('answers a question mid-walkthrough and resumes at the same step', () => {
    const chat = new EngineConversation(engineWith(recognize));
    toStep1(chat, 'how do i link my account');
    chat.say('next');
    chat.say('next');
    const answer = chat.say('there is no link under utilities');
    expect(answer).toMatch(/NextGen Release 1\.1 Menu Items|Utilities/);
    expect(chat.buttons).toContain(content().responses.buttons.resume);
    expect(chat.say('Continue the walkthrough')).toContain('Step 3 of 6');
    expect(chat.say('next')).toContain('Step 4 of 6');
  });

  it('keeps the position when "next" follows an interruption', () => {
    const chat = new EngineConversation(engineWith(recognize));
    toStep1(chat, 'how do i link my account');
    chat.say('next');
    chat.say('there is no link under utilities');
    if (chat.state.tree) chat.say('stop');
    expect(chat.say('next')).toContain('Step 3 of 6');
  });

  it('offers "Did you mean" buttons on ambiguous messages and answers the one picked', () => {
    const chat = new EngineConversation(engineWith(recognize));
    const c = content();
    chat.say('cookies or shared?');
    expect(chat.buttons).toEqual([
      c.topicsByIntent.get('login_cookies')!.title, c.topicsByIntent.get('shared_account')!.title, c.responses.buttons.somethingElse,
    ]);
    const answer = chat.say(c.topicsByIntent.get('shared_account')!.title);
    expect(answer).toContain(c.topicsByIntent.get('shared_account')!.flow.nodes.values().next().value!.say.slice(0, 20));
  });

  it('answers out of scope politely and offers a person after two misses in a row', () => {
    const chat = new EngineConversation(engineWith(recognize));
    const c = content();
    expect(chat.say('what is the weather in Boston')).toContain(c.topicsByIntent.get('out_of_scope')!.flow.nodes.values().next().value!.say.slice(0, 20));
    expect(chat.say('tell me a joke')).toContain('PACER Service Center');
    chat.say('how do i link my account');
    expect(chat.state.misses).toBe(0);
  });

  it('never echoes a password and keeps the conversation where it was', () => {
    const chat = new EngineConversation(engineWith(recognize));
    toStep1(chat, 'how do i link my account');
    const before = chat.state;
    const reply = chat.say('my password is Tr0ub4dor&3');
    expect(reply).not.toContain('Tr0ub4dor');
    expect(reply).toMatch(/password/i);
    expect(chat.state).toEqual(before);
  });

  it('stops and starts over on request', () => {
    const chat = new EngineConversation(engineWith(recognize));
    toStep1(chat, 'how do i link my account');
    expect(chat.say('stop')).toContain(content().responses.messages.walkthroughStopped.slice(0, 20));
    expect(chat.state.walkthrough).toBeUndefined();
    expect(chat.say('start over')).toMatch(/e-file/i);
  });
});

describe('state saved before a content edit', () => {
  it('drops a position that no longer exists instead of failing every turn', () => {
    const chat = new EngineConversation(engineWith(recognize));
    chat.state = { misses: 0, walkthrough: { flowId: 'procedure', nodeId: 'step_removed_since', history: ['step1'] }, courtId: 'gone' };
    expect(chat.say('next')).toContain(content().responses.messages.anythingElse);
    expect(chat.say('how do i link my account')).toMatch(/e-file/i);
  });
});
