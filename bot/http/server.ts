import restify, { type Server } from 'restify';
import type { HelpBotAdapter } from '../host/adapter';
import { isLocalMode, type Config } from '../platform/config';
import type { HelpBot } from '../host/helpBot';
import { messageGuards } from './messageGuards';
import { messagesHandler, type ProcessIncoming } from './messagesHandler';
import { RateLimiter } from '../platform/rateLimiter';
import { securityHeaders } from '../platform/securityHeaders';
import type { Logger } from '../platform/logger';

export interface ServerDeps {
  readonly config: Config;
  readonly adapter: HelpBotAdapter;
  readonly bot: HelpBot;
  readonly logger: Logger;
}

/** Builds the HTTP server without listening, so tests can bind it to any free port. */
export function createServer({ config, adapter, bot, logger }: ServerDeps): Server {
  const server = restify.createServer({ name: 'cmecf-help-bot', handleUncaughtExceptions: false });
  server.use(securityHeaders);
  // The adapter reads the parsed body; without bodyParser it answers 400. Larger bodies get 413.
  server.use(restify.plugins.bodyParser({ maxBodySize: config.MAX_BODY_BYTES, mapParams: false }));

  const guards = messageGuards({
    localMode: isLocalMode(config),
    conversationLimiter: new RateLimiter(config.RATE_LIMIT_CONVERSATION_BURST, config.RATE_LIMIT_CONVERSATION_PER_SECOND),
    clientLimiter: new RateLimiter(config.RATE_LIMIT_CLIENT_BURST, config.RATE_LIMIT_CLIENT_PER_SECOND),
  });
  const processIncoming: ProcessIncoming = (authorization, body, onTurnStart) => adapter.processIncoming(authorization, body, bot, onTurnStart);
  server.post('/api/messages', ...guards, messagesHandler(processIncoming, logger));
  server.get('/healthz', (_req, res, next) => {
    res.send(200, { status: 'ok' });
    return next();
  });
  server.on('restifyError', (req, _res, error, callback) => {
    logger.warn({ method: req.method, url: req.url, status: error.statusCode }, error.message);
    return callback();
  });
  return server;
}
