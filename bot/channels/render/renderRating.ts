import type { Activity, Entity } from '../../platform/activity';

/*
 * Rating an answer without changing the turn's shape: no button is added and no question asked. The thumbs live
 * outside the suggested actions and card buttons, in each client's own feedback control:
 * - Web Chat (4.18) shows thumbs up / down in the activity status of a message that carries a schema.org Message
 *   entity with LikeAction / DislikeAction; pressing one posts the event `webchat:activity-status/feedback` with
 *   that action. The action's `@id` names the answer (Web Chat keeps only schema.org fields of it).
 * - Teams shows its native feedback loop (thumbs, then its own "what was wrong?" box) on a message whose
 *   channelData has `feedbackLoopEnabled`, and sends the `message/submitAction` invoke with the message's id.
 */

/** The answer shown by one of a turn's replies: its ref (`refKey`) and the reply's position. */
export interface RatedAnswer {
  readonly key: string;
  readonly replyIndex: number;
}

export const WEB_CHAT_FEEDBACK_EVENT = 'webchat:activity-status/feedback';
const ANSWER_ID_PREFIX = 'helpbot-answer:';

/** Marks the rated reply's activity for the channel's feedback control (no control: unchanged). */
/** `profile`: render.ts's ChannelProfile ('cards' for Web Chat and Direct Line, 'teams'); others get no thumbs. */
export function withRating(activities: Partial<Activity>[], rated: RatedAnswer | undefined, profile: string): void {
  const activity = rated && activities[rated.replyIndex];
  if (!activity || !rated) return;
  if (profile === 'teams') activity.channelData = { ...(activity.channelData as object | undefined), feedbackLoopEnabled: true };
  // Web Chat shows one status line under a run of the bot's messages, that of the last: the thumbs go there (the
  // action names the answer, whichever message carries it), under the question that may follow the answer.
  const last = activities[activities.length - 1]!;
  if (profile === 'cards') last.entities = [...(last.entities ?? []), webChatFeedbackEntity(rated.key)];
}

function webChatFeedbackEntity(key: string): Entity {
  const action = (type: string) => ({ '@type': type, '@id': `${ANSWER_ID_PREFIX}${key}` });
  return {
    type: 'https://schema.org/Message',
    '@context': 'https://schema.org',
    '@id': '',
    '@type': 'Message',
    potentialAction: [action('LikeAction'), action('DislikeAction')],
  } as Entity;
}

/** The answer and verdict of a Web Chat feedback event's action, if it is one of ours. */
export function webChatRating(entity: unknown): { key: string; helpful: boolean } | undefined {
  if (!entity || typeof entity !== 'object') return undefined;
  const { '@type': type, '@id': id } = entity as Record<string, unknown>;
  if ((type !== 'LikeAction' && type !== 'DislikeAction') || typeof id !== 'string' || !id.startsWith(ANSWER_ID_PREFIX)) return undefined;
  return { key: id.slice(ANSWER_ID_PREFIX.length), helpful: type === 'LikeAction' };
}
