import { createServer, type AddressInfo, type Socket } from 'node:net';

/**
 * A storage account that is down, listening on `port` (the emulator's, once stopped; 0: any free port): every
 * request is read and the connection reset. Counts the tries of each request (the SDK sends its retries with the request's own
 * x-ms-client-request-id).
 */
export async function listenAsDownStore(port: number): Promise<{ port: number; triesPerRequest(): number[]; close(): Promise<void> }> {
  const tries = new Map<string, number>();
  const sockets = new Set<Socket>();
  const server = createServer((socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.on('error', () => undefined);
    let head = '';
    socket.on('data', (chunk: Buffer) => {
      head += chunk.toString('latin1');
      if (!head.includes('\r\n\r\n')) return;
      const id = /^x-ms-client-request-id: *(.+)$/im.exec(head)?.[1]?.trim() ?? head.split('\r\n')[0]!;
      tries.set(id, (tries.get(id) ?? 0) + 1);
      socket.resetAndDestroy();
    });
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return {
    port: (server.address() as AddressInfo).port,
    triesPerRequest: () => [...tries.values()],
    close: () => new Promise<void>((resolve) => {
      for (const socket of sockets) socket.destroy();
      server.close(() => resolve());
    }),
  };
}
