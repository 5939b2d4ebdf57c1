import type { Request, Response, Next } from 'restify';

/*
 * Headers on every response. The Content-Security-Policy allows only the server's own scripts (no inline script,
 * no eval); Web Chat injects its styles at run time, hence 'unsafe-inline' for styles only. No CORS headers are
 * sent, so browsers keep other sites from reading the API.
 */

export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self' ws: wss:",
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
