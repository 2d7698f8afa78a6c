import { createServer, request as httpRequest, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { connect, type Socket } from 'node:net';
import { listenOnLoopback } from './ports.js';

/**
 * A tiny HTTP proxy on loopback, as a self-hosted runner's proxy would be: CONNECT tunnels (for https:// targets)
 * and forwarding of absolute-form requests (for http:// targets), each one recorded. With `credentials` set it
 * answers 407 to a request without that Proxy-Authorization. It only reaches loopback targets (403 otherwise), so a
 * test that points a client at it can never send traffic off this machine.
 */

export interface ProxiedCall {
  kind: 'connect' | 'forward';
  /** `host:port` for a tunnel, the absolute URL for a forwarded request. */
  target: string;
  /** What the proxy answered the client (for a forward: the upstream's status, or 502). */
  status: number;
  proxyAuthorization?: string;
}

const isLoopback = (host: string): boolean => host === 'localhost' || host.startsWith('127.') || host === '::1' || host === '[::1]';

export class ForwardProxy {
  readonly calls: ProxiedCall[] = [];
  private readonly sockets = new Set<Socket>();
  private server?: Server;
  private port = 0;

  private constructor(private readonly credentials?: string) {}

  /** `credentials` as `user:password`: the proxy then requires Basic Proxy-Authorization. */
  static async start(credentials?: string): Promise<ForwardProxy> {
    const proxy = new ForwardProxy(credentials);
    await proxy.listen();
    return proxy;
  }

  /** http://127.0.0.1:port, with `user:password@` when given. */
  url(userinfo?: string): string {
    return `http://${userinfo ? `${userinfo}@` : ''}127.0.0.1:${this.port}`;
  }

  tunnels(): string[] {
    return this.calls.filter((c) => c.kind === 'connect').map((c) => c.target);
  }

  forwards(): string[] {
    return this.calls.filter((c) => c.kind === 'forward').map((c) => c.target);
  }

  async stop(): Promise<void> {
    for (const socket of this.sockets) socket.destroy();
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }

  private authorized(header: string | undefined): boolean {
    return !this.credentials || header === `Basic ${Buffer.from(this.credentials).toString('base64')}`;
  }

  private async listen(): Promise<void> {
    this.server = createServer((req, res) => this.forward(req, res));
    this.server.on('connect', (req: IncomingMessage, client: Socket, head: Buffer) => this.tunnel(req, client, head));
    this.port = await listenOnLoopback(this.server, this.sockets);
  }

  private tunnel(req: IncomingMessage, client: Socket, head: Buffer): void {
    const target = req.url ?? '';
    const call: ProxiedCall = { kind: 'connect', target, status: 0, proxyAuthorization: req.headers['proxy-authorization'] };
    this.calls.push(call);
    const answer = (status: number, text: string) => {
      call.status = status;
      client.end(`HTTP/1.1 ${status} ${text}\r\n\r\n`);
    };
    if (!this.authorized(call.proxyAuthorization)) return answer(407, 'Proxy Authentication Required');
    const at = target.lastIndexOf(':');
    const host = target.slice(0, at).replace(/^\[(.*)\]$/, '$1');
    if (!isLoopback(host)) return answer(403, 'Forbidden');
    const upstream = connect(Number(target.slice(at + 1)), host);
    this.sockets.add(upstream);
    upstream.on('close', () => this.sockets.delete(upstream));
    upstream.once('connect', () => {
      call.status = 200;
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      if (head.length) upstream.write(head);
      upstream.pipe(client);
      client.pipe(upstream);
    });
    upstream.on('error', () => (call.status ? client.destroy() : answer(502, 'Bad Gateway')));
    client.on('error', () => upstream.destroy());
  }

  private forward(req: IncomingMessage, res: ServerResponse): void {
    const target = req.url ?? '';
    const call: ProxiedCall = { kind: 'forward', target, status: 0, proxyAuthorization: req.headers['proxy-authorization'] };
    this.calls.push(call);
    const answer = (status: number) => {
      call.status = status;
      res.writeHead(status).end();
    };
    if (!this.authorized(call.proxyAuthorization)) return answer(407);
    let url: URL;
    try {
      url = new URL(target);
    } catch {
      return answer(400);
    }
    if (url.protocol !== 'http:' || !isLoopback(url.hostname)) return answer(403);
    const headers = { ...req.headers };
    delete headers['proxy-authorization'];
    delete headers['proxy-connection'];
    const upstream = httpRequest({ host: url.hostname.replace(/^\[(.*)\]$/, '$1'), port: url.port || 80, method: req.method, path: `${url.pathname}${url.search}`, headers }, (response) => {
      call.status = response.statusCode ?? 0;
      res.writeHead(response.statusCode ?? 502, response.headers);
      response.pipe(res);
    });
    upstream.on('error', () => (res.headersSent ? res.destroy() : answer(502)));
    req.pipe(upstream);
  }
}
