import type { Activity, ChannelAccount } from '../../platform/activity';

/*
 * Shapes activities as Azure Direct Line does: the client's activity is reduced to the fields a user may set
 * (no attachments, no channel data beyond Web Chat's clientActivityID, no spoofed sender), then stamped with
 * the channel, the conversation, the sender and the time. Bot replies are stamped the same way.
 */

/** The channel id Direct Line activities carry. */
export const CHANNEL_ID = 'directline';
/** Not called: replies come back in the turn (expectReplies). Present because activities must carry one. */
export const SERVICE_URL = 'http://localhost/v3/directline';
const ACCEPTED_TYPES = new Set(['message', 'event', 'typing']);
const MAX_TEXT = 10_000;
const MAX_VALUE_JSON = 4_096;

export class ActivityError extends Error {
  readonly code = 'BadArgument';
}

export interface Parties {
  readonly conversationId: string;
  readonly user: ChannelAccount;
  readonly bot: ChannelAccount;
  readonly now: Date;
}

/** A user id the client may choose: short, printable, no separators that could confuse logs. */
export function cleanUserId(id: unknown): string | undefined {
  return typeof id === 'string' && /^[\w.@:-]{1,64}$/.test(id) ? id : undefined;
}

/** A language tag a client may give ("es", "es-MX", "en-US"), or undefined for anything else. */
export function cleanLocale(tag: unknown): string | undefined {
  return typeof tag === 'string' && /^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8}){0,3}$/.test(tag) ? tag : undefined;
}

export function inboundActivity(body: unknown, parties: Parties): Partial<Activity> {
  if (!body || typeof body !== 'object') throw new ActivityError('The body must be an activity (a JSON object).');
  const raw = body as Record<string, unknown>;
  if (typeof raw.type !== 'string' || !ACCEPTED_TYPES.has(raw.type)) {
    throw new ActivityError('Activity type must be "message", "event" or "typing".');
  }
  const activity: Partial<Activity> = {
    type: raw.type,
    channelId: CHANNEL_ID,
    serviceUrl: SERVICE_URL,
    conversation: { id: parties.conversationId, isGroup: false, conversationType: 'personal', name: '' },
    from: { ...parties.user, role: 'user' },
    recipient: { ...parties.bot, role: 'bot' },
    timestamp: parties.now,
    localTimestamp: parties.now,
  };
  if (typeof raw.text === 'string') activity.text = raw.text.slice(0, MAX_TEXT);
  if (activity.text !== undefined) activity.textFormat = 'plain';
  if (typeof raw.locale === 'string' && /^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(raw.locale)) activity.locale = raw.locale;
  if (typeof raw.name === 'string' && raw.type === 'event') activity.name = raw.name.slice(0, 100);
  const value = smallJson(raw.value);
  if (value !== undefined) activity.value = value;
  // Web Chat's thumbs (the rating of an answer) arrive as an event whose schema.org action is an entity.
  const entities = raw.type === 'event' ? smallJson(raw.entities) : undefined;
  if (Array.isArray(entities)) activity.entities = entities as Activity['entities'];
  const clientActivityID = (raw.channelData as { clientActivityID?: unknown } | undefined)?.clientActivityID;
  if (typeof clientActivityID === 'string' && clientActivityID.length <= 100) activity.channelData = { clientActivityID };
  return activity;
}

/** A bot reply as the client receives it. Internal activity types (trace, invokeResponse) are not shown. */
export function outboundActivity(reply: Partial<Activity>, parties: Parties, replyToId: string | undefined): Partial<Activity> | undefined {
  if (reply.type === 'trace' || reply.type === 'invokeResponse') return undefined;
  return {
    ...reply,
    channelId: CHANNEL_ID,
    conversation: { id: parties.conversationId, isGroup: false, conversationType: 'personal', name: '' },
    from: { ...parties.bot, role: 'bot' },
    recipient: { ...parties.user, role: 'user' },
    timestamp: parties.now,
    ...(replyToId ? { replyToId } : {}),
    serviceUrl: undefined,
  };
}

/**
 * The conversationUpdate the bot receives when a member joins. `locale`: the language of the message that made the
 * user join (Web Chat's `locale`), so that the welcome before its answer is in that language too.
 */
export function membersAddedActivity(members: ChannelAccount[], parties: Parties, locale?: string): Partial<Activity> {
  return {
    ...(locale ? { locale } : {}),
    type: 'conversationUpdate',
    channelId: CHANNEL_ID,
    serviceUrl: SERVICE_URL,
    conversation: { id: parties.conversationId, isGroup: false, conversationType: 'personal', name: '' },
    from: { ...parties.user, role: 'user' },
    recipient: { ...parties.bot, role: 'bot' },
    membersAdded: members,
    timestamp: parties.now,
  };
}

function smallJson(value: unknown): unknown {
  if (value === undefined || value === null) return undefined;
  try {
    const json = JSON.stringify(value);
    return json.length <= MAX_VALUE_JSON ? JSON.parse(json) : undefined;
  } catch {
    return undefined;
  }
}
