import { createHmac } from 'node:crypto';
import { PermanentFailure } from './retryQueue';

export interface PostOptions {
  readonly timeoutMs?: number;
  /**
   * Signs each attempt: X-HelpBot-Timestamp: <Unix seconds> and X-HelpBot-Signature: sha256=<hex HMAC-SHA256 of
   * "<timestamp>.<body>">. The time is signed with the body, so a receiver can refuse a copy replayed later
   * (README: verify, then reject a timestamp more than 5 minutes off, and treat a ticket id seen before as a retry).
   */
  readonly secret?: string;
  readonly now?: () => number;
}

/**
 * POSTs a JSON body. A 2xx answer is success; 408, 429 and 5xx (or no answer) throw a plain error, worth retrying;
 * any other 4xx throws PermanentFailure, since sending the same body again would be refused again.
 * Error messages carry the status only: the URL may contain a token (Teams webhook URLs do).
 */
export async function postJson(url: string, body: unknown, options: PostOptions = {}): Promise<void> {
  const text = JSON.stringify(body);
  const headers: Record<string, string> = { 'content-type': 'application/json', 'user-agent': 'cmecf-help-bot' };
  if (options.secret) {
    const timestamp = String(Math.floor((options.now ?? Date.now)() / 1000));
    headers['x-helpbot-timestamp'] = timestamp;
    headers['x-helpbot-signature'] = `sha256=${createHmac('sha256', options.secret).update(`${timestamp}.${text}`).digest('hex')}`;
  }
  let response: Response;
  try {
    response = await fetch(url, { method: 'POST', headers, body: text, signal: AbortSignal.timeout(options.timeoutMs ?? 10_000), redirect: 'error' });
  } catch (error) {
    const reason = (error as Error).name === 'TimeoutError' ? 'timed out' : 'no answer';
    throw new Error(`webhook: ${reason}`);
  }
  await response.arrayBuffer().catch(() => undefined);
  if (response.ok) return;
  const retryable = response.status === 408 || response.status === 429 || response.status >= 500;
  const message = `webhook answered HTTP ${response.status}`;
  throw retryable ? new Error(message) : new PermanentFailure(message);
}
