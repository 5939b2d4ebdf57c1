/*
 * The baseline of the turn benchmark: a bare echo bot on the same stack as the real bot (botbuilder CloudAdapter in
 * local mode, restify + bodyParser, expectReplies), answering each message with its text. No content, NLU, state,
 * rate limits or logging: what the real bot is compared with is the cost of the framework alone.
 * Run: PORT=... node dist/bench/turns/echoBot.js
 */

import { ActivityHandler, CloudAdapter, ConfigurationBotFrameworkAuthentication } from 'botbuilder';
import restify from 'restify';

const adapter = new CloudAdapter(new ConfigurationBotFrameworkAuthentication({}));
const bot = new ActivityHandler();
bot.onMessage(async (context, next) => {
  await context.sendActivity(context.activity.text ?? '');
  await next();
});

const server = restify.createServer({ name: 'echo-bench' });
server.use(restify.plugins.bodyParser({ mapParams: false }));
// The standard botbuilder sample wiring: CloudAdapter.process reads the parsed body and answers the request.
server.post('/api/messages', async (req, res) => {
  await adapter.process(req, res, (context) => bot.run(context));
});
server.get('/healthz', (_req, res, next) => {
  res.send(200, { status: 'ok' });
  return next();
});
server.listen(Number(process.env.PORT ?? 3979), '127.0.0.1');
process.once('SIGTERM', () => server.close(() => process.exit(0)));
