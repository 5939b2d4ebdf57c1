import type { Request, Response, Next } from 'restify';

/*
 * Headers on every response. The Content-Security-Policy allows only the server's own scripts (no inline script,
 * no eval); Web Chat injects its styles at run time, hence 'unsafe-inline' for styles only. Connections go to this
 * origin only: CSP Level 3 'self' covers the built-in Direct Line's WebSocket on the same host (ws: from an http
 * page, wss: from https); the page widens it to the Azure Direct Line endpoint when that is used (webRoutes).
 * No CORS headers are sent, so browsers keep other sites from reading the API.
 */

export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "media-src 'self' blob: data:",
  "frame-ancestors 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "object-src 'none'",
].join('; ');

export function securityHeaders(_req: Request, res: Response, next: Next): void {
  res.header('Content-Security-Policy', CONTENT_SECURITY_POLICY);
  res.header('X-Content-Type-Options', 'nosniff');
  res.header('X-Frame-Options', 'DENY');
  res.header('Referrer-Policy', 'no-referrer');
  res.header('Permissions-Policy', 'camera=(), microphone=(), geolocation=()');
  res.header('Cross-Origin-Opener-Policy', 'same-origin');
  next();
}
