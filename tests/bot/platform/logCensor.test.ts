import pino from 'pino';
import { createLogger } from '../../../bot/platform/logger';

/** Log lines written by a logger, parsed, without the time. */
function linesOf(make: (sink: { write(line: string): void }) => pino.Logger, log: (logger: pino.Logger) => void): unknown[] {
  const lines: string[] = [];
  log(make({ write: (line) => { lines.push(line); } }));
  return lines.map((line) => { const { time: _time, ...rest } = JSON.parse(line) as Record<string, unknown>; return rest; });
}

/** What the logger censored before it censored by itself: pino's redact option with the same paths. */
const pinoRedact = (sink: { write(line: string): void }) => pino({
  level: 'debug', base: { service: 'cmecf-help-bot' },
  redact: { paths: ['text', 'activity.text', 'activity.value', '*.password', '*.MicrosoftAppPassword', 'req.headers.authorization'], censor: '[REDACTED]' },
}, sink);

const ours = (sink: { write(line: string): void }) => createLogger('debug', sink);

const FIELDS: Record<string, unknown>[] = [
  { conversationId: 'c1', said: 'how do I link', attempts: 1, ranked: [{ intent: 'a', score: 0.5 }], kind: 'step' },
  { text: 'my password is hunter2' },
  { text: undefined, other: 'kept' },
  { activity: { type: 'message', text: 'secret words', value: { a: 1 }, from: { id: 'u' } } },
  { activity: { type: 'conversationUpdate' } },
  { activity: { type: 'message', text: undefined, value: '' }, config: { password: undefined } },
  { config: { password: 'p', user: 'u' }, bot: { MicrosoftAppPassword: 'x', MicrosoftAppId: 'id' } },
  { req: { method: 'POST', headers: { authorization: 'Bearer abc', host: 'h' } } },
  { req: { method: 'GET', headers: { host: 'h' } }, list: ['password'], n: null },
  { nested: { deeper: { password: 'not this deep' } }, password: 'top-level is no path' },
];

describe('the log censor', () => {
  it.each(FIELDS.map((fields) => [JSON.stringify(fields), fields]))('writes %s as pino\'s redact option did', (_name, fields) => {
    const log = (logger: pino.Logger) => logger.info(fields as object, 'line');
    expect(linesOf(ours, log)).toEqual(linesOf(pinoRedact, log));
  });

  it('censors the bindings of a child logger too, and never changes the caller\'s object', () => {
    const fields = { activity: { text: 'secret words' }, config: { password: 'p' } };
    const log = (logger: pino.Logger) => logger.child({ part: 'x', config: { password: 'q' } }).warn(fields, 'line');
    expect(linesOf(ours, log)).toEqual(linesOf(pinoRedact, log));
    expect(JSON.stringify(linesOf(ours, log))).not.toMatch(/secret|"p"|"q"/);
    expect(fields).toEqual({ activity: { text: 'secret words' }, config: { password: 'p' } });
  });
});
