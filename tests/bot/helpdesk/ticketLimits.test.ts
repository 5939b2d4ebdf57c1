import { startTestServer } from '../../helpers/testServer';

/**
 * Tickets cannot be made in bulk: one conversation keeps one open ticket however often it asks, and one client
 * (a visitor of the built-in Direct Line, told apart through TRUST_PROXY) gets a few new tickets, then is told
 * where to turn instead, while other visitors still get theirs.
 */
const DESK_KEY = 'desk-key-for-ticket-limits';
interface Reply { type?: string; name?: string; text?: string; value?: { ticketId?: string }; suggestedActions?: { actions: { title: string }[] } }

let server: Awaited<ReturnType<typeof startTestServer>>;
beforeAll(async () => { server = await startTestServer({ TRUST_PROXY: 'loopback', DESK_KEY }); });
afterAll(async () => { await server.close(); });

/** One Web Chat visitor from `address` (as nginx forwards it): its own conversation on the built-in Direct Line. */
async function visitor(address: string) {
  const headers = { 'content-type': 'application/json', 'x-forwarded-for': address };
  const page = await (await fetch(`${server.url}/api/directline/token`, { method: 'POST', headers })).json() as { token: string; conversationId: string };
  const auth = { ...headers, authorization: `Bearer ${page.token}` };
  const base = `${server.url}/v3/directline/conversations`;
  await fetch(base, { method: 'POST', headers: auth, body: '{}' });
  let watermark = '';
  const say = async (text: string): Promise<Reply[]> => {
    await fetch(`${base}/${page.conversationId}/activities`, { method: 'POST', headers: auth, body: JSON.stringify({ type: 'message', text }) });
    const set = await (await fetch(`${base}/${page.conversationId}/activities?watermark=${watermark}`, { headers: auth })).json() as { activities: Reply[]; watermark: string };
    watermark = set.watermark;
    return set.activities;
  };
  /** Asks for a person and declines to give contact details: the ticket id, or undefined with the replies. */
  const handOff = async (): Promise<{ ticketId?: string; text: string }> => {
    // Asked for in so many words, the contact question comes at once (its one button, "No contact details", is the
    // last one shown: the welcome's may come before it in the same fetch).
    const ask = await say('I want to talk to a real person');
    const replies = await say(ask.flatMap((a) => a.suggestedActions?.actions ?? []).at(-1)!.title);
    return { ticketId: replies.find((a) => a.name === 'handoff.initiate')?.value?.ticketId, text: replies.map((a) => a.text ?? '').join('\n') };
  };
  return { handOff };
}

const openTickets = async () => {
  const page = await (await fetch(`${server.url}/desk`, { headers: { 'x-api-key': DESK_KEY } })).text();
  return new Set(page.match(/HD-[2-9A-HJKMNP-Z]{6}/g) ?? []);
};

describe('ticket limits', () => {
  it('one conversation asking again and again keeps one ticket', async () => {
    const user = await visitor('198.51.100.40');
    const first = await user.handOff();
    const second = await user.handOff();
    const third = await user.handOff();
    expect(first.ticketId).toBeDefined();
    expect([second.ticketId, third.ticketId]).toEqual([first.ticketId, first.ticketId]);
    expect(third.text).toContain(first.ticketId);
  });

  it('one client gets a few new tickets, then is told where to turn instead; another client still gets one', async () => {
    const before = await openTickets();
    const outcomes = [];
    for (let i = 0; i < 8; i += 1) outcomes.push(await (await visitor('203.0.113.77')).handOff());
    const issued = outcomes.filter((outcome) => outcome.ticketId !== undefined);
    expect(issued.length).toBe(5);
    const refused = outcomes.find((outcome) => outcome.ticketId === undefined)!;
    expect(refused.text).toMatch(/contact .* directly/i);
    expect(refused.text).not.toMatch(/HD-[2-9A-HJKMNP-Z]{6}/);
    expect((await (await visitor('203.0.113.78')).handOff()).ticketId).toBeDefined();
    const after = await openTickets();
    expect([...after].filter((id) => !before.has(id))).toHaveLength(6);
  });
});
