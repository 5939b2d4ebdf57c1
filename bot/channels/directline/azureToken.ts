import type { TokenResponse } from './directLineService';

export class TokenExchangeError extends Error {
  readonly code = 'DIRECTLINE_TOKEN_EXCHANGE_FAILED';
}

/**
 * The standard token exchange for the Azure Direct Line channel: the server calls Azure's tokens/generate with
 * the channel secret and hands the browser only the short-lived token, so the secret never reaches a page.
 * Errors never include the secret (nor Azure's answer body).
 */
export async function exchangeAzureToken(endpoint: string, secret: string, userId: string, timeoutMs = 10_000): Promise<TokenResponse> {
  let response: Response;
  try {
    response = await fetch(`${endpoint.replace(/\/+$/, '')}/tokens/generate`, {
      method: 'POST',
      headers: { authorization: `Bearer ${secret}`, 'content-type': 'application/json' },
      body: JSON.stringify({ user: { id: userId } }),
      signal: AbortSignal.timeout(timeoutMs),
    });
  } catch (error) {
    throw new TokenExchangeError(`Direct Line did not answer (${error instanceof Error ? error.name : 'error'})`);
  }
  if (!response.ok) throw new TokenExchangeError(`Direct Line answered HTTP ${response.status}`);
  const body = (await response.json().catch(() => undefined)) as Partial<TokenResponse> | undefined;
  if (typeof body?.token !== 'string' || typeof body.conversationId !== 'string') {
    throw new TokenExchangeError('Direct Line answered without a token');
  }
  return { token: body.token, conversationId: body.conversationId, expires_in: Number(body.expires_in ?? 1800) };
}
