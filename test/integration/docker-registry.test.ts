import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, it, expect, beforeAll, afterAll } from '@jest/globals';
import { startDockerd, type DockerDaemon } from '../support/docker.js';
import { startRegistry, type RegistryServer } from '../support/registry.js';
import { isPortOpen } from '../support/ports.js';
import { isProcessAlive } from '../support/process.js';

const MANIFEST_V2 = 'application/vnd.docker.distribution.manifest.v2+json';

function basicAuth(user: string, password: string): string {
  return `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`;
}

describe('dockerd + registry test-bed', () => {
  let dockerd: DockerDaemon | undefined;
  let registry: RegistryServer | undefined;
  let workDir = '';

  beforeAll(async () => {
    workDir = await mkdtemp(join(tmpdir(), 'pa-docker-test-'));
    // allSettled, so that when one fails to start the other is still assigned and afterAll stops it.
    const [daemon, server] = await Promise.allSettled([
      startDockerd(),
      startRegistry({ username: 'ci-user', password: 'right-password' }),
    ]);
    if (daemon.status === 'fulfilled') dockerd = daemon.value;
    if (server.status === 'fulfilled') registry = server.value;
    for (const started of [daemon, server]) if (started.status === 'rejected') throw started.reason;
  }, 90_000);

  afterAll(async () => {
    await Promise.allSettled([dockerd?.stop(), registry?.stop()]);
    await rm(workDir, { recursive: true, force: true });
  }, 60_000);

  it('enforces htpasswd auth on the registry API', async () => {
    const anonymous = await fetch(`${registry!.url}/v2/`);
    expect(anonymous.status).toBe(401);
    expect(anonymous.headers.get('www-authenticate')).toMatch(/^Basic /);
    const authed = await fetch(`${registry!.url}/v2/`, { headers: { authorization: basicAuth('ci-user', 'right-password') } });
    expect(authed.status).toBe(200);
  });

  it('docker login refuses a wrong password and accepts the right one', async () => {
    const dockerConfig = join(workDir, 'docker-config');
    const login = (password: string) =>
      dockerd!.docker(['login', registry!.address, '--username', 'ci-user', '--password-stdin'], {
        input: `${password}\n`,
        env: { DOCKER_CONFIG: dockerConfig },
        allowFailure: true,
      });

    const refused = await login('wrong-password');
    expect(refused.code).not.toBe(0);
    expect(refused.stderr).toMatch(/401|unauthorized/i);
    expect(existsSync(join(dockerConfig, 'config.json'))).toBe(false);

    const accepted = await login('right-password');
    expect(accepted.code).toBe(0);
    expect(accepted.stdout).toContain('Login Succeeded');
    const config = JSON.parse(await readFile(join(dockerConfig, 'config.json'), 'utf8')) as {
      auths: Record<string, { auth: string }>;
    };
    expect(Buffer.from(config.auths[registry!.address]!.auth, 'base64').toString()).toBe('ci-user:right-password');
  }, 60_000);

  it('builds a FROM scratch image, pushes it, and the registry serves the pushed digest', async () => {
    const context = join(workDir, 'context');
    const payload = `built at ${new Date().toISOString()}\n`;
    await mkdir(context);
    await writeFile(join(context, 'payload.txt'), payload);
    await writeFile(join(context, 'Dockerfile'), 'FROM scratch\nCOPY payload.txt /payload.txt\n');

    const image = `${registry!.address}/testbed/app:v1`;
    await dockerd!.docker(['login', registry!.address, '--username', 'ci-user', '--password-stdin'], { input: 'right-password\n' });
    const build = await dockerd!.docker(['build', '--tag', image, context]);
    expect(build.stdout).toMatch(/Successfully tagged/);

    const push = await dockerd!.docker(['push', image]);
    const pushed = /digest: (sha256:[0-9a-f]{64}) size: (\d+)/.exec(push.stdout);
    expect(pushed).not.toBeNull();
    const [, pushedDigest, pushedSize] = pushed!;

    const response = await fetch(`${registry!.url}/v2/testbed/app/manifests/v1`, {
      headers: { accept: MANIFEST_V2, authorization: basicAuth('ci-user', 'right-password') },
    });
    expect(response.status).toBe(200);
    const body = Buffer.from(await response.arrayBuffer());
    expect(response.headers.get('docker-content-digest')).toBe(pushedDigest);
    expect(`sha256:${createHash('sha256').update(body).digest('hex')}`).toBe(pushedDigest);
    expect(body.length).toBe(Number(pushedSize));

    // The one layer must be the COPYed file: fetch it and find the payload inside the (gzipped) tar.
    const manifest = JSON.parse(body.toString('utf8')) as { mediaType: string; layers: { digest: string }[] };
    expect(manifest.mediaType).toBe(MANIFEST_V2);
    expect(manifest.layers).toHaveLength(1);
    const blob = await fetch(`${registry!.url}/v2/testbed/app/blobs/${manifest.layers[0]!.digest}`, {
      headers: { authorization: basicAuth('ci-user', 'right-password') },
    });
    expect(blob.status).toBe(200);
    const tar = gunzipSync(Buffer.from(await blob.arrayBuffer())).toString('latin1');
    expect(tar).toContain('payload.txt');
    expect(tar).toContain(payload);
  }, 120_000);

  it('stop() ends dockerd, containerd and the registry and removes their dirs', async () => {
    const { pid: dockerdPid, containerdPid, dir: dockerDir } = dockerd!;
    const { pid: registryPid, dir: registryDir, address } = registry!;
    expect(isProcessAlive(dockerdPid)).toBe(true);
    expect(containerdPid).toBeDefined();
    expect(isProcessAlive(containerdPid!)).toBe(true);
    expect(isProcessAlive(registryPid)).toBe(true);

    await Promise.all([dockerd!.stop(), registry!.stop()]);
    dockerd = undefined;
    registry = undefined;

    expect(isProcessAlive(dockerdPid)).toBe(false);
    expect(isProcessAlive(containerdPid!)).toBe(false);
    expect(isProcessAlive(registryPid)).toBe(false);
    expect(await isPortOpen(Number(address.split(':')[1]))).toBe(false);
    expect(existsSync(dockerDir)).toBe(false);
    expect(existsSync(registryDir)).toBe(false);
    const mounts = await readFile('/proc/self/mountinfo', 'utf8');
    expect(mounts).not.toContain(dockerDir);
  }, 60_000);
});

describe('dockerd test-bed after a crash', () => {
  it('stop() still unmounts the data root and removes the dir when dockerd was SIGKILLed', async () => {
    const dockerd = await startDockerd();
    process.kill(dockerd.pid, 'SIGKILL');
    // A killed dockerd never unmounts the bind mount it puts on its data root: that is what stop() must undo.
    const mountedAfterKill = async (): Promise<boolean> => (await readFile('/proc/self/mountinfo', 'utf8')).includes(dockerd.dir);
    expect(await mountedAfterKill()).toBe(true);

    await dockerd.stop();

    expect(isProcessAlive(dockerd.pid)).toBe(false);
    expect(dockerd.containerdPid === undefined || !isProcessAlive(dockerd.containerdPid)).toBe(true);
    expect(await mountedAfterKill()).toBe(false);
    expect(existsSync(dockerd.dir)).toBe(false);
  }, 90_000);
});
