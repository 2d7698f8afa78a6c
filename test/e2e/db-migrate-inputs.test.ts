import { beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { container, theError, useDbMigrateFixture } from './db-migrate-fixtures.js';

const fx = useDbMigrateFixture({ seed: 2 });

describe('db-migrate dist: bad inputs fail with one error and no AWS call', () => {
  // The rows share one setup (~15 ms of CPU a row less): each row's run makes no AWS call, as the rows assert, so the
  // next row finds the simulator as set up. A row counts only the calls made from its own start.
  beforeAll(() => fx.setup());
  beforeEach(() => fx.countCallsFromHere());

  it.each([
    [{ cluster: '' }, "Input 'cluster': required"],
    [{ service: '' }, "Input 'task-definition': required without service"],
    [{ mode: 'shell' }, "Input 'mode': expected run-task or exec"],
    [{ command: '["php", artisan]' }, "Input 'command': starts with '[' but is not a JSON array of strings"],
    [{ 'environment-variables': 'not a pair' }, "Input 'environment-variables': line 1 is not of the form KEY=VALUE"],
    [{ timeout: 'forever' }, "Input 'timeout'"],
    [{ 'start-timeout': 'soon' }, "Input 'start-timeout'"],
    [{ subnets: 'public' }, "Input 'subnets': 'public' is not an id of the form subnet-"],
    [{ 'security-groups': 'default' }, "Input 'security-groups'"],
    [{ 'assign-public-ip': 'yes please' }, "Input 'assign-public-ip'"],
    [{ 'launch-type': 'SPOT' }, "Input 'launch-type'"],
    [{ 'launch-type': 'FARGATE', 'capacity-provider-strategy': 'FARGATE_SPOT:1' }, "Input 'capacity-provider-strategy': give either"],
    [{ 'platform-version': 'v1' }, "Input 'platform-version'"],
    [{ 'exit-code-from': 'first' }, "Input 'exit-code-from'"],
    [{ lock: 'maybe' }, "Input 'lock'"],
    [{ 'max-log-lines': 'all' }, "Input 'max-log-lines'"],
    [{ 'task-definition': 'api:latest' }, "Input 'task-definition'"],
    [{ mode: 'exec', command: '' }, "Input 'command': required with mode exec"],
    [{ mode: 'exec', subnets: 'subnet-1' }, "Input 'subnets': applies to mode run-task only"],
    [{ mode: 'exec', image: 'api:2' }, "Input 'image': applies to mode run-task only"],
    [{ image: 'api: 2' }, "Input 'image': expected an image reference"],
    [{ image: 'api@sha256:abc' }, "Input 'image': expected an image reference"],
    [{ 'aws-region': 'Frankfurt' }, "Input 'aws-region'"],
  ])('%p', async (inputs, message) => {
    const result = await fx.migrate({ command: 'bin/migrate up', ...inputs });
    expect(result.conclusion).toBe('failure');
    expect(theError(result)).toContain(message);
    expect(fx.allCalls()).toEqual([]);
  });

  // Names and image references by the documented rules (issue 15, section 3): each value is quoted on one line, at
  // most 80 characters of it, and nothing in it reaches the log as a command.
  it.each([
    ['a newline in cluster', { cluster: 'prod\nother' }, `Input 'cluster': expected an ECS cluster name (up to 255 letters, digits, hyphens and underscores) or a cluster ARN, got "prod\\nother"`],
    ['100,000 characters in cluster', { cluster: 'c'.repeat(100_000) }, `Input 'cluster': expected an ECS cluster name (up to 255 letters, digits, hyphens and underscores) or a cluster ARN, got '${'c'.repeat(80)}'… (100000 characters)`],
    ['a/b/c as cluster', { cluster: 'a/b/c' }, "Input 'cluster': expected an ECS cluster name (up to 255 letters, digits, hyphens and underscores) or a cluster ARN, got 'a/b/c'"],
    ['a/b/c as service', { service: 'a/b/c' }, "Input 'service': expected an ECS service name (up to 255 letters, digits, hyphens and underscores) or a service ARN, got 'a/b/c'"],
    ['100,000 characters in service', { service: 's'.repeat(100_000) }, `Input 'service': expected an ECS service name (up to 255 letters, digits, hyphens and underscores) or a service ARN, got '${'s'.repeat(80)}'… (100000 characters)`],
    ['a newline in container-name', { 'container-name': 'api\n::error::x' }, `Input 'container-name': expected a container name (up to 255 letters, digits, hyphens and underscores), got "api\\n::error::x"`],
    ['a/b/c as container-name', { 'container-name': 'a/b/c' }, "Input 'container-name': expected a container name (up to 255 letters, digits, hyphens and underscores), got 'a/b/c'"],
    ['::warning::x as container-name', { 'container-name': '::warning::x' }, "Input 'container-name': expected a container name (up to 255 letters, digits, hyphens and underscores), got '::warning::x'"],
    ['../../../../etc/passwd as image', { image: '../../../../etc/passwd' }, "Input 'image': expected an image reference such as 123456789012.dkr.ecr.us-east-1.amazonaws.com/api:1.2.3 or …/api@sha256:<64 hex digits> (lower-case repository), got '../../../../etc/passwd'"],
    ['::warning::x as image', { image: '::warning::x' }, "Input 'image': expected an image reference such as 123456789012.dkr.ecr.us-east-1.amazonaws.com/api:1.2.3 or …/api@sha256:<64 hex digits> (lower-case repository), got '::warning::x'"],
    ['REPO/API@sha256:xyz as image', { image: 'REPO/API@sha256:xyz' }, "Input 'image': expected an image reference such as 123456789012.dkr.ecr.us-east-1.amazonaws.com/api:1.2.3 or …/api@sha256:<64 hex digits> (lower-case repository), got 'REPO/API@sha256:xyz'"],
    ['597h as timeout', { timeout: '597h' }, "Input 'timeout': expected a duration of at most 596h (about 24.8 days), got '597h'"],
    ['597h as start-timeout', { 'start-timeout': '597h' }, "Input 'start-timeout': expected a duration of at most 596h (about 24.8 days), got '597h'"],
  ])('%s: one error naming the input, no AWS call', async (_case, inputs, message) => {
    const result = await fx.migrate({ command: 'bin/migrate up', ...inputs });
    expect(result.conclusion).toBe('failure');
    expect(theError(result)).toBe(message);
    expect(result.annotations.filter((a) => a.level !== 'error')).toEqual([]);
    expect(fx.allCalls()).toEqual([]);
  });

  it('names the container when the task definition has several essential ones (after describing, before running)', async () => {
    await fx.setup({ containers: [container('api'), container('worker')] });
    const result = await fx.migrate({ command: 'bin/migrate up' });
    expect(theError(result)).toContain("Input 'container-name': required, because api has 2 essential containers (api, worker)");
    expect(fx.calls('RunTask')).toEqual([]);
  });
});
