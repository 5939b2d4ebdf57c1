import { ActionTypes, ActivityTypes, type Activity, type CardAction } from 'botbuilder';
import type { Reply } from '../dialogs/engine/replies';

/**
 * Engine replies -> Bot Framework activities: Markdown text (Web Chat, Emulator and Teams render it), and the
 * turn's buttons as suggested actions on the last message. Pressing one posts its label back (imBack), which
 * the engine understands exactly like typed text.
 */
export function renderReplies(replies: readonly Reply[], buttons: readonly string[]): Partial<Activity>[] {
  const activities: Partial<Activity>[] = replies.map((reply) => ({
    type: ActivityTypes.Message,
    text: replyMarkdown(reply),
    textFormat: 'markdown',
  }));
  const last = activities[activities.length - 1];
  if (last && buttons.length > 0) {
    last.suggestedActions = { to: [], actions: buttons.map(imBack) };
  }
  return activities;
}

export function replyMarkdown(reply: Reply): string {
  const parts: string[] = [];
  const heading = reply.step ? `Step ${reply.step.number} of ${reply.step.total}` : undefined;
  if (heading || reply.title) parts.push(`**${[heading, reply.title].filter(Boolean).join(': ')}**`);
  parts.push(reply.text);
  if (reply.warning) parts.push(`⚠️ **Important:** ${reply.warning}`);
  if (reply.tip) parts.push(`💡 **Tip:** ${reply.tip}`);
  return parts.join('\n\n');
}

function imBack(label: string): CardAction {
  return { type: ActionTypes.ImBack, title: label, value: label };
}
