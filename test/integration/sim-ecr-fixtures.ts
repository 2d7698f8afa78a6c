import { createHash } from 'node:crypto';

// Pushes images into a docker-registry through its HTTP API, the way `docker push` does, so tests of the
// simulated ECR (and of actions using it) need no docker daemon.

export const DOCKER_MANIFEST = 'application/vnd.docker.distribution.manifest.v2+json';
export const DOCKER_CONFIG = 'application/vnd.docker.container.image.v1+json';
export const DOCKER_LAYER = 'application/vnd.docker.image.rootfs.diff.tar.gzip';

/** A registry to talk to: url http://127.0.0.1:PORT and its htpasswd user. */
export interface RegistryAccess {
  url: string;
  username: string;
  password: string;
}

export interface PushedImage {
  digest: string;
  /** The manifest exactly as stored (its sha256 is `digest`). */
  manifest: string;
  /** config + layer bytes, what ECR reports as imageSizeInBytes. */
  size: number;
}

export const sha256 = (data: Buffer | string): string => `sha256:${createHash('sha256').update(data).digest('hex')}`;

export const basicAuth = (user: string, password: string): string => `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`;

async function expectStatus(res: Response, status: number, what: string): Promise<void> {
  if (res.status !== status) throw new Error(`${what}: registry answered HTTP ${res.status} (expected ${status}): ${await res.text()}`);
}

/** The registry's monolithic blob upload: POST a session, PUT the bytes with their digest. */
export async function uploadBlob(registry: RegistryAccess, repo: string, data: Buffer): Promise<{ digest: string; size: number }> {
  const authorization = basicAuth(registry.username, registry.password);
  const digest = sha256(data);
  const started = await fetch(`${registry.url}/v2/${repo}/blobs/uploads/`, { method: 'POST', headers: { authorization } });
  await expectStatus(started, 202, `start blob upload to ${repo}`);
  const location = new URL(started.headers.get('location')!, registry.url);
  location.searchParams.set('digest', digest);
  const put = await fetch(location, { method: 'PUT', body: data, headers: { authorization, 'content-type': 'application/octet-stream' } });
  await expectStatus(put, 201, `upload blob ${digest} to ${repo}`);
  return { digest, size: data.length };
}

/**
 * A one-layer Docker v2 image (the layer is `payload`'s bytes, not a real tarball: the registry does not look)
 * whose blobs are in the registry; with `tag` the manifest is also stored under that tag.
 */
export async function pushTestImage(registry: RegistryAccess, repo: string, payload: string, tag?: string): Promise<PushedImage> {
  const layer = await uploadBlob(registry, repo, Buffer.from(payload));
  const config = await uploadBlob(registry, repo, Buffer.from(JSON.stringify({
    architecture: 'amd64', os: 'linux', rootfs: { type: 'layers', diff_ids: [layer.digest] }, config: {},
  })));
  const manifest = JSON.stringify({
    schemaVersion: 2,
    mediaType: DOCKER_MANIFEST,
    config: { mediaType: DOCKER_CONFIG, size: config.size, digest: config.digest },
    layers: [{ mediaType: DOCKER_LAYER, size: layer.size, digest: layer.digest }],
  });
  if (tag !== undefined) {
    const put = await fetch(`${registry.url}/v2/${repo}/manifests/${tag}`, {
      method: 'PUT', body: manifest, headers: { authorization: basicAuth(registry.username, registry.password), 'content-type': DOCKER_MANIFEST },
    });
    await expectStatus(put, 201, `put manifest ${repo}:${tag}`);
  }
  return { digest: sha256(manifest), manifest, size: config.size + layer.size };
}

/** Docker-Content-Digest the registry serves for a tag; null when it has no such tag. */
export async function registryDigest(registry: RegistryAccess, repo: string, tag: string): Promise<string | null> {
  const res = await fetch(`${registry.url}/v2/${repo}/manifests/${tag}`, {
    headers: { authorization: basicAuth(registry.username, registry.password), accept: DOCKER_MANIFEST },
  });
  return res.status === 200 ? res.headers.get('docker-content-digest') : null;
}
