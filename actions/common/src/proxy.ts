import * as http from 'node:http';
import * as https from 'node:https';
import * as net from 'node:net';
import type { Duplex } from 'node:stream';
import * as tls from 'node:tls';

/**
 * HTTPS_PROXY / HTTP_PROXY / NO_PROXY for every client the actions make (the AWS SDK's through awsClientConfig,
 * smoke-test's probe), as self-hosted runners behind a proxy set them and as aws-actions/configure-aws-credentials
 * honours them. Hand-written rather than a dependency: Node's own `proxyEnv` agent option exists only from 24.5
 * (still "active development", and silently ignored by the older node24 builds self-hosted runners may have), its
 * env-proxy for fetch is read only at process start, and the npm agents (https-proxy-agent, http-proxy-agent) bring
 * three more packages and still need this NO_PROXY switch. The rules, as curl applies them:
 * - https:// targets use https_proxy or HTTPS_PROXY, http:// targets http_proxy or HTTP_PROXY (lower case first);
 *   a proxy URL without a scheme is http://, an https:// proxy is spoken to over TLS, user:password@ in it is sent
 *   as Proxy-Authorization: Basic.
 * - NO_PROXY / no_proxy: comma- or space-separated; `*` bypasses every host; `example.com`, `.example.com` and
 *   `*.example.com` each bypass example.com and every name under it; `host:port` only that port; IP addresses match
 *   exactly (no CIDR ranges). Loopback is proxied like any host unless listed.
 * - HTTPS goes through a CONNECT tunnel (TLS is end to end); HTTP is forwarded with an absolute request target.
 */

type Env = Record<string, string | undefined>;

interface NoProxyRule {
  host: string;
  port?: number;
}

export interface ProxySettings {
  http?: URL;
  https?: URL;
  /** True when NO_PROXY is `*`. */
  bypassAll: boolean;
  noProxy: NoProxyRule[];
}

const first = (env: Env, ...names: string[]): string | undefined => names.map((name) => env[name]?.trim()).find((value) => value);

/** The proxy URL, or an error that names the variable and never shows the proxy's password. */
function parseProxyUrl(name: string, value: string): URL {
  let url: URL | undefined;
  try {
    url = new URL(/^[a-z][a-z\d+.-]*:\/\//i.test(value) ? value : `http://${value}`);
  } catch {
    // Falls through to the error below.
  }
  if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:') || !url.hostname) {
    const shown = value.replace(/\/\/[^/?#]*@/, '//***@');
    throw new Error(`${name} ${JSON.stringify(shown)} is not a proxy URL such as http://proxy.example:3128 (http:// and https:// proxies are supported)`);
  }
  return url;
}

/** Host names compare in lower case, without IPv6 brackets or a trailing dot. */
const normalHost = (host: string): string => host.toLowerCase().replace(/^\[(.*)\]$/, '$1').replace(/\.$/, '');

function parseNoProxyEntry(entry: string): NoProxyRule {
  // `[v6]:port`, `host:port`, or a bare IPv6 address (more than one colon, no brackets: no port).
  const bracketed = /^\[([^\]]+)\](?::(\d+))?$/.exec(entry);
  const hostPort = /^([^:]+):(\d+)$/.exec(entry);
  const [host, port] = bracketed ? [bracketed[1]!, bracketed[2]] : hostPort ? [hostPort[1]!, hostPort[2]] : [entry, undefined];
  return { host: normalHost(host.replace(/^\*?\.?/, '')), port: port === undefined ? undefined : Number(port) };
}

/** The proxy settings in the environment, or undefined when no proxy is set (NO_PROXY alone changes nothing). */
export function proxySettingsFromEnv(env: Env): ProxySettings | undefined {
  const httpValue = first(env, 'http_proxy', 'HTTP_PROXY');
  const httpsValue = first(env, 'https_proxy', 'HTTPS_PROXY');
  if (!httpValue && !httpsValue) return undefined;
  const entries = (first(env, 'no_proxy', 'NO_PROXY') ?? '').split(/[\s,]+/).filter(Boolean);
  return {
    http: httpValue ? parseProxyUrl(env.http_proxy?.trim() ? 'http_proxy' : 'HTTP_PROXY', httpValue) : undefined,
    https: httpsValue ? parseProxyUrl(env.https_proxy?.trim() ? 'https_proxy' : 'HTTPS_PROXY', httpsValue) : undefined,
    bypassAll: entries.includes('*'),
    noProxy: entries.filter((entry) => entry !== '*').map(parseNoProxyEntry).filter((rule) => rule.host),
  };
}

/** Whether NO_PROXY sends a request to this host and port directly. */
export function bypassesProxy(settings: ProxySettings, host: string, port: number): boolean {
  if (settings.bypassAll) return true;
  const target = normalHost(host);
  return settings.noProxy.some((rule) => (rule.port === undefined || rule.port === port) && (target === rule.host || target.endsWith(`.${rule.host}`)));
}

/** The proxy a request to `protocol//host:port` goes through, or undefined for a direct connection. */
export function proxyFor(settings: ProxySettings | undefined, protocol: 'http:' | 'https:', host: string, port: number): URL | undefined {
  const proxy = settings?.[protocol === 'https:' ? 'https' : 'http'];
  return proxy && !bypassesProxy(settings, host, port) ? proxy : undefined;
}

const proxyPort = (proxy: URL): number => Number(proxy.port) || (proxy.protocol === 'https:' ? 443 : 80);

function proxyAuthorization(proxy: URL): string | undefined {
  if (!proxy.username && !proxy.password) return undefined;
  return `Basic ${Buffer.from(`${decodeURIComponent(proxy.username)}:${decodeURIComponent(proxy.password)}`).toString('base64')}`;
}

function connectToProxy(proxy: URL): net.Socket {
  const port = proxyPort(proxy);
  const host = normalHost(proxy.hostname);
  return proxy.protocol === 'https:' ? tls.connect({ host, port, servername: net.isIP(host) ? undefined : host }) : net.connect({ host, port });
}

/**
 * How long a proxy may take to answer CONNECT. Without a bound, a proxy that accepts and then says nothing would hold
 * the request forever (an aborted request does not end a socket still being made for it); the error carries
 * ETIMEDOUT so the SDK retries it like any connection timeout.
 */
const CONNECT_TIMEOUT_MS = 30_000;

/** A socket to `host:port` through the proxy's CONNECT tunnel, ready for the TLS handshake with the target. */
function tunnel(proxy: URL, host: string, port: number, pending: Set<net.Socket>, timeoutMs: number): Promise<Duplex> {
  return new Promise((resolve, reject) => {
    const socket = connectToProxy(proxy);
    pending.add(socket);
    const authority = net.isIPv6(host) ? `[${host}]:${port}` : `${host}:${port}`;
    const auth = proxyAuthorization(proxy);
    let received = Buffer.alloc(0);
    const done = () => {
      pending.delete(socket);
      socket.setTimeout(0);
      socket.off('data', onData);
      socket.off('error', fail);
      socket.off('end', onClosed);
      socket.off('close', onClosed);
    };
    const fail = (error: Error) => {
      done();
      socket.destroy();
      reject(error);
    };
    const onClosed = () => fail(new Error(`the proxy ${proxy.host} closed the connection before answering CONNECT ${authority}`));
    const onData = (chunk: Buffer) => {
      received = Buffer.concat([received, chunk]);
      const end = received.indexOf('\r\n\r\n');
      if (end < 0) return;
      const statusLine = received.subarray(0, received.indexOf('\r\n')).toString('latin1');
      const status = Number(/^HTTP\/1\.[01] (\d{3})/.exec(statusLine)?.[1]);
      if (status !== 200) {
        fail(new Error(`the proxy ${proxy.host} refused to connect to ${authority}: ${statusLine.slice(9, 120) || 'no HTTP answer'}`));
        return;
      }
      done();
      // Bytes after the proxy's answer already belong to the target (there should be none before our hello).
      const rest = received.subarray(end + 4);
      if (rest.length) socket.unshift(rest);
      resolve(socket);
    };
    socket.on('data', onData);
    socket.on('error', fail);
    socket.on('end', onClosed);
    socket.on('close', onClosed);
    socket.setTimeout(timeoutMs, () => {
      fail(Object.assign(new Error(`the proxy ${proxy.host} did not answer CONNECT ${authority} within ${timeoutMs} ms`), { code: 'ETIMEDOUT' }));
    });
    socket.write(`CONNECT ${authority} HTTP/1.1\r\nHost: ${authority}\r\n${auth ? `Proxy-Authorization: ${auth}\r\n` : ''}\r\n`);
  });
}

type ConnectionCallback = (error: Error | null, stream: Duplex) => void;

/** Tunnels being opened; destroying the agent ends them (an aborted probe must not leave one behind). */
class PendingTunnels {
  readonly sockets = new Set<net.Socket>();

  constructor(private readonly timeoutMs: number) {}

  /** The socket through the CONNECT tunnel, to the agent's callback (which takes no socket with an error). */
  open(proxy: URL, host: string, port: number, callback: ConnectionCallback | undefined, wrap: (socket: Duplex) => Duplex = (s) => s): void {
    tunnel(proxy, normalHost(host), port, this.sockets, this.timeoutMs).then(
      (socket) => callback?.(null, wrap(socket)),
      (error: Error) => (callback as ((error: Error) => void) | undefined)?.(error),
    );
  }

  destroy(): void {
    for (const socket of this.sockets) socket.destroy();
  }
}

/** https: a CONNECT tunnel, then TLS with the target over it (certificate checks as for a direct connection). */
class ProxyHttpsAgent extends https.Agent {
  private readonly pending: PendingTunnels;

  constructor(private readonly settings: ProxySettings | undefined, options: https.AgentOptions, connectTimeoutMs: number) {
    super(options);
    this.pending = new PendingTunnels(connectTimeoutMs);
  }

  override destroy(): void {
    this.pending.destroy();
    super.destroy();
  }

  override createConnection(options: https.RequestOptions, callback?: ConnectionCallback): Duplex | null | undefined {
    const port = Number(options.port) || 443;
    const proxy = proxyFor(this.settings, 'https:', options.host ?? 'localhost', port);
    if (!proxy) return super.createConnection(options, callback);
    this.pending.open(proxy, options.host ?? 'localhost', port, callback, (socket) => tls.connect({ ...(options as tls.ConnectionOptions), socket }));
    return undefined;
  }
}

/** http through a CONNECT tunnel: for a request whose head is already written, so its target cannot change. */
class TunnelHttpAgent extends http.Agent {
  private readonly pending: PendingTunnels;

  constructor(private readonly proxy: URL, options: http.AgentOptions, connectTimeoutMs: number) {
    super(options);
    this.pending = new PendingTunnels(connectTimeoutMs);
  }

  override createConnection(options: http.ClientRequestArgs, callback?: ConnectionCallback): Duplex | null | undefined {
    this.pending.open(this.proxy, options.host ?? 'localhost', Number(options.port) || 80, callback);
    return undefined;
  }

  override destroy(): void {
    this.pending.destroy();
    super.destroy();
  }
}

type AddRequest = (request: http.ClientRequest, options: http.RequestOptions) => void;

/**
 * http: the request goes to the proxy with an absolute request target (`GET http://host:port/path`), as HTTP
 * proxies expect. Node writes the head of a request with `Expect: 100-continue` (S3 uploads send it) before the
 * agent sees the request, so such a request goes through a CONNECT tunnel instead.
 */
class ProxyHttpAgent extends http.Agent {
  private readonly tunnels = new Map<string, TunnelHttpAgent>();

  // Not `options`: that is the Agent's own field (with `path: null`, which keeps a request's path out of connect()).
  constructor(private readonly settings: ProxySettings | undefined, private readonly agentOptions: http.AgentOptions, private readonly connectTimeoutMs: number) {
    super(agentOptions);
  }

  // Not in @types/node, but what every proxy agent hooks (node's _http_agent.js; http-proxy-agent does the same).
  addRequest(request: http.ClientRequest, options: http.RequestOptions): void {
    const host = options.host ?? 'localhost';
    const port = Number(options.port) || 80;
    const proxy = proxyFor(this.settings, 'http:', host, port);
    const headWritten = Boolean((request as { _header?: string | null })._header);
    if (proxy && headWritten) {
      let agent = this.tunnels.get(proxy.href);
      if (!agent) this.tunnels.set(proxy.href, (agent = new TunnelHttpAgent(proxy, this.agentOptions, this.connectTimeoutMs)));
      return (http.Agent.prototype as unknown as { addRequest: AddRequest }).addRequest.call(agent, request, options);
    }
    if (proxy) {
      request.path = `http://${net.isIPv6(normalHost(host)) ? `[${normalHost(host)}]` : host}:${port}${request.path}`;
      const auth = proxyAuthorization(proxy);
      if (auth) request.setHeader('Proxy-Authorization', auth);
    }
    (http.Agent.prototype as unknown as { addRequest: AddRequest }).addRequest.call(this, request, options);
  }

  override createConnection(options: http.ClientRequestArgs, callback?: ConnectionCallback): Duplex | null | undefined {
    const proxy = proxyFor(this.settings, 'http:', options.host ?? 'localhost', Number(options.port) || 80);
    return proxy ? connectToProxy(proxy) : super.createConnection(options, callback);
  }

  override destroy(): void {
    for (const agent of this.tunnels.values()) agent.destroy();
    super.destroy();
  }
}

export interface ProxyAgents {
  httpAgent: http.Agent;
  httpsAgent: https.Agent;
}

/**
 * Agents that send each request through the proxy the environment names for it, or directly. `options` are the
 * usual agent options (keepAlive, maxSockets; TLS ones such as `ca` apply to https); `connectTimeoutMs` bounds the
 * wait for a proxy's answer to CONNECT. Throws when a proxy variable is not a proxy URL.
 */
export function proxyAgents(env: Env, options: https.AgentOptions = {}, connectTimeoutMs = CONNECT_TIMEOUT_MS): ProxyAgents {
  const settings = proxySettingsFromEnv(env);
  return { httpAgent: new ProxyHttpAgent(settings, options, connectTimeoutMs), httpsAgent: new ProxyHttpsAgent(settings, options, connectTimeoutMs) };
}
