import { setImmediate as nextMacrotask } from 'node:timers/promises';

/**
 * Runs start-up work that no request waits for (a language's recognizer, its readers) one piece per event-loop
 * turn, so a request that arrives meanwhile (the first /healthz, a first English turn) waits for one piece at most,
 * not for all of them. Settles once every piece has run; a piece that throws stops the rest and rejects.
 */
export async function runBetweenRequests(pieces: readonly (() => void)[]): Promise<void> {
  for (const piece of pieces) {
    await nextMacrotask();
    piece();
  }
}
