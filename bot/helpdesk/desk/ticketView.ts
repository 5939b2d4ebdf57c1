import type { Content } from '../../../dialogs/content/types';
import { TICKET_STATUSES, type Ticket } from '../../../dialogs/helpdesk/ticket';
import { languageLabel, REASON_LABELS, STATUS_LABELS } from '../../../dialogs/helpdesk/ticketLabels';
import { html, type SafeHtml } from '../html/html';

/** One ticket as the clerk reads it, with the form that changes its status. Every user-typed value is escaped. */
export function ticketArticle(ticket: Ticket, content: Content, csrf: string): SafeHtml {
  const { summary } = ticket;
  const id = `ticket-${ticket.id}`;
  const topics = summary.topics.map((topic) => `${content.topicsByIntent.get(topic.intent)?.title ?? topic.intent} (${topic.score.toFixed(2)})`);
  return html`<article class="ticket" id="${id}" aria-labelledby="${id}-title">
<h3 id="${id}-title">${ticket.id} <span class="status status-${ticket.status}">${STATUS_LABELS[ticket.status]}</span></h3>
<dl>
<dt>Opened</dt><dd><time datetime="${ticket.createdAt}">${readableTime(ticket.createdAt)}</time>${ticket.updatedAt !== ticket.createdAt ? html` (updated <time datetime="${ticket.updatedAt}">${readableTime(ticket.updatedAt)}</time>)` : ''}</dd>
<dt>Court</dt><dd>${summary.court}</dd>
<dt>Language</dt><dd>${languageLabel(summary)}</dd>
<dt>Why</dt><dd>${REASON_LABELS[summary.reason] ?? summary.reason}</dd>
<dt>Where</dt><dd>${summary.whereInProcedure}</dd>
<dt>Topics</dt><dd>${topics.length > 0 ? list(topics) : 'None recognised'}</dd>
<dt>Already read</dt><dd>${summary.tried.length > 0 ? list(summary.tried) : 'Nothing'}</dd>
<dt>What the user wrote</dt><dd>${summary.userWords.length > 0 ? html`<ol class="words">${summary.userWords.map((words) => html`<li>${words}</li>`)}</ol>` : '—'}</dd>
<dt>Contact</dt><dd>${summary.contact ?? 'None given (the user has the ticket number)'}</dd>
<dt>Suggested reply</dt><dd>${summary.suggestedReply ?? '—'}</dd>
<dt>Conversation</dt><dd>${ticket.channelId}: ${ticket.conversationId}</dd>
</dl>
<form method="post" action="/desk/tickets/${ticket.id}/status" class="inline">
<input type="hidden" name="csrf" value="${csrf}">
<label for="${id}-status">Status of ${ticket.id}</label>
<select id="${id}-status" name="status">${TICKET_STATUSES.map((status) => html`<option value="${status}"${status === ticket.status ? html` selected` : ''}>${STATUS_LABELS[status]}</option>`)}</select>
<button type="submit">Update ${ticket.id}</button>
</form>
</article>`;
}

function list(items: readonly string[]): SafeHtml {
  return html`<ul class="words">${items.map((item) => html`<li>${item}</li>`)}</ul>`;
}

/** "2025-11-25 14:03 UTC": the same for every clerk, whatever their browser's zone (the page has no script). */
export function readableTime(iso: string): string {
  return `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC`;
}
