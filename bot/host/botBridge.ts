import { DeliveryModes, type Activity, type CloudAdapter } from 'botbuilder';
import { AuthenticationConstants, ClaimsIdentity, type AuthenticateRequestResult } from 'botframework-connector';
import type { DeliverToBot } from '../channels/directline/directLineService';
import { REQUEST_CLIENT } from '../platform/clientAddress';
import type { Config } from '../platform/config';
import type { TurnRunner } from './adapter';
import { botFrameworkAuthentication } from './cachingAuthentication';

/**
 * The built-in Direct Line's way into the bot: the SAME CloudAdapter and bot as /api/messages, through
 * `processActivityDirect`, with deliveryMode expectReplies so the replies come back from the turn instead of
 * being posted to a serviceUrl. The turn is authenticated as the bot itself (the activity comes from this
 * process, not from the network), so it also works when Bot Framework credentials are configured.
 */
export function createBotBridge(adapter: CloudAdapter, bot: TurnRunner, config: Config): DeliverToBot {
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
  const authentication = botFrameworkAuthentication(config);
  const claimsIdentity = new ClaimsIdentity([
    { type: AuthenticationConstants.AudienceClaim, value: appId },
    { type: AuthenticationConstants.AppIdClaim, value: appId },
  ], true);
  const connectorFactory = authentication.createConnectorFactory(claimsIdentity);
  return () => ({ claimsIdentity, connectorFactory, audience: AuthenticationConstants.ToChannelFromBotOAuthScope });
}
