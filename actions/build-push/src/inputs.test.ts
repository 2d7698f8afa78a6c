import { describe, expect, it } from '@jest/globals';
import { getInputs, type InputSources } from './inputs.js';

const SHA = '0123456789abcdef0123456789abcdef01234567';
const ENV = {
  AWS_REGION: 'eu-west-1', GITHUB_SHA: SHA, GITHUB_REF: 'refs/heads/main', GITHUB_REPOSITORY: 'acme/shop',
  GITHUB_SERVER_URL: 'https://github.example.com', GITHUB_EVENT_PATH: '/event.json',
};
const FILES: Record<string, string> = { 'Dockerfile': 'FROM scratch\n', 'app/Dockerfile': 'FROM scratch\n', 'app/Other.dockerfile': 'FROM scratch\n', '/event.json': '{"repository":{"default_branch":"trunk"}}' };
const DIRS = ['.', 'app'];

function sources(values: Record<string, string>, options: { env?: Record<string, string | undefined>; buildx?: string } = {}): InputSources {
  return {
    read: (name) => values[name] ?? '',
    env: options.env ?? ENV,
    readFile: (path) => {
      if (!(path in FILES)) throw Object.assign(new Error('no such file'), { code: 'ENOENT' });
      return FILES[path] as string;
    },
    isDirectory: (path) => DIRS.includes(path),
    findBuildx: () => options.buildx,
  };
}

describe('getInputs', () => {
  it('applies the defaults and reads the git context from the runner', () => {
    const inputs = getInputs(sources({ repository: 'team/api' }));
    expect(inputs).toMatchObject({
      repository: 'team/api', registryId: undefined, region: 'eu-west-1', context: '.', dockerfile: 'Dockerfile', push: true,
      createRepository: false, immutable: false, scanOnPush: true, keepLast: undefined, ifExists: 'skip', pushAttempts: 4, builder: 'classic',
      tagRules: ['sha', 'semver', 'latest'], extraTags: [], platforms: [], serverUrl: 'https://github.example.com', githubRepository: 'acme/shop',
      git: { sha: SHA, ref: 'refs/heads/main', defaultBranch: 'trunk' },
    });
  });

  it('reads every option', () => {
    const inputs = getInputs(sources({
      repository: 'api', registry: '210987654321', context: 'app', dockerfile: 'app/Other.dockerfile', target: 'runtime',
      'build-args': 'VERSION=1.2\nGREETING=hello = world', labels: 'team=core', tags: 'sha-short\nbranch', 'extra-tags': 'stable, candidate',
      'default-branch': 'main', push: 'false', 'create-repository': 'true', 'image-tag-mutability': 'IMMUTABLE', 'scan-on-push': 'false',
      'lifecycle-keep-last': '30', 'if-exists': 'rebuild', 'cache-from': 'api:latest', 'no-cache': 'true', 'push-attempts': '2',
    }));
    expect(inputs).toMatchObject({
      registryId: '210987654321', context: 'app', dockerfile: 'app/Other.dockerfile', target: 'runtime',
      buildArgs: [['VERSION', '1.2'], ['GREETING', 'hello = world']], labels: [['team', 'core']], tagRules: ['sha-short', 'branch'],
      extraTags: ['stable', 'candidate'], git: { defaultBranch: 'main' }, push: false, createRepository: true, immutable: true, scanOnPush: false,
      keepLast: 30, ifExists: 'rebuild', cacheFrom: ['api:latest'], noCache: true, pushAttempts: 2,
    });
  });

  it('defaults the Dockerfile to <context>/Dockerfile and chooses buildx when the plugin is there', () => {
    const inputs = getInputs(sources({ repository: 'api', context: 'app', platforms: 'linux/amd64,linux/arm64', 'cache-to': 'type=gha' }, { buildx: '/usr/libexec/docker/cli-plugins/docker-buildx' }));
    expect(inputs).toMatchObject({ dockerfile: 'app/Dockerfile', builder: 'buildx', platforms: ['linux/amd64', 'linux/arm64'], cacheTo: ['type=gha'] });
  });

  it('leaves the default branch unknown when the event payload is unreadable', () => {
    expect(getInputs(sources({ repository: 'api' }, { env: { ...ENV, GITHUB_EVENT_PATH: '/missing.json' } })).git.defaultBranch).toBeUndefined();
  });

  it.each<[string, Record<string, string>, string, Record<string, string | undefined>]>([
    ['missing repository', {}, "Input 'repository': required", ENV],
    ['an upper-case repository', { repository: 'Team/API' }, "Input 'repository': 'Team/API' is not an ECR repository name", ENV],
    ['a registry that is not an account id', { repository: 'api', registry: 'acme' }, "Input 'registry': expected a 12-digit AWS account id", ENV],
    ['no region', { repository: 'api' }, "Input 'aws-region': no region", { ...ENV, AWS_REGION: undefined }],
    ['a missing context', { repository: 'api', context: 'nope' }, "Input 'context': 'nope' is not a directory", ENV],
    ['an unreadable Dockerfile', { repository: 'api', dockerfile: 'missing/Dockerfile' }, "Input 'dockerfile': cannot read 'missing/Dockerfile' (no such file)", ENV],
    ['a context past PATH_MAX', { repository: 'api', context: `app/${'a/'.repeat(2100)}` }, "Input 'context': 'app/a/a/a/", ENV],
    ['a context with a name past NAME_MAX', { repository: 'api', context: `app/${'n'.repeat(256)}` }, 'has a file or folder name of 256 bytes (at most 255)', ENV],
    ['a context whose default Dockerfile path is past PATH_MAX', { repository: 'api', context: `${'a/'.repeat(2045)}a` }, '(the default dockerfile) is too long for a path (4102 bytes; at most 4095)', ENV],
    ['a dockerfile past PATH_MAX', { repository: 'api', dockerfile: `${'d/'.repeat(2048)}Dockerfile` }, "Input 'dockerfile': 'd/d/d/", ENV],
    ['a dockerfile with a name past NAME_MAX', { repository: 'api', dockerfile: `app/${'é'.repeat(128)}` }, "Input 'dockerfile': 'app/éé", ENV],
    ['a build-arg without =', { repository: 'api', 'build-args': 'VERSION=1\nBROKEN' }, "Input 'build-args': line 2 is not of the form KEY=VALUE", ENV],
    ['a build-arg with a bad name', { repository: 'api', 'build-args': '1X=2' }, "Input 'build-args': '1X' is not a build argument name", ENV],
    ['a label without =', { repository: 'api', labels: 'team' }, "Input 'labels': line 1 is not of the form key=value", ENV],
    ['platforms without buildx', { repository: 'api', platforms: 'linux/arm64' }, "Input 'platforms': needs docker buildx", ENV],
    ['a malformed platform', { repository: 'api', platforms: 'arm64' }, "Input 'platforms': 'arm64' is not a platform", ENV],
    ['cache-to without buildx', { repository: 'api', 'cache-to': 'type=inline' }, "Input 'cache-to': exporting a build cache needs docker buildx", ENV],
    ['a gha cache without buildx', { repository: 'api', 'cache-from': 'type=gha' }, "Input 'cache-from': 'type=gha': without buildx", ENV],
    ['an unknown tag rule', { repository: 'api', tags: 'sha\nv1.0.0' }, "Input 'tags': unknown tag rule 'v1.0.0'", ENV],
    ['an invalid extra tag', { repository: 'api', 'extra-tags': 'ok,-bad' }, "Input 'extra-tags': '-bad' is not a valid Docker tag", ENV],
    ['a sha rule without GITHUB_SHA', { repository: 'api' }, "Input 'tags': the sha rules need GITHUB_SHA", { ...ENV, GITHUB_SHA: undefined }],
    ['a bad push flag', { repository: 'api', push: 'maybe' }, "Input 'push': expected true or false", ENV],
    ['a bad mutability', { repository: 'api', 'image-tag-mutability': 'immutable' }, "Input 'image-tag-mutability': expected MUTABLE or IMMUTABLE", ENV],
    ['a bad if-exists', { repository: 'api', 'if-exists': 'fail' }, "Input 'if-exists': expected skip or rebuild", ENV],
    ['a zero keep-last', { repository: 'api', 'lifecycle-keep-last': '0' }, "Input 'lifecycle-keep-last': expected a whole number from 1 to 10000", ENV],
    ['zero push attempts', { repository: 'api', 'push-attempts': '0' }, "Input 'push-attempts': expected a whole number from 1 to 20", ENV],
  ])('rejects %s', (_name, values, message, env) => {
    expect(() => getInputs(sources(values, { env }))).toThrow(message);
  });

  it('names the limit a too long path breaks, and never quotes more than 80 characters of it', () => {
    const long = `app/${'a/'.repeat(2100)}`;
    expect(() => getInputs(sources({ repository: 'api', context: long }))).toThrow(/is too long for a path \(4204 bytes; at most 4095\)$/);
    expect(() => getInputs(sources({ repository: 'api', context: long }))).toThrow(/… \(4204 characters\)/);
    // NAME_MAX counts bytes: 128 two-byte characters are 256 bytes.
    expect(() => getInputs(sources({ repository: 'api', dockerfile: `app/${'é'.repeat(128)}` }))).toThrow('name of 256 bytes (at most 255)');
  });
});
