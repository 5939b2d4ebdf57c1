import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Next, Request, Response, Server } from 'restify';
import { WEB_CHAT_BUNDLE, WEB_PUBLIC_DIR } from '../../../dialogs/repoPaths';
import type { Config } from '../../platform/config';
import { exchangeAzureToken } from '../directline/azureToken';
import type { DirectLineService } from '../directline/directLineService';
import { limitCreation, ownerOf, type DirectLineLimits } from '../directline/limits';
import { DIRECT_LINE_PATH } from '../directline/routes';
import { CONTENT_SECURITY_POLICY } from '../../platform/securityHeaders';
import type { Logger } from '../../platform/logger';

export interface WebRouteDeps {
  readonly config: Config;
  readonly service: DirectLineService;
  /** The built-in Direct Line may hand tokens to the page (loopback-bound server, or a secret configured). */
  readonly localTokens: boolean;
  readonly limits: DirectLineLimits;
  readonly logger: Logger;
}

interface Asset { readonly body: Buffer; readonly type: string; gzipped?: Buffer }

/**
 * The help page (GET /), its script and style, the Web Chat bundle from the build output (no CDN), and
 * POST /api/directline/token: a Direct Line token for the page, from Azure (token exchange, the secret stays
 * on the server) or from the built-in Direct Line.
 */
export function registerWebRoutes(server: Server, deps: WebRouteDeps): void {
  const publicDir = findPublicDir();
  const assets = new Map<string, () => Asset>([
    ['/', lazy(() => ({ body: readFileSync(path.join(publicDir, 'index.html')), type: 'text/html; charset=utf-8' }))],
    ['/web/chat.js', lazy(() => ({ body: readFileSync(path.join(publicDir, 'chat.js')), type: 'text/javascript; charset=utf-8' }))],
    ['/web/chat.css', lazy(() => ({ body: readFileSync(path.join(publicDir, 'chat.css')), type: 'text/css; charset=utf-8' }))],
    ['/web/webchat.js', lazy(() => ({ body: readFileSync(webChatBundle()), type: 'text/javascript; charset=utf-8' }))],
  ]);
  const headers = pageHeaders(deps.config);
  for (const [route, asset] of assets) {
    server.get(route, (req: Request, res: Response, next: Next) => {
      sendAsset(req, res, asset(), headers, route === '/web/webchat.js');
      next();
    });
  }
  const throttle = limitCreation(deps.limits);
  server.post('/api/directline/token', throttle, async (req: Request, res: Response) => {
    res.setHeader('cache-control', 'no-store');
    try {
      const locale = (req.body as { locale?: unknown } | undefined)?.locale;
      res.send(200, await pageToken(deps, ownerOf(req, deps.limits.clients), locale));
    } catch (error) {
      deps.logger.error({ err: error }, 'could not get a Direct Line token for the page');
      res.send(503, { error: { code: 'ChatUnavailable', message: 'The chat is not available right now.' } });
    }
  });
}

/** `locale`: the page's language ({"locale": "es-ES"} in the body), which the built-in Direct Line's welcome is in. */
async function pageToken({ config, service, localTokens }: WebRouteDeps, owner: string | undefined, locale: unknown) {
  const random = randomBytes(12).toString('base64url');
  if (config.AZURE_DIRECTLINE_SECRET) {
    // "dl_": Azure's enhanced authentication binds the user id into the token, so a page cannot pose as another user.
    const userId = `dl_${random}`;
    const azure = await exchangeAzureToken(config.AZURE_DIRECTLINE_ENDPOINT, config.AZURE_DIRECTLINE_SECRET, userId);
    return { ...azure, domain: config.AZURE_DIRECTLINE_ENDPOINT, userId };
  }
  const userId = `web_${random}`;
  if (!localTokens) throw new Error('No Direct Line configured: set AZURE_DIRECTLINE_SECRET or DIRECTLINE_SECRET, or bind HOST to 127.0.0.1');
  return { ...service.newConversationToken(userId, owner, typeof locale === 'string' ? locale : undefined), domain: DIRECT_LINE_PATH, userId };
}

/**
 * The server-wide security headers (bot/platform/securityHeaders) already apply; the page only widens connect-src
 * to the Azure Direct Line endpoint (HTTPS and its WebSocket stream) when the Azure token exchange is on.
 */
export function pageHeaders(config: Config): Record<string, string> {
  if (!config.AZURE_DIRECTLINE_SECRET) return {};
  const azure = new URL(config.AZURE_DIRECTLINE_ENDPOINT);
  const policy = CONTENT_SECURITY_POLICY.split('; ')
    .map((directive) => (directive.startsWith('connect-src') ? `${directive} ${azure.origin} wss://${azure.host}` : directive))
    .join('; ');
  return { 'content-security-policy': policy };
}

function sendAsset(req: Request, res: Response, asset: Asset, headers: Record<string, string>, cacheable: boolean): void {
  const gzip = /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? '')) && asset.body.length > 1024;
  if (gzip) asset.gzipped ??= gzipSync(asset.body);
  const body = gzip ? asset.gzipped! : asset.body;
  res.writeHead(200, {
    ...headers,
    'content-type': asset.type,
    'content-length': String(body.length),
    'cache-control': cacheable ? 'public, max-age=86400' : 'no-cache',
    vary: 'accept-encoding',
    ...(gzip ? { 'content-encoding': 'gzip' } : {}),
  });
  res.end(body);
}

function lazy<T>(load: () => T): () => T {
  let value: T | undefined;
  return () => (value ??= load());
}

/** The page's folder in the repository (the same whether the code runs from the sources or from dist/). */
function findPublicDir(): string {
  if (!existsSync(path.join(WEB_PUBLIC_DIR, 'index.html'))) throw new Error(`The help page is missing: looked in ${WEB_PUBLIC_DIR}`);
  return WEB_PUBLIC_DIR;
}

/**
 * The official Web Chat browser bundle (with Adaptive Cards), as `npm run build` copied it into dist/web: Web Chat
 * is a dev dependency, so a production install has no node_modules copy to serve.
 */
export function webChatBundle(): string {
  if (!existsSync(WEB_CHAT_BUNDLE)) throw new Error(`The Web Chat bundle is missing: run \`npm run build\` (looked for ${WEB_CHAT_BUNDLE})`);
  return WEB_CHAT_BUNDLE;
}
