import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type ActionResult, runAction, runPost } from '../harness/index.js';
import { type Simulator, startSimulator } from '../sim/index.js';
import { ForwardProxy } from '../support/forward-proxy.js';
import { forgedCommands, HOSTILE_BLOCK } from '../support/hostile.js';
import { createTestCertificate, startTlsFront } from '../support/tls.js';

const ACTION_DIR = fileURLToPath(new URL('../../actions/build-push', import.meta.url));

const PASSWORD = 'e2e-registry-password-0f3c';
let sim: Simulator;
let dir = '';
let dockerLog = '';
let context = '';

beforeAll(async () => {
  // Nothing listens at this registry: a run with good inputs gets as far as the (fake) docker login.
  sim = await startSimulator({ ecr: { registryUrl: 'http://127.0.0.1:9', username: 'AWS', password: PASSWORD } });
  dir = mkdtempSync(join(tmpdir(), 'build-push-e2e-'));
  // PATH holds only a `docker` that records its arguments: any docker call by the action shows in the log.
  const bin = join(dir, 'bin');
  mkdirSync(bin);
  dockerLog = join(dir, 'docker-calls.log');
  // FAKE_DOCKER_STDERR names a file the fake docker writes to its stderr before failing.
  writeFileSync(join(bin, 'docker'), `#!/bin/sh\necho "$@" >> '${dockerLog}'\n[ -n "$FAKE_DOCKER_STDERR" ] && /bin/cat "$FAKE_DOCKER_STDERR" >&2\nexit 1\n`);
  chmodSync(join(bin, 'docker'), 0o755);
  context = join(dir, 'app');
  mkdirSync(context);
  writeFileSync(join(context, 'Dockerfile'), 'FROM scratch\n');
});

afterAll(async () => {
  await sim.stop();
  rmSync(dir, { recursive: true, force: true });
});

async function runWith(inputs: Record<string, string>, env: Record<string, string | undefined> = {}): Promise<ActionResult> {
  sim.control.reset();
  return runAction({
    actionDir: ACTION_DIR,
    with: { context, ...inputs },
    env: {
      AWS_ENDPOINT_URL: undefined, ...sim.env(), AWS_PROFILE: undefined, AWS_SESSION_TOKEN: undefined,
      AWS_CONFIG_FILE: '/nonexistent/aws-config', AWS_SHARED_CREDENTIALS_FILE: '/nonexistent/aws-credentials',
      PATH: join(dir, 'bin'), DOCKER_HOST: 'unix:///nonexistent/docker.sock', HOME: join(dir, 'home'), DOCKER_CONFIG: undefined,
      HTTPS_PROXY: undefined, https_proxy: undefined, HTTP_PROXY: undefined, http_proxy: undefined, NO_PROXY: undefined, no_proxy: undefined,
      ...env,
    },
    timeoutMs: 20_000,
  });
}

const errorsOf = (result: ActionResult) => result.annotations.filter((a) => a.level === 'error').map((a) => a.message);
const dockerCalls = () => (existsSync(dockerLog) ? readFileSync(dockerLog, 'utf8') : '');

describe('build-push dist: a bad input fails with one error, before any AWS or Docker call', () => {
  it.each<[string, Record<string, string>, string, Record<string, string | undefined>]>([
    ['missing repository', {}, "Input 'repository': required", {}],
    ['a repository name ECR refuses', { repository: 'My_Repo' }, "Input 'repository': 'My_Repo' is not an ECR repository name", {}],
    ['no region', { repository: 'api' }, "Input 'aws-region': no region", { AWS_REGION: undefined, AWS_DEFAULT_REGION: undefined }],
    ['an unreadable Dockerfile', { repository: 'api', dockerfile: '/nonexistent/Dockerfile' }, "Input 'dockerfile': cannot read '/nonexistent/Dockerfile' (no such file)", {}],
    ['a context that is not a directory', { repository: 'api', context: '/nonexistent/app' }, "Input 'context': '/nonexistent/app' is not a directory", {}],
    ['a malformed build-args line', { repository: 'api', 'build-args': 'VERSION=1\n=oops' }, "Input 'build-args': line 2 is not of the form KEY=VALUE", {}],
    ['platforms without buildx', { repository: 'api', platforms: 'linux/amd64,linux/arm64' }, "Input 'platforms': needs docker buildx", {}],
    ['cache-to without buildx', { repository: 'api', 'cache-to': 'type=registry,ref=x' }, "Input 'cache-to': exporting a build cache needs docker buildx", {}],
    ['an unknown tag rule', { repository: 'api', tags: 'sha\nstable' }, "Input 'tags': unknown tag rule 'stable'", {}],
    ['an invalid extra tag', { repository: 'api', 'extra-tags': 'v1+build' }, "Input 'extra-tags': 'v1+build' is not a valid Docker tag", {}],
    ['a bad if-exists', { repository: 'api', 'if-exists': 'overwrite' }, "Input 'if-exists': expected skip or rebuild", {}],
    ['a bad registry id', { repository: 'api', registry: '12345' }, "Input 'registry': expected a 12-digit AWS account id", {}],
    ['a bad push flag', { repository: 'api', push: 'sometimes' }, "Input 'push': expected true or false", {}],
    ['a bad lifecycle-keep-last', { repository: 'api', 'lifecycle-keep-last': 'ten' }, "Input 'lifecycle-keep-last': expected a whole number", {}],
    ['a malformed labels line', { repository: 'api', labels: 'team=core\nno-equals-sign' }, "Input 'labels': line 2 is not of the form key=value", {}],
    ['a bad oci-labels flag', { repository: 'api', 'oci-labels': 'maybe' }, "Input 'oci-labels': expected true or false, got 'maybe'", {}],
    ['a bad scan-on-push flag', { repository: 'api', 'scan-on-push': 'yes please' }, "Input 'scan-on-push': expected true or false", {}],
    ['a bad no-cache flag', { repository: 'api', 'no-cache': '2' }, "Input 'no-cache': expected true or false", {}],
    ['a bad pull flag', { repository: 'api', pull: 'always' }, "Input 'pull': expected true or false", {}],
    ['a bad image-tag-mutability', { repository: 'api', 'image-tag-mutability': 'immutable-ish' }, "Input 'image-tag-mutability': expected MUTABLE or IMMUTABLE, got 'immutable-ish'", {}],
    ['a cache-from the classic builder cannot use', { repository: 'api', 'cache-from': 'type=local,src=/tmp/cache' }, "Input 'cache-from': 'type=local,src=/tmp/cache': without buildx only image references", {}],
    ['push-attempts out of range', { repository: 'api', 'push-attempts': '0' }, "Input 'push-attempts': expected a whole number", {}],
    ['a target that is not a stage name', { repository: 'api', target: 'run time' }, "Input 'target': 'run time' is not a Dockerfile stage name", {}],
    ['a context past PATH_MAX', { repository: 'api', context: `/tmp/${'a/'.repeat(2100)}` }, "Input 'context': '/tmp/a/a/a/", {}],
    ['a context with a name past NAME_MAX', { repository: 'api', context: `/tmp/${'n'.repeat(300)}/app` }, 'has a file or folder name of 300 bytes (at most 255)', {}],
    ['a dockerfile past PATH_MAX', { repository: 'api', dockerfile: `/tmp/${'d/'.repeat(2100)}Dockerfile` }, "Input 'dockerfile': '/tmp/d/d/d/", {}],
    ['a dockerfile with a name past NAME_MAX', { repository: 'api', dockerfile: `/tmp/${'f'.repeat(256)}` }, "Input 'dockerfile': '/tmp/fff", {}],
    ['a default-branch that is not a branch name', { repository: 'api', 'default-branch': 'main branch' }, "Input 'default-branch': 'main branch' is not a branch name", {}],
  ])('%s', async (_name, inputs, message, env) => {
    const result = await runWith(inputs, env);
    try {
      expect(result.conclusion).toBe('failure');
      const errors = errorsOf(result);
      expect(errors).toHaveLength(1);
      expect(errors[0]).toContain(message);
      expect(sim.control.calls()).toEqual([]);
      expect(dockerCalls()).toBe('');
    } finally {
      await result.dispose();
    }
  });

  it('a path past the file system limits is an input error, not an ENAMETOOLONG from the first file call', async () => {
    const result = await runWith({ repository: 'api', context: `/tmp/${'a/'.repeat(2100)}` });
    await result.dispose();
    expect(errorsOf(result)).toEqual([expect.stringMatching(/^Input 'context': .* is too long for a path \(4205 bytes; at most 4095\)$/)]);
    expect(result.log).not.toContain('ENAMETOOLONG');
  });

  it('the post step after a failed main (post-if: always()) has nothing to clean and does nothing', async () => {
    const main = await runWith({ repository: 'api', 'build-args': 'oops' });
    expect(main.conclusion).toBe('failure');
    expect(main.state).toEqual({ 'is-post': 'true' });
    const post = await runPost({ actionDir: ACTION_DIR, env: { PATH: join(dir, 'bin') } }, main);
    expect(post.conclusion).toBe('success');
    expect(post.annotations).toEqual([]);
    expect(dockerCalls()).toBe('');
  });

  it('the simulator and the fake docker do see calls once the inputs are good (the checks above can fail)', async () => {
    const missing = await runWith({ repository: 'api' });
    await missing.dispose();
    expect(sim.control.calls().map((c) => c.operation)).toEqual(['DescribeRepositories']);
    expect(errorsOf(missing)).toEqual([expect.stringContaining('ECR repository api does not exist')]);
    expect(dockerCalls()).toBe('');

    const created = await runWith({ repository: 'api', 'create-repository': 'true' });
    await created.dispose();
    expect(sim.control.calls().map((c) => c.operation)).toEqual(['DescribeRepositories', 'CreateRepository', 'GetAuthorizationToken']);
    expect(dockerCalls()).toBe('login --username AWS --password-stdin 127.0.0.1:9\n');
    expect(errorsOf(created)).toEqual([expect.stringContaining('docker login 127.0.0.1:9 failed (exit 1)')]);
    expect(created.masks).toContain(PASSWORD);
    expect(created.unmaskedSecrets([PASSWORD])).toEqual([]);
  });
});

describe('build-push dist: docker output in an error message', () => {
  it('a failed docker command whose stderr carries workflow commands gives one error annotation and no forged command', async () => {
    const stderrFile = join(dir, 'hostile-stderr.txt');
    writeFileSync(stderrFile, HOSTILE_BLOCK);
    const result = await runWith({ repository: 'api', 'create-repository': 'true' }, { FAKE_DOCKER_STDERR: stderrFile });
    await result.dispose();
    // The action's own error annotation carries docker's text as its data; no other command may.
    const failure = result.commands.filter((c) => c.name === 'error' && c.data.startsWith('docker login'));
    expect(failure).toHaveLength(1);
    expect(forgedCommands(result.commands.filter((c) => !failure.includes(c)))).toEqual([]);
    expect(result.masks).toEqual([PASSWORD]);
    const errors = errorsOf(result);
    expect(errors).toHaveLength(1);
    // setFailed escapes the message, so the last lines of docker's stderr arrive whole inside the one annotation.
    expect(errors[0]).toMatch(/^docker login 127\.0\.0\.1:9 failed \(exit 1\): /);
    expect(errors[0]).toContain('::ERROR::forged-upper-case');
  });
});

describe('build-push dist: AWS calls behind a proxy', () => {
  it('reaches an https:// ECR endpoint through the CONNECT tunnel of HTTPS_PROXY, and directly when NO_PROXY names it', async () => {
    const certificate = createTestCertificate();
    const [front, proxy] = await Promise.all([startTlsFront(certificate, Number(new URL(sim.endpoint).port)), ForwardProxy.start()]);
    try {
      // The simulator behind TLS, trusted as a runner trusts a corporate CA (NODE_EXTRA_CA_CERTS).
      const env = { AWS_ENDPOINT_URL_ECR: `https://127.0.0.1:${front.port}`, NODE_EXTRA_CA_CERTS: certificate.certPath, HTTPS_PROXY: proxy.url() };
      const proxied = await runWith({ repository: 'api' }, env);
      await proxied.dispose();
      expect(errorsOf(proxied)).toEqual([expect.stringContaining('ECR repository api does not exist')]);
      expect(sim.control.calls().map((c) => c.operation)).toEqual(['DescribeRepositories']);
      expect(proxy.tunnels()).toEqual([`127.0.0.1:${front.port}`]);

      const direct = await runWith({ repository: 'api' }, { ...env, NO_PROXY: `127.0.0.1:${front.port}` });
      await direct.dispose();
      expect(errorsOf(direct)).toEqual([expect.stringContaining('ECR repository api does not exist')]);
      expect(sim.control.calls().map((c) => c.operation)).toEqual(['DescribeRepositories']);
      expect(proxy.calls).toHaveLength(1);
    } finally {
      await Promise.all([front.stop(), proxy.stop()]);
      certificate.remove();
    }
  });
});
