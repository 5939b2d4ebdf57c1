import type { Request, Response, Server } from 'restify';
import type { Content } from '../../../dialogs/content/types';
import { isTicketStatus, TICKET_ID_PATTERN, type TicketStatus } from '../../../dialogs/helpdesk/ticket';
import { STATUS_LABELS } from '../../../dialogs/helpdesk/ticketLabels';
import type { TicketStore } from '../handoff/ticketStore';
import type { Logger } from '../../platform/logger';
import { StorageError } from '../../storage/storageErrors';
import type { AnalyticsRecorder } from '../analytics/analyticsRecorder';
import { lastDays } from '../../../dialogs/helpdesk/dayStats';
import { isHttps, type Access, type DeskAuth, type Principal } from './deskAuth';
import { deskPage, loginPage, messagePage, type TicketFilter } from './deskPage';
import { buildReport } from '../../../dialogs/helpdesk/deskReport';
import { DESK_CSP } from '../html/layout';

export interface DeskDeps {
  readonly auth: DeskAuth;
  readonly tickets: TicketStore;
  readonly analytics: AnalyticsRecorder;
  readonly content: Content;
  readonly reportDays: number;
  readonly logger: Logger;
}

/** Tickets per page; older ones are a page further (a burst of tickets never hides the ones before it). */
const TICKETS_PER_PAGE = 100;
const OPEN: readonly TicketStatus[] = ['new', 'in_progress'];

/** The clerks' page and its forms: GET /desk, sign in/out, POST a ticket's status (see DeskAuth for who may). */
export function registerDeskRoutes(server: Server, deps: DeskDeps): void {
  const { auth, logger } = deps;
  const signedIn = (handler: (req: Request, res: Response, principal: Principal) => Promise<void> | void) =>
    async (req: Request, res: Response) => orUnavailable(res, logger, async () => {
      const access = await auth.check(req);
      if (access.ok) await handler(req, res, access.principal);
      else refused(req, res, auth, access);
    });
  server.get('/desk', signedIn(async (req, res, principal) => sendHtml(res, 200, await renderDesk(req, deps, principal))));
  server.get('/desk/login', async (req: Request, res: Response) => orUnavailable(res, logger, () => loginForm(req, res, auth)));
  server.post('/desk/login', async (req: Request, res: Response) => orUnavailable(res, logger, () => signIn(req, res, auth)));
  server.post('/desk/logout', signedIn((req, res, principal) => signOut(req, res, auth, principal)));
  server.post('/desk/tickets/:id/status', signedIn((req, res, principal) => changeStatus(req, res, deps, principal)));
}

/** The answer for a request that may not use the desk: 404, 429 (wrong keys), or the 401 challenge. */
function refused(req: Request, res: Response, auth: DeskAuth, access: Exclude<Access, { ok: true }>): void {
  if (access.reason === 'not-found') return notFound(res);
  if (access.reason === 'throttled') return tooMany(res, access.retryAfterSeconds);
  return challenge(req, res, auth, access.reason === 'wrong-credentials' ? 'That key is not right.' : undefined);
}

async function loginForm(req: Request, res: Response, auth: DeskAuth): Promise<void> {
  if (auth.mode === 'off') return notFound(res);
  if ((await auth.check(req)).ok) return redirect(res, '/desk');
  return sendLogin(req, res, auth, 200);
}

async function signIn(req: Request, res: Response, auth: DeskAuth): Promise<void> {
  if (auth.mode !== 'key') return notFound(res);
  const form = formOf(req);
  const nonce = auth.loginNonce(req, isHttps(req));
  if (nonce.setCookie || !auth.checkForm(req, form.csrf, { loginNonce: nonce.nonce })) {
    return sendLogin(req, res, auth, 403, 'The form expired. Please try again.');
  }
  const result = await auth.login(req, typeof form.key === 'string' ? form.key : undefined);
  if ('session' in result) {
    res.setHeader('Set-Cookie', auth.sessionCookie(result.session, isHttps(req)));
    return redirect(res, '/desk');
  }
  if (result.reason === 'throttled') return tooMany(res, result.retryAfterSeconds);
  return sendLogin(req, res, auth, 401, 'That key is not right.');
}

async function signOut(req: Request, res: Response, auth: DeskAuth, principal: Principal): Promise<void> {
  if (!auth.checkForm(req, formOf(req).csrf, principal)) return sendHtml(res, 403, messagePage('Form expired', 'Please reload the page and try again.'));
  await auth.logout(req);
  res.setHeader('Set-Cookie', auth.clearedCookie(isHttps(req)));
  return redirect(res, '/desk/login');
}

async function renderDesk(req: Request, deps: DeskDeps, principal: Principal): Promise<string> {
  const query = new URL(req.url ?? '/desk', 'http://desk').searchParams;
  const filter: TicketFilter = query.get('show') === 'all' ? 'all' : 'open';
  const days = clampDays(query.get('days'), deps.reportDays);
  const entries = await deps.tickets.list(filter === 'open' ? OPEN : undefined);
  const pages = Math.max(1, Math.ceil(entries.length / TICKETS_PER_PAGE));
  const page = Math.min(pages, Math.max(1, Math.trunc(Number(query.get('page')) || 1)));
  const [tickets, stats] = await Promise.all([
    deps.tickets.getMany(entries.slice((page - 1) * TICKETS_PER_PAGE, page * TICKETS_PER_PAGE).map((entry) => entry.id)),
    deps.analytics.read(lastDays(new Date(), days)),
  ]);
  const updated = query.get('updated');
  const changed = updated && TICKET_ID_PATTERN.test(updated) ? await deps.tickets.get(updated) : undefined;
  return deskPage({
    tickets, paging: { page, pages, total: entries.length }, filter, reportDays: days, report: buildReport(stats, deps.content), csrf: deps.auth.csrfToken(principal), content: deps.content,
    notice: changed ? `${changed.id} is now ${STATUS_LABELS[changed.status]}.` : undefined,
    signedIn: principal.startsWith('session:'),
  });
}

async function changeStatus(req: Request, res: Response, deps: DeskDeps, principal: Principal): Promise<void> {
  const form = formOf(req);
  if (!deps.auth.checkForm(req, form.csrf, principal)) return sendHtml(res, 403, messagePage('Form expired', 'Please reload the page and try again.'));
  const id = req.params?.id as string | undefined;
  if (!id || !TICKET_ID_PATTERN.test(id) || !isTicketStatus(form.status)) {
    return sendHtml(res, 400, messagePage('Not changed', 'That is not a ticket number and status this page knows.'));
  }
  const ticket = await deps.tickets.setStatus(id, form.status);
  if (!ticket) return sendHtml(res, 404, messagePage('No such ticket', `There is no ticket ${id}.`));
  deps.logger.info({ ticketId: id, status: form.status }, 'ticket status changed at the desk');
  const back = (req.header('referer') ?? '').includes('show=all') ? '&show=all' : '';
  return redirect(res, `/desk?updated=${id}${back}#ticket-${id}`);
}

function formOf(req: Request): Record<string, unknown> {
  return req.body !== null && typeof req.body === 'object' ? (req.body as Record<string, unknown>) : {};
}

function clampDays(value: string | null, fallback: number): number {
  const days = Number(value);
  return Number.isInteger(days) && days >= 1 && days <= 366 ? days : fallback;
}

/**
 * Pages of the desk replace the site-wide policy with a stricter one (no script at all) and are never cached.
 * Referrer policy same-origin, not no-referrer: under no-referrer browsers send "Origin: null" with form posts,
 * and the CSRF check needs the real origin (nothing leaks to other sites either way).
 */
function sendHtml(res: Response, status: number, body: string): void {
  res.setHeader('Content-Type', 'text/html; charset=utf-8');
  res.setHeader('Content-Security-Policy', DESK_CSP);
  res.setHeader('Referrer-Policy', 'same-origin');
  res.setHeader('Cache-Control', 'no-store');
  res.sendRaw(status, body);
}

function redirect(res: Response, location: string): void {
  res.setHeader('Location', location);
  res.setHeader('Cache-Control', 'no-store');
  res.sendRaw(303, '');
}

function challenge(req: Request, res: Response, auth: DeskAuth, error?: string): void {
  res.setHeader('WWW-Authenticate', 'Basic realm="CM/ECF help desk", charset="UTF-8"');
  sendLogin(req, res, auth, 401, error);
}

/** The sign-in form, with a form token bound to this browser's sign-in cookie (set here if it has none). */
function sendLogin(req: Request, res: Response, auth: DeskAuth, status: number, error?: string): void {
  const { nonce, setCookie } = auth.loginNonce(req, isHttps(req));
  if (setCookie) res.setHeader('Set-Cookie', setCookie);
  sendHtml(res, status, loginPage(auth.csrfToken({ loginNonce: nonce }), error));
}

function tooMany(res: Response, retryAfterSeconds: number): void {
  res.setHeader('Retry-After', String(retryAfterSeconds));
  sendHtml(res, 429, messagePage('Too many attempts', 'Too many wrong keys. Please wait a little and try again.'));
}

function notFound(res: Response): void {
  sendHtml(res, 404, messagePage('Not found', 'There is no page here.'));
}

/** Runs a handler; a store that cannot be reached becomes a 503 page (anything else goes to restify as a 500). */
async function orUnavailable(res: Response, logger: Logger, handler: () => Promise<void>): Promise<void> {
  try {
    await handler();
  } catch (error) {
    if (!(error instanceof StorageError)) throw error;
    logger.error({ code: error.code, reason: error.message }, 'help desk store unavailable');
    sendHtml(res, 503, messagePage('Help desk unavailable', 'The help desk store cannot be reached right now. Please try again shortly.'));
  }
}
