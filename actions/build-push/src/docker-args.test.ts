import { describe, expect, it } from '@jest/globals';
import {
  type BuildPlan, buildArgv, classicCacheRef, isTransientDockerFailure, labelDockerfile, labelsInOneStep, labelStepArgv, loginArgv, parseInspect, parsePushOutput,
} from './docker-args.js';
import { findBuildxPlugin } from './docker.js';

const DIGEST = `sha256:${'a'.repeat(64)}`;
const base: BuildPlan = {
  builder: 'classic', context: 'app', dockerfile: 'app/Dockerfile', buildArgs: [], labels: [], references: ['r/app:abc'],
  platforms: [], cacheFrom: [], cacheTo: [], noCache: false, pull: false, pushFromBuilder: false,
};

describe('buildArgv', () => {
  it.each<[string, Partial<BuildPlan>, string[]]>([
    ['classic, minimal', {}, ['build', '--file', 'app/Dockerfile', '--tag', 'r/app:abc', 'app']],
    ['classic with everything it takes', {
      target: 'runtime', buildArgs: [['VERSION', '1.2.3'], ['EMPTY', '']], labels: [['team', 'core']], references: ['r/app:abc', 'r/app:latest'],
      noCache: true, pull: true, cacheFrom: ['r/app:latest', 'type=registry,ref=r/app:cache', 'type=gha'],
    }, ['build', '--file', 'app/Dockerfile', '--target', 'runtime', '--build-arg', 'VERSION=1.2.3', '--build-arg', 'EMPTY=', '--label', 'team=core',
      '--tag', 'r/app:abc', '--tag', 'r/app:latest', '--no-cache', '--pull', '--cache-from', 'r/app:latest', '--cache-from', 'r/app:cache', 'app']],
    ['buildx loads a single-platform image for the per-tag push', { builder: 'buildx', cacheFrom: ['type=gha'], cacheTo: ['type=gha,mode=max'] },
      ['buildx', 'build', '--file', 'app/Dockerfile', '--tag', 'r/app:abc', '--cache-from', 'type=gha', '--cache-to', 'type=gha,mode=max', '--provenance=false', '--load', 'app']],
    ['buildx pushes a multi-platform image itself', { builder: 'buildx', platforms: ['linux/amd64', 'linux/arm64'], pushFromBuilder: true },
      ['buildx', 'build', '--file', 'app/Dockerfile', '--tag', 'r/app:abc', '--platform', 'linux/amd64,linux/arm64', '--provenance=false', '--push', 'app']],
  ])('%s', (_name, plan, expected) => {
    expect(buildArgv({ ...base, ...plan })).toEqual(expected);
  });

  it('reads the ref of a buildx registry cache spec for the classic builder', () => {
    expect(classicCacheRef('r/app:cache')).toBe('r/app:cache');
    expect(classicCacheRef('type=registry, ref=r/app:cache ,mode=max')).toBe('r/app:cache');
    expect(classicCacheRef('type=local,src=/tmp/c')).toBeUndefined();
  });

  it('never puts the password in the login argv', () => {
    expect(loginArgv('127.0.0.1:5000', 'AWS')).toEqual(['login', '--username', 'AWS', '--password-stdin', '127.0.0.1:5000']);
  });
});

describe('parsePushOutput', () => {
  it('reads the digest line docker push prints', () => {
    const out = `The push refers to repository [127.0.0.1:5000/app]\n5f70bf18a086: Pushed\nv1: digest: ${DIGEST} size: 528\n`;
    expect(parsePushOutput(out)).toEqual({ tag: 'v1', digest: DIGEST, size: 528 });
  });
  it.each([['no digest line', 'Pushed\n'], ['a short digest', 'v1: digest: sha256:abc size: 1\n'], ['an empty output', '']])('%s → undefined', (_n, out) => {
    expect(parsePushOutput(out)).toBeUndefined();
  });
  it('parses image inspect output', () => {
    expect(parseInspect(`${DIGEST} 1234\n`)).toEqual({ id: DIGEST, size: 1234 });
    expect(parseInspect('Error: No such image')).toBeUndefined();
  });
});

describe('isTransientDockerFailure', () => {
  it.each([
    ['received unexpected HTTP status: 500 Internal Server Error', true],
    ['received unexpected HTTP status: 503 Service Unavailable', true],
    ['toomanyrequests: Rate exceeded', true],
    ['Patch "http://127.0.0.1:5000/v2/app/blobs/uploads/x": read tcp 127.0.0.1:1->127.0.0.1:5000: read: connection reset by peer', true],
    ['Put "https://x/v2/app/manifests/v1": EOF', true],
    ['net/http: TLS handshake timeout', true],
    ['dial tcp 10.0.0.1:443: i/o timeout', true],
    ['denied: User: arn:aws:iam::1:user/ci is not authorized to perform: ecr:InitiateLayerUpload', false],
    ['unauthorized: authentication required', false],
    ["tag invalid: The image tag '1.0' already exists in the 'app' repository and cannot be overwritten because the repository is immutable.", false],
    ['name unknown: The repository with name \'app\' does not exist in the registry with id \'1\'', false],
    ['An image does not exist locally with the tag: r/app', false],
  ])('%s → %s', (stderr, expected) => {
    expect(isTransientDockerFailure(stderr)).toBe(expected);
  });
});

describe('findBuildxPlugin', () => {
  it('looks in the user config dir first, then the system plugin dirs, without running docker', () => {
    const seen: string[] = [];
    const found = findBuildxPlugin({ HOME: '/home/runner' }, (path) => {
      seen.push(path);
      return path === '/usr/libexec/docker/cli-plugins/docker-buildx';
    });
    expect(found).toBe('/usr/libexec/docker/cli-plugins/docker-buildx');
    expect(seen[0]).toBe('/home/runner/.docker/cli-plugins/docker-buildx');
    expect(findBuildxPlugin({ DOCKER_CONFIG: '/cfg' }, (p) => p === '/cfg/cli-plugins/docker-buildx')).toBe('/cfg/cli-plugins/docker-buildx');
    expect(findBuildxPlugin({ HOME: '/h' }, () => false)).toBeUndefined();
  });
});

describe('labels in one step (classic builder)', () => {
  it('is used for the classic builder with more than one label only', () => {
    expect(labelsInOneStep({ builder: 'classic', labels: [['a', '1'], ['b', '2']] })).toBe(true);
    expect(labelsInOneStep({ builder: 'classic', labels: [['a', '1']] })).toBe(false);
    expect(labelsInOneStep({ builder: 'buildx', labels: [['a', '1'], ['b', '2']] })).toBe(false);
  });

  it('quotes keys and values so the Dockerfile parser gives them back as written', () => {
    expect(labelDockerfile('sha256:abc', [['team', 'core'], ['note', 'say "hi" to $HOME \\ now']])).toBe(
      'FROM sha256:abc\nLABEL "team"="core" "note"="say \\"hi\\" to \\$HOME \\\\ now"\n',
    );
    expect(labelStepArgv(['r/app:1', 'r/app:latest'])).toEqual(['build', '--tag', 'r/app:1', '--tag', 'r/app:latest', '-']);
  });
});
