import { describe, expect, it } from '@jest/globals';
import { getInputs, type InputSources, parseCapacityProviderStrategy, parseCommand, parseImage } from './inputs.js';

const ENV = { AWS_REGION: 'us-east-1', GITHUB_REPOSITORY: 'acme/shop', GITHUB_RUN_ID: '77', GITHUB_RUN_ATTEMPT: '1', GITHUB_JOB: 'deploy', GITHUB_ACTION: 'migrate' };
const sources = (values: Record<string, string>, env: Record<string, string> = ENV): InputSources => ({ read: (name) => values[name] ?? '', env });

describe('parseCommand', () => {
  it('passes a JSON array as the exec form and runs any other text with sh -c', () => {
    expect(parseCommand('["php","artisan","migrate","--force"]')).toEqual({ form: 'exec', argv: ['php', 'artisan', 'migrate', '--force'], text: '["php","artisan","migrate","--force"]' });
    expect(parseCommand(' php artisan migrate --force && echo done ')).toEqual({ form: 'shell', argv: ['sh', '-c', 'php artisan migrate --force && echo done'], text: 'php artisan migrate --force && echo done' });
    expect(parseCommand('')).toBeUndefined();
  });

  it.each([['[php artisan]', 'is not a JSON array of strings'], ['[]', 'non-empty array of strings'], ['["a", 1]', 'non-empty array of strings']])('rejects %p', (raw, message) => {
    expect(() => parseCommand(raw)).toThrow(message);
  });
});

describe('parseImage', () => {
  const DIGEST = 'sha256:' + 'a1'.repeat(32);
  it.each([
    [`123456789012.dkr.ecr.us-east-1.amazonaws.com/repo@${DIGEST}`], ['repo:tag'], ['repo'], ['localhost:5000/team/app:1.2.3'], [`ghcr.io/acme/app:v1@${DIGEST}`],
  ])('accepts %p', (image) => {
    expect(parseImage(` ${image}\n`)).toBe(image);
  });

  it('is unset when empty', () => {
    expect(parseImage('  ')).toBeUndefined();
  });

  it.each([
    ['repo: tag'],
    ['repo:tag\nother:tag'],
    ['repo@sha256:abc'],
    [`repo@${'A1'.repeat(32)}`],
    [`@${DIGEST}`],
    [':tag'],
    ['../../../../etc/passwd'],
    ['::warning::x'],
    ['REPO/API@sha256:xyz'],
  ])('rejects %j by the OCI reference rules, quoting it on one line', (image) => {
    expect(() => parseImage(image)).toThrow(/^Input 'image': expected an image reference such as .*, got ['"]/);
    expect(() => parseImage(image)).not.toThrow(/\n/);
  });

  it('quotes a 100,000-character image shortened', () => {
    expect(() => parseImage('x'.repeat(100_000))).toThrow(/^Input 'image': expected an image reference .*… \(100000 characters\)$/);
  });
});

describe('parseCapacityProviderStrategy', () => {
  it('reads provider[:weight[:base]] items', () => {
    expect(parseCapacityProviderStrategy('FARGATE_SPOT:3, FARGATE:1:1')).toEqual([
      { capacityProvider: 'FARGATE_SPOT', weight: 3, base: 0 }, { capacityProvider: 'FARGATE', weight: 1, base: 1 },
    ]);
    expect(parseCapacityProviderStrategy('FARGATE')).toEqual([{ capacityProvider: 'FARGATE', weight: 1, base: 0 }]);
  });
});

describe('getInputs', () => {
  it('applies the defaults', () => {
    const inputs = getInputs(sources({ cluster: 'prod', service: 'api', command: 'npm run migrate' }));
    expect(inputs).toMatchObject({
      cluster: 'prod', service: 'api', mode: 'run-task', region: 'us-east-1', timeoutMs: 1_800_000, startTimeoutMs: 600_000,
      exitCodeFrom: 'container', lock: true, maxLogLines: 10_000, environment: [],
    });
    expect(inputs.clientToken).toMatch(/^[0-9a-f]{64}$/);
  });

  it('derives one clientToken per run attempt and step, and a fresh one outside Actions', () => {
    const token = (values: Record<string, string>, env: Record<string, string> = ENV) => getInputs(sources({ cluster: 'c', service: 's', ...values }, env)).clientToken;
    expect(token({})).toBe(token({}));
    expect(token({})).not.toBe(token({}, { ...ENV, GITHUB_RUN_ATTEMPT: '2' }));
    expect(token({})).not.toBe(token({}, { ...ENV, GITHUB_ACTION: 'migrate2' }));
    expect(token({})).not.toBe(token({ command: 'other' }));
    expect(token({ image: 'repo:1' })).toBe(token({ image: 'repo:1' }));
    expect(token({ image: 'repo:1' })).not.toBe(token({ image: 'repo:2' }));
    expect(token({ image: 'repo:1' })).not.toBe(token({}));
    const local = { AWS_REGION: 'us-east-1' };
    expect(token({}, local)).not.toBe(token({}, local));
  });

  it('reads the network, environment and exec inputs', () => {
    const inputs = getInputs(sources({
      cluster: 'c', 'task-definition': 'migrate:3', subnets: 'subnet-1a, subnet-2b\nsubnet-3c', 'security-groups': 'sg-9', 'assign-public-ip': 'true',
      'launch-type': 'fargate', 'platform-version': '1.4.0', 'environment-variables': 'A=1\nURL=postgres://x?a=b', 'start-timeout': '1h', timeout: '5m',
    }));
    expect(inputs).toMatchObject({
      subnets: ['subnet-1a', 'subnet-2b', 'subnet-3c'], securityGroups: ['sg-9'], assignPublicIp: 'ENABLED', launchType: 'FARGATE', platformVersion: '1.4.0',
      environment: [['A', '1'], ['URL', 'postgres://x?a=b']], startTimeoutMs: 300_000,
    });
    expect(getInputs(sources({ cluster: 'c', service: 's', mode: 'exec', command: '["true"]' })).mode).toBe('exec');
    expect(getInputs(sources({ cluster: 'c', service: 's', image: ' repo:2 ' })).image).toBe('repo:2');
    expect(getInputs(sources({ cluster: 'c', service: 's' })).image).toBeUndefined();
  });

  it.each([
    [{}, "Input 'cluster': required"],
    [{ cluster: 'c' }, "Input 'task-definition': required without service"],
    [{ cluster: 'c', service: 's', mode: 'shell' }, "Input 'mode': expected run-task or exec, got 'shell'"],
    [{ cluster: 'c', 'task-definition': 'a b' }, "Input 'task-definition': 'a b' is not a family"],
    [{ cluster: 'c', service: 's', command: '[oops' }, "Input 'command'"],
    [{ cluster: 'c', service: 's', 'environment-variables': '1A=x' }, "Input 'environment-variables': '1A' is not a variable name"],
    [{ cluster: 'c', service: 's', 'environment-variables': 'novalue' }, "Input 'environment-variables': line 1 is not of the form KEY=VALUE"],
    [{ cluster: 'c', service: 's', timeout: 'soon' }, "Input 'timeout'"],
    [{ cluster: 'c', service: 's', 'start-timeout': '0s' }, "Input 'start-timeout'"],
    [{ cluster: 'c', service: 's', subnets: 'net-1' }, "Input 'subnets': 'net-1' is not an id of the form subnet-"],
    [{ cluster: 'c', service: 's', 'security-groups': 'subnet-1' }, "Input 'security-groups'"],
    [{ cluster: 'c', service: 's', 'assign-public-ip': 'maybe' }, "Input 'assign-public-ip': expected ENABLED or DISABLED"],
    [{ cluster: 'c', service: 's', 'launch-type': 'LAMBDA' }, "Input 'launch-type': expected one of FARGATE"],
    [{ cluster: 'c', service: 's', 'launch-type': 'EC2', 'capacity-provider-strategy': 'FARGATE' }, "Input 'capacity-provider-strategy': give either"],
    [{ cluster: 'c', service: 's', 'capacity-provider-strategy': 'A:x' }, "Input 'capacity-provider-strategy': 'A:x' is not valid"],
    [{ cluster: 'c', service: 's', 'capacity-provider-strategy': 'A:1:1,B:1:2' }, 'only one provider may have a base'],
    [{ cluster: 'c', service: 's', 'platform-version': 'newest' }, "Input 'platform-version'"],
    [{ cluster: 'c', service: 's', 'exit-code-from': 'first' }, "Input 'exit-code-from': expected container or all-essential"],
    [{ cluster: 'c', service: 's', lock: 'sometimes' }, "Input 'lock'"],
    [{ cluster: 'c', service: 's', 'max-log-lines': '-5' }, "Input 'max-log-lines'"],
    [{ cluster: 'c', mode: 'exec', command: 'x' }, "Input 'service': required with mode exec"],
    [{ cluster: 'c', service: 's', mode: 'exec' }, "Input 'command': required with mode exec"],
    [{ cluster: 'c', service: 's', mode: 'exec', command: 'x', subnets: 'subnet-1' }, "Input 'subnets': applies to mode run-task only"],
    [{ cluster: 'c', service: 's', mode: 'exec', command: 'x', image: 'repo:2' }, "Input 'image': applies to mode run-task only"],
    [{ cluster: 'c', service: 's', image: 'repo :2' }, "Input 'image': expected an image reference"],
    [{ cluster: 'prod\nx', service: 's' }, `Input 'cluster': expected an ECS cluster name (up to 255 letters, digits, hyphens and underscores) or a cluster ARN, got "prod\\nx"`],
    [{ cluster: 'a/b/c', service: 's' }, "Input 'cluster': expected an ECS cluster name"],
    [{ cluster: 'c', service: 'a/b/c' }, "Input 'service': expected an ECS service name"],
    [{ cluster: 'c', service: '::warning::x' }, "Input 'service': expected an ECS service name"],
    [{ cluster: 'c', service: 's', 'container-name': 'api\nweb' }, "Input 'container-name': expected a container name"],
    [{ cluster: 'c', service: 's', 'container-name': '../../etc/passwd' }, "Input 'container-name': expected a container name"],
    [{ cluster: 'c', service: 's', timeout: '597h' }, "Input 'timeout': expected a duration of at most 596h"],
    [{ cluster: 'c', service: 's', 'start-timeout': '597h' }, "Input 'start-timeout': expected a duration of at most 596h"],
  ])('rejects %p', (values, message) => {
    expect(() => getInputs(sources(values as Record<string, string>))).toThrow(message);
  });

  it.each(['cluster', 'service', 'container-name'])('refuses a 100,000-character %s, quoting it shortened', (name) => {
    const values: Record<string, string> = { cluster: 'c', service: 's', [name]: 'x'.repeat(100_000) };
    expect(() => getInputs(sources(values))).toThrow(new RegExp(`^Input '${name}': expected .*… \\(100000 characters\\)$`));
  });

  it('accepts cluster and service ARNs', () => {
    const cluster = 'arn:aws:ecs:us-east-1:123456789012:cluster/prod';
    const service = 'arn:aws:ecs:us-east-1:123456789012:service/prod/api';
    expect(getInputs(sources({ cluster, service, 'container-name': 'api_1' }))).toMatchObject({ cluster, service, containerName: 'api_1' });
  });

  it('needs a region', () => {
    expect(() => getInputs(sources({ cluster: 'c', service: 's' }, {}))).toThrow("Input 'aws-region': no region");
  });
});
