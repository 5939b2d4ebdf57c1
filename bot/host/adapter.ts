import {
  CloudAdapter, ConfigurationServiceClientCredentialFactory, type Activity, type InvokeResponse, type TurnContext,
} from 'botbuilder';
import { CachingBotFrameworkAuthentication } from './cachingAuthentication';
import type { Config } from '../platform/config';
import type { Logger } from '../platform/logger';

/**
 * botbuilder's CloudAdapter. Without MicrosoftAppId it runs in local mode (no authentication: Emulator, tests,
 * expectReplies); with the app settings it checks every incoming request's Bot Framework token.
 */
export class HelpBotAdapter extends CloudAdapter {
  /** The adapter's authenticated entry point, public so the HTTP layer can answer failures itself. */
  processIncoming(authHeader: string, activity: Activity, logic: (context: TurnContext) => Promise<void>): Promise<InvokeResponse | undefined> {
    return this.processActivity(authHeader, activity, logic);
  }
}

export function createAdapter(config: Config, logger: Logger, turnErrorText: string): HelpBotAdapter {
  const credentials = new ConfigurationServiceClientCredentialFactory({
    MicrosoftAppId: config.MicrosoftAppId,
    MicrosoftAppPassword: config.MicrosoftAppPassword,
    MicrosoftAppType: config.MicrosoftAppType,
    MicrosoftAppTenantId: config.MicrosoftAppTenantId,
  });
  const adapter = new HelpBotAdapter(new CachingBotFrameworkAuthentication({}, credentials));
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
