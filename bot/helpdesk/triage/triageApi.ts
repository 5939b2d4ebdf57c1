import type { Request, RequestHandler, Response, Next } from 'restify';
import { z } from 'zod/v4';
import type { ClientResolver } from '../../platform/clientAddress';
import type { WrongKeyThrottle } from '../../platform/keyThrottle';
import type { Logger } from '../../platform/logger';
import { RateLimiter } from '../../platform/rateLimiter';
import { presentedApiKey, sameSecret } from '../../platform/secrets';
import type { Triage } from '../../../dialogs/helpdesk/triage';
import { summarise } from '../../../dialogs/helpdesk/triageSummary';

const MAX_QUESTIONS = 500;
const MAX_TEXT = 20_000;

const question = z.object({
  id: z.union([z.string().max(200), z.number()]).optional(),
  text: z.string().max(MAX_TEXT),
});
const body = z.union([
  z.object({ questions: z.array(question).min(1).max(MAX_QUESTIONS) }),
  question,
]);

export interface TriageAccess {
  /** TRIAGE_API_KEY; unset, the endpoint answers 503. */
  readonly apiKey: string | undefined;
  readonly clients: ClientResolver;
  /** Wrong keys per client, shared with /desk. */
  readonly throttle: WrongKeyThrottle;
}

/**
 * POST /api/triage: `{questions: [{id?, text}]}` or `{text}` -> `{results, summary}`. Needs TRIAGE_API_KEY as a
 * Bearer token or x-api-key (401 without; 503 while no key is configured, so the endpoint is never open by mistake).
 * A client that sent too many wrong keys gets 429 without its key being compared, the right one included; each
 * client may send a few batches at once, then one a second (a batch is up to 500 questions of recognizer work).
 */
export function triageHandler(triage: Triage, access: TriageAccess, logger: Logger): RequestHandler {
  const batches = new RateLimiter(10, 1, 10_000);
  return (req: Request, res: Response, next: Next) => {
    res.header('Cache-Control', 'no-store');
    if (access.apiKey === undefined) {
      res.send(503, { error: { code: 'TriageDisabled', message: 'Triage is not configured on this server (TRIAGE_API_KEY).' } });
      return next(false);
    }
    const client = access.clients.resolve(req).key;
    const wait = access.throttle.lockedFor(client);
    if (wait > 0 || !batches.take(client)) return tooMany(res, next, wait || batches.retryAfterSeconds());
    if (!sameSecret(presentedApiKey(req), access.apiKey)) {
      access.throttle.failed(client);
      res.header('WWW-Authenticate', 'Bearer realm="triage"');
      res.send(401, { error: { code: 'Unauthorized', message: 'Send the triage key as "Authorization: Bearer <key>" or "x-api-key".' } });
      return next(false);
    }
    const parsed = body.safeParse(req.body);
    if (!parsed.success) {
      res.send(400, { error: { code: 'BadRequest', message: `Expected {"questions": [{"id"?, "text"}]} (at most ${MAX_QUESTIONS}) or {"text"}.` } });
      return next(false);
    }
    const questions = 'questions' in parsed.data ? parsed.data.questions : [parsed.data];
    const results = questions.map((q, index) => triage.classify({ text: q.text, id: q.id === undefined ? undefined : String(q.id) }, index));
    const summary = summarise(results);
    logger.info({ questions: results.length, needsHuman: summary.needsHuman, urgent: summary.urgent }, 'triage');
    res.send(200, { results, summary: { total: summary.total, needsHuman: summary.needsHuman, urgent: summary.urgent, byTopic: summary.byTopic } });
    return next();
  };
}

function tooMany(res: Response, next: Next, retryAfterSeconds: number): void {
  res.header('Retry-After', String(retryAfterSeconds));
  res.send(429, { error: { code: 'TooManyRequests', message: 'Too many requests or wrong keys; wait and try again.' } });
  next(false);
}
