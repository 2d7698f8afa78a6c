import {
  BatchGetImageCommand, CreateRepositoryCommand, DescribeImagesCommand, DescribeRepositoriesCommand, ECRClient,
  GetAuthorizationTokenCommand, PutImageCommand, PutLifecyclePolicyCommand, paginateDescribeImages,
  type AuthorizationData, type ImageDetail, type Repository,
} from '@aws-sdk/client-ecr';
import { awsClientConfig } from '../../common/src/aws-client.js';
import { withStep } from '../../common/src/errors.js';

export interface RegistryLogin {
  username: string;
  password: string;
  /** host[:port], the form `docker login` and image references take. */
  host: string;
  expiresAt?: Date;
}

export interface ImageInfo {
  digest: string;
  tags: string[];
  sizeBytes?: number;
  mediaType?: string;
}

export interface RepositoryInfo {
  name: string;
  uri: string;
  immutable: boolean;
}

export interface NewRepository {
  name: string;
  immutable: boolean;
  scanOnPush: boolean;
  /** Lifecycle policy: expire all but the newest N images. */
  keepLast?: number;
}

/** What build-push asks of ECR, and nothing more: run.ts is tested against fakes of this. */
export interface EcrApi {
  describeRepository(name: string): Promise<RepositoryInfo | undefined>;
  createRepository(spec: NewRepository): Promise<RepositoryInfo>;
  getLogin(): Promise<RegistryLogin>;
  /** Every image of the repository with its tags. */
  listImages(repository: string): Promise<ImageInfo[]>;
  /** The image a tag points at, or undefined when the tag is not in the repository. */
  describeTag(repository: string, tag: string): Promise<ImageInfo | undefined>;
  getManifest(repository: string, digest: string): Promise<{ manifest: string; mediaType?: string }>;
  /** Points `tag` at the image with this manifest; an identical tag already there is fine. */
  putTag(repository: string, tag: string, manifest: string, mediaType: string | undefined, digest: string): Promise<void>;
}

/**
 * ECR's authorization token is base64 of `user:password` (user is always AWS); proxyEndpoint is the registry
 * URL with its scheme, which docker login and image references do not take.
 */
export function parseAuthorizationData(data: AuthorizationData | undefined): RegistryLogin {
  const token = data?.authorizationToken;
  const endpoint = data?.proxyEndpoint;
  if (!token || !endpoint) throw new Error('GetAuthorizationToken returned no authorizationToken/proxyEndpoint');
  const decoded = Buffer.from(token, 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  if (colon <= 0 || colon === decoded.length - 1) throw new Error('GetAuthorizationToken returned a token that is not base64 of user:password');
  return { username: decoded.slice(0, colon), password: decoded.slice(colon + 1), host: endpoint.replace(/^[a-z]+:\/\//i, '').replace(/\/+$/, ''), expiresAt: data?.expiresAt };
}

export function lifecyclePolicyText(keepLast: number): string {
  return JSON.stringify({
    rules: [{
      rulePriority: 1,
      description: `Keep the newest ${keepLast} images (build-push)`,
      selection: { tagStatus: 'any', countType: 'imageCountMoreThan', countNumber: keepLast },
      action: { type: 'expire' },
    }],
  });
}

const toInfo = (detail: ImageDetail): ImageInfo => ({
  digest: detail.imageDigest ?? '', tags: detail.imageTags ?? [], sizeBytes: detail.imageSizeInBytes, mediaType: detail.imageManifestMediaType,
});

const toRepository = (repo: Repository | undefined, name: string): RepositoryInfo => {
  if (!repo?.repositoryUri) throw new Error(`ECR returned no repositoryUri for ${name}`);
  return { name, uri: repo.repositoryUri, immutable: (repo.imageTagMutability ?? 'MUTABLE').startsWith('IMMUTABLE') };
};

const named = (error: unknown, name: string) => (error as { name?: string })?.name === name;

export function createEcrApi(region: string, registryId?: string): EcrApi {
  const ecr = new ECRClient(awsClientConfig(region, 'build-push'));
  return {
    async describeRepository(name) {
      try {
        const out = await ecr.send(new DescribeRepositoriesCommand({ registryId, repositoryNames: [name] }));
        return toRepository(out.repositories?.[0], name);
      } catch (error) {
        if (named(error, 'RepositoryNotFoundException')) return undefined;
        throw withStep(`Could not describe ECR repository ${name}`, error);
      }
    },
    async createRepository(spec) {
      try {
        const out = await ecr.send(new CreateRepositoryCommand({
          registryId, repositoryName: spec.name, imageTagMutability: spec.immutable ? 'IMMUTABLE' : 'MUTABLE',
          imageScanningConfiguration: { scanOnPush: spec.scanOnPush }, tags: [{ Key: 'created-by', Value: 'platform-actions/build-push' }],
        }));
        if (spec.keepLast) {
          await ecr.send(new PutLifecyclePolicyCommand({ registryId, repositoryName: spec.name, lifecyclePolicyText: lifecyclePolicyText(spec.keepLast) }));
        }
        return toRepository(out.repository, spec.name);
      } catch (error) {
        // Two jobs creating the same repository at once: the other one won, which is what we wanted.
        if (named(error, 'RepositoryAlreadyExistsException')) {
          const existing = await this.describeRepository(spec.name);
          if (existing) return existing;
        }
        throw withStep(`Could not create ECR repository ${spec.name}`, error);
      }
    },
    async getLogin() {
      try {
        const out = await ecr.send(new GetAuthorizationTokenCommand(registryId ? { registryIds: [registryId] } : {}));
        return parseAuthorizationData(out.authorizationData?.[0]);
      } catch (error) {
        throw withStep('Could not get an ECR login (GetAuthorizationToken)', error);
      }
    },
    async listImages(repository) {
      const images: ImageInfo[] = [];
      try {
        for await (const page of paginateDescribeImages({ client: ecr }, { registryId, repositoryName: repository })) {
          images.push(...(page.imageDetails ?? []).map(toInfo));
        }
      } catch (error) {
        throw withStep(`Could not list the images of ${repository}`, error);
      }
      return images;
    },
    async describeTag(repository, tag) {
      try {
        const out = await ecr.send(new DescribeImagesCommand({ registryId, repositoryName: repository, imageIds: [{ imageTag: tag }] }));
        const detail = out.imageDetails?.[0];
        return detail ? toInfo(detail) : undefined;
      } catch (error) {
        if (named(error, 'ImageNotFoundException')) return undefined;
        throw withStep(`Could not describe ${repository}:${tag}`, error);
      }
    },
    async getManifest(repository, digest) {
      const out = await ecr.send(new BatchGetImageCommand({
        registryId, repositoryName: repository, imageIds: [{ imageDigest: digest }],
        acceptedMediaTypes: ['application/vnd.docker.distribution.manifest.v2+json', 'application/vnd.oci.image.manifest.v1+json',
          'application/vnd.docker.distribution.manifest.list.v2+json', 'application/vnd.oci.image.index.v1+json'],
      })).catch((error: unknown) => {
        throw withStep(`Could not read the manifest of ${repository}@${digest}`, error);
      });
      const image = out.images?.[0];
      if (!image?.imageManifest) {
        throw new Error(`Could not read the manifest of ${repository}@${digest}: ${out.failures?.[0]?.failureReason ?? 'no image returned'}`);
      }
      return { manifest: image.imageManifest, mediaType: image.imageManifestMediaType };
    },
    async putTag(repository, tag, manifest, mediaType, digest) {
      try {
        await ecr.send(new PutImageCommand({ registryId, repositoryName: repository, imageTag: tag, imageManifest: manifest, imageManifestMediaType: mediaType, imageDigest: digest || undefined }));
      } catch (error) {
        if (named(error, 'ImageAlreadyExistsException')) return;
        throw withStep(`Could not tag ${repository}@${digest} as ${tag}`, error);
      }
    },
  };
}
