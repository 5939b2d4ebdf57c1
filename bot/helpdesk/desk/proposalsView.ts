import type { Content } from '../../../dialogs/content/types';
import { describeProposal, type Proposal } from '../../../dialogs/helpdesk/suggest/proposals';
import { html, type SafeHtml } from '../html/html';

/** Proposed content as YAML diffs a clerk reviews; nothing here changes content (no form, no action). */
export function proposalsSection(proposals: readonly Proposal[], content: Content, days: number): SafeHtml {
  const heading = html`<h2 id="proposals-heading">Proposed content</h2>`;
  if (proposals.length === 0) {
    return html`<section aria-labelledby="proposals-heading">${heading}<p>No group of unanswered or not-helpful questions was asked twice or more in this period: nothing to propose.</p></section>`;
  }
  return html`<section aria-labelledby="proposals-heading">${heading}
<p>From the questions above and the answers rated not helpful, grouped by wording. Each proposal is a change to a
content file, shown as a diff; nothing changes until a person applies it (<code>git apply</code>) and
<code>npm run validate</code> passes. A draft topic is refused by validation until its answer and source are written.
<code>npm run -s content:suggest -- --out FILE</code> writes the same patch with the recognizer's before/after figures.</p>
<p><a href="/desk/suggestions.patch?days=${days}">Download the proposals as a patch</a></p>
${proposals.map((proposal, index) => html`<article class="proposal" aria-labelledby="proposal-${index}">
<h3 id="proposal-${index}">${index + 1}. ${describeProposal(proposal, content)}</h3>
<p>${proposal.plan.reason}</p>
<pre class="diff" tabindex="0" role="region" aria-label="Diff of proposal ${index + 1}: ${proposal.change.path}"><code>${diffLines(proposal.diff)}</code></pre>
</article>`)}
</section>`;
}

/** Added lines marked for sight (colour) and for screen readers and copy-paste (the diff's own "+"). */
function diffLines(diff: string): SafeHtml[] {
  return diff.trimEnd().split('\n').map((line) => (line.startsWith('+') && !line.startsWith('+++')
    ? html`<span class="add">${line}</span>\n` : html`${line}\n`));
}
