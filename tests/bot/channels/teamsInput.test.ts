import type { Activity } from '../../../bot/platform/activity';
import { incomingMessage, shouldWelcome } from '../../../bot/channels/teams/teamsInput';

/** Which messages are for the bot, and what text the engine sees (Teams conventions, other channels unchanged). */
const bot = { id: '28:bot', name: 'CM/ECF Help' };
const activity = (extra: Partial<Activity>): Activity => ({
  type: 'message', channelId: 'msteams', recipient: bot, from: { id: '29:user', name: 'Pat' },
  conversation: { id: 'c', conversationType: 'personal', isGroup: false, name: '' }, ...extra,
} as Activity);
const group = { id: '19:g@thread.v2', conversationType: 'groupChat', isGroup: true, name: '' };
const mention = { type: 'mention', text: '<at>CM/ECF Help</at>', mentioned: bot };

describe('incomingMessage', () => {
  it('removes the @mention text before the engine sees the message', () => {
    expect(incomingMessage(activity({ conversation: group, text: '<at>CM/ECF Help</at> start over', entities: [mention] })))
      .toEqual({ addressed: true, text: 'start over' });
  });

  it('cuts the bot\'s name typed after an @ at the start, on Teams and elsewhere, and nothing else', () => {
    expect(incomingMessage(activity({ text: '@CM/ECF Help link ecf account for E.D. Pa.' })).text).toBe('link ecf account for E.D. Pa.');
    expect(incomingMessage(activity({ text: '@cm/ecf help, where is Utilities?' })).text).toBe('where is Utilities?');
    expect(incomingMessage(activity({ channelId: 'webchat', text: '@CM/ECF  Help: start over' })).text).toBe('start over');
    expect(incomingMessage(activity({ text: '@CM/ECF Helpdesk called me back' })).text).toBe('@CM/ECF Helpdesk called me back');
    expect(incomingMessage(activity({ text: 'is the CM/ECF Help line open?' })).text).toBe('is the CM/ECF Help line open?');
  });

  it('ignores group messages that mention someone else', () => {
    const other = { type: 'mention', text: '<at>Sam</at>', mentioned: { id: '29:sam', name: 'Sam' } };
    expect(incomingMessage(activity({ conversation: group, text: '<at>Sam</at> start over', entities: [other] })).addressed).toBe(false);
  });

  it('takes a card submit as addressed, reading value.text', () => {
    expect(incomingMessage(activity({ conversation: group, value: { text: 'Next step' } }))).toEqual({ addressed: true, text: 'Next step' });
  });

  it('reads every message in personal chat and on other channels', () => {
    expect(incomingMessage(activity({ text: 'hello' }))).toEqual({ addressed: true, text: 'hello' });
    expect(incomingMessage(activity({ channelId: 'directline', conversation: group, text: 'hello' }))).toEqual({ addressed: true, text: 'hello' });
  });
});

describe('shouldWelcome', () => {
  it('welcomes on Teams only when the bot itself is added, elsewhere when a person joins', () => {
    expect(shouldWelcome(activity({ type: 'conversationUpdate', membersAdded: [bot] }))).toBe(true);
    expect(shouldWelcome(activity({ type: 'conversationUpdate', membersAdded: [{ id: '29:new', name: 'New' }] }))).toBe(false);
    expect(shouldWelcome(activity({ channelId: 'webchat', type: 'conversationUpdate', membersAdded: [bot] }))).toBe(false);
    expect(shouldWelcome(activity({ channelId: 'webchat', type: 'conversationUpdate', membersAdded: [{ id: 'u', name: '' }] }))).toBe(true);
  });
});
