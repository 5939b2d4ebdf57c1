/** Timing and memory helpers for the benchmark. */
export function nowMs(): number {
  return Number(process.hrtime.bigint()) / 1e6;
}

export function quantile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return 0;
  const at = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
  return sorted[at] as number;
}

/**
 * JavaScript heap plus external memory (typed-array weights live there), after a full collection when node runs
 * with --expose-gc (the bench script does).
 */
export function heapUsedMb(): number {
  (globalThis as { gc?: () => void }).gc?.();
  const usage = process.memoryUsage();
  return (usage.heapUsed + usage.external) / 2 ** 20;
}

/** Peak resident set size of the whole process so far. */
export function peakRssMb(): number {
  return process.resourceUsage().maxRSS / 1024;
}

export function round(value: number, digits = 3): number {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}
