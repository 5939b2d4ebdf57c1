import type { Ticket } from '../../../dialogs/helpdesk/ticket';
import { languageLabel, REASON_LABELS } from '../../../dialogs/helpdesk/ticketLabels';

type CardElement = Record<string, unknown>;

/**
 * The Teams message for a new ticket: an Adaptive Card (1.4, which Teams incoming webhooks and Workflows accept).
 * Anything the user typed goes into RichTextBlock TextRuns, which Teams never renders as markdown, so a message
 * such as "[click here](https://evil.example)" shows as typed instead of becoming a link in the clerks' channel.
 */
export function teamsTicketMessage(ticket: Ticket): unknown {
  const { summary } = ticket;
  const body: CardElement[] = [
    { type: 'TextBlock', text: `Help desk ticket ${ticket.id}`, weight: 'Bolder', size: 'Medium', wrap: true },
    {
      type: 'FactSet',
      facts: [
        { title: 'Court', value: plainFact(summary.court) },
        { title: 'Why', value: REASON_LABELS[summary.reason] },
        { title: 'Language', value: languageLabel(summary) },
        { title: 'Where', value: plainFact(summary.whereInProcedure) },
        { title: 'Opened', value: ticket.createdAt },
        { title: 'Channel', value: plainFact(ticket.channelId) },
      ],
    },
    ...section('Already read', summary.tried),
    ...section('What the user wrote (redacted)', summary.userWords),
    ...section('Contact (given with consent)', [summary.contact ?? 'None given: the user will quote the ticket number.']),
    ...section('Suggested reply', summary.suggestedReply ? [summary.suggestedReply] : []),
  ];
  return {
    type: 'message',
    attachments: [{
      contentType: 'application/vnd.microsoft.card.adaptive',
      contentUrl: null,
      content: { $schema: 'http://adaptivecards.io/schemas/adaptive-card.json', type: 'AdaptiveCard', version: '1.4', msteams: { width: 'Full' }, body },
    }],
  };
}

function section(heading: string, lines: readonly string[]): CardElement[] {
  if (lines.length === 0) return [];
  return [
    { type: 'TextBlock', text: heading, weight: 'Bolder', wrap: true, spacing: 'Medium' },
    ...lines.map((line) => ({ type: 'RichTextBlock', inlines: [{ type: 'TextRun', text: line }] })),
  ];
}

/** Fact values may be rendered as markdown: strip the characters that would make links or formatting. */
function plainFact(text: string): string {
  return text.replace(/[[\]()*_`#<>|~]/g, ' ').replace(/\s+/g, ' ').trim();
}
