import { createHash } from 'node:crypto';
import type { RequestContext } from '../../core/service-module.js';
import {
  imageAlreadyExists, imageDigestDoesNotMatch, imageTagAlreadyExists, invalidParameter, layersNotFound, referencedImagesNotFound,
} from './errors.js';
import { registryOf, type ImageOperationsContext } from './images.js';
import { DOCKER_MANIFEST_LIST, OCI_INDEX, RegistryRejection } from './registry-client.js';
import { requireRepository } from './repositories.js';

type Json = Record<string, unknown>;

/**
 * PutImage writes the manifest into the real registry under the tag (or only its digest), with ECR's rules
 * on top: the same digest under the same tag again is ImageAlreadyExistsException (mutable or not), and an
 * IMMUTABLE repository refuses to point an existing tag at another digest.
 */
export async function putImage(context: ImageOperationsContext, input: Json, ctx: RequestContext): Promise<Json> {
  const { state } = context;
  const repo = requireRepository(state, input);
  const registry = registryOf(context);
  const manifestText = input.imageManifest;
  if (typeof manifestText !== 'string' || manifestText === '') {
    // Not confirmed.
    throw invalidParameter("1 validation error detected: Value null at 'imageManifest' failed to satisfy constraint: Member must not be null");
  }
  let manifest: Json;
  try {
    manifest = JSON.parse(manifestText) as Json;
  } catch {
    // Not confirmed.
    throw invalidParameter("Invalid parameter at 'ImageManifest' failed to satisfy constraint: 'Invalid JSON syntax'");
  }
  const declared = typeof manifest.mediaType === 'string' ? manifest.mediaType : undefined;
  const given = typeof input.imageManifestMediaType === 'string' ? input.imageManifestMediaType : undefined;
  if (declared && given && declared !== given) {
    // Not confirmed.
    throw invalidParameter(`Invalid parameter at 'imageManifestMediaType' failed to satisfy constraint: 'Manifest media type '${declared}' does not match the requested media type '${given}''`);
  }
  const mediaType = declared ?? given;
  if (!mediaType) {
    // Not confirmed. The API reference: a manifest without mediaType needs imageManifestMediaType.
    throw invalidParameter("Invalid parameter at 'imageManifestMediaType' failed to satisfy constraint: 'Media type must be specified when the manifest does not contain one'");
  }
  const digest = `sha256:${createHash('sha256').update(manifestText, 'utf8').digest('hex')}`;
  if (typeof input.imageDigest === 'string' && input.imageDigest !== digest) throw imageDigestDoesNotMatch(input.imageDigest, digest);
  const tag = typeof input.imageTag === 'string' && input.imageTag !== '' ? input.imageTag : undefined;

  if (tag !== undefined) {
    const current = await registry.head(repo.name, tag);
    if (current?.digest === digest) throw imageAlreadyExists(digest, tag, repo.name, state.accountId);
    if (current && repo.imageTagMutability === 'IMMUTABLE') throw imageTagAlreadyExists(tag, repo.name);
  } else if (await registry.head(repo.name, digest)) {
    throw imageAlreadyExists(digest, undefined, repo.name, state.accountId);
  }

  let stored: string;
  try {
    stored = await registry.putManifest(repo.name, tag ?? digest, manifestText, mediaType);
  } catch (error) {
    if (!(error instanceof RegistryRejection)) throw error;
    const isIndex = mediaType === OCI_INDEX || mediaType === DOCKER_MANIFEST_LIST;
    if (error.code === 'MANIFEST_BLOB_UNKNOWN' || error.code === 'BLOB_UNKNOWN') {
      throw isIndex ? referencedImagesNotFound(error.message) : layersNotFound(error.message);
    }
    // Not confirmed: ECR's answer to a manifest it cannot parse.
    throw invalidParameter(`Invalid parameter at 'ImageManifest' failed to satisfy constraint: '${error.message}'`);
  }
  if (!repo.pushedAt.has(stored)) repo.pushedAt.set(stored, ctx.now);
  return {
    image: {
      registryId: state.accountId,
      repositoryName: repo.name,
      imageId: { imageDigest: stored, ...(tag !== undefined ? { imageTag: tag } : {}) },
      imageManifest: manifestText,
      imageManifestMediaType: mediaType,
    },
  };
}
