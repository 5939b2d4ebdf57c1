import { ConversationEngine } from '../../dialogs/engine/engine';
import { content, EngineConversation, engineWith, fakeRecognizer, toStep1 } from '../helpers/engineHarness';

/*
 * What a typing user notices about the question on screen, asserted by the engine's actions and node ids: a typed
 * answer answers it, a side question keeps it, a person offer replaces it (never two questions), and a password is
 * caught whatever else the message is.
 */
const recognize = fakeRecognizer({
  'how do i link my account': { intent: 'start_linking', score: 0.9 },
  'i forgot my pacer password': { intent: 'forgot_pacer_password', score: 0.9 },
  'what is pacer': { intent: 'define_term', score: 0.95 },
  'what is a client code': { intent: 'client_code', score: 0.9 },
  'no thanks': { intent: 'thanks', score: 0.9 },
});
const buttons = () => content().responses.buttons;

/** The replies of the last turn that ask something. */
function questionsAsked(chat: EngineConversation): number {
  return chat.last!.replies.filter((reply) => reply.asks).length;
}

describe('the question on screen comes first', () => {
  it('takes yes, no, a position and a label in other words as answers to the prerequisite asked', () => {
    const chat = new EngineConversation(engineWith(recognize));
    chat.say('how do i link my account');
    chat.say('yeah i do');
    expect(chat.at).toMatchObject({ action: 'choice', walkthrough: 'check_live' });
    chat.say('the first one');
    expect(chat.at).toMatchObject({ action: 'choice', walkthrough: 'check_upgraded' });
    chat.say('mine is already upgraded');
    expect(chat.at).toMatchObject({ action: 'choice', walkthrough: 'check_ecf_login' });
    chat.say('nope');
    expect(chat.at.action).toBe('choice');
    expect(chat.state.tree?.flowId ?? chat.last!.trace.topic).toBe('forgot_ecf_credentials');
  });

  it('answers a side question, asks the same prerequisite again as the last bubble, and the next answer is taken', () => {
    const chat = new EngineConversation(engineWith(recognize));
    chat.say('how do i link my account');
    chat.say('yes');
    chat.say('what is a client code');
    expect(chat.at).toMatchObject({ kind: 'answer', walkthrough: 'check_live' });
    expect(questionsAsked(chat)).toBe(1);
    expect(chat.last!.replies[chat.last!.replies.length - 1]!.asks).toBe(true);
    expect(chat.last!.trace.asked).toBe('prerequisite');
    chat.say('yes');
    expect(chat.at).toMatchObject({ action: 'choice', walkthrough: 'check_upgraded' });
  });

  it('shows the same step after a side question at a step, whatever word the user resumes with', () => {
    for (const resume of ['continue', 'ok go on', 'where was i', 'back to the steps']) {
      const chat = new EngineConversation(engineWith(recognize));
      toStep1(chat, 'how do i link my account');
      chat.say('next');
      chat.say('what is pacer');
      expect(chat.at).toMatchObject({ kind: 'answer', walkthrough: 'step2' });
      chat.say(resume);
      expect({ resume, ...chat.at }).toMatchObject({ resume, kind: 'step', walkthrough: 'step2' });
    }
  });

  it('takes what it cannot place at a step as about the step: a question in the card\'s words, a short remark', () => {
    const chat = new EngineConversation(engineWith(recognize));
    toStep1(chat, 'how do i link my account');
    chat.say('where do i find document filing system');
    expect(chat.at).toMatchObject({ action: 'explain', walkthrough: 'step1' });
    // "found it" is what the step asked for: the step is done.
    chat.say('ok found it');
    expect(chat.at).toMatchObject({ action: 'step_done', walkthrough: 'step2' });
    chat.say('purple monkey');
    expect(chat.at).toMatchObject({ kind: 'out_of_scope', walkthrough: 'step2' });
    chat.say('continue');
    expect(chat.at).toMatchObject({ kind: 'step', walkthrough: 'step2' });
  });

  it('offers a person as the only question: an open troubleshooting question waits and comes back when declined', () => {
    const frustrated = (text: string) => text === 'this is useless';
    const engine = new ConversationEngine(content(), recognize, { pinnedCourt: content().courts.get('nynb'), maxMessageLength: 2000, isFrustrated: frustrated });
    const chat = new EngineConversation(engine);
    chat.say('i forgot my pacer password');
    expect(chat.last!.trace.asked).toBe('tree_question');
    chat.say('this is useless');
    expect(questionsAsked(chat)).toBe(1);
    expect(chat.last!.trace.asked).toBe('person_offered');
    expect(chat.buttons).toEqual([buttons().handoffAccept, buttons().handoffDecline]);
    chat.say('no');
    expect(chat.last!.trace.asked).toBe('tree_question');
    expect(chat.state.tree?.flowId).toBe('forgot_pacer_password');

    const atStep = new EngineConversation(engine);
    toStep1(atStep, 'how do i link my account');
    atStep.say('this is useless');
    expect(atStep.at).toMatchObject({ kind: 'person_offered', walkthrough: 'step1' });
    expect(atStep.last!.replies).toHaveLength(2);
  });

  it('offers a person when an answer did not help, but not for a polite "no thanks"', () => {
    const chat = new EngineConversation(engineWith(recognize));
    chat.say('what is pacer');
    chat.say('no thanks');
    expect(chat.last!.trace.asked).toBeUndefined();
    expect(chat.at.action).not.toBe('not_helped');
    chat.say('what is pacer');
    chat.say('nope, still the same');
    expect(chat.at.action).toBe('not_helped');
    expect(chat.last!.trace.asked).toBe('person_offered');

    const atStep = new EngineConversation(engineWith(recognize));
    toStep1(atStep, 'how do i link my account');
    atStep.say("i clicked it but nothing happened");
    expect(atStep.at).toMatchObject({ action: 'not_helped', walkthrough: 'step1' });
  });
});

describe('buttons offered without a question', () => {
  it('picks a menu topic by its position or by a word of its label', () => {
    for (const pick of ['the first one', 'the linking one']) {
      const chat = new EngineConversation(engineWith(recognize));
      chat.say('help');
      expect(chat.at.kind).toBe('help_menu');
      chat.say(pick);
      expect({ pick, ...chat.at }).toMatchObject({ pick, kind: 'prerequisite', walkthrough: 'check_efiler' });
    }
  });

  it('reads "yes" after an answer that offered no walkthrough as only yes', () => {
    const chat = new EngineConversation(engineWith(recognize));
    chat.say('what is pacer');
    expect(chat.buttons).not.toContain(content().topicsByIntent.get('start_linking')!.title);
    chat.say('yes');
    expect(chat.state.walkthrough).toBeUndefined();
    expect(chat.last!.trace.asked).toBeUndefined();
  });
});

describe('a password in the message', () => {
  it('is warned about before a message too long to read, and never echoed', () => {
    const chat = new EngineConversation(new ConversationEngine(content(), recognize, { maxMessageLength: 200 }));
    const paste = `${'The linking page shows an error every time I submit the form. '.repeat(6)}My password is Zebra!Crossing42`;
    expect(paste.length).toBeGreaterThan(200);
    const reply = chat.say(paste);
    expect(chat.at.kind).toBe('credential_warning');
    expect(reply).not.toContain('Zebra!Crossing42');
    expect(chat.state.recent).toEqual([{ action: 'credential_warning', said: '[password not kept]' }]);
    chat.say('x'.repeat(201));
    expect(chat.at.kind).toBe('too_long');
  });
});

describe('the court question', () => {
  it('shows at most 6 buttons, "my court isn\'t listed" among them', () => {
    const chat = new EngineConversation(engineWith(recognize, null));
    chat.say('how do i link my account');
    chat.say('yes');
    expect(chat.last!.trace.asked).toBe('court_asked');
    expect(chat.buttons.length).toBeLessThanOrEqual(6);
    expect(chat.buttons).toContain(buttons().otherCourt);
  });
});
