import { createAdapter } from './adapter';
import type { BotHost, BotHostDeps } from './botHost';
import { createBotBridge } from './botBridge';
import { HelpBot } from './helpBot';

/** The Bot Framework SDK (botbuilder 4.23) host: its CloudAdapter and a TeamsActivityHandler around the bot's turns. */
export function createBotbuilderHost({ config, logger, turns, turnErrorText, transcripts }: BotHostDeps): BotHost {
  const adapter = createAdapter(config, logger, turnErrorText, transcripts);
  const bot = new HelpBot(turns);
  return {
    sdk: 'botbuilder',
    processIncoming: (authorization, body, onTurnStart) => adapter.processIncoming(authorization, body, bot, onTurnStart),
    deliver: createBotBridge(adapter, bot, config),
  };
}
