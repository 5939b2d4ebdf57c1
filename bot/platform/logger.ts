import pino, { type Logger } from 'pino';
import { censored } from './logCensor';

export type { Logger } from 'pino';

/**
 * Log lines go to stdout in blocks of at least this many bytes (about ten turns' lines) instead of a write each: the
 * per-turn line's write was 4-5 % of the bot's CPU under load (bench/README.md, "Turn bench, round 10").
 */
const BLOCK_BYTES = 4096;
/** A block is written at least this often, so the lines of a quiet bot arrive within a second. */
const FLUSH_MS = 1000;
/** Warnings and errors are written at once, with the lines before them: pino's level for warn. */
const WARN_LEVEL = 40;

/**
 * Structured JSON logs. User text is never logged raw: callers log the redacted form, and a line's text, an
 * activity's text and value, any password and an authorization header are censored as a second line of defence
 * should an activity or secret reach a log call (logCensor.ts).
 *
 * Without a `destination`, stdout, buffered: a stop by signal or a normal exit writes what is buffered (pino flushes
 * it when the process exits), but a process killed outright (kill -9, the kernel's out-of-memory killer) loses the
 * lines of its last second at most, never a warning or an error. The conversations themselves are in the store.
 */
export function createLogger(level: string, destination?: pino.DestinationStream): Logger {
  // A silent logger (tests, the command lines) writes nothing: no buffer, no timer.
  const buffered = destination || level === 'silent' ? undefined : pino.destination({ dest: 1, minLength: BLOCK_BYTES, periodicFlush: FLUSH_MS });
  return pino({
    level,
    base: { service: 'cmecf-help-bot' },
    formatters: { log: censored, bindings: censored },
    ...(buffered ? {
      hooks: {
        logMethod(args, write, at) {
          write.apply(this, args);
          if (at >= WARN_LEVEL) buffered.flush();
        },
      },
    } : {}),
  }, destination ?? buffered);
}
