import { randomUUID } from 'node:crypto';
import type { Activity } from '../../../bot/platform/activity';
import type { AdaptiveCard } from '../../../bot/channels/render/renderCard';
import { startTestServer } from '../../helpers/testServer';
import { HOSTS } from '../../helpers/hosts';

/**
 * Activities shaped as Microsoft Teams sends them (channelId msteams; personal chat, group chat with an <at>
 * mention and its `mention` entity, a channel, an Adaptive Card submit with `value`, the app install), through
 * the real server's /api/messages (replies returned with expectReplies).
 */
const BOT = { id: '28:00000000-0000-0000-0000-0000000000b0', name: 'CM/ECF Help' };
const USER = { id: '29:1a2b3c-user', name: 'Pat Lee', aadObjectId: '6c0f6ab4-1f1e-4e62-9f2b-3d0b5d0d8e11' };
const MENTION = `<at>${BOT.name}</at>`;

describe.each(HOSTS)('%s host', (sdk) => {
  let server: Awaited<ReturnType<typeof startTestServer>>;
  beforeAll(async () => { server = await startTestServer({ BOT_SDK: sdk }); });
  afterAll(async () => { await server.close(); });

  type Kind = 'personal' | 'groupChat' | 'channel';

  function teamsActivity(kind: Kind, conversationId: string, extra: Partial<Activity>): Partial<Activity> {
    return {
      type: 'message', id: randomUUID(), channelId: 'msteams', serviceUrl: 'https://smba.trafficmanager.net/amer/',
      deliveryMode: 'expectReplies', from: USER, recipient: BOT, locale: 'en-US', textFormat: 'plain',
      conversation: { id: conversationId, conversationType: kind, isGroup: kind !== 'personal', tenantId: 'tenant-1', name: '' },
      channelData: { tenant: { id: 'tenant-1' }, ...(kind === 'channel' ? { channel: { id: conversationId }, team: { id: '19:team' } } : {}) },
      entities: [{ type: 'clientInfo', locale: 'en-US', country: 'US', platform: 'Web' }],
      ...extra,
    };
  }

  async function post(activity: Partial<Activity>): Promise<Partial<Activity>[]> {
    const response = await fetch(`${server.url}/api/messages`, {
      method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(activity),
    });
    expect(response.status).toBe(200);
    const body = (await response.json()) as { activities?: Partial<Activity>[] } | null;
    return body?.activities ?? [];
  }

  const mentioned = (text: string): Partial<Activity> => ({
    text: `${MENTION} ${text}`,
    entities: [{ type: 'mention', text: MENTION, mentioned: BOT }, { type: 'clientInfo', locale: 'en-US' }],
  });

  function cards(replies: Partial<Activity>[]): AdaptiveCard[] {
    return replies.flatMap((reply) => (reply.attachments ?? []).map((attachment) => attachment.content as AdaptiveCard));
  }
  function shown(replies: Partial<Activity>[]): string {
    return replies.map((reply) => `${reply.text ?? ''} ${JSON.stringify(reply.attachments ?? [])}`).join('\n');
  }
  function buttonsOf(replies: Partial<Activity>[]): { title: string; data: { text: string } }[] {
    return cards(replies).flatMap((card) => (card.actions ?? []) as { title: string; data: { text: string } }[]);
  }

  describe('Microsoft Teams', () => {
    it('answers in personal chat, with choices as card buttons and no suggested actions', async () => {
      const replies = await post(teamsActivity('personal', 'a:personal-1', { text: 'how do I link my account' }));
      expect(shown(replies)).toMatch(/do you e-file/i);
      expect(replies.every((reply) => reply.suggestedActions === undefined)).toBe(true);
      const buttons = buttonsOf(replies);
      expect(buttons.length).toBeGreaterThan(1);
      expect(buttons.every((button) => button.data.text === button.title)).toBe(true);
    });

    it('stays silent in a group chat unless @mentioned', async () => {
      expect(await post(teamsActivity('groupChat', '19:group-1@thread.v2', { text: 'how do I link my account' }))).toEqual([]);
    });

    it('answers an @mention in a group chat, with the mention removed before matching', async () => {
      const replies = await post(teamsActivity('groupChat', '19:group-2@thread.v2', mentioned('how do I link my account')));
      expect(shown(replies)).toMatch(/do you e-file/i);
      expect(shown(replies)).not.toContain('<at>');
    });

    it('answers an @mention in a team channel', async () => {
      const replies = await post(teamsActivity('channel', '19:channel-1@thread.skype;messageid=1', mentioned('I forgot my PACER password')));
      expect(replies.length).toBeGreaterThan(0);
      expect(shown(replies)).toMatch(/password/i);
    });

    it('routes an Adaptive Card submit (value.text, no text) to the engine like typed text, even without a mention', async () => {
      const conversationId = '19:group-3@thread.v2';
      const first = await post(teamsActivity('groupChat', conversationId, mentioned('how do I link my account')));
      const [yes] = buttonsOf(first);
      const replies = await post(teamsActivity('groupChat', conversationId, { text: undefined, value: yes!.data }));
      expect(replies.length).toBeGreaterThan(0);
      expect(shown(replies)).not.toEqual(shown(first));
    });

    it('walks to a step card whose buttons Teams can press (Action.Submit)', async () => {
      const conversationId = 'a:personal-walk';
      let replies = await post(teamsActivity('personal', conversationId, { text: 'how do I link my account' }));
      for (let i = 0; i < 8 && !shown(replies).includes('Step 1 of 6'); i += 1) {
        const [first] = buttonsOf(replies);
        replies = await post(teamsActivity('personal', conversationId, { text: first!.title, value: first!.data }));
      }
      const [step] = cards(replies).filter((card) => JSON.stringify(card.body).includes('Step 1 of 6'));
      expect(step?.version).toBe('1.5');
      // The turn's buttons are on its last message, a card.
      const last = cards(replies.slice(-1))[0];
      expect(last?.actions?.map((action) => action.type)).toContain('Action.Submit');
      const next = buttonsOf(replies).find((button) => button.title === server.content.responses.buttons.next)!;
      expect(shown(await post(teamsActivity('personal', conversationId, { text: undefined, value: next.data })))).toContain('Step 2 of 6');
    });

    it('welcomes on install (the bot added), but not every person who joins a team later', async () => {
      const update = (member: { id: string; name: string }) => teamsActivity('personal', 'a:install-1', {
        type: 'conversationUpdate', text: undefined, entities: undefined, membersAdded: [member],
        channelData: { tenant: { id: 'tenant-1' }, eventType: 'teamMemberAdded' },
      });
      const installed = await post(update(BOT));
      expect(shown(installed)).toMatch(/link your CM\/ECF e-filing account/);
      expect(buttonsOf(installed).length).toBeGreaterThan(0);
      expect(await post(update({ id: '29:someone-else', name: 'Sam' }))).toEqual([]);
    });
  });
});
