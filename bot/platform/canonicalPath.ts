import type { Next, Request, Response } from 'restify';

/*
 * Only plain paths reach a route. The router and a reverse proxy in front must agree on which route a request
 * is for, and they parse paths differently: restify stops at ';' ("/api/messages;x" is /api/messages), decodes
 * percent-escapes ("/api/%6Dessages") and turns '\' into '/', while nginx matches "location = /api/messages"
 * on the decoded, slash-merged path and knows nothing of ';' or '\'. No route of this bot needs any of that, so
 * a path is refused (400) unless every segment is unreserved characters only (RFC 3986: letters, digits
 * "-._~"): no ';', '%', '\', '#', empty segment (//, trailing /), '.' or '..' segment, and it starts with '/'.
 */

const SEGMENT = /^[A-Za-z0-9._~-]+$/;

export function isCanonicalPath(url: string | undefined): boolean {
  const raw = url ?? '';
  const queryAt = raw.indexOf('?');
  const path = queryAt < 0 ? raw : raw.slice(0, queryAt);
  if (path === '/') return true;
  if (!path.startsWith('/')) return false;
  return path.slice(1).split('/').every((segment) => SEGMENT.test(segment) && segment !== '.' && segment !== '..');
}

/** restify `pre` handler: runs before routing, so no route ever sees a path it would misread. */
export function refuseNonCanonicalPaths(req: Request, res: Response, next: Next): void {
  if (isCanonicalPath(req.url)) return next();
  res.setHeader('Connection', 'close');
  res.send(400, { code: 'BadPath', message: 'The request path is not in plain form (no ";", "%", "\\", "//", "." or ".." segments).' });
  return next(false);
}
