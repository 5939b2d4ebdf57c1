import {
  CloudAdapter, TranscriptLoggerMiddleware, type Activity, type InvokeResponse, type TranscriptLogger as BotbuilderTranscriptLogger,
  type TurnContext,
} from 'botbuilder';
import type { BotFrameworkAuthentication } from 'botframework-connector';
import { botFrameworkAuthentication } from './cachingAuthentication';
import { REQUEST_CLIENT } from '../platform/clientAddress';
import { isLocalMode, type Config } from '../platform/config';
import { turnErrorHandler } from './turnError';
import type { Logger } from '../platform/logger';
import type { TranscriptLogger } from '../storage/storageTypes';

/**
 * botbuilder's CloudAdapter. Without MicrosoftAppId it runs in local mode (no authentication: Emulator, tests,
 * expectReplies); with the app settings it checks every incoming request's Bot Framework token.
 */
export class HelpBotAdapter extends CloudAdapter {
  /**
   * `sendersAreClients` (with credentials): each turn carries its sender (`channel:user id`, authenticated by then)
   * as its per-client key (REQUEST_CLIENT): channel traffic all comes from a few Bot Service addresses, so the user
   * is the client. In local mode every sender is this machine, which per-client limits leave alone.
   */
  constructor(authentication: BotFrameworkAuthentication, private readonly sendersAreClients: boolean) {
    super(authentication);
  }

  /**
   * One request of /api/messages: authenticates it, then runs `bot` on its activity. `onTurnStart` is called once the
   * request is authenticated, so the HTTP layer can tell a refused request from a failed turn and answer each itself.
   * Returns the invoke response, when the activity was an invoke.
   */
  processIncoming(authHeader: string, body: unknown, bot: TurnRunner, onTurnStart: () => void): Promise<InvokeResponse | undefined> {
    return this.processActivity(authHeader, body as Activity, async (context) => {
      onTurnStart();
      if (this.sendersAreClients) context.turnState.set(REQUEST_CLIENT, `${context.activity.channelId}:${context.activity.from?.id ?? ''}`);
      await bot.run(context);
    });
  }
}

/** What runs a turn: the activity handler (HelpBot). */
export interface TurnRunner {
  run(context: TurnContext): Promise<void>;
}

/** `transcripts`, when given, receives every activity in and out (the caller wraps it in the redactor). */
export function createAdapter(config: Config, logger: Logger, turnErrorText: string, transcripts?: TranscriptLogger): HelpBotAdapter {
  const adapter = new HelpBotAdapter(botFrameworkAuthentication(config), !isLocalMode(config));
  // The project's transcript store takes botbuilder's activities as they are (the same protocol, typed more loosely).
  if (transcripts) adapter.use(new TranscriptLoggerMiddleware(transcripts as BotbuilderTranscriptLogger));
  adapter.onTurnError = turnErrorHandler(logger, turnErrorText);
  return adapter;
}
