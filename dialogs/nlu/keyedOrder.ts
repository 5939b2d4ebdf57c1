/**
 * The order of the examples in each SGD pass, decided by each example's own key (issue 18, round 14).
 *
 * A seeded shuffle of positions reorders every pass when one example is added or removed, so any content edit
 * redrew ~25 close calls among 1,398 evaluation messages; sorting each pass by a hash of the example's key (its
 * intent and text) mixed with the seed and the pass keeps the other examples' relative order: one example left out
 * changes ~1 answer (`npm run -s bench:nlu -- --stability`; bench/README.md, "Round 14"). The key's hash and the
 * (seed, pass) value are each run through murmur3's finaliser before they are combined and finalised again: a
 * weaker mix left successive passes correlated, which the model's answers showed.
 */

/** murmur3's 32-bit finaliser: every input bit flips each output bit with probability ~1/2. */
function mix32(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** FNV-1a over the key's UTF-16 code units, then fully mixed. */
function keyHash(key: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 0x01000193);
  return mix32(h >>> 0);
}

export interface KeyedOrder {
  /** The examples' indices in the order of pass `pass` (a fresh array). */
  order(pass: number): number[];
}

export function keyedOrder(keys: readonly string[], seed: number): KeyedOrder {
  const hashes = Uint32Array.from(keys, keyHash);
  return {
    order(pass) {
      const salt = mix32(Math.imul(seed >>> 0, 0x9e3779b9) ^ mix32(pass + 1));
      const rank = hashes.map((h) => mix32(h ^ salt));
      // Equal ranks (a hash collision, or the same example twice) fall back to the key, then the position: the order
      // never depends on the sort's stability.
      return keys
        .map((_, i) => i)
        .sort(
          (a, b) =>
            (rank[a] as number) - (rank[b] as number) || compareKeys(keys[a] as string, keys[b] as string) || a - b,
        );
    },
  };
}

function compareKeys(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The keys of labelled examples: intent and text, which together say which example it is wherever it stands. */
export function exampleKeys(examples: readonly { intent: string; text: string }[]): string[] {
  return examples.map((e) => `${e.intent}\n${e.text}`);
}
