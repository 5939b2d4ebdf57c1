import { OUT_OF_SCOPE_INTENT } from '../../../dialogs/content/loader';
import { MAX_UNANSWERED } from '../../../dialogs/helpdesk/dayStats';
import { barChart } from '../html/charts';
import type { DeskReport } from '../../../dialogs/helpdesk/deskReport';
import { html, percent, type SafeHtml } from '../html/html';

/** The usage report: figures, topics, the walkthrough funnel and the questions the content does not answer. */
export function reportSection(report: DeskReport): SafeHtml {
  return html`<section aria-labelledby="report-heading">
<h2 id="report-heading">Report: ${report.from} to ${report.to} (${report.days} days, UTC)</h2>
<ul class="figures" aria-label="Totals">
<li><strong>${report.conversations}</strong>conversations</li>
<li><strong>${report.turns}</strong>messages</li>
<li><strong>${percent(report.handoffs, report.conversations)}</strong>handoff rate (${report.handoffs} tickets)</li>
<li><strong>${report.handoffOffers}</strong>conversations offered a person</li>
<li><strong>${report.unansweredCount}</strong>messages not answered</li>
</ul>
<h3 id="topics-heading">Topics asked about</h3>
${barChart({
    id: 'topics', title: 'Questions per topic', valueName: 'Questions',
    bars: report.topics.map((topic) => ({ label: topic.intent === OUT_OF_SCOPE_INTENT ? 'Out of scope' : topic.title, value: topic.count })),
  })}
<h3 id="funnel-heading">Walkthrough funnel</h3>
<p>How many conversations reached each point of the walkthrough, and how many went no further.</p>
${barChart({
    id: 'funnel', title: 'Conversations that reached each step', valueName: 'Reached',
    bars: report.funnel.map((step) => ({ label: step.label, value: step.reached })),
    extra: { name: 'Went no further', values: report.funnel.map((step) => step.stoppedHere) },
    shareOf: { name: 'those who started', value: report.funnel[0]?.reached ?? 0 },
  })}
${unansweredSection(report)}
</section>`;
}

function unansweredSection(report: DeskReport): SafeHtml {
  const overflow = report.unansweredOverflow > 0
    ? html`<p>${report.unansweredOverflow} more were counted but not kept (each day keeps its most frequent ${MAX_UNANSWERED}).</p>` : '';
  if (report.unanswered.length === 0) {
    return html`<h3 id="unanswered-heading">Questions the bot could not answer</h3><p>None in this period.</p>${overflow}`;
  }
  return html`<h3 id="unanswered-heading">Questions the bot could not answer</h3>
<p>Grouped by similar wording (redacted). Frequent groups are candidates for new content.</p>
<table>
<caption>Unanswered questions, most frequent group first</caption>
<thead><tr><th scope="col">Most common wording</th><th scope="col" class="num">Times</th><th scope="col">Similar wordings</th></tr></thead>
<tbody>${report.unanswered.slice(0, 100).map((group) => html`<tr><th scope="row">${group.label}</th><td class="num">${group.count}</td>
<td>${group.texts.length > 1 ? html`<ul class="words">${group.texts.slice(1, 11).map((text) => html`<li>${text.text} (${text.count})</li>`)}</ul>` : '—'}</td></tr>`)}</tbody>
</table>${overflow}`;
}
