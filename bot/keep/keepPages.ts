import type { Checklist, ChecklistStep } from '../../dialogs/keep/checklist';
import type { KeepMessageKey } from '../../dialogs/content/types';
import { html, SafeHtml } from '../helpdesk/html/html';
import { inlineHtml, markdownHtml } from './pageMarkdown';
import type { TranscriptEntry } from './transcriptEntries';

type Words = (key: KeepMessageKey, extra?: Readonly<Record<string, string>>) => string;

/*
 * The pages users keep. Self-contained (inline styles, allowed by the CSP for styles; no script), readable on
 * screen, and printed on one A4 or Letter page: 9pt type (the Spanish checklist, the longest, fits), narrow margins,
 * nothing but the content in print.
 * Contrast stays well above WCAG AA in both (text #1a1a1a on white; links #0b4f9c).
 */
const STYLE = `
  body { font: 16px/1.45 system-ui, -apple-system, "Segoe UI", Arial, sans-serif; color: #1a1a1a; background: #fff; margin: 0; }
  main { max-width: 46rem; margin: 0 auto; padding: 1.5rem 1rem; }
  h1 { font-size: 1.45rem; margin: 0 0 .4rem; line-height: 1.2; }
  h2 { font-size: 1.1rem; margin: 1.2rem 0 .4rem; }
  p { margin: .3rem 0; }
  a { color: #0b4f9c; }
  .court { border: 1px solid #555; padding: .4rem .7rem; margin: .6rem 0; }
  .court p { margin: .15rem 0; }
  ol.steps { list-style: none; padding: 0; margin: .6rem 0 0; }
  ol.steps > li { display: flex; gap: .6rem; padding: .45rem 0; border-top: 1px solid #bbb; break-inside: avoid; }
  ol.steps input { width: 1.2rem; height: 1.2rem; margin: .15rem 0 0; flex: none; accent-color: #1a1a1a; }
  .step-title { font-weight: 700; }
  .state { font-weight: 400; font-size: .9em; color: #3d3d3d; }
  .warning { border-left: 4px solid #8a4b00; padding-left: .5rem; }
  .tip { color: #333; }
  .never { font-weight: 700; margin-top: .6rem; }
  .sources { font-size: .9em; }
  .sources ul { margin: .2rem 0; padding-left: 1.2rem; }
  footer { font-size: .85em; color: #3d3d3d; margin-top: .8rem; }
  article { border-top: 1px solid #bbb; padding: .5rem 0; }
  .who { font-weight: 700; }
  .meta { font-size: .85em; color: #3d3d3d; }
  @page { size: auto; margin: 10mm 12mm; }
  @media print {
    body { font-size: 9pt; line-height: 1.25; }
    main { max-width: none; padding: 0; }
    h1 { font-size: 14pt; }
    h2 { font-size: 11pt; margin-top: .5rem; }
    ol.steps > li { padding: .25rem 0; }
    .print-hint { display: none; }
    a { color: #1a1a1a; }
  }`;

/** `lang`: the page's language (the conversation's), for screen readers and the browser's spelling and hyphenation. */
export function checklistPage(checklist: Checklist, date: string, lang: string): string {
  const words = checklist.words;
  const body = html`
    <h1>${words('keepChecklistTitle')}</h1>
    <p>${words('keepChecklistIntro')}</p>
    <div class="court">
      <p><strong>${words('keepChecklistCourtSite')}:</strong> ${inlineHtml(checklist.court.ecfUrl)}</p>
      <p><strong>${words('keepChecklistHelpDesk')}:</strong> ${inlineHtml(checklist.court.helpDesk)}</p>
    </div>
    <ol class="steps">${checklist.steps.map((step) => stepItem(step, words))}</ol>
    <p class="never">${words('keepChecklistNever')}</p>
    ${sourcesSection(checklist.sources, words)}
    <footer><p>${words('keepPrinted', { date })}</p><p class="print-hint">${words('keepPrintHint')}</p></footer>`;
  return page(words('keepChecklistTitle'), body, lang);
}

function stepItem(step: ChecklistStep, words: Words): SafeHtml {
  const id = `step-${step.number}`;
  return html`<li>
    <input type="checkbox" id="${id}" ${step.done ? html`checked` : ''} aria-describedby="${id}-text">
    <div>
      <label for="${id}" class="step-title">${step.number}. ${step.title}
        <span class="state">(${words(step.done ? 'keepChecklistDone' : 'keepChecklistNotDone')})</span></label>
      <div id="${id}-text">${markdownHtml(step.text)}
        ${step.warning ? html`<p class="warning"><strong>${words('keepChecklistImportant')}:</strong> ${inlineHtml(step.warning)}</p>` : ''}
        ${step.tip ? html`<p class="tip"><strong>${words('keepChecklistTip')}:</strong> ${inlineHtml(step.tip)}</p>` : ''}
      </div>
    </div>
  </li>`;
}

function sourcesSection(sources: readonly { label: string; url: string }[], words: Words): SafeHtml {
  if (sources.length === 0) return html``;
  return html`<section class="sources"><h2>${words('keepSourcesHeading')}</h2>
    <ul>${sources.map((source) => html`<li><a href="${source.url}">${source.label}</a> (${source.url})</li>`)}</ul></section>`;
}

export function conversationPage(entries: readonly TranscriptEntry[], words: Words, dates: { readonly started?: string; readonly today: string },
  lang: string): string {
  const body = html`
    <h1>${words('keepTranscriptTitle')}</h1>
    <p>${words('keepTranscriptIntro')}</p>
    ${dates.started ? html`<p>${words('keepTranscriptDate', { date: dates.started })}</p>` : ''}
    ${entries.length === 0 ? html`<p>${words('keepTranscriptEmpty')}</p>` : entries.map((entry) => entryArticle(entry, words))}
    <footer><p>${words('keepPrinted', { date: dates.today })}</p><p class="print-hint">${words('keepPrintHint')}</p></footer>`;
  return page(words('keepTranscriptTitle'), body, lang);
}

function entryArticle(entry: TranscriptEntry, words: Words): SafeHtml {
  const who = words(entry.fromUser ? 'keepTranscriptYou' : 'keepTranscriptBot');
  const sources = entry.sources.map((source) => html`<p class="meta">${words('keepTranscriptSource')}: <a href="${source.url}">${source.label}</a>
    ${entry.version ? html`(${words('keepTranscriptVersion', { version: entry.version })})` : ''}</p>`);
  return html`<article><p><span class="who">${who}</span> <span class="meta">${entry.time ?? ''}</span></p>${markdownHtml(entry.text)}${sources}</article>`;
}

/** The expired / invalid link page: says what to do, reveals nothing about why. */
export function expiredPage(words: Words, lang: string): string {
  return page(words('keepLinkExpired'), html`<h1>${words('keepLinkExpired')}</h1>`, lang);
}

function page(title: string, body: SafeHtml, lang: string): string {
  return `<!doctype html>${html`<html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex"><link rel="icon" href="data:,"><title>${title}</title><style>${new SafeHtml(STYLE)}</style></head><body><main>${body}</main></body></html>`}`;
}
