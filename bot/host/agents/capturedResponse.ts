import type { WebResponse } from '@microsoft/agents-hosting';

/**
 * The thin shim that lets the Agents SDK's CloudAdapter.process and its JWT check run on restify without Express:
 * the SDK's framework-neutral response surface, recording the status and body instead of writing them, so the
 * project's /api/messages handler answers (as it does for the botbuilder host) and the SDK never writes to the socket.
 */
export class CapturedResponse implements WebResponse {
  statusCode = 200;
  body: unknown;
  headersSent = false;
  writableEnded = false;

  status(code: number): this {
    this.statusCode = code;
    return this;
  }

  setHeader(): this {
    // restify sets the content type of what the handler sends.
    return this;
  }

  send(body?: unknown): this {
    this.body = body;
    return this;
  }

  end(): this {
    this.writableEnded = true;
    return this;
  }
}
