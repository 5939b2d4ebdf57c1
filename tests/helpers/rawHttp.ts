import { connect } from 'node:net';

export interface RawResponse {
  readonly status: number;
  readonly headers: string;
  readonly body: string;
}

/**
 * One request written byte for byte on a socket (fetch normalises paths, refuses bodies on GET and sets its own
 * lengths, so hostile requests need this). Resolves with the status line's code, or 0 when the server closed the
 * connection without an answer; never rejects.
 */
export function rawRequest(url: string, head: string, body: Buffer | string = '', timeoutMs = 5000): Promise<RawResponse> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    const socket = connect(Number(port), hostname, () => {
      socket.write(head.replace(/\n/g, '\r\n') + '\r\n');
      if (body.length > 0) socket.write(body);
    });
    const done = () => {
      const text = Buffer.concat(chunks).toString('latin1');
      const [headers = '', ...rest] = text.split('\r\n\r\n');
      resolve({ status: Number(/^HTTP\/1\.1 (\d{3})/.exec(headers)?.[1] ?? 0), headers, body: rest.join('\r\n\r\n') });
    };
    socket.setTimeout(timeoutMs, () => socket.destroy());
    socket.on('data', (chunk) => chunks.push(chunk));
    socket.on('error', () => undefined);
    socket.on('close', done);
  });
}

/** A request head for `rawRequest`: method, path, Host, Connection: close, and the given headers. */
export function head(method: string, path: string, headers: Record<string, string | number> = {}): string {
  const lines = Object.entries({ host: '127.0.0.1', connection: 'close', ...headers }).map(([name, value]) => `${name}: ${value}`);
  return `${method} ${path} HTTP/1.1\n${lines.join('\n')}\n`;
}
