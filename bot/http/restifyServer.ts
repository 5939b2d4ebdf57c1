/*
 * restify's HTTP server without its plugins. `require('restify')` loads restify/lib/plugins with the server (its
 * bodyParser, http-signature, qs, send …), and the bot uses none of them (bot/http/bodyParsing.ts parses bodies):
 * loading them was about a tenth of a cold start's CPU (bench/README.md, "Turn bench, round 11"). The server is built
 * as restify.createServer builds it (restify 12's lib/index.js) with handleUncaughtExceptions off: its own pino
 * logger, a Router over the options, the Server. tests/bot/http/restifyServer.test.ts holds the two alike.
 */
import { createRequire } from 'node:module';
import type { Server } from 'restify';

interface ServerOptions {
  readonly name: string;
  readonly handleUncaughtExceptions: false;
  readonly log: unknown;
  router?: unknown;
}

/** restify's own modules, resolved from its entry point as restify resolves them (its pino is not the bot's). */
const fromRestify = createRequire(require.resolve('restify'));

/** A restify Server named `name`, as `restify.createServer({ name, handleUncaughtExceptions: false })` returns it. */
export function createRestifyServer(name: string): Server {
  const pino = fromRestify('pino') as (options: { name: string }) => unknown;
  const Router = fromRestify('./router') as new (options: ServerOptions) => unknown;
  const RestifyServer = fromRestify('./server') as new (options: ServerOptions) => Server;
  // One options object, given the router once it is made, as createServer does.
  const options: ServerOptions = { name, handleUncaughtExceptions: false, log: pino({ name }) };
  options.router = new Router(options);
  return new RestifyServer(options);
}
