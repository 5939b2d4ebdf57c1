import type { Request, Response, Server } from 'restify';
import type { Content } from '../../../dialogs/content/types';
import { isTicketStatus, TICKET_ID_PATTERN, type TicketStatus } from '../../../dialogs/helpdesk/ticket';
import { STATUS_LABELS } from '../../../dialogs/helpdesk/ticketLabels';
import type { TicketStore } from '../handoff/ticketStore';
import { RateLimiter } from '../../platform/rateLimiter';
import type { Logger } from '../../platform/logger';
import { StorageError } from '../../storage/storageErrors';
import type { AnalyticsRecorder } from '../analytics/analyticsRecorder';
import { lastDays } from '../../../dialogs/helpdesk/dayStats';
import { isHttps, type DeskAuth } from './deskAuth';
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

const MAX_TICKETS_SHOWN = 200;
const OPEN: readonly TicketStatus[] = ['new', 'in_progress'];

/** The clerks' page and its forms: GET /desk, sign in/out, POST a ticket's status (see DeskAuth for who may). */
export function registerDeskRoutes(server: Server, deps: DeskDeps): void {
  // Wrong keys: a few at once, then one attempt per 10 s per client address.
  const failures = new RateLimiter(10, 0.1);
  const allowed = gate(deps.auth, failures);
  server.get('/desk', async (req: Request, res: Response) => {
    if (allowed(req, res)) await orUnavailable(res, deps.logger, async () => sendHtml(res, 200, await renderDesk(req, deps)));
  });
  server.get('/desk/login', async (req: Request, res: Response) => loginForm(req, res, deps.auth));
  server.post('/desk/login', async (req: Request, res: Response) => signIn(req, res, deps.auth, failures));
  server.post('/desk/logout', async (req: Request, res: Response) => {
    if (allowed(req, res)) signOut(req, res, deps.auth);
  });
  server.post('/desk/tickets/:id/status', async (req: Request, res: Response) => {
    if (allowed(req, res)) await orUnavailable(res, deps.logger, () => changeStatus(req, res, deps));
  });
}

/** Answers for the request (404, 429 or the 401 challenge) unless it may use the desk. */
function gate(auth: DeskAuth, failures: RateLimiter): (req: Request, res: Response) => boolean {
  return (req, res) => {
    const access = auth.check(req);
    if (access === 'ok') return true;
    if (access === 'not-found') notFound(res);
    else if (access === 'wrong-credentials' && !failures.take(req.socket.remoteAddress ?? '')) tooMany(res);
    else challenge(res, auth, access === 'wrong-credentials' ? 'That key is not right.' : undefined);
    return false;
  };
}

function loginForm(req: Request, res: Response, auth: DeskAuth): void {
  if (auth.mode === 'off') return notFound(res);
  if (auth.check(req) === 'ok') return redirect(res, '/desk');
  return sendHtml(res, 200, loginPage(auth.csrfToken()));
}

function signIn(req: Request, res: Response, auth: DeskAuth, failures: RateLimiter): void {
  if (auth.mode !== 'key') return notFound(res);
  const form = formOf(req);
  if (!auth.checkForm(req, form.csrf)) return sendHtml(res, 403, loginPage(auth.csrfToken(), 'The form expired. Please try again.'));
  const session = auth.login(typeof form.key === 'string' ? form.key : undefined);
  if (!session) {
    if (!failures.take(req.socket.remoteAddress ?? '')) return tooMany(res);
    return sendHtml(res, 401, loginPage(auth.csrfToken(), 'That key is not right.'));
  }
  res.setHeader('Set-Cookie', auth.sessionCookie(session, isHttps(req)));
  return redirect(res, '/desk');
}

function signOut(req: Request, res: Response, auth: DeskAuth): void {
  if (!auth.checkForm(req, formOf(req).csrf)) return sendHtml(res, 403, messagePage('Form expired', 'Please reload the page and try again.'));
  res.setHeader('Set-Cookie', auth.clearedCookie(isHttps(req)));
  return redirect(res, '/desk/login');
}

async function renderDesk(req: Request, deps: DeskDeps): Promise<string> {
  const query = new URL(req.url ?? '/desk', 'http://desk').searchParams;
  const filter: TicketFilter = query.get('show') === 'all' ? 'all' : 'open';
  const days = clampDays(query.get('days'), deps.reportDays);
  const entries = await deps.tickets.list(filter === 'open' ? OPEN : undefined);
  const [tickets, stats] = await Promise.all([
    deps.tickets.getMany(entries.slice(0, MAX_TICKETS_SHOWN).map((entry) => entry.id)),
    deps.analytics.read(lastDays(new Date(), days)),
  ]);
  const updated = query.get('updated');
  const changed = updated && TICKET_ID_PATTERN.test(updated) ? await deps.tickets.get(updated) : undefined;
  return deskPage({
    tickets, filter, reportDays: days, report: buildReport(stats, deps.content), csrf: deps.auth.csrfToken(), content: deps.content,
    notice: changed ? `${changed.id} is now ${STATUS_LABELS[changed.status]}.` : undefined,
    signedIn: deps.auth.mode === 'key',
  });
}

async function changeStatus(req: Request, res: Response, deps: DeskDeps): Promise<void> {
  const form = formOf(req);
  if (!deps.auth.checkForm(req, form.csrf)) return sendHtml(res, 403, messagePage('Form expired', 'Please reload the page and try again.'));
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

function challenge(res: Response, auth: DeskAuth, error?: string): void {
  res.setHeader('WWW-Authenticate', 'Basic realm="CM/ECF help desk", charset="UTF-8"');
  sendHtml(res, 401, loginPage(auth.csrfToken(), error));
}

function tooMany(res: Response): void {
  res.setHeader('Retry-After', '10');
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
