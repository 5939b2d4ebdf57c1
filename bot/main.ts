/* Entry point of `npm start`: read config, build the app, listen. Problems stop start-up with a clear message. */
import { config as loadDotenv } from 'dotenv';
import { ContentError, formatProblem } from '../dialogs/content/problem';
import { createApp } from './app';
import { ConfigError, isLocalMode, loadConfig } from './platform/config';
import { createLogger } from './platform/logger';
import { onShutdownSignals } from './platform/shutdown';

function start(): void {
  loadDotenv({ quiet: true });
  let config;
  try {
    config = loadConfig(process.env);
  } catch (error) {
    return fail(error);
  }
  const logger = createLogger(config.LOG_LEVEL);
  let app;
  try {
    app = createApp(config, logger);
  } catch (error) {
    return fail(error);
  }
  app.server.listen(config.PORT, config.HOST, () => {
    const mode = isLocalMode(config) ? 'local mode, no Bot Framework authentication' : 'Bot Framework authentication on';
    logger.info({ url: app.server.url, mode }, `CM/ECF Help Bot listening on ${app.server.url} (${mode})`);
    if (isLocalMode(config)) logger.info('Local mode: /api/messages answers this machine only (deliveryMode expectReplies, or the Bot Framework Emulator on this machine).');
    // Once listening, in pieces between requests (so /healthz comes up without waiting for it): the first Spanish
    // message then finds its recognizer ready. What failed here is tried again by the first message that needs it.
    app.warmLanguages().catch((error: unknown) => logger.error({ err: error }, 'warming the other languages failed'));
  });
  // Exit once in-flight turns are done, the help desk has written its last analytics and the stores are closed.
  onShutdownSignals(app.server, app.released, logger);
}

function fail(error: unknown): void {
  if (error instanceof ContentError) {
    console.error('The bot cannot start: the content has problems.');
    for (const problem of error.problems) console.error(formatProblem(problem));
  } else if (error instanceof ConfigError) {
    console.error(`The bot cannot start. ${error.message}`);
  } else {
    console.error('The bot cannot start:', error);
  }
  process.exitCode = 1;
}

start();
