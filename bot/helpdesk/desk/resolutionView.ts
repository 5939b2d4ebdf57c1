import type { Outcome } from '../../../dialogs/helpdesk/outcome';
import type { OutcomeCounts, Resolution, ResolutionDay } from '../../../dialogs/helpdesk/resolution';
import { html, percent, type SafeHtml } from '../html/html';

/** Column headings of the outcomes, in the order they are shown (the same words as the definition). */
export const OUTCOME_LABELS: Readonly<Record<Outcome, string>> = {
  resolved: 'Resolved',
  not_helpful: 'Rated not helpful',
  handed_off: 'Handed to a person',
  left_in_walkthrough: 'Left mid-walkthrough',
  answered_then_left: 'Answered, then left without a sign',
  unanswered: 'Not answered',
};
const SHOWN: readonly Outcome[] = ['resolved', 'handed_off', 'left_in_walkthrough', 'not_helpful', 'answered_then_left', 'unanswered'];

/** The resolution figures with their definition, a table per day, per topic and per walkthrough step left. */
export function resolutionSection(resolution: Resolution, days: number): SafeHtml {
  const { total } = resolution;
  return html`<h3 id="resolution-heading">Was it resolved?</h3>
<ul class="figures" aria-label="Resolution totals">
<li><strong>${percent(total.byOutcome.resolved, total.conversations)}</strong>resolved (${total.byOutcome.resolved} of ${total.conversations})</li>
<li><strong>${total.answered}</strong>conversations answered</li>
<li><strong>${total.ratedHelpful}</strong>rated an answer helpful</li>
<li><strong>${total.byOutcome.handed_off}</strong>handed to a person</li>
<li><strong>${total.byOutcome.left_in_walkthrough}</strong>left mid-walkthrough</li>
</ul>
${definition()}
<p><a href="/desk/report.csv?days=${days}">Download these figures as CSV</a> (per day, per topic and per step).</p>
${dayTable(resolution.days)}
${topicTable(resolution)}
${stepTable(resolution)}
${complaintTable(resolution)}`;
}

function complaintTable(resolution: Resolution): SafeHtml {
  const heading = html`<h3 id="not-helpful-heading">Answers rated not helpful</h3>`;
  if (resolution.complaints.length === 0) return html`${heading}<p>None in this period.</p>`;
  return html`${heading}
<table>
<caption>What users said was wrong (redacted), most frequent first</caption>
<thead><tr><th scope="col">Answer</th><th scope="col">Question before it</th><th scope="col">What was wrong</th><th scope="col" class="num">Times</th></tr></thead>
<tbody>${resolution.complaints.slice(0, 100).map((complaint) => html`<tr><th scope="row">${complaint.title}</th><td>${complaint.question || '—'}</td><td>${complaint.comment || '—'}</td><td class="num">${complaint.count}</td></tr>`)}</tbody>
</table>`;
}

function definition(): SafeHtml {
  return html`<details open><summary>How conversations are counted</summary>
<p>Each conversation of a day is counted once, by where it stood after its last message that day (UTC):</p>
<dl>
<dt>${OUTCOME_LABELS.resolved}</dt><dd>The user rated an answer helpful (and did not rate a later one not helpful), or followed the walkthrough to its last step, and was not handed to a person.</dd>
<dt>${OUTCOME_LABELS.handed_off}</dt><dd>A help-desk ticket was opened, whatever else happened.</dd>
<dt>${OUTCOME_LABELS.not_helpful}</dt><dd>The user's last rating said the answer did not help.</dd>
<dt>${OUTCOME_LABELS.left_in_walkthrough}</dt><dd>The user was in the walkthrough, before its last step, and stopped writing (the step is listed below).</dd>
<dt>${OUTCOME_LABELS.answered_then_left}</dt><dd>The bot answered, the user gave no sign either way and left. This is <strong>not</strong> counted as resolved: nobody knows.</dd>
<dt>${OUTCOME_LABELS.unanswered}</dt><dd>The bot gave no answer from its content (only questions it could not answer, or greetings).</dd>
</dl>
<p>Resolution rate = resolved conversations / all conversations. Answered = conversations that got at least one answer from a topic or a walkthrough step.</p>
</details>`;
}

function outcomeCells(counts: OutcomeCounts): SafeHtml[] {
  return SHOWN.map((outcome) => html`<td class="num">${counts.byOutcome[outcome]}</td>`);
}

function outcomeHeadings(): SafeHtml[] {
  return SHOWN.map((outcome) => html`<th scope="col" class="num">${OUTCOME_LABELS[outcome]}</th>`);
}

function dayTable(days: readonly ResolutionDay[]): SafeHtml {
  const shown = days.filter((day) => day.conversations > 0).reverse();
  if (shown.length === 0) return html`<p>No conversations in this period.</p>`;
  return html`<table>
<caption>Per day (newest first; days without conversations left out)</caption>
<thead><tr><th scope="col">Day</th><th scope="col" class="num">Conversations</th><th scope="col" class="num">Answered</th><th scope="col" class="num">Rated helpful</th>${outcomeHeadings()}<th scope="col" class="num">Resolution rate</th></tr></thead>
<tbody>${shown.map((day) => html`<tr><th scope="row">${day.day}</th><td class="num">${day.conversations}</td><td class="num">${day.answered}</td><td class="num">${day.ratedHelpful}</td>${outcomeCells(day)}<td class="num">${percent(day.byOutcome.resolved, day.conversations)}</td></tr>`)}</tbody>
</table>`;
}

function topicTable(resolution: Resolution): SafeHtml {
  if (resolution.topics.length === 0) return html``;
  return html`<table>
<caption>Per topic (each conversation under the topic of its last answer)</caption>
<thead><tr><th scope="col">Topic</th><th scope="col" class="num">Conversations</th><th scope="col" class="num">Questions</th><th scope="col" class="num">Helpful ratings</th><th scope="col" class="num">Not helpful ratings</th>${outcomeHeadings()}<th scope="col" class="num">Resolution rate</th></tr></thead>
<tbody>${resolution.topics.map((topic) => html`<tr><th scope="row">${topic.title}</th><td class="num">${topic.conversations}</td><td class="num">${topic.questions}</td><td class="num">${topic.helpfulRatings}</td><td class="num">${topic.notHelpfulRatings}</td>${outcomeCells(topic)}<td class="num">${percent(topic.byOutcome.resolved, topic.conversations)}</td></tr>`)}</tbody>
</table>`;
}

function stepTable(resolution: Resolution): SafeHtml {
  return html`<table>
<caption>Where walkthroughs were left (conversations that stopped there)</caption>
<thead><tr><th scope="col">Point of the walkthrough</th><th scope="col" class="num">Left there</th></tr></thead>
<tbody>${resolution.leftAt.map((step) => html`<tr><th scope="row">${step.label}</th><td class="num">${step.left}</td></tr>`)}</tbody>
</table>`;
}
