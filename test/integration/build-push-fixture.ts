// Test-bed for build-push's integration tests: a private dockerd, a docker-registry (htpasswd user AWS), a fault
// proxy in front of the registry, and the simulator's ECR backed by that registry (through the proxy, so image
// references name the proxy and every docker push passes it). The committed dist runs through the harness.
import { randomBytes } from 'node:crypto';
import { copyFile, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ECRClient } from '@aws-sdk/client-ecr';
import { type ActionResult, type RunnerContext, runAction, runPost } from '../harness/index.js';
import { type Simulator, startSimulator } from '../sim/index.js';
import { startDockerd, type DockerDaemon } from '../support/docker.js';
import { FaultProxy } from '../support/fault-proxy.js';
import { startRegistry, type RegistryServer } from '../support/registry.js';

export const ACTION_DIR = fileURLToPath(new URL('../../actions/build-push', import.meta.url));
const MANIFEST_TYPES = ['application/vnd.docker.distribution.manifest.v2+json', 'application/vnd.oci.image.manifest.v1+json'].join(', ');

export const DOCKERFILE = [
  'FROM scratch',
  'ARG GREETING',
  'ARG FLAVOR=plain',
  'LABEL greeting="$GREETING" flavor="$FLAVOR"',
  'ENV GREETING="$GREETING"',
  'COPY payload.txt /payload.txt',
  '',
].join('\n');

/** The static busybox from Debian's busybox-static (installed by .ci/run). */
const BUSYBOX = '/bin/busybox';

export const sha = (n: number): string => n.toString(16).padStart(40, `${n % 10}`);

export class BuildPushBed {
  dockerd!: DockerDaemon;
  registry!: RegistryServer;
  proxy!: FaultProxy;
  sim!: Simulator;
  ecr!: ECRClient;
  dir = '';
  readonly password = `pw-${randomBytes(12).toString('hex')}`;

  async start(): Promise<void> {
    this.dir = await mkdtemp(join(tmpdir(), 'build-push-it-'));
    // allSettled, so that whatever did start is assigned and stop() ends it when the other failed.
    const [daemon, registry] = await Promise.allSettled([startDockerd(), startRegistry({ username: 'AWS', password: this.password })]);
    if (daemon.status === 'fulfilled') this.dockerd = daemon.value;
    if (registry.status === 'fulfilled') this.registry = registry.value;
    for (const started of [daemon, registry]) if (started.status === 'rejected') throw started.reason;
    this.proxy = await FaultProxy.start(this.registry.url);
    this.sim = await startSimulator({ ecr: { registryUrl: this.proxy.url, username: 'AWS', password: this.password } });
    const env = this.sim.env();
    this.ecr = new ECRClient({
      region: env.AWS_REGION, endpoint: this.sim.endpoint, maxAttempts: 1,
      credentials: { accessKeyId: env.AWS_ACCESS_KEY_ID as string, secretAccessKey: env.AWS_SECRET_ACCESS_KEY as string },
    });
  }

  async stop(): Promise<void> {
    this.ecr?.destroy();
    await this.sim?.stop();
    await this.proxy?.stop();
    await Promise.allSettled([this.dockerd?.stop(), this.registry?.stop()]);
    if (this.dir) await rm(this.dir, { recursive: true, force: true });
  }

  /** host:port of the registry as image references name it (the proxy). */
  get host(): string {
    return this.proxy.url.replace('http://', '');
  }

  /** A build context with the Dockerfile above and a payload file. */
  async context(name: string, payload: string): Promise<string> {
    const dir = join(this.dir, name);
    await mkdir(dir, { recursive: true });
    await writeFile(join(dir, 'Dockerfile'), DOCKERFILE);
    await writeFile(join(dir, 'payload.txt'), payload);
    return dir;
  }

  /**
   * A build context whose RUN step prints `text` to stdout and stderr, then exits with `exitCode`. A scratch image
   * has no shell, so the statically linked busybox of Debian's busybox-static package is copied in to be one.
   */
  async printingContext(name: string, text: string, exitCode = 0): Promise<string> {
    const dir = join(this.dir, name);
    await mkdir(dir, { recursive: true });
    await copyFile(BUSYBOX, join(dir, 'busybox'));
    await writeFile(join(dir, 'output.txt'), text);
    const script = `/bin/busybox cat /output.txt; /bin/busybox cat /output.txt >&2; exit ${exitCode}`;
    await writeFile(join(dir, 'Dockerfile'), [
      'FROM scratch',
      'COPY busybox /bin/busybox',
      'COPY output.txt /output.txt',
      `RUN ["/bin/busybox", "sh", "-c", ${JSON.stringify(script)}]`,
      '',
    ].join('\n'));
    return dir;
  }

  /** Runs the dist's main step, then its post step; returns both. */
  async run(inputs: Record<string, string>, context: Partial<RunnerContext>): Promise<{ main: ActionResult; post: ActionResult }> {
    const options = {
      actionDir: ACTION_DIR,
      with: inputs,
      context: { event: { ref: context.ref, repository: { full_name: 'acme/shop', name: 'shop', default_branch: 'main' } }, repository: 'acme/shop', ...context },
      env: {
        AWS_ENDPOINT_URL: undefined, ...this.sim.env(), AWS_PROFILE: undefined, AWS_SESSION_TOKEN: undefined,
        AWS_CONFIG_FILE: '/nonexistent/aws-config', AWS_SHARED_CREDENTIALS_FILE: '/nonexistent/aws-credentials',
        DOCKER_HOST: this.dockerd.host, HOME: join(this.dir, 'home'), DOCKER_CONFIG: undefined, DOCKER_CONTEXT: undefined,
      },
      timeoutMs: 120_000,
    };
    const main = await runAction(options);
    const post = await runPost(options, main);
    return { main, post };
  }

  /** What the registry itself answers for a tag: its Docker-Content-Digest (undefined when the tag is absent). */
  async registryDigest(repository: string, tag: string): Promise<string | undefined> {
    const response = await fetch(`${this.registry.url}/v2/${repository}/manifests/${tag}`, {
      method: 'HEAD',
      headers: { accept: MANIFEST_TYPES, authorization: `Basic ${Buffer.from(`AWS:${this.password}`).toString('base64')}` },
    });
    if (response.status === 404) return undefined;
    if (response.status !== 200) throw new Error(`registry HEAD ${repository}:${tag} answered ${response.status}`);
    return response.headers.get('docker-content-digest') ?? undefined;
  }

  async registryTags(repository: string): Promise<string[]> {
    const response = await fetch(`${this.registry.url}/v2/${repository}/tags/list`, {
      headers: { authorization: `Basic ${Buffer.from(`AWS:${this.password}`).toString('base64')}` },
    });
    if (response.status === 404) return [];
    return ((await response.json()) as { tags?: string[] | null }).tags?.sort() ?? [];
  }
}

export const errorsOf = (result: ActionResult): string[] => result.annotations.filter((a) => a.level === 'error').map((a) => a.message);
