import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createServer as createTlsServer } from 'node:https';
import type { Socket } from 'node:net';
import { listenOnLoopback } from './ports.js';

/**
 * One scripted answer of a test endpoint. `hang` never answers; `destroy` drops the connection; a `body` function
 * makes the body from the request (to echo what the client sent).
 */
export type Answer =
  | { status: number; body?: string | ((request: RecordedRequest) => string); headers?: Record<string, string>; delayMs?: number }
  | { hang: true }
  | { destroy: true };

export interface RecordedRequest {
  method: string;
  path: string;
  /** The query string without `?`, '' when none. */
  query: string;
  headers: IncomingMessage['headers'];
  body: string;
  at: number;
}

/**
 * A real HTTP server on loopback whose paths play scripts of answers in order (the last answer repeats), and
 * which records every request. End-to-end tests point the built actions at it.
 */
export class HttpTarget {
  readonly requests: RecordedRequest[] = [];
  private readonly scripts = new Map<string, Answer[]>();
  private readonly served = new Map<string, number>();
  private readonly sockets = new Set<Socket>();
  private server?: Server;
  private port = 0;

  private constructor(private readonly tls?: { key: string; cert: string }) {}

  /** With `tls` (a key and certificate, e.g. from test/support/tls.ts) it serves https://. */
  static async start(tls?: { key: string; cert: string }): Promise<HttpTarget> {
    const target = new HttpTarget(tls);
    await target.listen();
    return target;
  }

  url(path: string): string {
    return `${this.tls ? 'https' : 'http'}://127.0.0.1:${this.port}${path}`;
  }

  /** Sets the answers of a path (without its query string). */
  on(path: string, ...answers: Answer[]): this {
    this.scripts.set(path, answers);
    this.served.set(path, 0);
    return this;
  }

  hits(path: string): RecordedRequest[] {
    return this.requests.filter((r) => r.path === path);
  }

  async stop(): Promise<void> {
    for (const socket of this.sockets) socket.destroy();
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }

  private async listen(): Promise<void> {
    const handler = (req: IncomingMessage, res: ServerResponse) => void this.handle(req, res);
    this.server = this.tls ? createTlsServer({ key: this.tls.key, cert: this.tls.cert }, handler) : createServer(handler);
    this.port = await listenOnLoopback(this.server, this.sockets);
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const [path = '/', query = ''] = (req.url ?? '/').split('?');
    const request: RecordedRequest = { method: req.method ?? '', path, query, headers: req.headers, body: Buffer.concat(chunks).toString('utf8'), at: Date.now() };
    this.requests.push(request);
    const script = this.scripts.get(path);
    if (!script || script.length === 0) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end(`no script for ${path}`);
      return;
    }
    const index = this.served.get(path) ?? 0;
    this.served.set(path, index + 1);
    const answer = script[Math.min(index, script.length - 1)] as Answer;
    if ('hang' in answer) return;
    if ('destroy' in answer) {
      req.socket.destroy();
      return;
    }
    if (answer.delayMs) await new Promise((resolve) => setTimeout(resolve, answer.delayMs));
    const body = typeof answer.body === 'function' ? answer.body(request) : answer.body ?? '';
    res.writeHead(answer.status, { 'content-type': 'application/json', ...answer.headers }).end(body);
  }
}
