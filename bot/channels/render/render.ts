import { ActionTypes, ActivityTypes, adaptiveCardAttachment, type Activity, type CardAction } from '../../platform/activity';
import type { Reply } from '../../../dialogs/engine/replies';
import { cardLabels } from './cardLabels';
import { isRichReply, replyCard, sourceMarkdown, stepLabel, submitAction, textCard } from './renderCard';
import { plainText, safeMarkdown } from './renderText';
import { withRating, type RatedAnswer } from './renderRating';

/*
 * Engine replies -> Bot Framework activities, per channel ("render per channel at the edge"):
 * - cards (Web Chat, Direct Line, Emulator): steps and titled answers as Adaptive Cards, other replies as
 *   Markdown; the turn's buttons as suggested actions (imBack) on the last message;
 * - teams: the same cards, but Teams shows no suggested actions, so the buttons are Action.Submit buttons on
 *   the last message's card (a text-only card when the last reply is plain text);
 * - markdown (any other channel, e.g. tests): Markdown text + suggested actions;
 * - plain (SMS, telephony, e-mail): plain text, suggested actions kept for clients that show them.
 * Pressing a button posts its label back, which the engine understands exactly like typed text.
 */

/** How a channel shows replies: Adaptive Cards, Teams cards, Markdown or plain text. */
export type ChannelProfile = 'cards' | 'teams' | 'markdown' | 'plain';

const PROFILES: Readonly<Record<string, ChannelProfile>> = {
  webchat: 'cards', directline: 'cards', emulator: 'cards', msteams: 'teams',
  sms: 'plain', telephony: 'plain', email: 'plain',
};

export function channelProfile(channelId: string | undefined): ChannelProfile {
  return (channelId && PROFILES[channelId]) || 'markdown';
}

/** `rated`: the reply showing an answer the user may rate (renderRating.ts); it gets the channel's thumbs. */
export function renderReplies(allReplies: readonly Reply[], buttons: readonly string[], channelId?: string, rated?: RatedAnswer): Partial<Activity>[] {
  const profile = channelProfile(channelId);
  const replies = sourcedOnce(allReplies);
  const activities = profile === 'teams' ? renderForTeams(replies, buttons) : replies.map((reply) => renderOne(reply, profile));
  const last = activities[activities.length - 1];
  if (profile !== 'teams' && last && buttons.length > 0) last.suggestedActions = { to: [], actions: buttons.map(imBack) };
  withRating(activities, rated, profile);
  return activities;
}

/** The reply as Markdown text, its labels in the reply's language (also what the engine tests read). */
export function replyMarkdown(reply: Reply): string {
  const parts: string[] = [];
  const heading = [stepLabel(reply), reply.title].filter(Boolean).join(': ');
  if (heading) parts.push(`**${heading}**`);
  parts.push(reply.text);
  if (reply.warning) parts.push(`**${cardLabels(reply).warning}:** ${reply.warning}`);
  if (reply.tip) parts.push(`**${cardLabels(reply).tip}:** ${reply.tip}`);
  if (reply.source) parts.push(sourceMarkdown(reply));
  return safeMarkdown(parts.join('\n\n'));
}

function renderOne(reply: Reply, profile: Exclude<ChannelProfile, 'teams'>): Partial<Activity> {
  if (profile === 'cards' && isRichReply(reply)) return cardActivity(replyCard(reply), reply);
  if (profile === 'plain') return { type: ActivityTypes.Message, text: plainText(replyMarkdown(reply)), textFormat: 'plain' };
  return { type: ActivityTypes.Message, text: replyMarkdown(reply), textFormat: 'markdown' };
}

function renderForTeams(replies: readonly Reply[], buttons: readonly string[]): Partial<Activity>[] {
  return replies.map((reply, index) => {
    const actions = index === replies.length - 1 ? buttons.map((label) => submitAction(label, true)) : [];
    if (isRichReply(reply)) return cardActivity(replyCard(reply, actions), reply);
    if (actions.length > 0) return cardActivity(textCard(reply.text, actions), reply);
    return { type: ActivityTypes.Message, text: replyMarkdown(reply), textFormat: 'markdown' };
  });
}

function cardActivity(card: ReturnType<typeof replyCard>, reply: Reply): Partial<Activity> {
  const summary = reply.step ? [stepLabel(reply), reply.title].filter(Boolean).join(': ') : reply.title;
  return {
    type: ActivityTypes.Message,
    attachments: [adaptiveCardAttachment(card)],
    ...(summary ? { summary: plainText(summary) } : {}),
  };
}

/** Replies in a row from one source cite it once, under the last of them. */
function sourcedOnce(replies: readonly Reply[]): readonly Reply[] {
  return replies.map((reply, index) => (reply.source && replies[index + 1]?.source?.url === reply.source.url ? { ...reply, source: undefined } : reply));
}

function imBack(label: string): CardAction {
  return { type: ActionTypes.ImBack, title: label, value: label };
}
