import { Agent, request, type IncomingHttpHeaders } from 'node:http';
import { SimError } from '../../core/errors.js';

/** Where the real registry behind the simulated ECR lives, and the htpasswd user the auth token carries. */
export interface RegistryConnection {
  /** http://127.0.0.1:PORT: a docker-registry, or a fault proxy in front of one. */
  registryUrl: string;
  username: string;
  password: string;
}

export const OCI_MANIFEST = 'application/vnd.oci.image.manifest.v1+json';
export const OCI_INDEX = 'application/vnd.oci.image.index.v1+json';
export const DOCKER_MANIFEST = 'application/vnd.docker.distribution.manifest.v2+json';
export const DOCKER_MANIFEST_LIST = 'application/vnd.docker.distribution.manifest.list.v2+json';
export const MANIFEST_MEDIA_TYPES = [OCI_MANIFEST, OCI_INDEX, DOCKER_MANIFEST, DOCKER_MANIFEST_LIST];

export interface ManifestHead {
  digest: string;
  mediaType: string;
}

export interface Manifest extends ManifestHead {
  body: string;
}

/** A registry answer the ECR operation turns into its own error (e.g. MANIFEST_BLOB_UNKNOWN -> LayersNotFound). */
export class RegistryRejection extends Error {
  constructor(readonly status: number, readonly code: string | undefined, message: string) {
    super(message);
  }
}

interface RawResponse {
  status: number;
  headers: IncomingHttpHeaders;
  body: string;
}

/** Bounds every registry call: a hung registry must become an error, never a hung SDK request. */
const REQUEST_TIMEOUT_MS = 10_000;

/**
 * The few Docker Registry HTTP API v2 calls ECR's image operations need, with basic auth. The sim reads
 * the registry on every call rather than caching, so what the SDK sees is what the registry holds.
 */
export class RegistryClient {
  // No keep-alive: idle pooled sockets would outlive Simulator#stop(), which knows nothing of this client.
  private readonly agent = new Agent({ keepAlive: false, maxSockets: 8 });
  private readonly authorization: string;
  private readonly base: URL;

  constructor(readonly connection: RegistryConnection) {
    this.base = new URL(connection.registryUrl);
    this.authorization = `Basic ${Buffer.from(`${connection.username}:${connection.password}`).toString('base64')}`;
  }

  /** host:port, the form repository URIs and `docker login` use. */
  get address(): string {
    return this.base.host;
  }

  /** Tags of a repository; [] when the registry has never seen it. */
  async tags(name: string): Promise<string[]> {
    const res = await this.send('GET', `/v2/${name}/tags/list`);
    if (res.status === 404) return [];
    this.expect(res, 200, `list tags of ${name}`);
    const parsed = JSON.parse(res.body) as { tags?: string[] | null };
    return parsed.tags ?? [];
  }

  /** Digest and media type of a tag or digest; undefined when the registry does not have it. */
  async head(name: string, reference: string, accept: string[] = MANIFEST_MEDIA_TYPES): Promise<ManifestHead | undefined> {
    const res = await this.send('HEAD', `/v2/${name}/manifests/${reference}`, { accept: accept.join(', ') });
    if (res.status === 404) return undefined;
    this.expect(res, 200, `look up ${name}:${reference}`);
    return { digest: header(res.headers, 'docker-content-digest'), mediaType: header(res.headers, 'content-type') };
  }

  async manifest(name: string, reference: string, accept: string[] = MANIFEST_MEDIA_TYPES): Promise<Manifest | undefined> {
    const res = await this.send('GET', `/v2/${name}/manifests/${reference}`, { accept: accept.join(', ') });
    if (res.status === 404) return undefined;
    this.expect(res, 200, `read manifest ${name}:${reference}`);
    return { digest: header(res.headers, 'docker-content-digest'), mediaType: header(res.headers, 'content-type'), body: res.body };
  }

  /** Stores a manifest under a tag or its digest; returns the digest the registry computed. */
  async putManifest(name: string, reference: string, body: string, mediaType: string): Promise<string> {
    const res = await this.send('PUT', `/v2/${name}/manifests/${reference}`, { 'content-type': mediaType }, body);
    this.expect(res, 201, `put manifest ${name}:${reference}`);
    return header(res.headers, 'docker-content-digest');
  }

  private expect(res: RawResponse, status: number, what: string): void {
    if (res.status === status) return;
    let code: string | undefined;
    let detail = res.body.slice(0, 500);
    try {
      const first = (JSON.parse(res.body) as { errors?: Array<{ code?: string; message?: string }> }).errors?.[0];
      code = first?.code;
      detail = `${first?.code ?? ''} ${first?.message ?? ''}`.trim() || detail;
    } catch {
      // Not the registry's JSON error (e.g. a fault proxy's text): keep the raw text.
    }
    if (res.status >= 500 || res.status === 401 || res.status === 403) {
      throw new SimError('ServerException', `registry at ${this.base.host} answered HTTP ${res.status} to ${what}: ${detail}`, 500);
    }
    throw new RegistryRejection(res.status, code, `registry answered HTTP ${res.status} to ${what}: ${detail}`);
  }

  private send(method: string, path: string, headers: Record<string, string> = {}, body?: string): Promise<RawResponse> {
    const payload = body === undefined ? undefined : Buffer.from(body, 'utf8');
    return new Promise((resolve, reject) => {
      const req = request(new URL(path, this.base), {
        method,
        agent: this.agent,
        headers: {
          authorization: this.authorization,
          ...headers,
          ...(payload ? { 'content-length': String(payload.length) } : {}),
        },
        timeout: REQUEST_TIMEOUT_MS,
      }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
        res.on('error', (error) => reject(unreachable(this.base, error)));
      });
      req.on('timeout', () => req.destroy(new Error(`no answer within ${REQUEST_TIMEOUT_MS} ms`)));
      req.on('error', (error) => reject(unreachable(this.base, error)));
      req.end(payload);
    });
  }
}

function unreachable(base: URL, error: Error): SimError {
  return new SimError('ServerException', `registry at ${base.host} could not be reached: ${error.message}`, 500);
}

function header(headers: IncomingHttpHeaders, name: string): string {
  const value = headers[name];
  return (Array.isArray(value) ? value[0] : value) ?? '';
}
