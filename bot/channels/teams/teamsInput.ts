import { textWithoutRecipientMention, withoutTypedBotName, type Activity } from '../../platform/activity';

/*
 * How a message reaches the engine, with Teams conventions:
 * - in personal chat every message is for the bot;
 * - in a group chat or a channel the bot answers only when @mentioned (the mention text is removed before the
 *   engine sees the message), or when someone presses a button on one of its cards (the card submit carries a
 *   `value`);
 * - a card submit carries its label in `value.text` (Action.Submit) or `text` (messageBack): both work.
 * - the bot's name typed after an "@" at the start, without a mention entity ("@CM/ECF Help Bot link my account"), is
 *   cut as a mention is, on every channel.
 * Other channels: every message is for the bot.
 */

/** A message as the engine should see it. */
export interface IncomingMessage {
  /** false: a group/channel message not addressed to the bot; stay silent. */
  readonly addressed: boolean;
  readonly text: string;
  /** The channel's language tag ("es-MX"), which the engine maps to one of its languages (dialogs/locale). */
  readonly locale?: string;
}

export function incomingMessage(activity: Activity): IncomingMessage {
  const submitted = submittedText(activity);
  const locale = channelLocale(activity);
  const botName = activity.recipient?.name;
  if (activity.channelId !== 'msteams') return { addressed: true, text: withoutTypedBotName(typedText(activity) ?? submitted ?? '', botName), locale };
  const mentioned = mentionsRecipient(activity);
  const typed = mentioned ? textWithoutRecipientMention(activity) : activity.text;
  const text = withoutTypedBotName((typed ?? '').replace(/\s+/g, ' ').trim(), botName) || submitted || '';
  const addressed = !isGroupConversation(activity) || mentioned || submitted !== undefined;
  return { addressed, text, locale };
}

/**
 * The user's language as the channel tells it: the activity's `locale` (Web Chat sends its `locale` prop there,
 * Teams the client's language), else Teams' clientInfo entity. Anything but a short language tag is ignored.
 */
export function channelLocale(activity: Activity): string | undefined {
  const clientInfo = (activity.entities ?? []).find((entity) => entity.type === 'clientInfo') as { locale?: unknown } | undefined;
  const tag = activity.locale ?? clientInfo?.locale;
  return typeof tag === 'string' && /^[A-Za-z]{2,3}([-_][A-Za-z0-9]{1,8})*$/.test(tag) && tag.length <= 35 ? tag : undefined;
}

/**
 * Whether a conversationUpdate deserves the welcome. Teams: only when the bot itself was added (the app was
 * installed in a personal chat, a group chat or a team), never for every person who joins a team later.
 * Other channels: when someone other than the bot joined (Web Chat, Emulator).
 */
export function shouldWelcome(activity: Activity): boolean {
  const added = activity.membersAdded ?? [];
  const botId = activity.recipient?.id;
  if (activity.channelId === 'msteams') return added.some((member) => member.id === botId);
  return added.some((member) => member.id !== botId);
}

export function isGroupConversation(activity: Activity): boolean {
  const type = activity.conversation?.conversationType;
  return type === 'groupChat' || type === 'channel' || activity.conversation?.isGroup === true;
}

function mentionsRecipient(activity: Activity): boolean {
  const botId = activity.recipient?.id;
  return (activity.entities ?? []).some((entity) => entity.type === 'mention'
    && (entity as { mentioned?: { id?: string } }).mentioned?.id === botId);
}

function typedText(activity: Activity): string | undefined {
  return typeof activity.text === 'string' && activity.text.trim().length > 0 ? activity.text : undefined;
}

function submittedText(activity: Activity): string | undefined {
  const value: unknown = activity.value;
  if (value && typeof value === 'object' && typeof (value as { text?: unknown }).text === 'string') {
    return (value as { text: string }).text;
  }
  return undefined;
}
