import { SimError } from '../../core/errors.js';

/*
 * ECR's error codes with the messages it is publicly reported to send. Messages that could not be checked
 * against a real ECR answer say "not confirmed".
 */

export const repositoryNotFound = (name: string, registryId: string): SimError =>
  new SimError('RepositoryNotFoundException', `The repository with name '${name}' does not exist in the registry with id '${registryId}'`);

export const repositoryAlreadyExists = (name: string, registryId: string): SimError =>
  new SimError('RepositoryAlreadyExistsException', `The repository with name '${name}' already exists in the registry with id '${registryId}'`);

export const lifecyclePolicyNotFound = (name: string, registryId: string): SimError =>
  new SimError('LifecyclePolicyNotFoundException', `Lifecycle policy does not exist for the repository with name '${name}' in the registry with id '${registryId}'`);

/** ECR prints an absent half of the image id as 'null'. */
export const imageNotFound = (id: { imageDigest?: string; imageTag?: string }, name: string, registryId: string): SimError =>
  new SimError('ImageNotFoundException', `The image with imageId {imageDigest:'${id.imageDigest ?? 'null'}', imageTag:'${id.imageTag ?? 'null'}'} does not exist within the repository with name '${name}' in the registry with id '${registryId}'`);

export const imageAlreadyExists = (digest: string, tag: string | undefined, name: string, registryId: string): SimError =>
  new SimError('ImageAlreadyExistsException', tag === undefined
    // The untagged form is not confirmed.
    ? `Image with digest '${digest}' already exists in the repository with name '${name}' in registry with id '${registryId}'`
    : `Image with digest '${digest}' and tag '${tag}' already exists in the repository with name '${name}' in registry with id '${registryId}'`);

/** The text ECR's registry endpoint gives `docker push`; PutImage's own wording is not confirmed. */
export const imageTagAlreadyExists = (tag: string, name: string): SimError =>
  new SimError('ImageTagAlreadyExistsException', `The image tag '${tag}' already exists in the '${name}' repository and cannot be overwritten because the repository is immutable.`);

// Not confirmed.
export const imageDigestDoesNotMatch = (given: string, computed: string): SimError =>
  new SimError('ImageDigestDoesNotMatchException', `Provided digest '${given}' does not match the digest '${computed}' computed for the image manifest.`);

// Not confirmed.
export const layersNotFound = (detail: string): SimError =>
  new SimError('LayersNotFoundException', `The manifest references layers that are not in the repository: ${detail}`);

// Not confirmed.
export const referencedImagesNotFound = (detail: string): SimError =>
  new SimError('ReferencedImagesNotFoundException', `The manifest list references images that are not in the repository: ${detail}`);

export const invalidParameter = (message: string): SimError => new SimError('InvalidParameterException', message);

/** Smithy enum/length checks answer ValidationException with this sentence shape (the ECR wording is not confirmed). */
export const enumValidation = (value: unknown, field: string, allowed: readonly string[]): SimError =>
  new SimError('ValidationException', `1 validation error detected: Value '${String(value)}' at '${field}' failed to satisfy constraint: Member must satisfy enum value set: [${allowed.join(', ')}]`);

export const noRegistry = (): SimError =>
  new SimError('ServerException', 'The simulator has no registry behind ECR: start it with { ecr: { registryUrl, username, password } }.', 500);
