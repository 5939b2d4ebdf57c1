import { allText, buttonsOf, startTestServer, type BotReply } from '../../helpers/testServer';
import { eventually } from '../../helpers/eventually';
import { startFakeWebhook } from '../../helpers/fakeWebhook';
import { HOSTS } from '../../helpers/hosts';
import { yesTo } from '../../helpers/chat';

/**
 * The acceptance scenario over /api/messages with expectReplies: a user asks for a person mid-walkthrough; the
 * ticket names the step, the topics and the user's words (password removed); the user is told the ticket number
 * and the handoff.initiate event is among the reply activities.
 */
type Activity = BotReply & { type?: string; name?: string; value?: { ticketId: string; summary: Record<string, unknown> } };

describe.each(HOSTS)('handoff over HTTP (%s host)', (sdk) => {
  let server: Awaited<ReturnType<typeof startTestServer>>;
  let hook: Awaited<ReturnType<typeof startFakeWebhook>>;
  beforeAll(async () => {
    hook = await startFakeWebhook();
    server = await startTestServer({ BOT_SDK: sdk, HANDOFF_WEBHOOK_URL: `${hook.url}/tickets`, DESK_KEY: 'desk-key-for-tests-123' });
  });
  afterAll(async () => {
    await server?.close();
    await hook?.close();
  });

  async function toStep3(conversation: string): Promise<void> {
    let text = allText(await server.say(conversation, 'how do I link my CM/ECF account to PACER'));
    for (let i = 0; i < 5 && !text.includes('Step 1 of 6'); i += 1) text = allText(await server.say(conversation, yesTo(text)));
    await server.say(conversation, 'next');
    expect(allText(await server.say(conversation, 'next'))).toContain('Step 3 of 6');
  }

  it('asked mid-walkthrough: ticket with step, topics and redacted words; number told; handoff.initiate sent', async () => {
    await toStep3('handoff-1');
    await server.say('handoff-1', "there's no link under utilities");
    await server.say('handoff-1', 'my password is Hunter2!x and it still fails, call me at 555-123-4567');
    // Asked for in so many words: how to reach the user is asked at once.
    expect(allText(await server.say('handoff-1', 'I want to talk to a real person'))).toMatch(/e-mail address or phone number/);
    const replies = (await server.say('handoff-1', 'jane.doe@firm.com')) as Activity[];

    const event = replies.find((activity) => activity.type === 'event' && activity.name === 'handoff.initiate');
    expect(event).toBeDefined();
    const ticketId = event!.value!.ticketId;
    expect(ticketId).toMatch(/^HD-[2-9A-HJKMNP-Z]{6}$/);
    expect(allText(replies)).toContain(ticketId);

    await eventually(() => hook.delivered().length === 1);
    const { ticket } = hook.delivered()[0] as { ticket: { id: string; channelId: string; conversationId: string; summary: Record<string, unknown> } };
    expect(ticket).toMatchObject({ id: ticketId, channelId: 'test', conversationId: 'handoff-1' });
    const summary = ticket.summary as { whereInProcedure: string; topics: { intent: string }[]; userWords: string[]; contact: string };
    expect(summary.whereInProcedure).toMatch(/^Walkthrough step 3 of 6/);
    expect(summary.topics.map((topic) => topic.intent)).toContain('missing_utilities_link');
    expect(summary.userWords).toContain("there's no link under utilities");
    expect(summary.contact).toBe('jane.doe@firm.com');
    const everything = JSON.stringify(ticket);
    expect(everything).not.toContain('Hunter2');
    expect(everything).not.toContain('555-123-4567');

    // The same ticket is on the clerks' page.
    const desk = await fetch(`${server.url}/desk`, { headers: { authorization: `Basic ${Buffer.from('clerk:desk-key-for-tests-123').toString('base64')}` } });
    const page = await desk.text();
    expect(page).toContain(ticketId);
    expect(page).toContain('Walkthrough step 3 of 6');
  });

  it('carries on normally after the handoff (no second ticket for the next message)', async () => {
    const before = hook.received.length;
    const replies = (await server.say('handoff-1', 'thanks')) as Activity[];
    expect(replies.some((activity) => activity.type === 'event')).toBe(false);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(hook.received.length).toBe(before);
  });

  it('creates a ticket without contact details when the user declines to give them', async () => {
    const ask = await server.say('handoff-2', 'can I speak to a human');
    const noContact = buttonsOf(ask)[0]!;
    const replies = (await server.say('handoff-2', noContact)) as Activity[];
    const event = replies.find((activity) => activity.name === 'handoff.initiate')!;
    expect(allText(replies)).toContain(event.value!.ticketId);
    await eventually(() => hook.delivered().length === 2);
    expect((hook.delivered()[1] as { ticket: { summary: { contact?: string } } }).ticket.summary.contact).toBeUndefined();
  });
});
