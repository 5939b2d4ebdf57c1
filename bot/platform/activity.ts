/*
 * The Bot Framework Activity protocol as the project's own types: the shared parts of the bot (channels, Direct Line,
 * storage, help desk) speak it without importing an SDK, so the same code serves the botbuilder host and the
 * Microsoft 365 Agents SDK host (bot/host). Both SDKs' activities fit these shapes; the hosts convert at their edge.
 * Only the fields the product reads or writes are named; anything else an activity carries passes through untouched
 * (the types are structural: an SDK's activity is one of these).
 */

export interface ChannelAccount {
  id: string;
  name?: string;
  role?: string;
  aadObjectId?: string;
}

export interface ConversationAccount extends ChannelAccount {
  conversationType?: string;
  isGroup?: boolean;
  tenantId?: string;
}

export interface Entity {
  type: string;
  [field: string]: unknown;
}

export interface Attachment {
  contentType: string;
  content?: unknown;
  contentUrl?: string;
  name?: string;
}

export interface CardAction {
  type: string;
  title: string;
  value: unknown;
}

export interface Activity {
  type: string;
  id?: string;
  timestamp?: Date;
  localTimestamp?: Date;
  serviceUrl?: string;
  channelId?: string;
  from?: ChannelAccount;
  recipient?: ChannelAccount;
  conversation?: ConversationAccount;
  replyToId?: string;
  text?: string;
  textFormat?: string;
  locale?: string;
  attachments?: Attachment[];
  entities?: Entity[];
  suggestedActions?: { actions: CardAction[]; to?: string[] };
  membersAdded?: ChannelAccount[];
  membersRemoved?: ChannelAccount[];
  channelData?: unknown;
  value?: unknown;
  name?: string;
  deliveryMode?: string;
  inputHint?: string;
  summary?: string;
  localTimezone?: string;
  relatesTo?: unknown;
}

/** The activity types the product sends or tells apart. */
export const ActivityTypes = {
  Message: 'message',
  Event: 'event',
  Invoke: 'invoke',
  ConversationUpdate: 'conversationUpdate',
  Typing: 'typing',
} as const;

/** Card and suggested-action button kinds. */
export const ActionTypes = { ImBack: 'imBack', MessageBack: 'messageBack' } as const;

export const DELIVERY_EXPECT_REPLIES = 'expectReplies';

/** An Adaptive Card as a message attachment (what both SDKs' CardFactory.adaptiveCard make). */
export function adaptiveCardAttachment(card: unknown): Attachment & { content: unknown } {
  return { contentType: 'application/vnd.microsoft.card.adaptive', content: card };
}

/**
 * The message's text without the @mention of the bot (Teams writes `<at>Bot</at>` into the text), as both SDKs'
 * removeRecipientMention do: the first mention of the recipient is cut out. Leaves the activity unchanged.
 */
export function textWithoutRecipientMention(activity: Activity): string | undefined {
  const botId = activity.recipient?.id;
  const mention = (activity.entities ?? []).find((entity) => entity.type === 'mention'
    && (entity as { mentioned?: { id?: string } }).mentioned?.id === botId);
  const mentionText = (mention as { text?: unknown } | undefined)?.text;
  if (typeof activity.text !== 'string' || typeof mentionText !== 'string') return activity.text;
  return activity.text.replace(mentionText, '').trim();
}

/**
 * The text without the bot's name typed after an "@" at its start ("@CM/ECF Help Bot link my account"): a mention a
 * person wrote by hand or pasted, which no channel sends as a mention entity. The name would otherwise be read as
 * words of the message ("help", "CM/ECF"). `name`: the recipient's name, as the channel gives it.
 */
export function withoutTypedBotName(text: string, name: string | undefined): string {
  const words = name?.trim().split(/\s+/).filter((word) => word.length > 0) ?? [];
  if (words.length === 0) return text;
  const typed = new RegExp(`^\\s*@\\s*${words.map(escapeRegExp).join('\\s+')}(?![\\p{L}\\p{N}])[\\s,:;.!-]*`, 'iu');
  return text.replace(typed, '');
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}
