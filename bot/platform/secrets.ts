import { createHash, timingSafeEqual } from 'node:crypto';
import type { Request } from 'restify';

/** Compares a presented key with the configured one in constant time (hashing first evens out the lengths). */
export function sameSecret(given: string | undefined, expected: string): boolean {
  if (given === undefined) return false;
  const a = createHash('sha256').update(given).digest();
  const b = createHash('sha256').update(expected).digest();
  return timingSafeEqual(a, b);
}

/** The credential of an `Authorization: Bearer <credential>` header value. */
export function bearerCredential(authorization: string | undefined): string | undefined {
  return /^Bearer\s+(.+)$/i.exec(authorization ?? '')?.[1]?.trim();
}

/** The key a client sent as `Authorization: Bearer <key>` or `x-api-key: <key>`. */
export function presentedApiKey(req: Request): string | undefined {
  return bearerCredential(req.header('authorization')) ?? (req.header('x-api-key') || undefined);
}

/** The password of `Authorization: Basic base64(user:password)` (any user name). */
export function basicPassword(req: Request): string | undefined {
  const encoded = /^Basic\s+([A-Za-z0-9+/=]+)$/i.exec(req.header('authorization') ?? '')?.[1];
  if (!encoded) return undefined;
  const decoded = Buffer.from(encoded, 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  return colon >= 0 ? decoded.slice(colon + 1) : undefined;
}
