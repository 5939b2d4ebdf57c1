/** At most this many clients are kept per cache (service URLs and audiences are few: one per channel region, or loopback locally). */
const MAX_CLIENTS = 64;

/**
 * The cached promise for `key`, or a new one (dropped again if it fails, so a transient error is not kept). Both hosts
 * keep the HTTP clients their SDK would build afresh on every turn this way (cachingAuthentication.ts, agentsAdapter.ts).
 */
export function remember<T>(cache: Map<string, Promise<T>>, key: string, make: () => Promise<T>): Promise<T> {
  const cached = cache.get(key);
  if (cached) return cached;
  if (cache.size >= MAX_CLIENTS) cache.delete(cache.keys().next().value as string);
  const made = make();
  cache.set(key, made);
  made.catch(() => cache.delete(key));
  return made;
}
