/** A range of characters in a text: [start, end). */
export interface SecretSpan { readonly start: number; readonly end: number }

/** Overlapping or touching ranges joined, in order. */
export function mergeSpans(spans: readonly SecretSpan[]): SecretSpan[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  const merged: SecretSpan[] = [];
  for (const span of sorted) {
    const last = merged[merged.length - 1];
    if (last && span.start <= last.end) merged[merged.length - 1] = { start: last.start, end: Math.max(last.end, span.end) };
    else merged.push(span);
  }
  return merged;
}

/** Where the `count`-th word before `end` starts, looking no further back than `reach` characters. */
export function startOfWordsBefore(text: string, end: number, count: number, reach: number): number {
  const limit = Math.max(0, end - reach);
  let words = 0;
  for (let i = end - 1; i >= limit; i -= 1) {
    const startsWord = !isSpace(text.charCodeAt(i)) && (i === 0 || isSpace(text.charCodeAt(i - 1)));
    if (startsWord && (words += 1) === count) return i;
  }
  return limit;
}

/** The characters `\s` matches, tested without a regular expression (this runs once per character read). */
function isSpace(code: number): boolean {
  return (code >= 9 && code <= 13) || code === 32 || code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a)
    || code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff;
}
