import { randomUUID } from 'node:crypto';
import { ActivityTypes, type Activity } from '../platform/activity';

/**
 * Bot Framework's `handoff.initiate` event for the user's conversation, as botbuilder's
 * EventFactory.createHandoffInitiation builds it (the Agents SDK has no such factory): the hand-off context as its
 * value, addressed like the incoming activity, with a reference to the conversation for the human-agent hub.
 */
export function handoffInitiation(incoming: Activity, handoff: unknown): Partial<Activity> {
  return {
    type: ActivityTypes.Event,
    name: 'handoff.initiate',
    value: handoff,
    id: randomUUID(),
    timestamp: new Date(),
    localTimezone: Intl.DateTimeFormat().resolvedOptions().timeZone,
    conversation: incoming.conversation,
    attachments: [],
    entities: [],
    from: incoming.from,
    relatesTo: {
      activityId: incoming.id,
      user: incoming.from,
      bot: incoming.recipient,
      conversation: incoming.conversation,
      channelId: incoming.channelId,
      locale: incoming.locale,
      serviceUrl: incoming.serviceUrl,
    },
    replyToId: incoming.id,
    serviceUrl: incoming.serviceUrl,
    channelId: incoming.channelId,
  };
}
