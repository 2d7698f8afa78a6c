import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { ECRClient, GetAuthorizationTokenCommand, GetLifecyclePolicyCommand, DescribeRepositoriesCommand } from '@aws-sdk/client-ecr';
import { createEcrApi, type EcrApi } from '../../actions/build-push/src/aws.js';
import { startMoto, type MotoServer } from '../support/moto.js';

// build-push's ECR adapter against moto, a second implementation of the ECR API besides our simulator:
// the login data must be parsed as ECR hands it out, and the image calls must read what moto stores.
jest.setTimeout(60_000);

let moto: MotoServer;
let api: EcrApi;
let raw: ECRClient;
const saved: Record<string, string | undefined> = {};

beforeAll(async () => {
  moto = await startMoto();
  // The adapter builds its client from the standard SDK environment, as it does on a runner.
  const env = { ...moto.env(), AWS_PROFILE: undefined, AWS_ENDPOINT_URL_ECR: undefined, AWS_SESSION_TOKEN: undefined };
  for (const [key, value] of Object.entries(env)) {
    saved[key] = process.env[key];
    if (value === undefined) delete process.env[key];
    else process.env[key] = value;
  }
  api = createEcrApi('us-east-1');
  raw = new ECRClient({ region: 'us-east-1', endpoint: moto.endpoint, credentials: { accessKeyId: 'testing', secretAccessKey: 'testing' } });
}, 60_000);

afterAll(async () => {
  raw?.destroy();
  for (const [key, value] of Object.entries(saved)) {
    if (value === undefined) delete process.env[key];
    else process.env[key] = value;
  }
  await moto?.stop();
});

const MANIFEST = JSON.stringify({
  schemaVersion: 2, mediaType: 'application/vnd.docker.distribution.manifest.v2+json',
  config: { mediaType: 'application/vnd.docker.container.image.v1+json', size: 2, digest: `sha256:${'1'.repeat(64)}` },
  layers: [{ mediaType: 'application/vnd.docker.image.rootfs.diff.tar.gzip', size: 3, digest: `sha256:${'2'.repeat(64)}` }],
});

describe('build-push ECR adapter against moto', () => {
  it('parses the login data: user and password from the token, the registry host from proxyEndpoint', async () => {
    const login = await api.getLogin();
    const data = (await raw.send(new GetAuthorizationTokenCommand({}))).authorizationData?.[0];
    expect(data?.proxyEndpoint).toMatch(/^https:\/\//);
    expect(login.username).toBe('AWS');
    expect(login.password.length).toBeGreaterThan(0);
    expect(`${login.username}:${login.password}`).toBe(Buffer.from(data?.authorizationToken ?? '', 'base64').toString());
    expect(login.host).toBe(data?.proxyEndpoint?.replace('https://', ''));
    expect(login.host).toMatch(/^\d{12}\.dkr\.ecr\.us-east-1\.amazonaws\.com$/);
  });

  it('creates a repository with its settings and lifecycle policy, and describes it', async () => {
    expect(await api.describeRepository('moto/app')).toBeUndefined();
    const created = await api.createRepository({ name: 'moto/app', immutable: true, scanOnPush: true, keepLast: 7 });
    expect(created).toMatchObject({ name: 'moto/app', immutable: true });
    expect(created.uri).toMatch(/\.dkr\.ecr\.us-east-1\.amazonaws\.com\/moto\/app$/);
    expect(await api.describeRepository('moto/app')).toEqual(created);
    const repo = (await raw.send(new DescribeRepositoriesCommand({ repositoryNames: ['moto/app'] }))).repositories?.[0];
    expect(repo?.imageScanningConfiguration?.scanOnPush).toBe(true);
    const policy = await raw.send(new GetLifecyclePolicyCommand({ repositoryName: 'moto/app' }));
    expect(JSON.parse(policy.lifecyclePolicyText ?? '{}').rules[0].selection.countNumber).toBe(7);
    // A second create (another job won the race) answers the existing repository.
    expect(await api.createRepository({ name: 'moto/app', immutable: true, scanOnPush: true })).toEqual(created);
  });

  it('tags an image by manifest, then finds it by tag and in the listing', async () => {
    await api.createRepository({ name: 'moto/tags', immutable: false, scanOnPush: false });
    expect(await api.describeTag('moto/tags', 'v1')).toBeUndefined();
    expect(await api.listImages('moto/tags')).toEqual([]);
    await api.putTag('moto/tags', 'v1', MANIFEST, 'application/vnd.docker.distribution.manifest.v2+json', '');
    const image = await api.describeTag('moto/tags', 'v1');
    expect(image?.digest).toMatch(/^sha256:[0-9a-f]{64}$/);
    const { manifest } = await api.getManifest('moto/tags', image?.digest as string);
    expect(JSON.parse(manifest)).toEqual(JSON.parse(MANIFEST));
    await api.putTag('moto/tags', 'latest', manifest, undefined, image?.digest as string);
    const listed = await api.listImages('moto/tags');
    expect(listed).toHaveLength(1);
    expect([...(listed[0]?.tags ?? [])].sort()).toEqual(['latest', 'v1']);
  });
});
