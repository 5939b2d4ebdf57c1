import type { Activity, TurnContext } from 'botbuilder';
import type { HelpBotAdapter } from '../adapter';
import type { Request, RequestHandler, Response } from 'restify';
import type { Logger } from '../logger';
import { REQUEST_CLIENT } from './clientAddress';

/**
 * POST /api/messages through CloudAdapter.processActivity, with our own answers on failure: botbuilder's
 * process() replies 500 with the raw error text when the channel's signing keys cannot be fetched, and logs
 * with console. Here, anything that fails before the turn starts is an unverified request (401), and a
 * failure after it is a clear 500 without internals.
 * With credentials, the turn carries its sender (`channel:user id`, authenticated by then) as its per-client key
 * (REQUEST_CLIENT): channel traffic all comes from a few Bot Service addresses, so the user is the client. In
 * local mode every sender is this machine, which per-client limits leave alone.
 */
export function messagesHandler(adapter: HelpBotAdapter, runTurn: (context: TurnContext) => Promise<void>, logger: Logger, localMode: boolean): RequestHandler {
  return async (req: Request, res: Response) => {
    let started = false;
    const authorization = req.header('authorization') ?? '';
    try {
      const invoke = await adapter.processIncoming(authorization, req.body as Activity, async (context) => {
        started = true;
        if (!localMode) context.turnState.set(REQUEST_CLIENT, `${context.activity.channelId}:${context.activity.from?.id ?? ''}`);
        await runTurn(context);
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
