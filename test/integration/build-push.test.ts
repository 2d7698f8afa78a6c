import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { CreateRepositoryCommand, DescribeRepositoriesCommand, GetLifecyclePolicyCommand } from '@aws-sdk/client-ecr';
import { existsSync } from 'node:fs';
import { forgedCommands, HOSTILE_BLOCK, HOSTILE_TEXTS } from '../support/hostile.js';
import { BuildPushBed, errorsOf, sha } from './build-push-fixture.js';

// The committed dist against a real dockerd (classic builder), a real docker-registry and the simulated ECR.
jest.setTimeout(180_000);

const bed = new BuildPushBed();
beforeAll(() => bed.start(), 120_000);
afterAll(() => bed.stop(), 60_000);

const outputTags = (tags: string | undefined) => (tags ?? '').split('\n').map((ref) => ref.slice(ref.lastIndexOf(':') + 1));

describe('build-push: build, push, skip, tag rules', () => {
  let firstDigest = '';

  it('builds FROM scratch with build args on a branch, pushes, and the digest is what the registry holds', async () => {
    await bed.ecr.send(new CreateRepositoryCommand({ repositoryName: 'shop/api' }));
    const context = await bed.context('api', 'version one\n');
    const { main, post } = await bed.run(
      { repository: 'shop/api', context, 'build-args': 'GREETING=hello world\nFLAVOR=mint', labels: 'team=core' },
      { sha: sha(1), ref: 'refs/heads/feature/login' },
    );
    expect(errorsOf(main)).toEqual([]);
    expect(main.conclusion).toBe('success');
    const { digest, image, built, registry, tags } = main.outputs;
    expect(digest).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(built).toBe('true');
    expect(main.log).toContain(`docker build --file ${context}/Dockerfile`);
    expect(registry).toBe(bed.host);
    expect(image).toBe(`${bed.host}/shop/api@${digest}`);
    // A feature branch: neither the default branch nor a release, so only the commit tag.
    expect(tags).toBe(`${bed.host}/shop/api:${sha(1)}`);
    expect(await bed.registryDigest('shop/api', sha(1))).toBe(digest);
    firstDigest = digest as string;

    const inspect = await bed.dockerd.docker(['image', 'inspect', '--format', '{{json .Config.Labels}}|{{json .Config.Env}}', `${bed.host}/shop/api:${sha(1)}`]);
    const [labels, env] = inspect.stdout.trim().split('|').map((part) => JSON.parse(part) as unknown);
    expect(labels).toMatchObject({
      greeting: 'hello world', flavor: 'mint', team: 'core', 'org.opencontainers.image.revision': sha(1),
      'org.opencontainers.image.source': 'https://github.com/acme/shop', 'org.opencontainers.image.version': 'feature-login',
    });
    expect(env).toContain('GREETING=hello world');

    expect(main.summary).toContain(digest);
    expect(main.summary).toContain('built and pushed');
    // The password went to docker on stdin only, and was masked before anything could print it.
    expect(main.masks).toContain(bed.password);
    expect(main.unmaskedSecrets([bed.password])).toEqual([]);
    expect(post.unmaskedSecrets([bed.password])).toEqual([]);
    // The post step logged out and removed the private DOCKER_CONFIG.
    expect(post.conclusion).toBe('success');
    expect(post.log).toContain(`Logged out of ${bed.host}`);
    expect(main.state['docker-config']).toBeTruthy();
    expect(existsSync(main.state['docker-config'] as string)).toBe(false);
  });

  it('a rerun for the same commit on the default branch skips the build and adds the missing tags', async () => {
    const context = await bed.context('api', 'version one\n');
    const { main } = await bed.run({ repository: 'shop/api', context, 'extra-tags': 'stable' }, { sha: sha(1), ref: 'refs/heads/main' });
    expect(errorsOf(main)).toEqual([]);
    expect(main.outputs).toMatchObject({ built: 'false', digest: firstDigest, image: `${bed.host}/shop/api@${firstDigest}` });
    expect(outputTags(main.outputs.tags)).toEqual([sha(1), 'latest', 'stable']);
    expect(main.log).not.toContain('docker build');
    for (const tag of [sha(1), 'latest', 'stable']) expect(await bed.registryDigest('shop/api', tag)).toBe(firstDigest);
    expect(main.summary).toContain('build skipped');
  });

  it('on v1.4.2 tags 1.4.2, 1.4, 1 and latest; on v2.0.0-rc.1 only 2.0.0-rc.1', async () => {
    const release = await bed.run({ repository: 'shop/api', context: await bed.context('v142', 'release 1.4.2\n') }, { sha: sha(2), ref: 'refs/tags/v1.4.2' });
    expect(errorsOf(release.main)).toEqual([]);
    expect(outputTags(release.main.outputs.tags)).toEqual([sha(2), '1.4.2', '1.4', '1', 'latest']);
    const releaseDigest = release.main.outputs.digest as string;
    expect(releaseDigest).not.toBe(firstDigest);
    for (const tag of [sha(2), '1.4.2', '1.4', '1', 'latest']) expect(await bed.registryDigest('shop/api', tag)).toBe(releaseDigest);

    const rc = await bed.run({ repository: 'shop/api', context: await bed.context('rc', 'two rc1\n') }, { sha: sha(3), ref: 'refs/tags/v2.0.0-rc.1' });
    expect(errorsOf(rc.main)).toEqual([]);
    expect(outputTags(rc.main.outputs.tags)).toEqual([sha(3), '2.0.0-rc.1']);
    expect(await bed.registryDigest('shop/api', '2.0.0-rc.1')).toBe(rc.main.outputs.digest);
    // The pre-release moved none of the release tags.
    for (const tag of ['1', '1.4', 'latest']) expect(await bed.registryDigest('shop/api', tag)).toBe(releaseDigest);
  });

  it('a backport v1.4.3 after v1.5.0 moves 1.4 only: 1 and latest stay on 1.5.0, as ECR says', async () => {
    const next = await bed.run({ repository: 'shop/api', context: await bed.context('v150', 'release 1.5.0\n') }, { sha: sha(11), ref: 'refs/tags/v1.5.0' });
    expect(errorsOf(next.main)).toEqual([]);
    expect(outputTags(next.main.outputs.tags)).toEqual([sha(11), '1.5.0', '1.5', '1', 'latest']);
    const nextDigest = next.main.outputs.digest as string;

    const backport = await bed.run({ repository: 'shop/api', context: await bed.context('v143', 'backport 1.4.3\n') }, { sha: sha(12), ref: 'refs/tags/v1.4.3' });
    expect(errorsOf(backport.main)).toEqual([]);
    expect(outputTags(backport.main.outputs.tags)).toEqual([sha(12), '1.4.3', '1.4']);
    expect(backport.main.log).toContain('tags: 1: 1.4.3 is older than 1.5.0, already in the repository');
    const backportDigest = backport.main.outputs.digest as string;
    expect(backportDigest).not.toBe(nextDigest);
    for (const tag of ['1.4.3', '1.4']) expect(await bed.registryDigest('shop/api', tag)).toBe(backportDigest);
    for (const tag of ['1.5.0', '1.5', '1', 'latest']) expect(await bed.registryDigest('shop/api', tag)).toBe(nextDigest);
  });
});

describe('build-push: repositories and registry faults', () => {
  it('creates a missing repository with mutability, scan-on-push and a lifecycle policy, visible through the ECR API', async () => {
    const context = await bed.context('created', 'created repo\n');
    const { main } = await bed.run({
      repository: 'team/created', context, 'create-repository': 'true', 'image-tag-mutability': 'IMMUTABLE', 'scan-on-push': 'false', 'lifecycle-keep-last': '5',
    }, { sha: sha(4), ref: 'refs/heads/main' });
    expect(errorsOf(main)).toEqual([]);
    const repo = (await bed.ecr.send(new DescribeRepositoriesCommand({ repositoryNames: ['team/created'] }))).repositories?.[0];
    expect(repo).toMatchObject({ imageTagMutability: 'IMMUTABLE', imageScanningConfiguration: { scanOnPush: false }, repositoryUri: `${bed.host}/team/created` });
    const policy = await bed.ecr.send(new GetLifecyclePolicyCommand({ repositoryName: 'team/created' }));
    expect(JSON.parse(policy.lifecyclePolicyText ?? '{}')).toMatchObject({ rules: [{ selection: { countType: 'imageCountMoreThan', countNumber: 5 }, action: { type: 'expire' } }] });
    expect(await bed.registryDigest('team/created', 'latest')).toBe(main.outputs.digest);
  });

  it('in an immutable repository a tag held by another image fails before the build and moves nothing', async () => {
    const before = await bed.registryDigest('team/created', 'latest');
    const context = await bed.context('created2', 'another commit\n');
    const { main } = await bed.run({ repository: 'team/created', context }, { sha: sha(5), ref: 'refs/heads/main' });
    expect(main.conclusion).toBe('failure');
    expect(errorsOf(main)).toEqual([expect.stringContaining(`Repository team/created has IMMUTABLE tags and these planned tags already point at another image: latest (${before})`)]);
    expect(main.log).not.toContain('docker build');
    expect(await bed.registryDigest('team/created', 'latest')).toBe(before);
    expect(await bed.registryDigest('team/created', sha(5))).toBeUndefined();
  });

  it('retries a push the registry answered with 500, and the digest still matches', async () => {
    await bed.ecr.send(new CreateRepositoryCommand({ repositoryName: 'flaky/app' }));
    const manifestPut = /^\/v2\/flaky\/app\/manifests\//;
    bed.proxy.fail({ method: 'PUT', path: manifestPut, status: 500, times: 1, body: '{"errors":[{"code":"UNKNOWN","message":"injected"}]}' });
    const mark = bed.proxy.requests.length;
    try {
      const { main } = await bed.run({ repository: 'flaky/app', context: await bed.context('flaky', 'flaky\n') }, { sha: sha(6), ref: 'refs/heads/feature/x' });
      expect(errorsOf(main)).toEqual([]);
      const puts = bed.proxy.since(mark).filter((r) => r.method === 'PUT' && manifestPut.test(r.path));
      expect(puts.map((r) => [r.status, r.injected])).toEqual([[500, true], [201, false]]);
      expect(main.annotations.filter((a) => a.level === 'warning').map((a) => a.message)).toEqual([expect.stringMatching(/Push of .* failed \(attempt 1 of 4\), retrying/)]);
      expect(await bed.registryDigest('flaky/app', sha(6))).toBe(main.outputs.digest);
    } finally {
      bed.proxy.clearFaults();
    }
  });
});

describe('build-push: docker output is outside text', () => {
  const hostileLines = HOSTILE_TEXTS.flatMap((text) => text.split(/\r\n|\r|\n/)).filter((line) => line.trim());

  it('a RUN step that prints workflow commands forges none, its lines are in the log, and the build succeeds', async () => {
    await bed.ecr.send(new CreateRepositoryCommand({ repositoryName: 'shop/hostile' }));
    const context = await bed.printingContext('hostile', `${HOSTILE_BLOCK}\n`);
    const { main } = await bed.run({ repository: 'shop/hostile', context }, { sha: sha(7), ref: 'refs/heads/feature/x' });
    expect(forgedCommands(main.commands)).toEqual([]);
    expect(errorsOf(main)).toEqual([]);
    expect(main.masks).not.toContain('succeeded');
    expect(main.conclusion).toBe('success');
    for (const line of hostileLines) expect(main.log).toContain(line);
    expect(main.outputs.built).toBe('true');
    expect(await bed.registryDigest('shop/hostile', sha(7))).toBe(main.outputs.digest);
  });

  it('a RUN step that prints them and fails gives one error annotation, from the action, and no forged command', async () => {
    const context = await bed.printingContext('hostile-fails', `${HOSTILE_BLOCK}\n`, 3);
    const { main } = await bed.run({ repository: 'shop/hostile', context }, { sha: sha(8), ref: 'refs/heads/feature/x' });
    expect(main.conclusion).toBe('failure');
    expect(forgedCommands(main.commands)).toEqual([]);
    const errors = errorsOf(main);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/^docker build failed \(exit \d+\): [^]*returned a non-zero code: 3/);
    for (const line of hostileLines) expect(main.log).toContain(line);
    expect(await bed.registryDigest('shop/hostile', sha(8))).toBeUndefined();
  });
});
