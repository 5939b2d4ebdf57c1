import { content, EngineConversation, engineWith, fakeRecognizer, toStep1 } from '../helpers/engineHarness';
import { ConversationEngine } from '../../dialogs/engine/engine';

const recognize = fakeRecognizer({
  'how do i link': { intent: 'start_linking', score: 0.9 },
  'i want to talk to a real person': { intent: 'contact_help_desk', score: 0.92 },
  'no link under utilities': { intent: 'missing_utilities_link', score: 0.81 },
  'this stupid thing is useless, I hate it': { intent: 'link_failed', score: 0.55 },
  'ok thanks, bye': { intent: 'goodbye', score: 0.8 },
  'no, no person. just tell me what a client code is': { intent: 'client_code', score: 0.8 },
});
const buttons = () => content().responses.buttons;

/** Two messages the bot cannot place: the bot offers a person. */
function missTwice(chat: EngineConversation): void {
  chat.say('what is the capital of France?');
  chat.say('recommend a restaurant near the courthouse?');
  expect(chat.state.handoff?.phase).toBe('offered');
}

function toStep3(chat: EngineConversation): void {
  toStep1(chat, 'how do i link');
  chat.say('next');
  chat.say('next');
}

describe('handoff to a person', () => {
  it('asked for mid-walkthrough: asks for contact with consent, then summarises step, topics and redacted words', () => {
    const chat = new EngineConversation(engineWith(recognize));
    toStep3(chat);
    chat.say('no link under utilities');
    chat.say('my password is Hunter2! and it still fails');
    chat.say('i want to talk to a real person');
    expect(chat.at.kind).toBe('contact_asked');
    expect(chat.buttons).toEqual([buttons().noContact]);
    const result = chat.engine.turn(chat.state, 'jane.doe@firm.com');
    expect(result.trace.kind).toBe('ticket_created');
    const summary = result.handoff!;
    expect(summary.reason).toBe('asked');
    expect(summary.whereInProcedure).toMatch(/step 3 of 6/);
    expect(summary.contact).toBe('jane.doe@firm.com');
    expect(summary.topics).toEqual(expect.arrayContaining([{ intent: 'missing_utilities_link', score: 0.81 }]));
    expect(summary.userWords).toContain('no link under utilities');
    expect(summary.userWords.join(' ')).not.toContain('Hunter2');
    const confirmation = chat.engine.confirmHandoff(result.state, 'HD-1234', summary.contact);
    expect(confirmation.replies[0]!.text).toContain('HD-1234');
    // How the help desk will reach the user, never the address itself: a reply is kept in the transcript.
    expect(confirmation.replies[0]!.text).toContain('e-mail you at the address you gave');
    expect(confirmation.replies[0]!.text).not.toContain('jane.doe@firm.com');
    expect(confirmation.state.walkthrough?.nodeId).toBe('step3');
  });

  it('asked for, is the contact question at once and the only question of its turn: a pending prerequisite waits', () => {
    const chat = new EngineConversation(engineWith(recognize));
    chat.say('how do i link');
    chat.say('i want to talk to a real person');
    const asking = chat.last!.replies.filter((reply) => reply.asks);
    expect(asking).toHaveLength(1);
    expect(chat.last!.trace.asked).toBe('contact_asked');
    expect(chat.buttons).toEqual([buttons().noContact]);
    expect(chat.at.walkthrough).toBe('check_efiler');
  });

  it('asked for with a court, notes that court for the ticket; asked for with no contact wanted, is the ticket', () => {
    const unpinned = new EngineConversation(engineWith(recognize, null));
    const said = unpinned.say('please get me a human, District of Minnesota');
    expect(unpinned.at.kind).toBe('contact_asked');
    expect(unpinned.state.courtId).toBe('mnd');
    expect(said).toMatch(/Minnesota/);
    const ticket = unpinned.engine.turn(unpinned.state, 'no contact details');
    expect(ticket.handoff).toMatchObject({ courtId: 'mnd', contact: undefined });
    const direct = new EngineConversation(engineWith(recognize));
    const result = direct.engine.turn(direct.state, "open a ticket please, I'd rather not give my contact info");
    expect(result.trace.kind).toBe('ticket_created');
    expect(result.handoff!.contact).toBeUndefined();
  });

  it('at the contact question, a refusal in words makes the ticket without contact details, never the question again', () => {
    const chat = new EngineConversation(engineWith(recognize));
    chat.say('i want to talk to a real person');
    const result = chat.engine.turn(chat.state, "I'd prefer not to share my details here. just log it");
    expect(result.trace.kind).toBe('ticket_created');
    expect(result.handoff!.contact).toBeUndefined();
    const confirmed = chat.engine.confirmHandoff(result.state, 'HD-77', undefined);
    expect(confirmed.replies[0]!.text).toMatch(/no way to reach you/);
  });

  it('declined with a request in another clause: the request is answered and the offer dropped', () => {
    const chat = new EngineConversation(engineWith(recognize));
    missTwice(chat);
    chat.say('no, no person. just tell me what a client code is');
    expect(chat.last!.trace.topic).toBe('client_code');
    expect(chat.state.handoff).toBeUndefined();
  });

  it('is offered after two misses in a row, and can be declined', () => {
    const chat = new EngineConversation(engineWith(recognize));
    chat.say('what is the capital of France?');
    chat.say('recommend a restaurant near the courthouse?');
    expect(chat.at.kind).toBe('out_of_scope');
    expect(chat.buttons).toEqual([buttons().handoffAccept, buttons().handoffDecline]);
    expect(chat.state.handoff).toEqual({ phase: 'offered', reason: 'repeated_miss' });
    chat.say(buttons().handoffDecline);
    expect(chat.state.handoff).toBeUndefined();
  });

  it('is offered once to a user who sounds frustrated', () => {
    const engine = new ConversationEngine(content(), recognize, {
      pinnedCourt: content().courts.get('nynb'), maxMessageLength: 2000, isFrustrated: (text) => /hate/.test(text),
    });
    const chat = new EngineConversation(engine);
    chat.say('this stupid thing is useless, I hate it');
    expect(chat.state.handoff?.reason).toBe('frustrated');
    chat.say('this stupid thing is useless, I hate it');
    expect(chat.buttons).not.toContain(buttons().handoffAccept);
  });

  it('is offered again when anger comes back after the offer was let pass, never after a no', () => {
    const engine = new ConversationEngine(content(), recognize, {
      pinnedCourt: content().courts.get('nynb'), maxMessageLength: 2000, isFrustrated: (text) => /hate/.test(text),
    });
    const ignored = new EngineConversation(engine);
    ignored.say('I hate this, the login page keeps coming back');
    ignored.say('how do i link my account');
    expect(ignored.state.handoff).toBeUndefined();
    ignored.say('I hate it, nothing works');
    expect(ignored.state.handoff).toEqual({ phase: 'offered', reason: 'frustrated' });
    const declined = new EngineConversation(engine);
    declined.say('I hate this, the login page keeps coming back');
    declined.say(buttons().handoffDecline);
    declined.say('I hate it, nothing works');
    expect(declined.buttons).not.toContain(buttons().handoffAccept);
  });

  it('takes contact details given in answer to the offer as a yes, and no contact wanted as a yes without them', () => {
    const chat = new EngineConversation(engineWith(recognize));
    missTwice(chat);
    const result = chat.engine.turn(chat.state, 'its the district of maryland. email me at rosa.m@example.com');
    expect(result.handoff?.contact).toBe('rosa.m@example.com');
    const saidYes = chat.engine.turn(chat.state, 'yes please, my number is 212-555-0143');
    expect(saidYes.trace.kind).toBe('ticket_created');
    expect(saidYes.handoff?.contact).toBe('212-555-0143');
    const noContact = chat.engine.turn(chat.state, 'ok, but no contact info. just log it');
    expect(noContact.trace.kind).toBe('ticket_created');
    expect(noContact.handoff?.contact).toBeUndefined();
  });

  it('makes the ticket without contact details when declined, and lets the user leave instead', () => {
    const chat = new EngineConversation(engineWith(recognize));
    chat.say(buttons().handoffAccept);
    expect(chat.engine.turn(chat.state, buttons().noContact).handoff!.contact).toBeUndefined();
    chat.say('ok thanks, bye');
    expect(chat.at.kind).toBe('goodbye');
    expect(chat.state.handoff).toBeUndefined();
  });
});
