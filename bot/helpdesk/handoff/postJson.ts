import { createHmac } from 'node:crypto';
import { PermanentFailure } from './retryQueue';

export interface PostOptions {
  readonly timeoutMs?: number;
  /** Signs the body: header X-HelpBot-Signature: sha256=<HMAC-SHA256 of the body, hex>. */
  readonly secret?: string;
}

/**
 * POSTs a JSON body. A 2xx answer is success; 408, 429 and 5xx (or no answer) throw a plain error, worth retrying;
 * any other 4xx throws PermanentFailure, since sending the same body again would be refused again.
 * Error messages carry the status only: the URL may contain a token (Teams webhook URLs do).
 */
export async function postJson(url: string, body: unknown, options: PostOptions = {}): Promise<void> {
  const text = JSON.stringify(body);
  const headers: Record<string, string> = { 'content-type': 'application/json', 'user-agent': 'cmecf-help-bot' };
  if (options.secret) headers['x-helpbot-signature'] = `sha256=${createHmac('sha256', options.secret).update(text).digest('hex')}`;
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
