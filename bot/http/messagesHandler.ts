import type { Request, RequestHandler, Response } from 'restify';
import type { Logger } from '../platform/logger';

/**
 * The host's way in for one request (HelpBotAdapter.processIncoming with the bot): runs the body's activity,
 * calling `onTurnStart` once the request is authenticated; resolves to the invoke response, if any.
 */
export type ProcessIncoming = (authorization: string, body: unknown, onTurnStart: () => void) => Promise<{ readonly status: number; readonly body?: unknown } | undefined>;

/**
 * POST /api/messages through CloudAdapter.processActivity, with our own answers on failure: botbuilder's
 * process() replies 500 with the raw error text when the channel's signing keys cannot be fetched, and logs
 * with console. Here, anything that fails before the turn starts is an unverified request (401), and a
 * failure after it is a clear 500 without internals.
 */
export function messagesHandler(processIncoming: ProcessIncoming, logger: Logger): RequestHandler {
  return async (req: Request, res: Response) => {
    let started = false;
    const authorization = req.header('authorization') ?? '';
    try {
      const invoke = await processIncoming(authorization, req.body, () => {
        started = true;
      });
      res.send(invoke?.status ?? 200, invoke?.body);
    } catch (error) {
      if (!started) {
        logger.warn({ err: error }, 'rejected an unauthenticated request');
        res.send(401, { code: 'Unauthorized', message: 'The request could not be authenticated as coming from a Bot Framework channel.' });
      } else {
        logger.error({ err: error }, 'turn failed outside the turn-error handler');
        res.send(500, { code: 'InternalError', message: 'The bot could not process this message. Please try again.' });
      }
    }
  };
}
