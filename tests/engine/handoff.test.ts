import { content, EngineConversation, engineWith, fakeRecognizer } from '../helpers/engineHarness';
import { ConversationEngine } from '../../dialogs/engine/engine';

const recognize = fakeRecognizer({
  'how do i link': { intent: 'start_linking', score: 0.9 },
  'i want to talk to a real person': { intent: 'contact_help_desk', score: 0.92 },
  'no link under utilities': { intent: 'missing_utilities_link', score: 0.81 },
  'this stupid thing is useless, I hate it': { intent: 'link_failed', score: 0.55 },
});

function toStep3(chat: EngineConversation): void {
  let reply = chat.say('how do i link');
  for (let i = 0; i < 5 && !reply.includes('Step 1 of 6'); i += 1) reply = chat.say('yes');
  chat.say('next');
  chat.say('next');
}

describe('handoff to a person', () => {
  const buttons = content().responses.buttons;

  it('asked for mid-walkthrough: asks for contact with consent, then summarises step, topics and redacted words', () => {
    const chat = new EngineConversation(engineWith(recognize));
    toStep3(chat);
    chat.say('no link under utilities');
    chat.say('my password is Hunter2! and it still fails');
    chat.say('i want to talk to a real person');
    expect(chat.buttons).toContain(buttons.handoffAccept);
    expect(chat.say(buttons.handoffAccept)).toContain('e-mail address or phone number');
    const result = chat.engine.turn(chat.state, 'jane.doe@firm.com');
    const summary = result.handoff!;
    expect(summary.reason).toBe('asked');
    expect(summary.whereInProcedure).toBe('Walkthrough step 3 of 6: Open the linking page');
    expect(summary.contact).toBe('jane.doe@firm.com');
    expect(summary.topics).toEqual(expect.arrayContaining([{ intent: 'missing_utilities_link', score: 0.81 }]));
    expect(summary.userWords).toContain('no link under utilities');
    expect(summary.userWords.join(' ')).not.toContain('Hunter2');
    expect(summary.suggestedReply).toContain('NextGen Release 1.1 Menu Items');
    const confirmation = chat.engine.confirmHandoff(result.state, 'HD-1234', true);
    expect(confirmation.replies[0]!.text).toContain('HD-1234');
  });

  it('is offered after two misses in a row, and can be declined', () => {
    const chat = new EngineConversation(engineWith(recognize));
    chat.say('what is the capital of France');
    chat.say('recommend a restaurant');
    expect(chat.buttons.slice(0, 2)).toEqual([buttons.handoffAccept, buttons.handoffDecline]);
    expect(chat.state.handoff).toEqual({ phase: 'offered', reason: 'repeated_miss' });
    chat.say(buttons.handoffDecline);
    expect(chat.state.handoff).toBeUndefined();
  });

  it('is offered once to a user who sounds frustrated', () => {
    const engine = new ConversationEngine(content(), recognize, {
      pinnedCourt: content().courts.get('nynb'), maxMessageLength: 2000, isFrustrated: (text) => /hate/.test(text),
    });
    const chat = new EngineConversation(engine);
    const reply = chat.say('this stupid thing is useless, I hate it');
    expect(reply).toContain(content().responses.messages.frustrationNoticed);
    expect(chat.state.handoff?.reason).toBe('frustrated');
    chat.say('this stupid thing is useless, I hate it');
    expect(chat.buttons).not.toContain(buttons.handoffAccept);
  });

  it('creates no contact details when the user declines to give them', () => {
    const chat = new EngineConversation(engineWith(recognize));
    chat.say(buttons.handoffAccept);
    const result = chat.engine.turn(chat.state, buttons.noContact);
    expect(result.handoff!.contact).toBeUndefined();
  });
});
