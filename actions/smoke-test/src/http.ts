import { request as httpRequest, type IncomingMessage, type OutgoingHttpHeaders } from 'node:http';
import { type AgentOptions, request as httpsRequest } from 'node:https';
import { createBrotliDecompress, createGunzip, createInflate } from 'node:zlib';
import { proxyAgents, type ProxyAgents, proxySettingsFromEnv } from '../../common/src/proxy.js';

/** The one effect smoke-test has: an HTTP request, behind a narrow interface so run.ts is tested with fakes. */
export interface ProbeRequest {
  url: string;
  method: string;
  headers: Record<string, string>;
  body?: string;
  timeoutMs: number;
  followRedirects: boolean;
}

export interface ProbeResponse {
  status: number;
  body: string;
  latencyMs: number;
  /** Where the response came from after redirects. */
  finalUrl: string;
}

export type Probe = (request: ProbeRequest) => Promise<ProbeResponse>;

/** Bodies past this are cut: a health endpoint that streams megabytes should not fill the runner's memory. */
const MAX_BODY_BYTES = 2 * 1024 * 1024;
/** As fetch (and browsers) allow. */
const MAX_REDIRECTS = 20;
const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);
/** Headers that carry credentials for one origin: a redirect to another origin drops them, as fetch does. */
const ORIGIN_CREDENTIALS = ['authorization', 'cookie', 'proxy-authorization'];

interface Hop {
  url: URL;
  method: string;
  headers: OutgoingHttpHeaders;
  body?: string;
}

function send(hop: Hop, agents: ProxyAgents, signal: AbortSignal): Promise<IncomingMessage> {
  const https = hop.url.protocol === 'https:';
  const request = https ? httpsRequest : httpRequest;
  return new Promise((resolve, reject) => {
    // The deadline ends the wait itself: a request still waiting for its socket (a proxy slow to answer CONNECT)
    // reports its abort only once the socket comes.
    const onAbort = () => reject(signal.reason as Error);
    signal.addEventListener('abort', onAbort, { once: true });
    const settle = <T>(then: (value: T) => void) => (value: T) => {
      signal.removeEventListener('abort', onAbort);
      then(value);
    };
    const req = request(hop.url, { method: hop.method, headers: hop.headers, agent: https ? agents.httpsAgent : agents.httpAgent, signal }, settle(resolve));
    req.on('error', settle(reject));
    req.end(hop.body);
  });
}

/** The body as text, decoded as fetch decodes it, and cut at MAX_BODY_BYTES. */
async function readBody(response: IncomingMessage): Promise<string> {
  const encoding = String(response.headers['content-encoding'] ?? '').trim().toLowerCase();
  const decoder = encoding === 'gzip' || encoding === 'x-gzip' ? createGunzip() : encoding === 'deflate' ? createInflate() : encoding === 'br' ? createBrotliDecompress() : undefined;
  const stream = decoder ? response.pipe(decoder) : response;
  // A decoder does not see the response fail: pass the error on, so the loop below ends with it.
  if (decoder) response.on('error', (error) => decoder.destroy(error));
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    chunks.push(chunk as Buffer);
    size += (chunk as Buffer).byteLength;
    if (size >= MAX_BODY_BYTES) break;
  }
  response.destroy();
  return Buffer.concat(chunks).subarray(0, MAX_BODY_BYTES).toString('utf8');
}

/** The request after a redirect to `location`, as fetch makes it (RFC 9110 15.4, Fetch "HTTP-redirect fetch"). */
function redirected(hop: Hop, status: number, location: string): Hop {
  const url = new URL(location, hop.url);
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new Error(`redirected to ${url.protocol}, which is not http or https`);
  const headers = { ...hop.headers };
  let { method, body } = hop;
  if ((status === 303 && method !== 'HEAD') || ((status === 301 || status === 302) && method === 'POST')) {
    method = 'GET';
    body = undefined;
    for (const name of Object.keys(headers)) if (/^content-/i.test(name)) delete headers[name];
  }
  if (url.origin !== hop.url.origin) for (const name of Object.keys(headers)) if (ORIGIN_CREDENTIALS.includes(name.toLowerCase())) delete headers[name];
  return { url, method, headers, body };
}

/** Turns a failed request into what a user can act on: "connection refused", "no response within 10s". */
export function describeRequestError(error: unknown, timeoutMs: number, timedOut: boolean): string {
  const err = error as { name?: string; message?: string; code?: string };
  if (timedOut || err.name === 'AbortError' || err.name === 'TimeoutError') return `no complete response within ${timeoutMs} ms`;
  const known: Record<string, string> = {
    ECONNREFUSED: 'connection refused',
    ECONNRESET: err.message === 'socket hang up' ? 'connection closed by the server' : 'connection reset',
    ENOTFOUND: 'host not found',
    EAI_AGAIN: 'DNS lookup failed',
    CERT_HAS_EXPIRED: 'TLS certificate has expired',
    DEPTH_ZERO_SELF_SIGNED_CERT: 'TLS certificate is self-signed',
    SELF_SIGNED_CERT_IN_CHAIN: 'TLS certificate chain has a self-signed certificate',
    UNABLE_TO_VERIFY_LEAF_SIGNATURE: 'TLS certificate is not from a trusted issuer',
    ERR_TLS_CERT_ALTNAME_INVALID: 'TLS certificate is for another host name',
  };
  if (err.code && known[err.code]) return `${known[err.code]} (${err.code})`;
  return err.message ?? String(error);
}

/**
 * node:http(s) rather than fetch: requests must go through HTTPS_PROXY / HTTP_PROXY unless NO_PROXY says otherwise,
 * and Node's fetch reads the proxy environment only when NODE_USE_ENV_PROXY is set at startup (which an action
 * cannot do); a dispatcher for it would mean bundling undici. So this does what fetch did for the probe: redirects,
 * gzip/deflate/br bodies, one deadline for the whole exchange.
 */
export function createHttpProbe(
  env: Record<string, string | undefined> = process.env,
  agentOptions: AgentOptions = {},
  now: () => number = () => performance.now(),
): Probe {
  // A proxy variable that is not a proxy URL fails the step here, before any request.
  proxySettingsFromEnv(env);
  return async (request) => {
    // Agents of its own per attempt, destroyed after it: nothing of an attempt (a tunnel still being opened) outlives it.
    const agents = proxyAgents(env, agentOptions);
    const started = now();
    const signal = AbortSignal.timeout(request.timeoutMs);
    const headers: OutgoingHttpHeaders = { accept: '*/*', 'accept-encoding': 'gzip, deflate, br', 'user-agent': 'platform-actions/smoke-test' };
    // The user's headers win over these defaults, whatever their case.
    for (const name of Object.keys(request.headers)) delete headers[name.toLowerCase()];
    let hop: Hop = { url: new URL(request.url), method: request.method, headers: { ...headers, ...request.headers }, body: request.body };
    try {
      for (let redirects = 0; ; redirects += 1) {
        const response = await send(hop, agents, signal);
        const status = response.statusCode ?? 0;
        const location = response.headers.location;
        if (!request.followRedirects || !REDIRECT_STATUSES.has(status) || !location) {
          const body = await readBody(response);
          return { status, body, latencyMs: now() - started, finalUrl: hop.url.toString() };
        }
        response.resume();
        if (redirects === MAX_REDIRECTS) throw new Error(`more than ${MAX_REDIRECTS} redirects`);
        hop = redirected(hop, status, location);
      }
    } catch (error) {
      throw new Error(describeRequestError(error, request.timeoutMs, signal.aborted), { cause: error });
    } finally {
      agents.httpAgent.destroy();
      agents.httpsAgent.destroy();
    }
  };
}
