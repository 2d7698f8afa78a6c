import { Agent, createServer, request as httpRequest, type IncomingHttpHeaders, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

/**
 * A loopback HTTP proxy in front of one upstream (e.g. moto) that records every request and answers the ones
 * matching a fault rule itself, so a test can make one object's upload fail while everything else reaches the
 * real server. Point a client at `url` as its endpoint (AWS_ENDPOINT_URL): requests arrive in origin form.
 */

export interface FaultRule {
  /** Upper-case HTTP method; any when omitted. */
  method?: string;
  /** The decoded path without query string, e.g. `/bucket/assets/app.js`; a RegExp is tested against it. Any when omitted. */
  path?: string | RegExp;
  /** Tested against the raw query string (without `?`); any when omitted. */
  query?: RegExp;
  /** The status answered instead of forwarding. */
  status: number;
  /** Body of the answer; default an S3-style XML error naming the status. */
  body?: string;
  headers?: Record<string, string>;
  /** How many matching requests get the fault; default every one. */
  times?: number;
  /**
   * Forward the request first and answer the fault only once the upstream has acted on it: a lost response,
   * the case idempotency tokens exist for. Default false (the upstream never sees the request).
   */
  afterUpstream?: boolean;
  /**
   * Hold the request this long (its body read) before answering, so the client has a request in flight: to cancel a
   * step mid-upload. With `status: 0` the request is then forwarded to the upstream instead of answered.
   */
  holdMs?: number;
}

export interface ProxiedRequest {
  method: string;
  /** Decoded path without query string. */
  path: string;
  /** Raw query string without `?`, '' when none. */
  query: string;
  headers: IncomingHttpHeaders;
  /** Request body bytes received from the client. */
  bodyBytes: number;
  /** Status the client got (0 when the upstream could not be reached). */
  status: number;
  /** True when a fault rule answered instead of the upstream. */
  injected: boolean;
}

// Hop-by-hop headers belong to one connection, not to the message (RFC 9110 7.6.1); `expect` is handled here
// (Node answers 100 Continue itself) so the upstream must not wait for a second handshake.
const HOP_BY_HOP = new Set(['connection', 'keep-alive', 'proxy-connection', 'transfer-encoding', 'upgrade', 'te', 'trailer', 'expect']);

function forwardable(headers: IncomingHttpHeaders): IncomingHttpHeaders {
  return Object.fromEntries(Object.entries(headers).filter(([name]) => !HOP_BY_HOP.has(name.toLowerCase())));
}

const errorXml = (status: number) =>
  `<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>${status >= 500 ? 'InternalError' : 'InjectedFault'}</Code>` +
  `<Message>fault injected by the test proxy (HTTP ${status})</Message><RequestId>fault-proxy</RequestId></Error>`;

function answer(res: ServerResponse, fault: FaultRule): void {
  const body = fault.body ?? errorXml(fault.status);
  res.writeHead(fault.status, { 'content-type': 'application/xml', 'content-length': String(Buffer.byteLength(body)), ...fault.headers }).end(body);
}

function decodePath(rawPath: string): string {
  try {
    return decodeURIComponent(rawPath);
  } catch {
    return rawPath;
  }
}

export class FaultProxy {
  readonly requests: ProxiedRequest[] = [];
  private rules: Array<FaultRule & { used: number }> = [];
  private readonly sockets = new Set<Socket>();
  private readonly agent = new Agent({ keepAlive: true });
  private server?: Server;
  private port = 0;

  private constructor(private readonly upstream: URL) {}

  static async start(upstream: string): Promise<FaultProxy> {
    const proxy = new FaultProxy(new URL(upstream));
    await proxy.listen();
    return proxy;
  }

  /** http://127.0.0.1:PORT */
  get url(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  /** Adds a rule; rules are tried in the order added, the first that matches (and has uses left) answers. */
  fail(rule: FaultRule): this {
    this.rules.push({ ...rule, used: 0 });
    return this;
  }

  clearFaults(): void {
    this.rules = [];
  }

  /** Requests recorded since `from` (an index into `requests`, e.g. the length taken before a step). */
  since(from: number): ProxiedRequest[] {
    return this.requests.slice(from);
  }

  async stop(): Promise<void> {
    for (const socket of this.sockets) socket.destroy();
    this.agent.destroy();
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }

  private listen(): Promise<void> {
    this.server = createServer((req, res) => this.handle(req, res));
    this.server.on('connection', (socket) => {
      this.sockets.add(socket);
      socket.on('close', () => this.sockets.delete(socket));
    });
    return new Promise((resolve, reject) => {
      this.server?.once('error', reject);
      this.server?.listen(0, '127.0.0.1', () => {
        this.port = (this.server?.address() as AddressInfo).port;
        resolve();
      });
    });
  }

  private matchRule(method: string, path: string, query: string): (FaultRule & { used: number }) | undefined {
    return this.rules.find((rule) =>
      (rule.times === undefined || rule.used < rule.times)
      && (rule.method === undefined || rule.method === method)
      && (rule.path === undefined || (typeof rule.path === 'string' ? rule.path === path : rule.path.test(path)))
      && (rule.query === undefined || rule.query.test(query)));
  }

  private handle(req: IncomingMessage, res: ServerResponse): void {
    const [rawPath = '/', query = ''] = (req.url ?? '/').split('?', 2);
    const method = req.method ?? 'GET';
    const record: ProxiedRequest = { method, path: decodePath(rawPath), query, headers: req.headers, bodyBytes: 0, status: 0, injected: false };
    this.requests.push(record);
    req.on('data', (chunk: Buffer) => (record.bodyBytes += chunk.length));
    const rule = this.matchRule(method, record.path, query);
    if (rule) {
      rule.used++;
      record.injected = true;
      record.status = rule.status;
    }
    if (rule?.holdMs !== undefined) {
      // The body is buffered while held: forwarding it later must not lose what arrived meanwhile.
      const chunks: Buffer[] = [];
      req.on('data', (chunk: Buffer) => chunks.push(chunk));
      // Unref'd: a held request must not keep the test process alive once the proxy is stopped.
      req.on('end', () => setTimeout(() => {
        if (res.destroyed) return;
        if (rule.status !== 0) return answer(res, rule);
        record.injected = false;
        this.forward(req, res, record, undefined, Buffer.concat(chunks));
      }, rule.holdMs).unref());
      return;
    }
    if (rule && !rule.afterUpstream) {
      // Read the whole body first: answering mid-upload would turn the fault into a connection reset.
      req.resume();
      req.on('end', () => answer(res, rule));
      return;
    }
    this.forward(req, res, record, rule, undefined);
  }

  private forward(req: IncomingMessage, res: ServerResponse, record: ProxiedRequest, rule: FaultRule | undefined, body: Buffer | undefined): void {
    const upstreamReq = httpRequest({
      host: this.upstream.hostname, port: this.upstream.port, method: req.method, path: req.url, headers: forwardable(req.headers), agent: this.agent,
    }, (upstreamRes) => {
      if (rule) {
        upstreamRes.resume();
        upstreamRes.on('end', () => answer(res, rule));
        return;
      }
      record.status = upstreamRes.statusCode ?? 0;
      res.writeHead(upstreamRes.statusCode ?? 502, forwardable(upstreamRes.headers));
      upstreamRes.pipe(res);
    });
    upstreamReq.on('error', (error) => {
      record.status = 0;
      if (!res.headersSent) res.writeHead(502, { 'content-type': 'text/plain' }).end(`fault proxy: upstream failed: ${error.message}`);
      else res.destroy();
    });
    if (body) upstreamReq.end(body);
    else req.pipe(upstreamReq);
  }
}
