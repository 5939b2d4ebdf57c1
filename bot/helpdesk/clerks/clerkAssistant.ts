import { adaptiveCardAttachment, type HelpDeskMessage, type InboundActivity } from '../activityShape';
import type { Content } from '../../../dialogs/content/types';
import type { Triage } from '../../../dialogs/helpdesk/triage';
import type { AnalyticsRecorder } from '../analytics/analyticsRecorder';
import { triageCard, type WrongTopicData } from './triageCard';

/**
 * The reply assistant for clerks in Teams: in a configured clerks' team or group chat (TEAMS_CLERKS_IDS; only its
 * members can post there), a message to the bot is a filer's e-mail to triage, answered with a card, never a turn
 * of the user walkthrough. Elsewhere (another team, a personal chat, any other channel) it does nothing.
 */
export class ClerkAssistant {
  constructor(
    private readonly allowed: ReadonlySet<string>,
    private readonly triage: Triage,
    private readonly content: Content,
    private readonly analytics: AnalyticsRecorder,
  ) {}

  /** Whether the activity comes from one of the clerks' teams or chats. */
  serves(activity: InboundActivity): boolean {
    if (activity.channelId !== 'msteams' || this.allowed.size === 0) return false;
    const team = (activity.channelData as { team?: { id?: unknown } } | undefined)?.team?.id;
    const conversation = (activity.conversation?.id ?? '').split(';')[0]!;
    return (typeof team === 'string' && this.allowed.has(team)) || this.allowed.has(conversation);
  }

  /** The card for a pasted e-mail, the note for a "Wrong topic" press (a card press needs no mention); else nothing. */
  reply(activity: InboundActivity, text: string, addressed: boolean): HelpDeskMessage | undefined {
    const wrong = wrongTopicOf(activity.value);
    if (wrong) {
      this.analytics.recordWrongTopic(wrong.intent, wrong.question);
      return { type: 'message', text: 'Noted: that question will be among the proposed content on /desk.', textFormat: 'plain' };
    }
    if (!addressed) return undefined;
    if (text.trim() === '') {
      return { type: 'message', text: 'Paste a filer\'s e-mail (or @mention me with it) and I will suggest a topic and a reply.', textFormat: 'plain' };
    }
    const result = this.triage.classify({ text });
    return { type: 'message', attachments: [adaptiveCardAttachment(triageCard(result, this.content))], summary: result.topic };
  }
}

export function clerksIdsOf(setting: string | undefined): Set<string> {
  return new Set((setting ?? '').split(',').map((id) => id.trim()).filter(Boolean));
}

function wrongTopicOf(value: unknown): WrongTopicData | undefined {
  const data = value as Partial<WrongTopicData> | undefined;
  if (data?.helpbot !== 'wrong_topic' || typeof data.intent !== 'string' || typeof data.question !== 'string') return undefined;
  return { helpbot: 'wrong_topic', intent: data.intent, question: data.question };
}
