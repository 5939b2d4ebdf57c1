/*
 * The second line of defence of the logs (bot/platform/logger.ts): whatever a log call is given, these fields are
 * written as CENSOR. Callers log the redacted text already; this is for an activity or a secret that reaches a log
 * call by mistake. It does what pino's `redact` option did with the paths text, activity.text, activity.value,
 * *.password, *.MicrosoftAppPassword and req.headers.authorization (a field inside an object is censored whenever
 * present; the caller's object is never changed), at a fraction of its cost: because of the two wildcard paths pino
 * ran its redactor over every field of every line, ~40 % of the per-turn log line's CPU (bench/README.md, "Turn
 * bench, round 10"). tests/bot/platform/logCensor.test.ts compares the two.
 */

export const CENSOR = '[REDACTED]';

/** Censored in any field's object: `{ config: { password } }`. */
const ANYWHERE = ['password', 'MicrosoftAppPassword'] as const;
/** Censored inside these fields only. */
const INSIDE: Readonly<Record<string, readonly string[]>> = { activity: ['text', 'value'] };
/** Censored at the top of the line. */
const TOP = 'text';

type Fields = Record<string, unknown>;

/** The fields as they may be written: the same object when nothing is censored, else a copy with the censored ones. */
export function censored(fields: Fields): Fields {
  let copy: Fields | undefined;
  for (const key of Object.keys(fields)) {
    const value = fields[key];
    // A field left undefined is not written at all, so there is nothing to censor.
    if (key === TOP && value !== undefined) {
      (copy ??= { ...fields })[key] = CENSOR;
      continue;
    }
    if (typeof value !== 'object' || value === null) continue;
    const inner = censoredInside(key, value as Fields);
    if (inner !== value) (copy ??= { ...fields })[key] = inner;
  }
  return copy ?? fields;
}

function censoredInside(key: string, value: Fields): Fields {
  let copy: Fields | undefined;
  for (const name of [...ANYWHERE, ...(INSIDE[key] ?? [])]) {
    if (name in value) (copy ??= { ...value })[name] = CENSOR;
  }
  const headers = key === 'req' ? value.headers : undefined;
  if (typeof headers === 'object' && headers !== null && 'authorization' in headers) {
    (copy ??= { ...value }).headers = { ...headers, authorization: CENSOR };
  }
  return copy ?? value;
}
