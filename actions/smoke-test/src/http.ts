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

async function readBody(response: Response): Promise<string> {
  if (!response.body) return '';
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    size += value.byteLength;
    if (size >= MAX_BODY_BYTES) {
      await reader.cancel();
      break;
    }
  }
  return Buffer.concat(chunks).subarray(0, MAX_BODY_BYTES).toString('utf8');
}

/** Turns fetch's nested errors into what a user can act on: "connection refused", "no response within 10s". */
export function describeFetchError(error: unknown, timeoutMs: number): string {
  const err = error as { name?: string; message?: string; cause?: { code?: string; message?: string } };
  if (err.name === 'TimeoutError' || err.name === 'AbortError') return `no complete response within ${timeoutMs} ms`;
  const code = err.cause?.code;
  const known: Record<string, string> = {
    ECONNREFUSED: 'connection refused',
    ECONNRESET: 'connection reset',
    ENOTFOUND: 'host not found',
    EAI_AGAIN: 'DNS lookup failed',
    UND_ERR_SOCKET: 'connection closed by the server',
    CERT_HAS_EXPIRED: 'TLS certificate has expired',
    DEPTH_ZERO_SELF_SIGNED_CERT: 'TLS certificate is self-signed',
  };
  if (code) return `${known[code] ?? err.cause?.message ?? 'request failed'} (${code})`;
  return err.cause?.message ?? err.message ?? String(error);
}

export function createFetchProbe(now: () => number = () => performance.now()): Probe {
  return async (request) => {
    const started = now();
    const signal = AbortSignal.timeout(request.timeoutMs);
    try {
      const response = await fetch(request.url, {
        method: request.method,
        headers: request.headers,
        body: request.body,
        redirect: request.followRedirects ? 'follow' : 'manual',
        signal,
      });
      const body = await readBody(response);
      return { status: response.status, body, latencyMs: now() - started, finalUrl: response.url || request.url };
    } catch (error) {
      throw new Error(describeFetchError(error, request.timeoutMs), { cause: error });
    }
  };
}
