import { describe, expect, it } from '@jest/globals';
import { ManualClock } from '../../common/src/clock.js';
import { MemoryLogger } from '../../common/src/logger.js';
import type { EcrApi, ImageInfo, NewRepository, RepositoryInfo } from './aws.js';
import type { DockerCli, DockerResult } from './docker.js';
import { getInputs, type Inputs } from './inputs.js';
import { outputsOf, summaryMarkdown } from './report.js';
import { run, type Deps } from './run.js';

const SHA = '0123456789abcdef0123456789abcdef01234567';
const HOST = '123456789012.dkr.ecr.us-east-1.amazonaws.com';
const digest = (c: string) => `sha256:${c.repeat(64)}`;

function inputs(values: Record<string, string> = {}, ref = 'refs/heads/main'): Inputs {
  const all: Record<string, string> = { repository: 'api', 'default-branch': 'main', ...values };
  return getInputs({
    read: (name) => all[name] ?? '', env: { AWS_REGION: 'us-east-1', GITHUB_SHA: SHA, GITHUB_REF: ref, GITHUB_REPOSITORY: 'acme/api' },
    readFile: () => 'FROM scratch\n', isDirectory: () => true, findBuildx: () => undefined,
  });
}

class FakeEcr implements EcrApi {
  repos = new Map<string, RepositoryInfo>();
  images: ImageInfo[] = [];
  created: NewRepository[] = [];
  putTags: string[] = [];
  calls: string[] = [];

  constructor(immutable = false) {
    this.repos.set('api', { name: 'api', uri: `${HOST}/api`, immutable });
  }
  async describeRepository(name: string) {
    this.calls.push('describeRepository');
    return this.repos.get(name);
  }
  async createRepository(spec: NewRepository) {
    this.created.push(spec);
    const repo = { name: spec.name, uri: `${HOST}/${spec.name}`, immutable: spec.immutable };
    this.repos.set(spec.name, repo);
    return repo;
  }
  async getLogin() {
    this.calls.push('getLogin');
    return { username: 'AWS', password: 'pw-s3cret', host: HOST };
  }
  async listImages() {
    return this.images;
  }
  async describeTag(_repo: string, tag: string) {
    return this.images.find((i) => i.tags.includes(tag));
  }
  async getManifest() {
    return { manifest: '{"schemaVersion":2}', mediaType: 'application/vnd.docker.distribution.manifest.v2+json' };
  }
  async putTag(_repo: string, tag: string, _m: string, _t: string | undefined, d: string) {
    this.putTags.push(tag);
    for (const image of this.images) image.tags = image.tags.filter((t) => t !== tag);
    this.images.find((i) => i.digest === d)?.tags.push(tag);
  }
  /** What a docker push of `ref` does to the registry. */
  store(tag: string, d: string) {
    for (const image of this.images) image.tags = image.tags.filter((t) => t !== tag);
    const image = this.images.find((i) => i.digest === d);
    if (image) image.tags.push(tag);
    else this.images.push({ digest: d, tags: [tag], sizeBytes: 1234 });
  }
}

class FakeDocker implements DockerCli {
  argvs: string[][] = [];
  inputs: string[] = [];
  /** stderr of push failures to answer, in order, before pushes succeed. */
  pushFailures: string[] = [];
  constructor(private readonly ecr: FakeEcr, private readonly builtDigest = digest('b')) {}
  async run(args: readonly string[], options: { input?: string } = {}): Promise<DockerResult> {
    this.argvs.push([...args]);
    if (options.input) this.inputs.push(options.input);
    if (args[0] === 'image' && args[1] === 'inspect') return { code: 0, stdout: `sha256:${'1'.repeat(64)} 1234\n`, stderr: '' };
    if (args[0] !== 'push') return { code: 0, stdout: '', stderr: '' };
    const failure = this.pushFailures.shift();
    if (failure) return { code: 1, stdout: '', stderr: failure };
    const tag = (args[1] as string).split(':').pop() as string;
    this.ecr.store(tag, this.builtDigest);
    return { code: 0, stdout: `${tag}: digest: ${this.builtDigest} size: 528\n`, stderr: '' };
  }
  commands() {
    return this.argvs.map((a) => a[0]);
  }
}

function deps(ecr: FakeEcr, docker: FakeDocker): Deps & { logger: MemoryLogger; masked: string[]; state: Record<string, string> } {
  const masked: string[] = [];
  const state: Record<string, string> = {};
  return {
    ecr, docker, clock: new ManualClock(1_000), logger: new MemoryLogger(), random: () => 0.5, masked, state,
    mask: (s) => masked.push(s), saveState: (n, v) => (state[n] = v),
  };
}

describe('run', () => {
  it('logs in with the masked password on stdin, builds, pushes every tag and checks the registry', async () => {
    const ecr = new FakeEcr();
    const docker = new FakeDocker(ecr);
    const d = deps(ecr, docker);
    const report = await run(inputs(), d);
    expect(d.masked).toEqual(['pw-s3cret']);
    expect(docker.argvs[0]).toEqual(['login', '--username', 'AWS', '--password-stdin', HOST]);
    expect(docker.inputs[0]).toEqual('pw-s3cret');
    expect(docker.argvs.flat()).not.toContain('pw-s3cret');
    expect(d.state).toEqual({ registry: HOST });
    // Classic builder: build under the first tag without labels, then one LABEL step on that image id tags them all.
    expect(docker.commands()).toEqual(['login', 'build', 'image', 'build', 'push', 'push']);
    expect(docker.argvs[1]).toEqual(['build', '--file', 'Dockerfile', '--tag', `${HOST}/api:${SHA}`, '.']);
    expect(docker.argvs[2]).toEqual(['image', 'inspect', '--format', '{{.Id}} {{.Size}}', `${HOST}/api:${SHA}`]);
    expect(docker.argvs[3]).toEqual(['build', '--tag', `${HOST}/api:${SHA}`, '--tag', `${HOST}/api:latest`, '-']);
    expect(docker.inputs[1]).toMatch(new RegExp(`^FROM sha256:1{64}\\nLABEL .*"org.opencontainers.image.revision"="${SHA}"`));
    expect(outputsOf(report)).toEqual({
      image: `${HOST}/api@${digest('b')}`, digest: digest('b'), tags: `${HOST}/api:${SHA}\n${HOST}/api:latest`, registry: HOST, built: 'true',
    });
    expect(summaryMarkdown(report)).toContain('built and pushed');
  });

  it('skips the build when the commit is already in ECR and adds the missing tags to that image', async () => {
    const ecr = new FakeEcr();
    ecr.images.push({ digest: digest('c'), tags: [SHA], sizeBytes: 99 }, { digest: digest('d'), tags: ['1.4', '1'] });
    const docker = new FakeDocker(ecr);
    const report = await run(inputs({}, 'refs/tags/v1.4.2'), deps(ecr, docker));
    expect(docker.commands()).toEqual(['login']);
    expect(ecr.putTags).toEqual(['1.4.2', '1.4', '1', 'latest']);
    expect(report).toMatchObject({ built: false, digest: digest('c'), sizeBytes: 99, addedTags: ['1.4.2', '1.4', '1', 'latest'] });
    expect(outputsOf(report).built).toBe('false');
    expect(summaryMarkdown(report)).toContain('build skipped');
  });

  it('rebuilds an existing commit with if-exists rebuild', async () => {
    const ecr = new FakeEcr();
    ecr.images.push({ digest: digest('c'), tags: [SHA] });
    const docker = new FakeDocker(ecr);
    const report = await run(inputs({ 'if-exists': 'rebuild' }), deps(ecr, docker));
    expect(docker.commands()).toEqual(['login', 'build', 'image', 'build', 'push', 'push']);
    expect(report).toMatchObject({ built: true, digest: digest('b') });
  });

  it('fails before building when an immutable tag is held by another image', async () => {
    const ecr = new FakeEcr(true);
    ecr.images.push({ digest: digest('e'), tags: ['latest'] });
    const docker = new FakeDocker(ecr);
    await expect(run(inputs(), deps(ecr, docker))).rejects.toThrow(
      `Repository api has IMMUTABLE tags and these planned tags already point at another image: latest (${digest('e')})`);
    expect(docker.commands()).toEqual(['login']);
  });

  it('on the skip path an immutable tag already on the same image is fine, one on another image fails', async () => {
    const ecr = new FakeEcr(true);
    ecr.images.push({ digest: digest('c'), tags: [SHA, 'latest'] });
    const ok = await run(inputs(), deps(ecr, new FakeDocker(ecr)));
    expect(ok).toMatchObject({ built: false, addedTags: [] });
    ecr.images.push({ digest: digest('f'), tags: ['stable'] });
    await expect(run(inputs({ 'extra-tags': 'stable' }), deps(ecr, new FakeDocker(ecr)))).rejects.toThrow(`stable (${digest('f')})`);
    expect(ecr.putTags).toEqual([]);
  });

  it('retries a push that failed transiently, with backoff, and fails at once on a permanent error', async () => {
    const ecr = new FakeEcr();
    const docker = new FakeDocker(ecr);
    docker.pushFailures = ['received unexpected HTTP status: 500 Internal Server Error', 'read: connection reset by peer'];
    const d = deps(ecr, docker);
    const report = await run(inputs(), d);
    expect(docker.commands()).toEqual(['login', 'build', 'image', 'build', 'push', 'push', 'push', 'push']);
    expect(report.pushAttempts).toBe(4);
    expect((d.clock as ManualClock).now()).toBeGreaterThan(1_000 + 2_000);
    expect(d.logger.text('warning')).toContain('failed (attempt 1 of 4), retrying');

    const denied = new FakeDocker(new FakeEcr());
    denied.pushFailures = ['denied: not authorized to perform ecr:InitiateLayerUpload'];
    await expect(run(inputs({ 'if-exists': 'rebuild' }), deps(new FakeEcr(), denied))).rejects.toThrow(/docker push .* failed \(exit 1\): denied/);
    expect(denied.commands()).toEqual(['login', 'build', 'image', 'build', 'push']);
  });

  it('gives up after push-attempts transient failures', async () => {
    const ecr = new FakeEcr();
    const docker = new FakeDocker(ecr);
    docker.pushFailures = ['503 Service Unavailable', '503 Service Unavailable', '503 Service Unavailable'];
    await expect(run(inputs({ 'push-attempts': '2' }), deps(ecr, docker))).rejects.toThrow('503 Service Unavailable');
    expect(docker.commands().filter((c) => c === 'push')).toHaveLength(2);
  });

  it('fails when the registry holds another digest than docker push reported', async () => {
    const ecr = new FakeEcr();
    const docker = new FakeDocker(ecr);
    ecr.describeTag = async () => ({ digest: digest('9'), tags: [] });
    await expect(run(inputs(), deps(ecr, docker))).rejects.toThrow(`The registry holds ${digest('9')} for api:${SHA}, but docker push reported ${digest('b')}`);
  });

  it('creates a missing repository only when asked, and says how otherwise', async () => {
    const ecr = new FakeEcr();
    ecr.repos.clear();
    await expect(run(inputs(), deps(ecr, new FakeDocker(ecr)))).rejects.toThrow('ECR repository api does not exist: create it, or set create-repository: true');
    expect(ecr.calls).toEqual(['describeRepository']);
    await run(inputs({ 'create-repository': 'true', 'image-tag-mutability': 'IMMUTABLE', 'lifecycle-keep-last': '10' }), deps(ecr, new FakeDocker(ecr)));
    expect(ecr.created).toEqual([{ name: 'api', immutable: true, scanOnPush: true, keepLast: 10 }]);
  });

  it('with push false builds only and outputs no digest', async () => {
    const ecr = new FakeEcr();
    ecr.images.push({ digest: digest('c'), tags: [SHA] });
    const docker = new FakeDocker(ecr);
    const report = await run(inputs({ push: 'false' }), deps(ecr, docker));
    expect(docker.commands()).toEqual(['login', 'build', 'image', 'build']);
    expect(outputsOf(report)).toMatchObject({ image: '', digest: '', built: 'true' });
  });

  it('adds the generated OCI labels unless oci-labels is false; user labels always', async () => {
    const ecr = new FakeEcr();
    const withLabels = new FakeDocker(ecr);
    await run(inputs({ labels: 'team=core', 'if-exists': 'rebuild' }), deps(ecr, withLabels));
    expect(withLabels.argvs[1]).not.toContain('--label');
    expect(withLabels.inputs[1]).toContain('"org.opencontainers.image.source"="https://github.com/acme/api" ');
    expect(withLabels.inputs[1]).toMatch(/"team"="core"\n$/);
    const without = new FakeDocker(ecr);
    await run(inputs({ labels: 'team=core', 'oci-labels': 'false', 'if-exists': 'rebuild' }), deps(ecr, without));
    const labels = (without.argvs[1] as string[]).filter((_, i, all) => all[i - 1] === '--label');
    expect(labels).toEqual(['team=core']);
  });

  it('fails when the rules give no tag', async () => {
    const ecr = new FakeEcr();
    await expect(run(inputs({ tags: 'semver' }), deps(ecr, new FakeDocker(ecr)))).rejects.toThrow('No tags: the tag rules (semver) give none for refs/heads/main');
  });
});
