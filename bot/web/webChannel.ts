import type { CloudAdapter } from 'botbuilder';
import type { Server } from 'restify';
import type { Config } from '../config';
import { createBotBridge, type BotLike } from '../directline/botBridge';
import { CHARS_PER_MB, DirectLineService } from '../directline/directLineService';
import { registerDirectLineRoutes } from '../directline/routes';
import { directLineLimits } from '../directline/limits';
import { attachDirectLineStream } from '../directline/stream';
import type { Logger } from '../logger';
import { registerWebRoutes } from './webRoutes';
import { isLoopbackHost } from '../http/loopback';
import type { ClientResolver } from '../http/clientAddress';

export interface WebChannelDeps {
  readonly config: Config;
  readonly adapter: CloudAdapter;
  readonly bot: BotLike;
  readonly logger: Logger;
  readonly clients: ClientResolver;
}

/** The Web Chat channel on the bot's own server: the help page, the built-in Direct Line and its stream. */
export interface WebChannel {
  readonly directLine: DirectLineService;
  register(server: Server): void;
}

const BOT_NAME = 'CM/ECF Help';
const SWEEP_MS = 60_000;

export function createWebChannel({ config, adapter, bot, logger, clients }: WebChannelDeps): WebChannel {
  const allowAnonymous = isLoopbackHost(config.HOST);
  const directLine = new DirectLineService(createBotBridge(adapter, bot, config), {
    tokenLifetimeSeconds: config.DIRECTLINE_TOKEN_TTL_SECONDS,
    bot: { id: config.MicrosoftAppId ?? 'cmecf-help-bot', name: BOT_NAME },
    allowAnonymous,
    limits: { maxTotalChars: config.DIRECTLINE_MEMORY_MB * CHARS_PER_MB },
  });
  return {
    directLine,
    register(server) {
      const limits = directLineLimits(config, clients);
      registerDirectLineRoutes(server, { service: directLine, secret: config.DIRECTLINE_SECRET, limits, logger });
      const localTokens = allowAnonymous || config.DIRECTLINE_SECRET !== undefined;
      registerWebRoutes(server, { config, service: directLine, localTokens, limits, logger });
      const stream = attachDirectLineStream(server.server, directLine, config.DIRECTLINE_SECRET, logger);
      const sweeper = setInterval(() => directLine.sweep(), SWEEP_MS);
      sweeper.unref();
      // Open WebSockets would keep server.close() waiting forever: end them first.
      const close = server.close.bind(server);
      server.close = ((callback?: () => void) => {
        clearInterval(sweeper);
        stream.close();
        return close(callback);
      }) as Server['close'];
    },
  };
}

