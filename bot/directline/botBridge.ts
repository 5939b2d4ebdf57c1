import {
  ConfigurationBotFrameworkAuthentication, ConfigurationServiceClientCredentialFactory, DeliveryModes,
  type Activity, type CloudAdapter, type TurnContext,
} from 'botbuilder';
import { AuthenticationConstants, ClaimsIdentity, type AuthenticateRequestResult } from 'botframework-connector';
import type { Config } from '../config';
import { REQUEST_CLIENT } from '../http/clientAddress';

/**
 * Hands one activity to the bot and returns the bot's replies to it. `client`: the per-client key of whoever
 * created the conversation (for per-client limits in the turn), undefined for this machine's own tools.
 */
export type DeliverToBot = (activity: Partial<Activity>, client?: string) => Promise<Partial<Activity>[]>;

export interface BotLike {
  run(context: TurnContext): Promise<void>;
}

/**
 * The built-in Direct Line's way into the bot: the SAME CloudAdapter and bot as /api/messages, through
 * `processActivityDirect`, with deliveryMode expectReplies so the replies come back from the turn instead of
 * being posted to a serviceUrl. The turn is authenticated as the bot itself (the activity comes from this
 * process, not from the network), so it also works when Bot Framework credentials are configured.
 */
export function createBotBridge(adapter: CloudAdapter, bot: BotLike, config: Config): DeliverToBot {
  const auth = localAuthentication(config);
  return async (activity, client) => {
    const replies: Partial<Activity>[] = [];
    const incoming = { ...activity, deliveryMode: DeliveryModes.ExpectReplies } as Activity;
    await adapter.processActivityDirect(auth(), incoming, async (context) => {
      if (client !== undefined) context.turnState.set(REQUEST_CLIENT, client);
      // Every reply of the turn, the turn-error handler's apology included (same context, sent later).
      context.onSendActivities(async (_context, activities, next) => {
        replies.push(...activities.map((sent) => ({ ...sent })));
        return next();
      });
      await bot.run(context);
    });
    return replies;
  };
}

function localAuthentication(config: Config): () => AuthenticateRequestResult {
  const appId = config.MicrosoftAppId ?? '';
  const credentials = new ConfigurationServiceClientCredentialFactory({
    MicrosoftAppId: config.MicrosoftAppId,
    MicrosoftAppPassword: config.MicrosoftAppPassword,
    MicrosoftAppType: config.MicrosoftAppType,
    MicrosoftAppTenantId: config.MicrosoftAppTenantId,
  });
  const authentication = new ConfigurationBotFrameworkAuthentication({}, credentials);
  const claimsIdentity = new ClaimsIdentity([
    { type: AuthenticationConstants.AudienceClaim, value: appId },
    { type: AuthenticationConstants.AppIdClaim, value: appId },
  ], true);
  const connectorFactory = authentication.createConnectorFactory(claimsIdentity);
  return () => ({ claimsIdentity, connectorFactory, audience: AuthenticationConstants.ToChannelFromBotOAuthScope });
}
