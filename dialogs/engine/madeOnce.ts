/**
 * The value kept for `key`, made by `make` the first time it is asked for (per-content word sets and indexes, built
 * once for each loaded content and dropped with it).
 */
export function madeOnce<K extends object, V>(cache: WeakMap<K, V>, key: K, make: (key: K) => V): V {
  let value = cache.get(key);
  if (value === undefined) {
    value = make(key);
    cache.set(key, value);
  }
  return value;
}
