import pino, { type Logger } from 'pino';

export type { Logger } from 'pino';

/**
 * Structured JSON logs. User text is never logged raw: callers log the redacted form, and these paths are
 * censored as a second line of defence should an activity or secret reach a log call.
 */
export function createLogger(level: string, destination?: pino.DestinationStream): Logger {
  return pino({
    level,
    base: { service: 'cmecf-help-bot' },
    redact: {
      paths: ['text', 'activity.text', 'activity.value', '*.password', '*.MicrosoftAppPassword', 'req.headers.authorization'],
      censor: '[REDACTED]',
    },
  }, destination);
}
