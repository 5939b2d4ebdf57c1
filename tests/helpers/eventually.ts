/**
 * Resolves once `check` holds, polling: for work a test cannot await (a delivery in the background, an activity
 * pushed over a socket, a periodic log write). The wait is no speed limit, which a loaded machine would break: it
 * ends a little before jest's own test timeout (30 s) only so that a condition never met fails saying so.
 */
export async function eventually(check: () => boolean, timeoutMs = 20_000): Promise<void> {
  const start = Date.now();
  while (!check()) {
    if (Date.now() - start > timeoutMs) throw new Error(`condition not met in ${timeoutMs / 1000} s`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
