import restify, { type Server } from 'restify';
import type { CloudAdapter } from 'botbuilder';
import type { HelpBot } from './helpBot';
import type { Logger } from './logger';

export interface ServerDeps {
  readonly adapter: CloudAdapter;
  readonly bot: HelpBot;
  readonly logger: Logger;
}

/** Builds the HTTP server without listening, so tests can bind it to any free port. */
export function createServer({ adapter, bot, logger }: ServerDeps): Server {
  const server = restify.createServer({ name: 'cmecf-help-bot', handleUncaughtExceptions: false });
  // The adapter reads the parsed body; without bodyParser it answers 400.
  server.use(restify.plugins.bodyParser({ maxBodySize: 256 * 1024, mapParams: false }));

  server.post('/api/messages', async (req, res) => {
    await adapter.process(req, res, (context) => bot.run(context));
  });
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
