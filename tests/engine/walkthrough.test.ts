import { content, EngineConversation, engineWith, fakeRecognizer, toStep1 } from '../helpers/engineHarness';

/*
 * The walkthrough as a user meets it, asserted by what happened (turn kind, action, node ids), not by wording:
 * a content author who rewords a step does not edit this file.
 */
const recognize = fakeRecognizer({
  'how do i link my account': { intent: 'start_linking', score: 0.9 },
  'there is no link under utilities': { intent: 'missing_utilities_link', score: 0.9 },
  'what is a client code': { intent: 'client_code', score: 0.9 },
  'cookies or shared?': {
    intent: 'login_cookies', score: 0.45, ambiguous: true,
    ranked: [{ intent: 'login_cookies', score: 0.45 }, { intent: 'shared_account', score: 0.4 }],
  },
});
const buttons = () => content().responses.buttons;

function atStep(chat: EngineConversation, step: number): void {
  expect(chat.at.kind).toBe('step');
  expect(chat.state.walkthrough?.nodeId).toBe(`step${step}`);
  expect(chat.last!.replies.find((reply) => reply.step)?.step?.number).toBe(step);
}

describe('guided walkthrough', () => {
  it('asks the prerequisites one at a time, then walks the six steps with next, back and repeat', () => {
    const chat = new EngineConversation(engineWith(recognize));
    chat.say('how do i link my account');
    expect(chat.at).toMatchObject({ kind: 'prerequisite', walkthrough: 'check_efiler' });
    for (const node of ['check_live', 'check_upgraded', 'check_ecf_login']) {
      chat.say('yes');
      expect(chat.at).toMatchObject({ kind: 'prerequisite', walkthrough: node });
    }
    chat.say('yes');
    atStep(chat, 1);
    chat.say('next');
    atStep(chat, 2);
    chat.say(buttons().next);
    atStep(chat, 3);
    chat.say('back');
    atStep(chat, 2);
    chat.say('repeat');
    atStep(chat, 2);
    for (const step of [3, 4, 5, 6]) {
      chat.say('next');
      atStep(chat, step);
    }
    chat.say('next');
    expect(chat.at.kind).toBe('walkthrough_done');
  });

  it('understands typed answers: yes and no in their forms, negation, positions and a year', () => {
    const chat = new EngineConversation(engineWith(recognize));
    chat.say('how do i link my account');
    chat.say('yeah i think so');
    expect(chat.at.walkthrough).toBe('check_live');
    chat.say('yes its live since last month');
    expect(chat.at.walkthrough).toBe('check_upgraded');
    chat.say('i made it in 2019');
    expect(chat.at.walkthrough).toBe('check_ecf_login');
    chat.say('yep i know them both');
    expect(chat.at.walkthrough).toBe('step1');

    const other = new EngineConversation(engineWith(recognize));
    other.say('how do i link my account');
    other.say('the first one');
    other.say('not really');
    expect(other.at.walkthrough).toBe('wait_for_go_live');
  });

  it('reads "no idea" as not sure, and a date before the cut-off as a legacy account', () => {
    const chat = new EngineConversation(engineWith(recognize));
    toStep1(chat, 'how do i link my account');
    chat.say('back');
    chat.say('back');
    expect(chat.at.walkthrough).toBe('check_upgraded');
    chat.say('it was made back in 2011');
    expect(chat.state.tree?.flowId ?? chat.last!.trace.topic).toBe('upgrade_account');
    expect(chat.at.walkthrough).toBe('check_upgraded');
  });

  it('answers a question mid-walkthrough and "continue" shows the same step, "next" the one after', () => {
    const chat = new EngineConversation(engineWith(recognize));
    toStep1(chat, 'how do i link my account');
    chat.say('next');
    chat.say('next');
    chat.say('what is a client code');
    expect(chat.at).toMatchObject({ kind: 'answer', walkthrough: 'step3' });
    expect(chat.buttons).toContain(buttons().resume);
    chat.say('Continue the walkthrough');
    atStep(chat, 3);
    chat.say('what is a client code');
    chat.say('where was I');
    atStep(chat, 3);
    chat.say('where am i at');
    atStep(chat, 3);
    chat.say('what is a client code');
    chat.say('next');
    atStep(chat, 4);
  });

  it('re-asks the question the user was answering after a side question, with its own buttons', () => {
    const chat = new EngineConversation(engineWith(recognize));
    chat.say('how do i link my account');
    chat.say('what is a client code');
    expect(chat.at).toMatchObject({ kind: 'answer', walkthrough: 'check_efiler' });
    const last = chat.last!.replies[chat.last!.replies.length - 1]!;
    expect(last.asks).toBe(true);
    expect(chat.buttons).toEqual(content().procedure.flow.nodes.get('check_efiler')!.choices.map((choice) => choice.label));
  });

  it('says it did not catch a reply it cannot place, asks the same question, and offers a person after two', () => {
    const chat = new EngineConversation(engineWith(recognize));
    chat.say('how do i link my account');
    chat.say('purple');
    expect(chat.at).toMatchObject({ kind: 'didnt_catch', walkthrough: 'check_efiler' });
    expect(chat.last!.trace.asked).toBe('prerequisite');
    chat.say('banana');
    expect(chat.last!.trace.asked).toBe('person_offered');
    expect(chat.buttons).toEqual([buttons().handoffAccept, buttons().handoffDecline]);
    chat.say('no thanks');
    expect(chat.last!.trace.asked).toBe('prerequisite');
  });

  it('offers "Did you mean" buttons on ambiguous messages and answers the one picked by number', () => {
    const chat = new EngineConversation(engineWith(recognize));
    chat.say('cookies or shared?');
    expect(chat.at.kind).toBe('clarify');
    chat.say('the second one');
    expect(chat.last!.trace.topic).toBe('shared_account');
  });

  it('never echoes a password and keeps the conversation where it was', () => {
    const chat = new EngineConversation(engineWith(recognize));
    toStep1(chat, 'how do i link my account');
    const before = chat.state;
    const reply = chat.say('my password is Tr0ub4dor&3');
    expect(reply).not.toContain('Tr0ub4dor');
    expect(chat.at.kind).toBe('credential_warning');
    expect(chat.state.walkthrough).toEqual(before.walkthrough);
    // The turn is remembered (what follows it may be about that password), nothing of what was typed.
    expect(chat.state.recent).toEqual([...(before.recent ?? []), { action: 'credential_warning', said: '[password not kept]' }]);
  });

  it('stops keeping the place, and "continue" after stop shows the same step; "start over" starts again', () => {
    const chat = new EngineConversation(engineWith(recognize));
    toStep1(chat, 'how do i link my account');
    chat.say('next');
    chat.say('stop, i have to take a call');
    expect(chat.at).toMatchObject({ kind: 'stopped', walkthrough: 'step2' });
    chat.say('ok back. where was i?');
    atStep(chat, 2);
    chat.say('start over');
    expect(chat.at).toMatchObject({ kind: 'prerequisite', walkthrough: 'check_efiler' });
  });

  it('moves on when the user says they did the step, in their own words', () => {
    const chat = new EngineConversation(engineWith(recognize));
    toStep1(chat, 'how do i link my account');
    chat.say('finished that one');
    atStep(chat, 2);
    chat.say('ok, logged in');
    atStep(chat, 3);
    chat.say('done, next');
    atStep(chat, 4);
  });

  it('jumps to a step named by its number, and "back" goes to the one before', () => {
    const chat = new EngineConversation(engineWith(recognize));
    toStep1(chat, 'how do i link my account');
    chat.say('skip to step 4');
    atStep(chat, 4);
    chat.say('what was step 2 again?');
    atStep(chat, 2);
    chat.say('back');
    atStep(chat, 1);
  });

  it('starts the walkthrough on "let\'s do it" or "next" when nothing is under way', () => {
    for (const text of ["let's do it", 'next']) {
      const chat = new EngineConversation(engineWith(recognize));
      chat.say(text);
      expect(chat.at).toMatchObject({ kind: 'prerequisite', walkthrough: 'check_efiler' });
    }
  });

  it('answers a question about the step the user is on instead of the global topic', () => {
    const chat = new EngineConversation(engineWith(fakeRecognizer({
      'how do i link my account': { intent: 'start_linking', score: 0.9 },
      'which password goes here, the pacer one or the old ecf one?': { intent: 'forgot_pacer_password', score: 0.8 },
    })));
    toStep1(chat, 'how do i link my account');
    for (let i = 0; i < 3; i += 1) chat.say('next');
    chat.say('which password goes here, the pacer one or the old ecf one?');
    expect(chat.at).toMatchObject({ kind: 'answer', action: 'node_question', walkthrough: 'step4' });
    expect(chat.last!.trace.topic).not.toBe('forgot_pacer_password');
  });
});

describe('state saved before a content edit', () => {
  it('drops a position that no longer exists instead of failing every turn', () => {
    const chat = new EngineConversation(engineWith(recognize));
    chat.state = { misses: 0, walkthrough: { flowId: 'procedure', nodeId: 'step_removed_since', history: ['step1'] }, courtId: 'gone' };
    chat.say('next');
    expect(chat.at.walkthrough).toBe('check_efiler');
    expect(chat.state.courtId).toBeUndefined();
  });
});
