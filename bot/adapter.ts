import {
  CloudAdapter, ConfigurationBotFrameworkAuthentication, ConfigurationServiceClientCredentialFactory, type TurnContext,
} from 'botbuilder';
import type { Config } from './config';
import type { Logger } from './logger';

/**
 * botbuilder's CloudAdapter. Without MicrosoftAppId it runs in local mode (no authentication: Emulator, tests,
 * expectReplies); with the app settings it checks every incoming request's Bot Framework token.
 */
export function createAdapter(config: Config, logger: Logger, turnErrorText: string): CloudAdapter {
  const credentials = new ConfigurationServiceClientCredentialFactory({
    MicrosoftAppId: config.MicrosoftAppId,
    MicrosoftAppPassword: config.MicrosoftAppPassword,
    MicrosoftAppType: config.MicrosoftAppType,
    MicrosoftAppTenantId: config.MicrosoftAppTenantId,
  });
  const adapter = new CloudAdapter(new ConfigurationBotFrameworkAuthentication({}, credentials));
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
