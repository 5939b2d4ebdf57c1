import type { Content } from '../../../dialogs/content/types';
import type { TriageResult } from '../../../dialogs/helpdesk/triage';
import type { AdaptiveCard, CardElement } from '../../channels/render/renderCard';
import { sourceMarkdown } from '../../channels/render/renderCard';
import { plainText, safeMarkdown } from '../../channels/render/renderText';

/** The card data a "Wrong topic" press sends back (and nothing a user typed but the redacted question). */
export interface WrongTopicData {
  readonly helpbot: 'wrong_topic';
  readonly intent: string;
  readonly question: string;
}

const REASON_LABELS: Readonly<Record<string, string>> = {
  urgent: 'Urgent', password: 'Contains a password (redacted)', asks_for_person: 'Asks for a person', frustrated: 'Sounds frustrated',
  out_of_scope: 'Outside the bot\'s topics', ambiguous: 'Between two topics', low_confidence: 'Low confidence',
};
const MAX_QUESTION = 500;

/**
 * The reply assistant's answer to a pasted e-mail: the topic and score, the flags, the suggested reply with its
 * source, and two actions. Teams cards cannot write to the clipboard, so "Copy reply" opens the reply in a text
 * box ready to select and copy; "Wrong topic" sends the (redacted) question back to be proposed on /desk.
 */
export function triageCard(result: TriageResult, content: Content): AdaptiveCard {
  const topic = content.topicsByIntent.get(result.intent);
  const cite = topic?.flow.nodes.get(topic.flow.start)?.cite;
  const flags = result.reasons.map((reason) => (reason === 'urgent' && result.urgentWords.length > 0
    ? `${REASON_LABELS.urgent} (${result.urgentWords.join(', ')})` : REASON_LABELS[reason] ?? reason));
  const reply = result.suggestedAnswer ?? 'No suggested reply: this is outside the bot\'s topics. Answer it yourself.';
  const body: CardElement[] = [
    text('Reply assistant', { size: 'small', isSubtle: true, spacing: 'none' }),
    text(safeMarkdown(`${result.topic} (${Math.round(result.score * 100)} %)`), { style: 'heading', size: 'large', weight: 'bolder' }),
    text(flags.length > 0 ? `Flags: ${flags.join('; ')}` : 'Flags: none', { color: result.needsHuman ? 'attention' : 'default', weight: 'bolder' }),
    text('Suggested reply', { weight: 'bolder', spacing: 'medium' }),
    text(safeMarkdown(reply)),
  ];
  if (cite) body.push(text(sourceMarkdown({ text: '', source: cite, labels: content.responses.labels }), { size: 'small', isSubtle: true }));
  const wrongTopic: WrongTopicData = { helpbot: 'wrong_topic', intent: result.intent, question: result.text.slice(0, MAX_QUESTION) };
  const actions: CardElement[] = [
    { type: 'Action.ShowCard', title: 'Copy reply', card: { type: 'AdaptiveCard', body: [
      { type: 'Input.Text', id: 'reply', label: 'Select all and copy', isMultiline: true, value: plainText(reply) },
    ] } },
    { type: 'Action.Submit', title: 'Wrong topic', data: { ...wrongTopic, msteams: { type: 'messageBack', displayText: 'Wrong topic' } } },
  ];
  return { type: 'AdaptiveCard', $schema: 'http://adaptivecards.io/schemas/adaptive-card.json', version: '1.5',
    fallbackText: plainText(`${result.topic}: ${reply}`), body, actions };
}

function text(value: string, options: Record<string, unknown> = {}): CardElement {
  return { type: 'TextBlock', text: value, wrap: true, ...options };
}
