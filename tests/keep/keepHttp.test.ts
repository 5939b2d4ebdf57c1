import { allText, startTestServer } from '../helpers/testServer';
import { linkIn, sayText, toStep3, type KeepServer } from './keepHelpers';

/*
 * What users keep, through the real app over HTTP (deliveryMode expectReplies, channel "test" = Markdown): the
 * checklist and conversation links open only their own conversation; a continue-later code brings a fresh chat
 * back to the same step for the same court, once; wrong codes are refused alike and throttled.
 */

let server: KeepServer;

beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

async function say(conversation: string, text: string): Promise<string> {
  return sayText(server, conversation, text);
}

async function get(path: string): Promise<{ status: number; body: string }> {
  const response = await fetch(`${server.url}${path}`);
  return { status: response.status, body: await response.text() };
}

describe('the printable checklist', () => {
  it('shows the typed-in court, its CM/ECF address and the steps done ticked', async () => {
    const step3 = await toStep3(server, 'keep-checklist', 'nysb');
    const card = linkIn(step3, '/keep/checklist');
    const asked = await say('keep-checklist', 'give me the steps');
    const page = await get(linkIn(asked, '/keep/checklist'));
    expect(page.status).toBe(200);
    expect(page.body).toContain('https://ecf.nysb.uscourts.gov');
    expect(page.body).toContain('Southern District of New York');
    expect(page.body.match(/<input type="checkbox"[^>]*checked/g)).toHaveLength(2);
    expect(page.body.match(/<input type="checkbox"/g)).toHaveLength(6);
    expect((await get(card)).body).toContain('https://ecf.nysb.uscourts.gov');
    // The place is kept: "continue" shows step 3 again.
    expect(await say("keep-checklist", "continue")).toMatch(/Step 3 of 6/);
  });

  it('refuses a mangled or foreign-purpose token with the same page', async () => {
    const asked = await say('keep-forged', 'checklist');
    const link = linkIn(asked, '/keep/checklist');
    const mangled = link.slice(0, -3) + (link.endsWith('AAA') ? 'BBB' : 'AAA');
    expect((await get(mangled)).status).toBe(404);
    expect((await get(link.replace('/keep/checklist', '/keep/conversation'))).status).toBe(404);
    expect((await get('/keep/checklist')).status).toBe(404);
  });
});

describe('the conversation, kept', () => {
  it('shows each answer with its source and content version, and no password typed in it', async () => {
    await say('keep-talk', 'how do I link my CM/ECF account to PACER');
    await say('keep-talk', 'my pacer password is Tr0ub4dor&3 is that ok');
    await say('keep-talk', 'the website says cookies are disabled');
    const asked = await say('keep-talk', 'download this conversation');
    await new Promise((resolve) => setTimeout(resolve, 50)); // transcripts are written just after the turn
    const page = await get(linkIn(asked, '/keep/conversation'));
    expect(page.status).toBe(200);
    expect(page.body).not.toContain('Tr0ub4dor');
    expect(page.body).toContain('cookies are disabled');
    expect(page.body).toMatch(/Source: <a href="https:\/\/[^"]+">/);
    expect(page.body).toMatch(/content version [0-9a-f]{8}/);
    expect(page.body).toMatch(/Conversation of \d{4}-\d\d-\d\d/);
  });

  it("gives another conversation's token nothing of this one", async () => {
    await say('keep-mine', 'my court is nysb and I need help with cookies');
    await say('keep-other', 'what is a client code');
    const other = await say('keep-other', 'download this conversation');
    await new Promise((resolve) => setTimeout(resolve, 50));
    const page = await get(linkIn(other, '/keep/conversation'));
    expect(page.body).toContain('what is a client code');
    expect(page.body).not.toContain('help with cookies');
  });
});

describe('continue later', () => {
  it('brings a fresh conversation back to step 3 for the same court, once', async () => {
    await toStep3(server, 'keep-leave', 'the bankruptcy court in manhattan');
    const saved = await say('keep-leave', 'continue later');
    const code = /\*\*([A-Z2-9]{5}-[A-Z2-9]{5})\*\*/.exec(saved)?.[1];
    expect(code).toBeDefined();
    const back = await say('keep-back', `continue ${code!.toLowerCase()}`);
    expect(back).toMatch(/Step 3 of 6/);
    expect(back).toMatch(/Welcome back/);
    expect(await say('keep-back', 'give me the steps')).toMatch(/Southern District of New York/);
    // Single-use: the same code in another chat is refused.
    expect(await say('keep-again', `continue ${code}`)).toMatch(/doesn't work/);
  });

  it('refuses wrong codes without saying whether they exist, then throttles them', async () => {
    const answers: string[] = [];
    for (let attempt = 0; attempt < 7; attempt += 1) answers.push(await say('keep-guess', `continue ABCDE-2345${attempt}`));
    expect(answers[0]).toMatch(/doesn't work/);
    expect(new Set(answers.slice(0, 5)).size).toBe(1);
    expect(answers[6]).toMatch(/Too many codes/);
  });
});

describe('per channel', () => {
  type Card = { contentType: string; content: { body: { text?: string }[] } };
  const cardText = (replies: { attachments?: Card[] }[]) => replies.flatMap((reply) => reply.attachments ?? [])
    .flatMap((attachment) => attachment.content.body.map((block) => block.text ?? '')).join('\n');

  it('gives Teams a card with the link', async () => {
    const teams = { channelId: 'msteams', conversation: { id: 'keep-teams', conversationType: 'personal' } };
    const replies = await server.say('keep-teams', 'give me the steps', teams) as { attachments?: Card[] }[];
    expect(replies[0]!.attachments?.[0]?.contentType).toBe('application/vnd.microsoft.card.adaptive');
    expect(linkIn(cardText(replies), '/keep/checklist')).toMatch(/^\/keep\/checklist\?t=/);
  });

  it('gives SMS the steps as plain text, boxes and sources included', async () => {
    const text = allText(await server.say('keep-sms', 'checklist', { channelId: 'sms' }));
    expect(text).toMatch(/\[ \] 1\. Open your court's CM\/ECF site/);
    expect(text).toMatch(/\[ \] 6\./);
    expect(text).toMatch(/Sources: https:\/\//);
    expect(text).not.toMatch(/keep\/checklist/);
  });
});

describe('asked in people\'s words', () => {
  it('reads the request inside a question, and offers a code when the user stops at a step', async () => {
    await toStep3(server, 'keep-words', 'nysb');
    expect(await say('keep-words', 'can I print these steps?')).toMatch(/printable checklist/);
    expect(await say('keep-words', 'how do I save this chat')).toMatch(/open or save the conversation/);
    expect(await say('keep-words', 'i need to leave, can i continue later?')).toMatch(/code to continue later is \*\*[A-Z2-9-]{11}\*\*/);
    expect(await say('keep-words', 'i have to go')).toMatch(/say "continue later"/);
    // Asking for the walkthrough itself is not asking for the checklist.
    expect(await say('keep-words', 'give me the steps to link my account')).toMatch(/Step 3 of 6/);
  });
});
