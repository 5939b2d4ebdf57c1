import { ConfigError } from '../../platform/config';
import { appCertificateOf } from '../appCertificate';
import type { BotHost, BotHostDeps } from '../botHost';
import { createAgentsAdapter, type AgentsHelpAdapter } from './agentsAdapter';
import { agentsAuthConfiguration } from './agentsAuth';
import { AgentsHelpBot } from './agentsHelpBot';

/**
 * The Microsoft 365 Agents SDK host (BOT_SDK=agents): its CloudAdapter, mounted on the project's restify server
 * through /api/messages' handler (no Express), and an ActivityHandler around the same turns as botbuilder's.
 */
export function createAgentsHost({ config, logger, turns, turnErrorText, transcripts }: BotHostDeps): BotHost {
  const authConfig = agentsAuthConfiguration(config, appCertificateOf(config));
  const adapter = adapterOrConfigError(() => createAgentsAdapter(authConfig, config.MicrosoftAppId, logger, turnErrorText, transcripts));
  const bot = new AgentsHelpBot(turns);
  return {
    sdk: 'agents',
    processIncoming: (authorization, body, onTurnStart) => adapter.processIncoming(authorization, body, bot, onTurnStart),
    deliver: (activity, client) => adapter.processDirect(activity, client, bot),
  };
}

/** The SDK checks its settings when the adapter is built (e.g. it refuses NODE_ENV=production without an app id). */
function adapterOrConfigError(make: () => AgentsHelpAdapter): AgentsHelpAdapter {
  try {
    return make();
  } catch (error) {
    throw new ConfigError(`Invalid configuration:\n- BOT_SDK: the Agents SDK refused its settings: ${(error as Error).message}`);
  }
}
