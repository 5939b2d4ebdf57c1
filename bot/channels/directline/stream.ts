import type { IncomingMessage, Server as HttpServer } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer, type WebSocket } from 'ws';
import { isCanonicalPath } from '../../platform/canonicalPath';
import type { Logger } from '../../platform/logger';
import { bearerCredential } from '../../platform/secrets';
import type { Conversation } from './conversation';
import type { DirectLineService } from './directLineService';
import { accessFrom, DIRECT_LINE_PATH } from './routes';

const STREAM_PATH = new RegExp(`^${DIRECT_LINE_PATH}/conversations/([^/]+)/stream$`);
const PING_MS = 30_000;
/** Streams per conversation (a page in a few tabs), and in all (one per conversation the table may hold). */
const STREAMS_PER_CONVERSATION = 4;
const MAX_STREAMS = 10_000;
/** A client that does not read its stream: once this much waits unsent, it is cut off rather than buffered. */
const MAX_UNSENT_BYTES = 1_000_000;

export interface DirectLineStream {
  close(): void;
}

/**
 * Direct Line WebSocket streaming: `GET <streamUrl>` upgrades to a WebSocket that first sends the activities
 * after the watermark, then every new one, as `{activities, watermark}` JSON messages. The token is taken from
 * the `t` query parameter (as in streamUrl) or the Authorization header, and must belong to the conversation.
 * Messages from the client (Web Chat sends empty keep-alives) are ignored; dead connections are found by ping.
 * Bounded: a few streams per conversation, a cap in all, and a stream whose client stops reading is closed once a
 * megabyte waits unsent; a conversation the service forgets closes its streams.
 */
export function attachDirectLineStream(http: HttpServer, service: DirectLineService, secret: string | undefined, logger: Logger): DirectLineStream {
  const sockets = new WebSocketServer({ noServer: true, maxPayload: 4096 });
  const onUpgrade = (req: IncomingMessage, socket: Duplex, head: Buffer) => {
    // Node removes its own error listener from an upgraded socket: a reset while refusing must not throw.
    socket.on('error', () => socket.destroy());
    if (!isCanonicalPath(req.url)) return refuse(socket, 400, 'Bad Request');
    const url = new URL(req.url ?? '', 'http://localhost');
    const match = STREAM_PATH.exec(url.pathname);
    if (!match) return refuse(socket, 404, 'Not Found');
    const credential = url.searchParams.get('t') ?? bearerCredential(req.headers.authorization);
    let conversation: Conversation;
    try {
      conversation = service.conversationFor(accessFrom(credential ?? undefined, service, secret), match[1]!);
    } catch {
      return refuse(socket, 403, 'Forbidden');
    }
    if (conversation.listenerCount >= STREAMS_PER_CONVERSATION || sockets.clients.size >= MAX_STREAMS) {
      return refuse(socket, 429, 'Too Many Requests');
    }
    sockets.handleUpgrade(req, socket, head, (ws) => serve(ws, conversation, url.searchParams.get('watermark') ?? undefined));
  };
  http.on('upgrade', onUpgrade);
  const pinger = setInterval(() => pingAll(sockets), PING_MS);
  pinger.unref();
  sockets.on('error', (error) => logger.warn({ err: error }, 'Direct Line stream error'));
  return {
    close() {
      clearInterval(pinger);
      http.off('upgrade', onUpgrade);
      for (const client of sockets.clients) client.terminate();
      sockets.close();
    },
  };
}

function serve(ws: WebSocket, conversation: Conversation, watermark: string | undefined): void {
  const backlog = conversation.since(watermark);
  if (backlog.activities.length > 0) ws.send(JSON.stringify(backlog));
  const unsubscribe = conversation.subscribe((set) => {
    if (ws.readyState !== ws.OPEN) return;
    if (ws.bufferedAmount > MAX_UNSENT_BYTES) ws.terminate();
    else ws.send(JSON.stringify(set));
  }, () => ws.close(1000, 'conversation ended'));
  const alive = ws as WebSocket & { isAlive?: boolean };
  alive.isAlive = true;
  ws.on('pong', () => { alive.isAlive = true; });
  ws.on('close', unsubscribe);
  ws.on('error', () => ws.terminate());
}

function pingAll(sockets: WebSocketServer): void {
  for (const client of sockets.clients) {
    const alive = client as WebSocket & { isAlive?: boolean };
    if (alive.isAlive === false) {
      client.terminate();
      continue;
    }
    alive.isAlive = false;
    client.ping();
  }
}

function refuse(socket: Duplex, status: number, reason: string): void {
  socket.end(`HTTP/1.1 ${status} ${reason}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
}
