import { describe, expect, it } from '@jest/globals';
import { container, theError, useDbMigrateFixture } from './db-migrate-fixtures.js';

const fx = useDbMigrateFixture({ seed: 2 });

describe('db-migrate dist: bad inputs fail with one error and no AWS call', () => {
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
    [{ image: 'api: 2' }, "Input 'image': 'api: 2' contains whitespace"],
    [{ image: 'api@sha256:abc' }, "Input 'image': 'api@sha256:abc' has a digest that is not sha256:"],
    [{ 'aws-region': 'Frankfurt' }, "Input 'aws-region'"],
  ])('%p', async (inputs, message) => {
    await fx.setup();
    const result = await fx.migrate({ command: 'bin/migrate up', ...inputs });
    expect(result.conclusion).toBe('failure');
    expect(theError(result)).toContain(message);
    expect(fx.allCalls()).toEqual([]);
  });

  it('names the container when the task definition has several essential ones (after describing, before running)', async () => {
    await fx.setup({ containers: [container('api'), container('worker')] });
    const result = await fx.migrate({ command: 'bin/migrate up' });
    expect(theError(result)).toContain("Input 'container-name': required, because api has 2 essential containers (api, worker)");
    expect(fx.calls('RunTask')).toEqual([]);
  });
});
