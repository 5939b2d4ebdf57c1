import { buttonsOf, startTestServer } from './testServer';

export const DESK_KEY = 'desk-key-for-tests-4567';
export const HOSTILE = '<script>alert("pwned")</script> <img src=x onerror=alert(1)> where is my jury summons';

export const basic = (password: string) => ({ authorization: `Basic ${Buffer.from(`clerk:${password}`).toString('base64')}` });

/** A server with DESK_KEY and one ticket opened by a user who typed hostile markup; returns the ticket id. */
export async function deskServerWithTicket() {
  const server = await startTestServer({ DESK_KEY });
  await server.say('desk-1', HOSTILE);
  const offer = await server.say('desk-1', 'recommend a good italian restaurant downtown');
  const accept = buttonsOf(offer).find((label) => /person/i.test(label));
  if (!accept) throw new Error('no handoff offer after two misses');
  const noContact = buttonsOf(await server.say('desk-1', accept))[0]!;
  const replies = (await server.say('desk-1', noContact)) as { name?: string; value?: { ticketId: string } }[];
  const ticketId = replies.find((activity) => activity.name === 'handoff.initiate')!.value!.ticketId;
  return { server, ticketId };
}

export function csrfOf(page: string): string {
  const token = /name="csrf" value="([^"]+)"/.exec(page)?.[1];
  if (!token) throw new Error('no CSRF token on the page');
  return token;
}

export function form(fields: Record<string, string>): string {
  return new URLSearchParams(fields).toString();
}
