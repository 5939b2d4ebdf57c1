import { barChart } from '../html/charts';
import { html, percent, type SafeHtml } from '../html/html';
import { pageLayout } from '../html/layout';
import { csvLine } from './csv';
import type { TriageResult } from '../../../dialogs/helpdesk/triage';
import { byPriority, REASON_TEXT, summarise, type TriageSummary } from '../../../dialogs/helpdesk/triageSummary';

const CSV_HEADER = ['id', 'needs_human', 'urgent', 'reasons', 'urgent_words', 'intent', 'topic', 'score', 'ambiguous',
  'alternatives', 'text_redacted', 'suggested_answer', 'expected', 'correct'];

/** The CSV report: one row per question, in input order. */
export function triageCsv(results: readonly TriageResult[]): string {
  const rows = results.map((r) => csvLine([
    r.id, r.needsHuman, r.urgent, r.reasons.join(' '), r.urgentWords.join('; '), r.intent, r.topic, r.score.toFixed(3), r.ambiguous,
    r.alternatives.map((a) => `${a.intent}:${a.score.toFixed(3)}`).join(' '), r.text, r.suggestedAnswer ?? '',
    r.expected ?? '', r.expected === undefined ? '' : r.expected === r.intent,
  ]));
  return `${[csvLine(CSV_HEADER), ...rows].join('\r\n')}\r\n`;
}

export interface ReportInfo {
  readonly source: string;
  readonly generatedAt: Date;
}

/** The HTML summary: figures, who needs a person (urgent first), charts with data tables, every question. */
export function triageHtml(results: readonly TriageResult[], info: ReportInfo): string {
  const summary = summarise(results);
  const needing = byPriority(results).filter((r) => r.needsHuman);
  const body = html`<p>From <code>${info.source}</code>, ${info.generatedAt.toISOString()}. Question texts are redacted.</p>
${figures(summary)}
<section aria-labelledby="needs"><h2 id="needs">Needs a person (${needing.length})</h2>
${needing.length === 0 ? html`<p>None.</p>` : questionTable('Questions that need a person, urgent first', needing, true)}
</section>
<section aria-labelledby="topics"><h2 id="topics">Topics</h2>
${barChart({ id: 'topic-chart', title: 'Questions per topic', valueName: 'Questions', bars: summary.byTopic.map((t) => ({ label: t.topic, value: t.count })) })}
</section>
<section aria-labelledby="why"><h2 id="why">Why questions need a person</h2>
${barChart({ id: 'reason-chart', title: 'Reasons for a person (a question may have several)', valueName: 'Questions', bars: summary.byReason.map((r) => ({ label: REASON_TEXT[r.reason], value: r.count })) })}
</section>
${summary.labelled > 0 ? misfiled(results) : ''}
<section aria-labelledby="all"><h2 id="all">All questions (${results.length})</h2>
${questionTable('Every question, in file order', results, false)}
</section>`;
  return pageLayout({ title: 'Help desk triage report', body });
}

function figures(summary: TriageSummary): SafeHtml {
  const accuracy = summary.labelled > 0
    ? html`<li><strong>${percent(summary.correct, summary.labelled)}</strong>filed under the expected topic (${summary.correct} of ${summary.labelled})</li>` : '';
  return html`<ul class="figures" aria-label="Summary">
<li><strong>${summary.total}</strong>questions</li>
<li><strong>${summary.needsHuman}</strong>need a person (${percent(summary.needsHuman, summary.total)})</li>
<li><strong>${summary.urgent}</strong>urgent</li>
${accuracy}
</ul>`;
}

function questionTable(caption: string, results: readonly TriageResult[], withReasons: boolean): SafeHtml {
  return html`<table>
<caption>${caption}</caption>
<thead><tr><th scope="col">Id</th><th scope="col">Question</th><th scope="col">Topic</th><th scope="col" class="num">Score</th><th scope="col">${withReasons ? 'Why' : 'Needs a person'}</th>${withReasons ? '' : html`<th scope="col">Suggested answer</th>`}</tr></thead>
<tbody>${results.map((r) => html`<tr><th scope="row">${r.id}</th><td>${r.text}</td><td>${r.topic}</td><td class="num">${r.score.toFixed(2)}</td>
<td>${withReasons ? reasonList(r) : r.needsHuman ? (r.urgent ? html`<span class="urgent">Yes, urgent</span>` : 'Yes') : 'No'}</td>${withReasons ? '' : html`<td>${r.suggestedAnswer ?? '—'}</td>`}</tr>`)}</tbody>
</table>`;
}

function reasonList(result: TriageResult): SafeHtml {
  return html`${result.urgent ? html`<span class="urgent">Urgent</span>: ${result.urgentWords.join(', ')}. ` : ''}${result.reasons.filter((r) => r !== 'urgent').map((r) => REASON_TEXT[r]).join('; ')}`;
}

function misfiled(results: readonly TriageResult[]): SafeHtml {
  const wrong = results.filter((r) => r.expected !== undefined && r.expected !== r.intent);
  return html`<section aria-labelledby="misfiled"><h2 id="misfiled">Filed under another topic than expected (${wrong.length})</h2>
${wrong.length === 0 ? html`<p>None.</p>` : html`<table><caption>Questions whose expected topic differs</caption>
<thead><tr><th scope="col">Id</th><th scope="col">Question</th><th scope="col">Expected</th><th scope="col">Filed under</th><th scope="col">Flagged for a person</th></tr></thead>
<tbody>${wrong.map((r) => html`<tr><th scope="row">${r.id}</th><td>${r.text}</td><td>${r.expected}</td><td>${r.intent}</td><td>${r.needsHuman ? 'Yes' : 'No'}</td></tr>`)}</tbody></table>`}
</section>`;
}
