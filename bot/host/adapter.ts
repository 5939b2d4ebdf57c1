import {
  CloudAdapter, TranscriptLoggerMiddleware, type Activity, type InvokeResponse, type TranscriptStore, type TurnContext,
} from 'botbuilder';
import { botFrameworkAuthentication } from './cachingAuthentication';
import type { Config } from '../platform/config';
import type { Logger } from '../platform/logger';

/**
 * botbuilder's CloudAdapter. Without MicrosoftAppId it runs in local mode (no authentication: Emulator, tests,
 * expectReplies); with the app settings it checks every incoming request's Bot Framework token.
 */
export class HelpBotAdapter extends CloudAdapter {
  /**
   * One request of /api/messages: authenticates it, then runs `bot` on its activity. `onTurnStart` is called once the
   * request is authenticated, so the HTTP layer can tell a refused request from a failed turn and answer each itself.
   * Returns the invoke response, when the activity was an invoke.
   */
  processIncoming(authHeader: string, body: unknown, bot: TurnRunner, onTurnStart: () => void): Promise<InvokeResponse | undefined> {
    return this.processActivity(authHeader, body as Activity, async (context) => {
      onTurnStart();
      await bot.run(context);
    });
  }
}

/** What runs a turn: the activity handler (HelpBot). */
export interface TurnRunner {
  run(context: TurnContext): Promise<void>;
}

/** `transcripts`, when given, receives every activity in and out (the caller wraps it in the redactor). */
export function createAdapter(config: Config, logger: Logger, turnErrorText: string, transcripts?: TranscriptStore): HelpBotAdapter {
  const adapter = new HelpBotAdapter(botFrameworkAuthentication(config));
  if (transcripts) adapter.use(new TranscriptLoggerMiddleware(transcripts));
  adapter.onTurnError = async (context: TurnContext, error: unknown) => {
    logger.error({ conversationId: context.activity.conversation?.id, err: error }, 'turn failed');
    try {
      await context.sendActivity(turnErrorText);
    } catch (sendError) {
      logger.error({ err: sendError }, 'could not tell the user about the failed turn');
    }
  };
  return adapter;
}
