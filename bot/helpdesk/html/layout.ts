import { createHash } from 'node:crypto';
import { html, SafeHtml } from './html';

/*
 * The shared page frame of the clerks' pages (/desk, the triage report): one inline stylesheet (allowed by its
 * hash in the Content-Security-Policy), no script. Colours meet WCAG 2.1 AA contrast; focus is always visible.
 */

const CSS = `
:root { color-scheme: light; }
body { font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; color: #1a1a1a; background: #fff; margin: 0; }
.skip { position: absolute; left: -999px; top: 0; background: #fff; padding: .5rem 1rem; }
.skip:focus { left: 1rem; }
header, main, footer { max-width: 72rem; margin: 0 auto; padding: 0 1rem; }
header { border-bottom: 1px solid #6b6b6b; display: flex; flex-wrap: wrap; align-items: center; justify-content: space-between; gap: 1rem; }
h1 { font-size: 1.6rem; margin: .8rem 0; }
h2 { font-size: 1.3rem; margin-top: 2rem; border-bottom: 2px solid #1d4f91; }
h3 { font-size: 1.1rem; margin: 0 0 .5rem; }
a { color: #0b4a8b; }
a:focus, button:focus, select:focus, input:focus, summary:focus, [tabindex]:focus { outline: 3px solid #b35900; outline-offset: 2px; }
table { border-collapse: collapse; width: 100%; margin: .5rem 0 1rem; }
caption { text-align: left; font-weight: 600; padding: .25rem 0; }
th, td { border: 1px solid #8a8a8a; padding: .3rem .5rem; text-align: left; vertical-align: top; }
thead th { background: #e8eef6; }
.num { text-align: right; font-variant-numeric: tabular-nums; }
.ticket { border: 1px solid #6b6b6b; border-radius: 4px; padding: .75rem 1rem; margin: 1rem 0; }
.ticket dl { display: grid; grid-template-columns: max-content 1fr; gap: .2rem 1rem; margin: .5rem 0; }
.ticket dt { font-weight: 600; }
.ticket dd { margin: 0; overflow-wrap: anywhere; }
.words { margin: 0; padding-left: 1.2rem; }
.status { display: inline-block; padding: 0 .5rem; border-radius: 3px; border: 1px solid #1a1a1a; font-weight: 600; }
.status-new { background: #fff3c4; }
.status-in_progress { background: #dbe9ff; }
.status-closed { background: #e6e6e6; }
.urgent { color: #9c1c1c; font-weight: 700; }
form.inline { display: flex; flex-wrap: wrap; gap: .5rem; align-items: center; margin-top: .5rem; }
button, select, input { font: inherit; padding: .3rem .6rem; border: 1px solid #1a1a1a; border-radius: 3px; background: #fff; color: #1a1a1a; }
button { background: #1d4f91; color: #fff; border-color: #1d4f91; cursor: pointer; }
.notice { border-left: 4px solid #1d4f91; background: #eef3fa; padding: .5rem 1rem; }
.error { border-left: 4px solid #9c1c1c; background: #fbeaea; padding: .5rem 1rem; }
.chart svg { max-width: 48rem; display: block; }
.figures { display: flex; flex-wrap: wrap; gap: 1rem; padding: 0; list-style: none; }
.figures li { border: 1px solid #8a8a8a; border-radius: 4px; padding: .5rem 1rem; min-width: 10rem; }
.figures strong { display: block; font-size: 1.5rem; }
.muted { color: #4d4d4d; }
`.trim();

export const STYLE_HASH = `sha256-${createHash('sha256').update(CSS).digest('base64')}`;

/** Content-Security-Policy of the clerks' pages: nothing but this document, its one stylesheet and same-origin forms (the empty data: icon spares a favicon request). */
export const DESK_CSP = [
  "default-src 'none'", `style-src '${STYLE_HASH}'`, "img-src data:", "form-action 'self'",
  "frame-ancestors 'none'", "base-uri 'none'",
].join('; ');

export interface PageSpec {
  readonly title: string;
  readonly body: SafeHtml;
  /** Right-hand side of the header (e.g. a sign-out button). */
  readonly headerExtra?: SafeHtml;
}

export function pageLayout({ title, body, headerExtra }: PageSpec): string {
  return html`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="same-origin">
<link rel="icon" href="data:,">
<title>${title}</title>
<style>${new SafeHtml(CSS)}</style>
</head>
<body>
<a class="skip" href="#main">Skip to main content</a>
<header><h1>${title}</h1>${headerExtra}</header>
<main id="main" tabindex="-1">
${body}
</main>
<footer><p class="muted">CM/ECF Help Bot: clerks' help desk. Questions users typed are shown redacted.</p></footer>
</body>
</html>`.value;
}
