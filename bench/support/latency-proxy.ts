import { connect, createServer, type Server, type Socket } from 'node:net';
import { LOOPBACK } from '../../test/support/ports.js';

/**
 * A loopback TCP proxy that makes one upstream (s3rver) look far away: every byte reaches the other side `oneWayMs`
 * later, in both directions, so a request and its answer cost 2 × oneWayMs more than on loopback, whatever the
 * protocol. A new connection first pays one round trip, the TCP handshake a real network charges before the client
 * can send (a real S3 adds TLS on top: this proxy is, if anything, kind to clients that open many connections).
 * Bandwidth is not limited. Memory is bounded: a direction holding more than HIGH_WATER_BYTES pauses its sender.
 */

const HIGH_WATER_BYTES = 4 * 1024 * 1024;

export interface LatencyProxy {
  readonly port: number;
  readonly endpoint: string;
  /** Connections accepted so far (each paid a handshake). */
  readonly connections: number;
  close(): Promise<void>;
}

/** One direction of one connection: chunks leave `to` in order, each `oneWayMs` after it arrived, not before `notBefore`. */
class DelayedPipe {
  private readonly queue: Array<{ due: number; chunk: Buffer }> = [];
  private queuedBytes = 0;
  private timer: NodeJS.Timeout | undefined;
  private ended = false;

  constructor(private readonly from: Socket, private readonly to: Socket, private readonly oneWayMs: number, private notBefore: number) {
    from.on('data', (chunk: Buffer) => this.push(chunk));
    from.on('end', () => {
      this.ended = true;
      this.flush();
    });
    to.on('drain', () => this.resumeIfRoom());
  }

  private push(chunk: Buffer): void {
    this.queue.push({ due: Math.max(performance.now(), this.notBefore) + this.oneWayMs, chunk });
    this.queuedBytes += chunk.length;
    if (this.queuedBytes + this.to.writableLength > HIGH_WATER_BYTES) this.from.pause();
    this.flush();
  }

  private resumeIfRoom(): void {
    if (this.from.isPaused() && this.queuedBytes + this.to.writableLength <= HIGH_WATER_BYTES / 2) this.from.resume();
  }

  private flush(): void {
    if (this.timer) return;
    const now = performance.now();
    while (this.queue.length > 0 && (this.queue[0] as { due: number }).due <= now) {
      const { chunk } = this.queue.shift() as { chunk: Buffer };
      this.queuedBytes -= chunk.length;
      if (!this.to.destroyed) this.to.write(chunk);
    }
    this.resumeIfRoom();
    if (this.queue.length > 0) {
      this.timer = setTimeout(() => {
        this.timer = undefined;
        this.flush();
      }, (this.queue[0] as { due: number }).due - now);
    } else if (this.ended && !this.to.destroyed) {
      // The FIN travels like the data: the far side sees the close only after the last byte.
      this.to.end();
    }
  }

  stop(): void {
    clearTimeout(this.timer);
    this.queue.length = 0;
  }
}

export async function startLatencyProxy(upstreamPort: number, oneWayMs: number): Promise<LatencyProxy> {
  const sockets = new Set<Socket>();
  let connections = 0;
  const server: Server = createServer({ allowHalfOpen: true }, (client) => {
    connections++;
    const upstream = connect({ port: upstreamPort, host: LOOPBACK, allowHalfOpen: true });
    client.setNoDelay(true);
    upstream.setNoDelay(true);
    sockets.add(client).add(upstream);
    // The handshake: the client could not have sent its first byte before one round trip after it connected.
    const up = new DelayedPipe(client, upstream, oneWayMs, performance.now() + 2 * oneWayMs);
    const down = new DelayedPipe(upstream, client, oneWayMs, 0);
    const close = () => {
      up.stop();
      down.stop();
      client.destroy();
      upstream.destroy();
      sockets.delete(client);
      sockets.delete(upstream);
    };
    for (const socket of [client, upstream]) {
      socket.on('error', close);
      // A clean close of one side lets what is still queued for the other arrive, then ends both.
      socket.on('close', () => setTimeout(close, 2 * oneWayMs + 1_000).unref());
    }
  });
  const port = await new Promise<number>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, LOOPBACK, () => resolve((server.address() as { port: number }).port));
  });
  return {
    port,
    endpoint: `http://${LOOPBACK}:${port}`,
    get connections() {
      return connections;
    },
    close: () => new Promise((resolve) => {
      for (const socket of sockets) socket.destroy();
      server.close(() => resolve());
    }),
  };
}
