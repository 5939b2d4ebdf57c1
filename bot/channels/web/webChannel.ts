import type { Server } from 'restify';
import type { ClientResolver } from '../../platform/clientAddress';
import type { Config } from '../../platform/config';
import type { Logger } from '../../platform/logger';
import { isLoopbackHost } from '../../platform/loopback';
import { CHARS_PER_MB, DirectLineService, type DeliverToBot } from '../directline/directLineService';
import { directLineLimits } from '../directline/limits';
import { registerDirectLineRoutes } from '../directline/routes';
import { attachDirectLineStream } from '../directline/stream';
import { registerWebRoutes } from './webRoutes';

export interface WebChannelDeps {
  readonly config: Config;
  /** The way into the bot: the same adapter and bot as /api/messages (bot/host/botBridge.ts). */
  readonly deliver: DeliverToBot;
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

export function createWebChannel({ config, deliver, logger, clients }: WebChannelDeps): WebChannel {
  const allowAnonymous = isLoopbackHost(config.HOST);
  const directLine = new DirectLineService(deliver, {
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

