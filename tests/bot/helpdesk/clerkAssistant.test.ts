import { randomUUID } from 'node:crypto';
import type { Activity } from '../../../bot/platform/activity';
import { basic, DESK_KEY } from '../../helpers/deskHarness';
import { startTestServer } from '../../helpers/testServer';

/**
 * The reply assistant as clerks meet it in Teams: an @mention with a pasted e-mail in the clerks' team (or their
 * group chat) gets a triage card; the same message anywhere else gets the ordinary bot; "Wrong topic" feeds /desk.
 */
const CLERKS_TEAM = '19:clerks-team@thread.tacv2';
const CLERKS_CHAT = '19:clerks-chat@thread.v2';
const BOT = { id: '28:bot', name: 'CM/ECF Help' };
const MENTION = `<at>${BOT.name}</at>`;
const EMAIL = 'Hello, I am trying to link my account but the PACER login page keeps coming back every time. '
  + 'My brief is due today! My password is Hunter2!!x if that helps. Thanks, Jane (jane.doe@smithlaw.com, 212-555-0143)';

let server: Awaited<ReturnType<typeof startTestServer>>;
beforeAll(async () => { server = await startTestServer({ DESK_KEY, TEAMS_CLERKS_IDS: `${CLERKS_TEAM}, ${CLERKS_CHAT}` }); });
afterAll(async () => { await server.close(); });

function inChannel(team: string, extra: Partial<Activity>): Partial<Activity> {
  return {
    type: 'message', id: randomUUID(), channelId: 'msteams', serviceUrl: 'https://smba.trafficmanager.net/amer/', deliveryMode: 'expectReplies',
    from: { id: '29:clerk', name: 'Clerk' }, recipient: BOT,
    conversation: { id: `${team};messageid=${Date.now()}`, conversationType: 'channel', isGroup: true, name: '' },
    channelData: { tenant: { id: 't' }, team: { id: team }, channel: { id: team } },
    ...extra,
  };
}

const mentioning = (text: string): Partial<Activity> => ({ text: `${MENTION} ${text}`, entities: [{ type: 'mention', text: MENTION, mentioned: BOT }] });

async function post(activity: Partial<Activity>): Promise<Partial<Activity>[]> {
  const response = await fetch(`${server.url}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(activity) });
  expect(response.status).toBe(200);
  return ((await response.json()) as { activities?: Partial<Activity>[] } | null)?.activities ?? [];
}

type Card = { body: { text?: string }[]; actions: { type: string; title: string; data?: Record<string, unknown>; card?: { body: { value?: string }[] } }[] };
const cardOf = (replies: Partial<Activity>[]) => replies.flatMap((reply) => reply.attachments ?? []).map((a) => a.content as Card)[0];

describe('reply assistant for clerks in Teams', () => {
  it('answers a pasted e-mail in the clerks\' team with the topic, flags, suggested reply and source, and two actions', async () => {
    const card = cardOf(await post(inChannel(CLERKS_TEAM, mentioning(EMAIL))));
    const texts = card!.body.map((block) => block.text ?? '').join('\n');
    expect(texts).toContain('Reply assistant');
    expect(texts).toMatch(/login page keeps coming back \(\d+ %\)/i);
    expect(texts).toMatch(/Flags: .*Urgent \([^)]*today[^)]*\).*Contains a password/);
    expect(texts).toMatch(/Source: \[/);
    expect(card!.actions.map((action) => action.title)).toEqual(['Copy reply', 'Wrong topic']);
    expect(card!.actions[0]!.card!.body[0]!.value).toMatch(/cookies/i);
    const json = JSON.stringify(card);
    for (const secret of ['Hunter2', 'jane.doe@smithlaw.com', '555-0143']) expect(json).not.toContain(secret);
  });

  it('answers in the clerks\' group chat too', async () => {
    const activity = inChannel(CLERKS_TEAM, mentioning('my login keeps looping back to the pacer page'));
    const chat = { ...activity, conversation: { id: CLERKS_CHAT, conversationType: 'groupChat', isGroup: true, name: '' }, channelData: { tenant: { id: 't' } } };
    expect(JSON.stringify(cardOf(await post(chat)))).toContain('Reply assistant');
  });

  it('gives no triage card to the same message from another team or a personal chat', async () => {
    const other = await post(inChannel('19:other-team@thread.tacv2', mentioning(EMAIL)));
    expect(JSON.stringify(other)).not.toContain('Reply assistant');
    expect(other.length).toBeGreaterThan(0);
    const personal = inChannel(CLERKS_TEAM, { text: EMAIL });
    const direct = await post({ ...personal, conversation: { id: 'a:personal-1', conversationType: 'personal', isGroup: false, name: '' }, channelData: { tenant: { id: 't' } } });
    expect(JSON.stringify(direct)).not.toContain('Reply assistant');
  });

  it('"Wrong topic" is noted and its question shows on /desk among the answers to improve', async () => {
    const card = cardOf(await post(inChannel(CLERKS_TEAM, mentioning('can the clerk waive the fee for my motion to reopen'))));
    const data = card!.actions.find((action) => action.title === 'Wrong topic')!.data!;
    const noted = await post(inChannel(CLERKS_TEAM, { text: '', value: data }));
    expect(noted.map((reply) => reply.text).join(' ')).toMatch(/Noted/);
    const desk = await (await fetch(`${server.url}/desk`, { headers: basic(DESK_KEY) })).text();
    expect(desk).toContain('can the clerk waive the fee for my motion to reopen');
  });
});
