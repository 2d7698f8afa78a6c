import { type AddressInfo, createServer, connect, type Server, type Socket } from 'node:net';

export const LOOPBACK = '127.0.0.1';

/**
 * Asks the kernel for an unused TCP port on loopback. The port is released before it is returned, so another
 * process could take it first: servers started on it should be retried on "address already in use"
 * (see `retryOnPortClash`).
 */
export async function freePort(host: string = LOOPBACK): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.once('error', reject);
    server.listen({ port: 0, host, exclusive: true }, () => {
      const address = server.address();
      if (address === null || typeof address === 'string') {
        server.close();
        reject(new Error(`could not read the port the kernel assigned on ${host}`));
        return;
      }
      const { port } = address;
      server.close((err) => (err ? reject(err) : resolve(port)));
    });
  });
}

/** True when something accepts TCP connections on host:port within `timeoutMs`. */
export async function isPortOpen(port: number, host: string = LOOPBACK, timeoutMs = 1000): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ port, host });
    const done = (open: boolean): void => {
      socket.destroy();
      resolve(open);
    };
    socket.setTimeout(timeoutMs, () => done(false));
    socket.once('connect', () => done(true));
    socket.once('error', () => done(false));
  });
}

const PORT_CLASH = /address already in use|EADDRINUSE/i;

/**
 * Runs `start` on a fresh free port, and again on another one when it failed because the port was taken
 * between `freePort` and the server's bind. Any other failure is rethrown at once.
 */
export async function retryOnPortClash<T>(start: (port: number) => Promise<T>, attempts = 3): Promise<T> {
  let lastError: unknown;
  for (let attempt = 1; attempt <= attempts; attempt++) {
    const port = await freePort();
    try {
      return await start(port);
    } catch (err) {
      lastError = err;
      if (!(err instanceof Error) || !PORT_CLASH.test(err.message)) throw err;
    }
  }
  throw lastError;
}

/**
 * Starts `server` on a free loopback port and resolves the port. Every connection goes into `sockets` until it
 * closes, so the owner's stop() can end kept-alive ones (server.close() waits for them).
 */
export function listenOnLoopback(server: Server, sockets: Set<Socket>): Promise<number> {
  server.on('connection', (socket: Socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, LOOPBACK, () => resolve((server.address() as AddressInfo).port));
  });
}
