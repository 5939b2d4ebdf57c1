import type { InboundActivity } from '../activityShape';
import type { Content } from '../../../dialogs/content/types';
import type { TurnResult } from '../../../dialogs/engine/replies';
import type { ConversationState } from '../../../dialogs/engine/state';
import { answerOfTurn, parseRefKey, refKey } from '../../../dialogs/helpdesk/answerRef';
import { webChatRating, WEB_CHAT_FEEDBACK_EVENT, type RatedAnswer } from '../../channels/render/renderRating';
import type { Logger } from '../../platform/logger';
import type { AnalyticsRecorder } from '../analytics/analyticsRecorder';
import type { RatedMessages } from './ratedMessages';

/** The help page's "What was wrong?" box (chat.js) sends the text as this event, value `{answer, comment}`. */
export const ANSWER_COMMENT_EVENT = 'helpbot/answer-comment';
export const TEAMS_SUBMIT_ACTION = 'message/submitAction';
const MAX_COMMENT = 1000;

/**
 * Ratings of answers, from both channels to the report: which reply of a turn may be rated, remembering rated
 * Teams messages, and reading what the channels send back. Unknown or malformed ratings are ignored (a rating
 * is a courtesy of the user; it never gets an error message).
 */
export class AnswerFeedback {
  constructor(
    private readonly content: Content,
    private readonly analytics: AnalyticsRecorder,
    private readonly messages: RatedMessages,
    private readonly logger: Logger,
  ) {}

  /** The reply of this turn that shows a rateable answer. */
  rated(result: TurnResult<unknown>): RatedAnswer | undefined {
    const answer = answerOfTurn(result as TurnResult<ConversationState>, this.content);
    return answer && { key: refKey(answer.ref), replyIndex: answer.replyIndex };
  }

  /** After sending: Teams' feedback will name the message id only, so keep which answer it showed. */
  async sent(activity: InboundActivity, rated: RatedAnswer | undefined, sentIds: readonly (string | undefined)[]): Promise<void> {
    const id = rated && sentIds[rated.replyIndex];
    if (!rated || !id || activity.channelId !== 'msteams') return;
    try {
      await this.messages.remember(activity.channelId, activity.conversation?.id ?? '', id, rated.key);
    } catch (error) {
      this.logger.warn({ reason: (error as Error).message }, 'rated Teams message not remembered; its rating will be ignored');
    }
  }

  /** A Web Chat thumb or the help page's comment. Returns whether the event was a rating. */
  receiveEvent(activity: InboundActivity): boolean {
    const conversationId = conversationOf(activity);
    if (activity.name === WEB_CHAT_FEEDBACK_EVENT) {
      const vote = webChatRating(activity.entities?.[0]);
      const ref = vote && parseRefKey(vote.key, this.content);
      if (ref) this.analytics.recordRating({ conversationId, ref, helpful: vote.helpful });
      return true;
    }
    if (activity.name !== ANSWER_COMMENT_EVENT) return false;
    const value = (activity.value ?? {}) as { answer?: unknown; comment?: unknown };
    const ref = parseRefKey(value.answer, this.content);
    if (ref && typeof value.comment === 'string' && value.comment.trim() !== '') {
      this.analytics.recordComment({ conversationId, ref, comment: value.comment.slice(0, MAX_COMMENT) });
    }
    return true;
  }

  /** Teams' native feedback loop: `{actionName: 'feedback', actionValue: {reaction, feedback}}` about `replyToId`. */
  async receiveTeams(activity: InboundActivity): Promise<void> {
    const value = (activity.value ?? {}) as { actionName?: unknown; actionValue?: { reaction?: unknown; feedback?: unknown } };
    const reaction = value.actionValue?.reaction;
    if (value.actionName !== 'feedback' || (reaction !== 'like' && reaction !== 'dislike') || !activity.replyToId) return;
    const key = await this.messages.answerOf(activity.channelId ?? '', activity.conversation?.id ?? '', activity.replyToId);
    const ref = parseRefKey(key, this.content);
    if (!ref) return;
    const comment = teamsFeedbackText(value.actionValue?.feedback).slice(0, MAX_COMMENT);
    this.analytics.recordRating({ conversationId: conversationOf(activity), ref, helpful: reaction === 'like', comment });
  }
}

function conversationOf(activity: InboundActivity): string {
  return `${activity.channelId ?? ''}/${activity.conversation?.id ?? ''}`;
}

/** Teams sends the box's text as a JSON string `{"feedbackText": "..."}` (or, in some clients, an object). */
function teamsFeedbackText(feedback: unknown): string {
  let parsed = feedback;
  if (typeof feedback === 'string') {
    try {
      parsed = JSON.parse(feedback);
    } catch {
      return feedback;
    }
  }
  const text = (parsed as { feedbackText?: unknown } | null)?.feedbackText;
  return typeof text === 'string' ? text : '';
}
