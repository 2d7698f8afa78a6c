import type { RequestContext } from '../../core/service-module.js';
import { imageNotFound, invalidParameter, noRegistry } from './errors.js';
import { DOCKER_MANIFEST_LIST, MANIFEST_MEDIA_TYPES, OCI_INDEX, type RegistryClient } from './registry-client.js';
import { paginate, requireRepository, type EcrRepository, type EcrState } from './repositories.js';

type Json = Record<string, unknown>;

export interface ImageId {
  imageDigest?: string;
  imageTag?: string;
}

/** One manifest the registry holds for a repository, with every tag pointing at it. */
export interface ImageRecord {
  digest: string;
  mediaType: string;
  tags: string[];
  pushedAt: number;
}

export interface ImageOperationsContext {
  state: EcrState;
  registry: RegistryClient | undefined;
}

export function registryOf(context: ImageOperationsContext): RegistryClient {
  if (!context.registry) throw noRegistry();
  return context.registry;
}

const TAG_STATUSES = ['TAGGED', 'UNTAGGED', 'ANY'];

/**
 * What the registry holds for a repository, read afresh: every tag resolved to its digest, plus the untagged
 * digests the simulator has seen there (a registry cannot list manifests that no tag points at).
 */
export async function inventory(registry: RegistryClient, repo: EcrRepository, now: number): Promise<Map<string, ImageRecord>> {
  const tags = await registry.tags(repo.name);
  const heads = await Promise.all(tags.map(async (tag) => ({ tag, head: await registry.head(repo.name, tag) })));
  const images = new Map<string, ImageRecord>();
  const add = (digest: string, mediaType: string): ImageRecord => {
    let record = images.get(digest);
    if (!record) {
      if (!repo.pushedAt.has(digest)) repo.pushedAt.set(digest, now);
      record = { digest, mediaType, tags: [], pushedAt: repo.pushedAt.get(digest)! };
      images.set(digest, record);
    }
    return record;
  };
  for (const { tag, head } of heads) if (head) add(head.digest, head.mediaType).tags.push(tag);
  const untagged = [...repo.pushedAt.keys()].filter((digest) => !images.has(digest));
  for (const { digest, head } of await Promise.all(untagged.map(async (digest) => ({ digest, head: await registry.head(repo.name, digest) })))) {
    if (head) add(digest, head.mediaType);
    else repo.pushedAt.delete(digest);
  }
  for (const record of images.values()) record.tags.sort();
  return images;
}

/** A digest no tag points at and the simulator never saw, asked for by digest: the registry may still hold it. */
async function untaggedByDigest(
  registry: RegistryClient, repo: EcrRepository, images: Map<string, ImageRecord>, id: ImageId, now: number,
): Promise<ImageRecord | undefined> {
  if (id.imageDigest === undefined || id.imageTag !== undefined || images.has(id.imageDigest)) return undefined;
  const head = await registry.head(repo.name, id.imageDigest);
  if (!head) return undefined;
  repo.pushedAt.set(head.digest, now);
  const record = { digest: head.digest, mediaType: head.mediaType, tags: [], pushedAt: now };
  images.set(head.digest, record);
  return record;
}

function sortedImages(images: Map<string, ImageRecord>): ImageRecord[] {
  return [...images.values()].sort((a, b) => a.pushedAt - b.pushedAt || a.digest.localeCompare(b.digest));
}

function tagStatusFilter(input: Json): (record: ImageRecord) => boolean {
  const status = (input.filter as { tagStatus?: string } | undefined)?.tagStatus ?? 'ANY';
  if (!TAG_STATUSES.includes(status)) {
    // Not confirmed.
    throw invalidParameter(`1 validation error detected: Value '${status}' at 'filter.tagStatus' failed to satisfy constraint: Member must satisfy enum value set: [${TAG_STATUSES.join(', ')}]`);
  }
  return (record) => status === 'ANY' || (status === 'TAGGED') === record.tags.length > 0;
}

function findImage(images: Map<string, ImageRecord>, id: ImageId): ImageRecord | undefined {
  const byDigest = id.imageDigest === undefined ? undefined : images.get(id.imageDigest);
  if (id.imageTag === undefined) return byDigest;
  const byTag = [...images.values()].find((record) => record.tags.includes(id.imageTag!));
  if (id.imageDigest !== undefined && byTag !== byDigest) return undefined;
  return byTag;
}

/** Total bytes of config + layers as the manifest declares them; an index adds up its platform images. */
async function imageSize(registry: RegistryClient, repo: string, manifest: Json): Promise<number> {
  const sizeOf = (m: Json): number => {
    const config = (m.config as { size?: number } | undefined)?.size ?? 0;
    return config + ((m.layers as Array<{ size?: number }> | undefined) ?? []).reduce((sum, layer) => sum + (layer.size ?? 0), 0);
  };
  const children = manifest.manifests as Array<{ digest: string }> | undefined;
  if (!children) return sizeOf(manifest);
  // Not confirmed: how ECR sizes a manifest list. Children the registry does not have count as 0.
  const sizes = await Promise.all(children.map(async (child) => {
    const body = (await registry.manifest(repo, child.digest))?.body;
    return body ? sizeOf(JSON.parse(body) as Json) : 0;
  }));
  return sizes.reduce((a, b) => a + b, 0);
}

async function imageDetail(context: ImageOperationsContext, repo: EcrRepository, record: ImageRecord): Promise<Json> {
  const registry = registryOf(context);
  const manifest = await registry.manifest(repo.name, record.digest);
  const parsed = manifest ? (JSON.parse(manifest.body) as Json) : {};
  const isIndex = record.mediaType === OCI_INDEX || record.mediaType === DOCKER_MANIFEST_LIST;
  const artifactMediaType = (parsed.config as { mediaType?: string } | undefined)?.mediaType;
  return {
    registryId: context.state.accountId,
    repositoryName: repo.name,
    imageDigest: record.digest,
    ...(record.tags.length > 0 ? { imageTags: record.tags } : {}),
    imageSizeInBytes: await imageSize(registry, repo.name, parsed),
    imagePushedAt: new Date(record.pushedAt),
    imageManifestMediaType: record.mediaType,
    ...(!isIndex && artifactMediaType ? { artifactMediaType } : {}),
  };
}

export async function describeImages(context: ImageOperationsContext, input: Json, ctx: RequestContext): Promise<Json> {
  const repo = requireRepository(context.state, input);
  const registry = registryOf(context);
  const images = await inventory(registry, repo, ctx.now);
  const ids = input.imageIds as ImageId[] | undefined;
  if (ids !== undefined) {
    const found: ImageRecord[] = [];
    for (const id of ids) {
      const record = findImage(images, id) ?? (await untaggedByDigest(registry, repo, images, id, ctx.now));
      // ECR fails the whole call for the first image it cannot find (no partial answer, no failures list).
      if (!record) throw imageNotFound(id, repo.name, context.state.accountId);
      if (!found.includes(record)) found.push(record);
    }
    return { imageDetails: await Promise.all(found.map((record) => imageDetail(context, repo, record))) };
  }
  const page = paginate(sortedImages(images).filter(tagStatusFilter(input)), input, 1000);
  return {
    imageDetails: await Promise.all(page.items.map((record) => imageDetail(context, repo, record))),
    ...(page.nextToken ? { nextToken: page.nextToken } : {}),
  };
}

export async function listImages(context: ImageOperationsContext, input: Json, ctx: RequestContext): Promise<Json> {
  const repo = requireRepository(context.state, input);
  const images = await inventory(registryOf(context), repo, ctx.now);
  const ids = sortedImages(images).filter(tagStatusFilter(input)).flatMap((record): ImageId[] =>
    record.tags.length === 0 ? [{ imageDigest: record.digest }] : record.tags.map((tag) => ({ imageDigest: record.digest, imageTag: tag })));
  const page = paginate(ids, input, 1000);
  return { imageIds: page.items, ...(page.nextToken ? { nextToken: page.nextToken } : {}) };
}

export async function batchGetImage(context: ImageOperationsContext, input: Json, ctx: RequestContext): Promise<Json> {
  const repo = requireRepository(context.state, input);
  const registry = registryOf(context);
  const ids = input.imageIds as ImageId[] | undefined;
  if (!Array.isArray(ids) || ids.length === 0) {
    // Not confirmed.
    throw invalidParameter("1 validation error detected: Value null at 'imageIds' failed to satisfy constraint: Member must not be null");
  }
  const accepted = (input.acceptedMediaTypes as string[] | undefined) ?? MANIFEST_MEDIA_TYPES;
  const images: Json[] = [];
  const failures: Json[] = [];
  for (const id of ids) {
    const imageId = { ...(id.imageDigest ? { imageDigest: id.imageDigest } : {}), ...(id.imageTag ? { imageTag: id.imageTag } : {}) };
    if (!id.imageDigest && !id.imageTag) {
      // failureReason not confirmed.
      failures.push({ imageId, failureCode: 'MissingDigestAndTag', failureReason: 'Invalid request parameters: both tag and digest cannot be null' });
      continue;
    }
    // The registry applies the accepted media types itself (a type it may not serve answers 404).
    const manifest = await registry.manifest(repo.name, id.imageDigest ?? id.imageTag!, accepted);
    if (!manifest) {
      failures.push({ imageId, failureCode: 'ImageNotFound', failureReason: 'Requested image not found' });
      continue;
    }
    if (id.imageDigest && id.imageTag && (await registry.head(repo.name, id.imageTag))?.digest !== id.imageDigest) {
      // failureReason not confirmed.
      failures.push({ imageId, failureCode: 'ImageTagDoesNotMatchDigest', failureReason: 'Invalid image tag for image with digest' });
      continue;
    }
    if (!repo.pushedAt.has(manifest.digest)) repo.pushedAt.set(manifest.digest, ctx.now);
    images.push({
      registryId: context.state.accountId,
      repositoryName: repo.name,
      imageId: { imageDigest: manifest.digest, ...(id.imageTag ? { imageTag: id.imageTag } : {}) },
      imageManifest: manifest.body,
      imageManifestMediaType: manifest.mediaType,
    });
  }
  return { images, failures };
}
