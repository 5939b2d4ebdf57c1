import type { Request, Response, Server } from 'restify';
import type { Logger } from '../../platform/logger';
import { bearerCredential, sameSecret } from '../../platform/secrets';
import { ActivityError } from './activities';
import { DirectLineError, type Access, type DirectLineService } from './directLineService';
import { limitCreation, ownerOf, type DirectLineLimits } from './limits';

/** Where the built-in Direct Line 3.0 API lives; clients use `domain: '<server>/v3/directline'`. */
export const DIRECT_LINE_PATH = '/v3/directline';

/** Reads `Authorization: Bearer …` as the Direct Line secret, a token of this service, or nothing valid. */
export function accessFrom(credential: string | undefined, service: DirectLineService, secret: string | undefined): Access {
  if (!credential) return { kind: 'none' };
  if (secret && sameSecret(credential, secret)) return { kind: 'secret' };
  const grant = service.tokens.verify(credential);
  return grant ? { kind: 'token', token: credential, grant } : { kind: 'invalid' };
}

/** The WebSocket URL a client streams a conversation from (wss behind an HTTPS proxy). */
export function streamUrl(req: Request, conversationId: string, token: string, watermark?: string): string {
  const secure = req.headers['x-forwarded-proto'] === 'https' || (req.socket as { encrypted?: boolean }).encrypted === true;
  const host = req.headers.host ?? 'localhost';
  const query = new URLSearchParams({ ...(watermark ? { watermark } : {}), t: token });
  return `${secure ? 'wss' : 'ws'}://${host}${DIRECT_LINE_PATH}/conversations/${encodeURIComponent(conversationId)}/stream?${query}`;
}

export interface DirectLineRouteDeps {
  readonly service: DirectLineService;
  readonly secret: string | undefined;
  readonly limits: DirectLineLimits;
  readonly logger: Logger;
}

type Handler = (req: Request, res: Response) => Promise<void>;
type Handle = (work: (req: Request, res: Response) => Promise<void> | void) => Handler;
interface RouteKit { readonly access: (req: Request) => Access; readonly handle: Handle }

/** The Direct Line 3.0 REST API (what botframework-directlinejs and Web Chat call), over the service. */
export function registerDirectLineRoutes(server: Server, deps: DirectLineRouteDeps): void {
  const kit: RouteKit = {
    access: (req) => accessFrom(bearerCredential(req.headers.authorization), deps.service, deps.secret),
    handle: (work) => async (req, res) => {
      try {
        await work(req, res);
      } catch (error) {
        sendError(res, error, deps.logger);
      }
    },
  };
  registerTokenRoutes(server, deps, kit);
  registerConversationRoutes(server, deps, kit);
}

function registerTokenRoutes(server: Server, { service, limits }: DirectLineRouteDeps, { access, handle }: RouteKit): void {
  const throttle = limitCreation(limits);
  server.post(`${DIRECT_LINE_PATH}/tokens/generate`, throttle, handle((req, res) => {
    const user = (req.body as { user?: { id?: unknown } } | undefined)?.user?.id;
    const caller = access(req);
    res.send(200, service.generateToken(caller, typeof user === 'string' ? user : undefined, ownerOf(req, limits.clients, caller)));
  }));
  server.post(`${DIRECT_LINE_PATH}/tokens/refresh`, handle((req, res) => {
    const caller = access(req);
    // Each refresh mints a token: a few in a row, then one a minute per conversation (Web Chat asks every 15).
    if (caller.kind === 'token' && !limits.refresh.take(caller.grant.conversationId)) {
      res.header('Retry-After', '60');
      throw new DirectLineError(429, 'TooManyRequests', 'Tokens are refreshed at most once a minute.');
    }
    res.send(200, service.refreshToken(caller));
  }));
  server.post(`${DIRECT_LINE_PATH}/conversations`, throttle, handle(async (req, res) => {
    const caller = access(req);
    const { created, response } = await service.startConversation(caller, req.body, ownerOf(req, limits.clients, caller));
    res.send(created ? 201 : 200, { ...response, streamUrl: streamUrl(req, response.conversationId, response.token) });
  }));
}

function registerConversationRoutes(server: Server, { service, limits }: DirectLineRouteDeps, { access, handle }: RouteKit): void {
  const path = `${DIRECT_LINE_PATH}/conversations/:conversationId`;
  const id = (req: Request): string => String(req.params.conversationId ?? '');
  server.get(path, handle((req, res) => {
    const response = service.reconnect(access(req), id(req));
    res.send(200, { ...response, streamUrl: streamUrl(req, response.conversationId, response.token, watermarkOf(req)) });
  }));
  server.post(`${path}/activities`, handle(async (req, res) => {
    const caller = access(req);
    service.conversationFor(caller, id(req));
    if (!limits.conversation.take(id(req))) {
      res.header('Retry-After', String(limits.conversation.retryAfterSeconds()));
      throw new DirectLineError(429, 'TooManyRequests', 'Too many messages at once; please wait a moment and try again.');
    }
    res.send(200, await service.postActivity(caller, id(req), req.body));
  }));
  server.get(`${path}/activities`, handle((req, res) => {
    res.send(200, service.activities(access(req), id(req), watermarkOf(req)));
  }));
  server.post(`${path}/upload`, handle((req, res) => {
    service.conversationFor(access(req), id(req));
    res.send(415, { error: { code: 'NotSupported', message: 'This bot does not accept file uploads.' } });
  }));
}

function watermarkOf(req: Request): string | undefined {
  return new URL(req.url ?? '', 'http://localhost').searchParams.get('watermark') ?? undefined;
}

function sendError(res: Response, error: unknown, logger: Logger): void {
  if (error instanceof DirectLineError) {
    res.send(error.status, { error: { code: error.code, message: error.message } });
  } else if (error instanceof ActivityError) {
    res.send(400, { error: { code: error.code, message: error.message } });
  } else {
    logger.error({ err: error }, 'Direct Line request failed');
    res.send(502, { error: { code: 'BotError', message: 'The bot could not process the activity.' } });
  }
}
