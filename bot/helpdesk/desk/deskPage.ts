import type { Content } from '../../../dialogs/content/types';
import type { Ticket } from '../../../dialogs/helpdesk/ticket';
import type { DeskReport } from '../../../dialogs/helpdesk/deskReport';
import { html, type SafeHtml } from '../html/html';
import { pageLayout } from '../html/layout';
import { reportSection } from './reportView';
import { ticketArticle } from './ticketView';

export type TicketFilter = 'open' | 'all';

export interface DeskPageData {
  /** The tickets of this page, newest first. */
  readonly tickets: readonly Ticket[];
  readonly paging: { readonly page: number; readonly pages: number; readonly total: number };
  readonly filter: TicketFilter;
  readonly report: DeskReport;
  readonly reportDays: number;
  readonly csrf: string;
  readonly content: Content;
  /** Said once after an action, e.g. "HD-ABC234 is now In progress." */
  readonly notice?: string;
  /** Signed in with the login form (so there is a session to end). */
  readonly signedIn: boolean;
}

/** The clerks' page: tickets first (what needs doing), then the report. */
export function deskPage(data: DeskPageData): string {
  const body = html`${data.notice ? html`<p class="notice" role="status">${data.notice}</p>` : ''}
<nav aria-label="On this page"><ul><li><a href="#tickets-heading">Tickets</a></li><li><a href="#report-heading">Report</a></li></ul></nav>
${filters(data)}
<section aria-labelledby="tickets-heading">
<h2 id="tickets-heading">${data.filter === 'open' ? 'Open tickets' : 'All tickets'} (${data.paging.total})</h2>
${data.tickets.length === 0 ? html`<p>No ${data.filter === 'open' ? 'open ' : ''}tickets.</p>` : data.tickets.map((ticket) => ticketArticle(ticket, data.content, data.csrf))}
${pageLinks(data)}
</section>
${reportSection(data.report)}`;
  return pageLayout({ title: 'CM/ECF help desk', body, headerExtra: data.signedIn ? signOut(data.csrf) : undefined });
}

function filters(data: DeskPageData): SafeHtml {
  const option = (value: string, label: string, selected: boolean) => html`<option value="${value}"${selected ? html` selected` : ''}>${label}</option>`;
  return html`<form method="get" action="/desk" class="inline" aria-label="What to show">
<label for="show">Tickets</label>
<select id="show" name="show">${option('open', 'Open (new and in progress)', data.filter === 'open')}${option('all', 'All, including closed', data.filter === 'all')}</select>
<label for="days">Report period</label>
<select id="days" name="days">${[7, 30, 90, 365].concat(data.reportDays).filter((d, i, all) => all.indexOf(d) === i).sort((a, b) => a - b)
    .map((days) => option(String(days), `Last ${days} days`, days === data.reportDays))}</select>
<button type="submit">Show</button>
</form>`;
}

/** Newer and older pages of tickets, when there is more than one. */
function pageLinks(data: DeskPageData): SafeHtml | '' {
  const { page, pages } = data.paging;
  if (pages <= 1) return '';
  const href = (to: number) => `/desk?show=${data.filter}&days=${data.reportDays}&page=${to}#tickets-heading`;
  return html`<nav aria-label="Ticket pages"><p>Page ${page} of ${pages}.
${page > 1 ? html`<a href="${href(page - 1)}">Newer tickets</a>` : ''}
${page < pages ? html`<a href="${href(page + 1)}">Older tickets</a>` : ''}</p></nav>`;
}

function signOut(csrf: string): SafeHtml {
  return html`<form method="post" action="/desk/logout"><input type="hidden" name="csrf" value="${csrf}"><button type="submit">Sign out</button></form>`;
}

/** The sign-in form (also the body of a 401, under the Basic challenge, for people who dismiss the browser's box). */
export function loginPage(csrf: string, error?: string): string {
  const body = html`${error ? html`<p class="error" role="alert">${error}</p>` : ''}
<p>Sign in with the help desk key (DESK_KEY).</p>
<form method="post" action="/desk/login">
<input type="hidden" name="csrf" value="${csrf}">
<p><label for="key">Help desk key</label><br><input id="key" name="key" type="password" autocomplete="current-password" required></p>
<p><button type="submit">Sign in</button></p>
</form>`;
  return pageLayout({ title: 'CM/ECF help desk: sign in', body });
}

export function messagePage(title: string, message: string): string {
  return pageLayout({ title, body: html`<p>${message}</p><p><a href="/desk">Back to the help desk</a></p>` });
}
