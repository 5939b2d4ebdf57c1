/*
 * A request URL as it may appear in a log line: the path, and of the query only the parameters known to carry
 * nothing secret. Everything else (the Direct Line stream's `t` token, a key someone put in a URL, whatever a
 * client invents) is logged as `[REDACTED]`, so no credential reaches the logs through a URL.
 */

const HARMLESS_PARAMETERS = new Set(['watermark', 'show', 'days', 'updated', 'page']);

export function loggableUrl(url: string | undefined): string {
  const raw = url ?? '';
  const queryAt = raw.indexOf('?');
  if (queryAt < 0) return raw;
  const query = new URLSearchParams(raw.slice(queryAt + 1));
  const kept = [...query.keys()].map((name) => `${encodeURIComponent(name)}=${
    HARMLESS_PARAMETERS.has(name) ? encodeURIComponent(query.get(name) ?? '') : '[REDACTED]'}`);
  return `${raw.slice(0, queryAt)}?${kept.join('&')}`;
}
