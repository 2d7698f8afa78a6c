import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import {
  BatchGetImageCommand, CreateRepositoryCommand, DescribeImagesCommand, DescribeRepositoriesCommand, ECRClient,
  GetAuthorizationTokenCommand, GetLifecyclePolicyCommand, ListImagesCommand, PutImageCommand, PutImageScanningConfigurationCommand,
  PutImageTagMutabilityCommand, PutLifecyclePolicyCommand,
} from '@aws-sdk/client-ecr';
import { startSimulator, type Simulator } from '../sim/index.js';
import { useSimulatorEnv } from '../sim/sdk-env.js';
import { runAwsCli } from '../support/awscli.js';
import { FaultProxy } from '../support/fault-proxy.js';
import { startRegistry, type RegistryServer } from '../support/registry.js';
import {
  DOCKER_CONFIG, DOCKER_LAYER, DOCKER_MANIFEST, basicAuth as basic, pushTestImage, registryDigest as registryDigestOf, sha256, type RegistryAccess,
} from './sim-ecr-fixtures.js';

// The simulated ECR against a real docker-registry (htpasswd user AWS): images are pushed through the
// registry's own blob/manifest API, as docker would, and the ECR API must report exactly what the registry holds.

jest.setTimeout(30_000);

const START = Date.UTC(2025, 5, 1, 12);
const ACCOUNT = '123456789012';

let registry: RegistryServer;
let sim: Simulator;
let restoreEnv: () => void;
let ecr: ECRClient;

const access = (): RegistryAccess => ({ url: registry.url, username: 'AWS', password: registry.password! });
const pushImage = (repo: string, payload: string, tag?: string) => pushTestImage(access(), repo, payload, tag);
const registryDigest = (repo: string, tag: string) => registryDigestOf(access(), repo, tag);

beforeAll(async () => {
  registry = await startRegistry({ username: 'AWS', password: randomBytes(12).toString('hex') });
  sim = await startSimulator({
    clockSpeed: 0, startTime: START, ecr: { registryUrl: registry.url, username: 'AWS', password: registry.password! },
  });
  restoreEnv = useSimulatorEnv(sim);
  ecr = new ECRClient({});
}, 60_000);

afterAll(async () => {
  ecr?.destroy();
  restoreEnv?.();
  await sim?.stop();
  await registry?.stop();
}, 30_000);

describe('authorization', () => {
  it('GetAuthorizationToken hands out AWS:<registry password> for the registry, valid 12 hours', async () => {
    const out = await ecr.send(new GetAuthorizationTokenCommand({}));
    const data = out.authorizationData![0]!;
    const decoded = Buffer.from(data.authorizationToken!, 'base64').toString('utf8');
    expect(decoded).toBe(`AWS:${registry.password}`);
    expect(data.proxyEndpoint).toBe(registry.url);
    expect(data.expiresAt!.getTime()).toBe(START + 12 * 3600_000);

    const [user, password] = decoded.split(':') as [string, string];
    expect((await fetch(`${data.proxyEndpoint}/v2/`, { headers: { authorization: basic(user, password) } })).status).toBe(200);
    expect((await fetch(`${data.proxyEndpoint}/v2/`, { headers: { authorization: basic(user, 'wrong') } })).status).toBe(401);
  });
});

describe('repositories', () => {
  it('creates, describes and refuses duplicates and unknown names with ECR messages', async () => {
    const created = await ecr.send(new CreateRepositoryCommand({ repositoryName: 'team/api', imageScanningConfiguration: { scanOnPush: true } }));
    expect(created.repository).toMatchObject({
      repositoryName: 'team/api',
      registryId: ACCOUNT,
      repositoryArn: `arn:aws:ecr:us-east-1:${ACCOUNT}:repository/team/api`,
      repositoryUri: `${registry.address}/team/api`,
      imageTagMutability: 'MUTABLE',
      imageScanningConfiguration: { scanOnPush: true },
      encryptionConfiguration: { encryptionType: 'AES256' },
    });
    expect(created.repository!.createdAt!.getTime()).toBe(START);

    await expect(ecr.send(new CreateRepositoryCommand({ repositoryName: 'team/api' }))).rejects.toMatchObject({
      name: 'RepositoryAlreadyExistsException',
      message: `The repository with name 'team/api' already exists in the registry with id '${ACCOUNT}'`,
    });
    await expect(ecr.send(new DescribeRepositoriesCommand({ repositoryNames: ['team/api', 'ghost'] }))).rejects.toMatchObject({
      name: 'RepositoryNotFoundException',
      message: `The repository with name 'ghost' does not exist in the registry with id '${ACCOUNT}'`,
    });
    await expect(ecr.send(new CreateRepositoryCommand({ repositoryName: 'Bad_Name' }))).rejects.toMatchObject({ name: 'InvalidParameterException' });
    const described = await ecr.send(new DescribeRepositoriesCommand({ repositoryNames: ['team/api'] }));
    expect(described.repositories!.map((r) => r.repositoryUri)).toEqual([`${registry.address}/team/api`]);
  });

  it('stores lifecycle policy, tag mutability and scanning configuration', async () => {
    await ecr.send(new CreateRepositoryCommand({ repositoryName: 'settings' }));
    await expect(ecr.send(new GetLifecyclePolicyCommand({ repositoryName: 'settings' }))).rejects.toMatchObject({
      name: 'LifecyclePolicyNotFoundException',
      message: `Lifecycle policy does not exist for the repository with name 'settings' in the registry with id '${ACCOUNT}'`,
    });
    const policy = JSON.stringify({ rules: [{ rulePriority: 1, selection: { tagStatus: 'untagged', countType: 'sinceImagePushed', countUnit: 'days', countNumber: 7 }, action: { type: 'expire' } }] });
    expect(await ecr.send(new PutLifecyclePolicyCommand({ repositoryName: 'settings', lifecyclePolicyText: policy })))
      .toMatchObject({ registryId: ACCOUNT, repositoryName: 'settings', lifecyclePolicyText: policy });
    expect((await ecr.send(new GetLifecyclePolicyCommand({ repositoryName: 'settings' }))).lifecyclePolicyText).toBe(policy);
    await expect(ecr.send(new PutLifecyclePolicyCommand({ repositoryName: 'settings', lifecyclePolicyText: '{"rules":' })))
      .rejects.toMatchObject({ name: 'InvalidParameterException' });

    expect(await ecr.send(new PutImageTagMutabilityCommand({ repositoryName: 'settings', imageTagMutability: 'IMMUTABLE' })))
      .toMatchObject({ imageTagMutability: 'IMMUTABLE' });
    await ecr.send(new PutImageScanningConfigurationCommand({ repositoryName: 'settings', imageScanningConfiguration: { scanOnPush: true } }));
    const [repo] = (await ecr.send(new DescribeRepositoriesCommand({ repositoryNames: ['settings'] }))).repositories!;
    expect(repo).toMatchObject({ imageTagMutability: 'IMMUTABLE', imageScanningConfiguration: { scanOnPush: true } });
    await expect(ecr.send(new PutLifecyclePolicyCommand({ repositoryName: 'nope', lifecyclePolicyText: policy })))
      .rejects.toMatchObject({ name: 'RepositoryNotFoundException' });
  });
});

describe('images read from the registry', () => {
  let pushed: { digest: string; manifest: string; size: number };

  beforeAll(async () => {
    await ecr.send(new CreateRepositoryCommand({ repositoryName: 'app' }));
    pushed = await pushImage('app', `layer ${randomBytes(8).toString('hex')}`, 'v1');
  });

  it('DescribeImages reports the pushed digest, tags, size and media types', async () => {
    const out = await ecr.send(new DescribeImagesCommand({ repositoryName: 'app' }));
    expect(out.imageDetails).toHaveLength(1);
    const [detail] = out.imageDetails!;
    expect(detail).toMatchObject({
      registryId: ACCOUNT, repositoryName: 'app', imageDigest: pushed.digest, imageTags: ['v1'], imageSizeInBytes: pushed.size,
      imageManifestMediaType: DOCKER_MANIFEST, artifactMediaType: DOCKER_CONFIG,
    });
    expect(detail!.imagePushedAt!.getTime()).toBe(START);
    expect((await ecr.send(new ListImagesCommand({ repositoryName: 'app' }))).imageIds).toEqual([{ imageDigest: pushed.digest, imageTag: 'v1' }]);
  });

  it('DescribeImages by id fails the call with ImageNotFoundException for a missing image', async () => {
    const byTag = await ecr.send(new DescribeImagesCommand({ repositoryName: 'app', imageIds: [{ imageTag: 'v1' }] }));
    expect(byTag.imageDetails!.map((d) => d.imageDigest)).toEqual([pushed.digest]);
    await expect(ecr.send(new DescribeImagesCommand({ repositoryName: 'app', imageIds: [{ imageTag: 'v1' }, { imageTag: 'latest' }] }))).rejects.toMatchObject({
      name: 'ImageNotFoundException',
      message: `The image with imageId {imageDigest:'null', imageTag:'latest'} does not exist within the repository with name 'app' in the registry with id '${ACCOUNT}'`,
    });
  });

  it('BatchGetImage returns the manifest byte for byte, with failures for what is not there', async () => {
    const other = sha256('not a manifest');
    const out = await ecr.send(new BatchGetImageCommand({
      repositoryName: 'app',
      imageIds: [{ imageTag: 'v1' }, { imageTag: 'missing' }, { imageTag: 'v1', imageDigest: other }],
    }));
    expect(out.images).toEqual([{
      registryId: ACCOUNT, repositoryName: 'app', imageId: { imageDigest: pushed.digest, imageTag: 'v1' },
      imageManifest: pushed.manifest, imageManifestMediaType: DOCKER_MANIFEST,
    }]);
    expect(out.failures).toEqual([
      { imageId: { imageTag: 'missing' }, failureCode: 'ImageNotFound', failureReason: 'Requested image not found' },
      { imageId: { imageTag: 'v1', imageDigest: other }, failureCode: 'ImageNotFound', failureReason: 'Requested image not found' },
    ]);
  });

  it('PutImage adds a tag the registry then serves with the same digest; a re-put is ImageAlreadyExistsException', async () => {
    const put = await ecr.send(new PutImageCommand({ repositoryName: 'app', imageTag: 'release', imageManifest: pushed.manifest }));
    expect(put.image).toMatchObject({ imageId: { imageDigest: pushed.digest, imageTag: 'release' }, imageManifestMediaType: DOCKER_MANIFEST });
    expect(await registryDigest('app', 'release')).toBe(pushed.digest);
    const [detail] = (await ecr.send(new DescribeImagesCommand({ repositoryName: 'app' }))).imageDetails!;
    expect(detail!.imageTags).toEqual(['release', 'v1']);

    await expect(ecr.send(new PutImageCommand({ repositoryName: 'app', imageTag: 'release', imageManifest: pushed.manifest }))).rejects.toMatchObject({
      name: 'ImageAlreadyExistsException',
      message: `Image with digest '${pushed.digest}' and tag 'release' already exists in the repository with name 'app' in registry with id '${ACCOUNT}'`,
    });
  });

  it('image operations need the repository in ECR even when the registry has it', async () => {
    await pushImage('registry-only', 'x', 'v1');
    await expect(ecr.send(new DescribeImagesCommand({ repositoryName: 'registry-only' }))).rejects.toMatchObject({
      name: 'RepositoryNotFoundException',
      message: `The repository with name 'registry-only' does not exist in the registry with id '${ACCOUNT}'`,
    });
    await expect(ecr.send(new PutImageCommand({ repositoryName: 'registry-only', imageTag: 'v2', imageManifest: '{}' })))
      .rejects.toMatchObject({ name: 'RepositoryNotFoundException' });
  });

  it('PutImage refuses a manifest whose layers the registry does not have', async () => {
    const manifest = JSON.stringify({
      schemaVersion: 2, mediaType: DOCKER_MANIFEST,
      config: { mediaType: DOCKER_CONFIG, size: 2, digest: sha256('{}x') },
      layers: [{ mediaType: DOCKER_LAYER, size: 3, digest: sha256('abc-missing') }],
    });
    await expect(ecr.send(new PutImageCommand({ repositoryName: 'app', imageTag: 'broken', imageManifest: manifest })))
      .rejects.toMatchObject({ name: 'LayersNotFoundException' });
    expect(await registryDigest('app', 'broken')).toBeNull();
  });
});

describe('tag mutability', () => {
  it('a MUTABLE repository moves a tag and the old image shows as untagged', async () => {
    await ecr.send(new CreateRepositoryCommand({ repositoryName: 'mutable' }));
    const first = await pushImage('mutable', 'one');
    const second = await pushImage('mutable', 'two');
    await ecr.send(new PutImageCommand({ repositoryName: 'mutable', imageTag: 'latest', imageManifest: first.manifest }));
    await ecr.send(new PutImageCommand({ repositoryName: 'mutable', imageTag: 'latest', imageManifest: second.manifest }));
    expect(await registryDigest('mutable', 'latest')).toBe(second.digest);
    const untagged = await ecr.send(new DescribeImagesCommand({ repositoryName: 'mutable', filter: { tagStatus: 'UNTAGGED' } }));
    expect(untagged.imageDetails!.map((d) => [d.imageDigest, d.imageTags])).toEqual([[first.digest, undefined]]);
    const tagged = await ecr.send(new DescribeImagesCommand({ repositoryName: 'mutable', filter: { tagStatus: 'TAGGED' } }));
    expect(tagged.imageDetails!.map((d) => [d.imageDigest, d.imageTags])).toEqual([[second.digest, ['latest']]]);

    const mismatch = await ecr.send(new BatchGetImageCommand({ repositoryName: 'mutable', imageIds: [{ imageTag: 'latest', imageDigest: first.digest }] }));
    expect(mismatch.images).toEqual([]);
    expect(mismatch.failures).toMatchObject([{ imageId: { imageTag: 'latest', imageDigest: first.digest }, failureCode: 'ImageTagDoesNotMatchDigest' }]);
    expect((await ecr.send(new ListImagesCommand({ repositoryName: 'mutable' }))).imageIds)
      .toEqual([{ imageDigest: first.digest }, { imageDigest: second.digest, imageTag: 'latest' }]);
  });

  it('an IMMUTABLE repository refuses to move a tag and the registry keeps the first image', async () => {
    await ecr.send(new CreateRepositoryCommand({ repositoryName: 'frozen', imageTagMutability: 'IMMUTABLE' }));
    const first = await pushImage('frozen', 'one');
    const second = await pushImage('frozen', 'two');
    await ecr.send(new PutImageCommand({ repositoryName: 'frozen', imageTag: 'v1', imageManifest: first.manifest }));
    await expect(ecr.send(new PutImageCommand({ repositoryName: 'frozen', imageTag: 'v1', imageManifest: second.manifest }))).rejects.toMatchObject({
      name: 'ImageTagAlreadyExistsException',
      message: "The image tag 'v1' already exists in the 'frozen' repository and cannot be overwritten because the repository is immutable.",
    });
    await expect(ecr.send(new PutImageCommand({ repositoryName: 'frozen', imageTag: 'v1', imageManifest: first.manifest })))
      .rejects.toMatchObject({ name: 'ImageAlreadyExistsException' });
    expect(await registryDigest('frozen', 'v1')).toBe(first.digest);
    await ecr.send(new PutImageCommand({ repositoryName: 'frozen', imageTag: 'v2', imageManifest: second.manifest }));
    expect(await registryDigest('frozen', 'v2')).toBe(second.digest);
  });
});

describe('awscli v2 parses the answers', () => {
  it('ecr describe-images and get-login-password', async () => {
    const images = await runAwsCli(['ecr', 'describe-images', '--repository-name', 'app'], sim.env(), { timeoutMs: 30_000 });
    expect(images.stderr).toBe('');
    expect(images.code).toBe(0);
    const parsed = JSON.parse(images.stdout) as { imageDetails: Array<Record<string, unknown>> };
    expect(parsed.imageDetails).toHaveLength(1);
    expect(parsed.imageDetails[0]).toMatchObject({ repositoryName: 'app', imageTags: ['release', 'v1'], imageManifestMediaType: DOCKER_MANIFEST });
    expect(parsed.imageDetails[0]!.imagePushedAt).toMatch(/^2025-06-01T12:00:00(\.0+)?\+00:00$/);

    const login = await runAwsCli(['ecr', 'get-login-password'], sim.env(), { timeoutMs: 30_000 });
    expect(login.code).toBe(0);
    expect(login.stdout.trim()).toBe(registry.password);
  });
});

describe('without a usable registry', () => {
  it('a registry failing behind a fault proxy surfaces as ServerException and recovers', async () => {
    const proxy = await FaultProxy.start(registry.url);
    const proxied = await startSimulator({ clockSpeed: 0, ecr: { registryUrl: proxy.url, username: 'AWS', password: registry.password! } });
    const client = new ECRClient({ endpoint: proxied.endpoint, maxAttempts: 1 });
    try {
      await client.send(new CreateRepositoryCommand({ repositoryName: 'app' }));
      proxy.fail({ method: 'GET', path: '/v2/app/tags/list', status: 503, times: 1 });
      await expect(client.send(new DescribeImagesCommand({ repositoryName: 'app' }))).rejects.toMatchObject({
        name: 'ServerException', message: expect.stringMatching(/HTTP 503/), $metadata: { httpStatusCode: 500 },
      });
      const out = await client.send(new DescribeImagesCommand({ repositoryName: 'app' }));
      expect(out.imageDetails!.flatMap((d) => d.imageTags)).toEqual(['release', 'v1']);
      expect(proxy.requests.filter((r) => r.path === '/v2/app/tags/list').map((r) => r.status)).toEqual([503, 200]);
    } finally {
      client.destroy();
      await proxied.stop();
      await proxy.stop();
    }
  });


  it.each([
    ['no ecr option', undefined, /no registry behind ECR/],
    ['a registry that is not listening', { registryUrl: 'http://127.0.0.1:1', username: 'AWS', password: 'x' }, /could not be reached/],
  ])('%s: image operations answer ServerException 500, repositories still work', async (_label, option, message) => {
    const bare = await startSimulator({ clockSpeed: 0, ecr: option });
    const client = new ECRClient({ endpoint: bare.endpoint, maxAttempts: 1 });
    try {
      await client.send(new CreateRepositoryCommand({ repositoryName: 'app' }));
      await expect(client.send(new DescribeImagesCommand({ repositoryName: 'app' }))).rejects.toMatchObject({
        name: 'ServerException', message: expect.stringMatching(message), $metadata: { httpStatusCode: 500 },
      });
    } finally {
      client.destroy();
      await bare.stop();
    }
  });
});
