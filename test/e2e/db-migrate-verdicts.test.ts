import { describe, expect, it } from '@jest/globals';
import {
  CLUSTER, container, errorsOf, FAMILY, SECURITY_GROUPS, STARTED_BY, SUBNETS, theError, useDbMigrateFixture,
} from './db-migrate-fixtures.js';

const fx = useDbMigrateFixture({ seed: 11 });

describe('db-migrate dist against the simulator: verdicts', () => {
  it('passes on exit 0, prints the log live and links it, with the service network configuration inherited', async () => {
    await fx.setup();
    fx.script([{ match: 'migrate up', outcome: 'exit', exitCode: 0, runMs: 3_000, logLines: ['Migrating 001_users', 'Migrating 002_orders', 'Done.'] }]);
    const result = await fx.migrate({ command: 'bin/migrate up' });
    expect(errorsOf(result)).toEqual([]);
    expect(result.conclusion).toBe('success');
    expect(result.outputs).toMatchObject({ 'exit-code': '0', result: 'succeeded', 'stopped-reason': 'Essential container in task exited' });
    const taskId = result.outputs['task-arn']?.split('/').pop();
    expect(result.outputs['log-url']).toContain(`log-events/ecs$252Fapi$252F${taskId}`);
    expect(result.log).toContain(`Logs: ${result.outputs['log-url']}`);
    expect(result.log.split('\n').filter((l) => l.startsWith('Migrating') || l === 'Done.')).toEqual(['Migrating 001_users', 'Migrating 002_orders', 'Done.']);
    const runs = fx.calls('RunTask');
    expect(runs).toHaveLength(1);
    expect(runs[0]?.input).toMatchObject({
      cluster: CLUSTER, startedBy: STARTED_BY, clientToken: expect.stringMatching(/^[0-9a-f]{64}$/), launchType: 'FARGATE', platformVersion: '1.4.0',
      networkConfiguration: { awsvpcConfiguration: { subnets: SUBNETS, securityGroups: SECURITY_GROUPS, assignPublicIp: 'DISABLED' } },
      overrides: { containerOverrides: [{ name: 'api', command: ['sh', '-c', 'bin/migrate up'] }] },
    });
    expect(result.summary).toContain('✅ db-migrate: succeeded');
    expect(result.summary).toContain('| Exit code | 0 |');
    expect(result.summary).toContain('Migrating 002_orders');
  });

  it('fails on exit 3 and shows the exit code', async () => {
    await fx.setup();
    fx.script([{ outcome: 'exit', exitCode: 3, runMs: 2_000, logLines: ['SQLSTATE[42S01]: table exists'] }]);
    const result = await fx.migrate({ command: '["php","artisan","migrate","--force"]' });
    expect(result.conclusion).toBe('failure');
    expect(result.outputs).toMatchObject({ 'exit-code': '3', result: 'failed' });
    expect(theError(result)).toMatch(/^db-migrate failed \(exit code 3\): container api exited with code 3/);
    expect(result.log).toContain('SQLSTATE[42S01]: table exists');
    expect(fx.calls('RunTask')[0]?.input).toMatchObject({ overrides: { containerOverrides: [{ command: ['php', 'artisan', 'migrate', '--force'] }] } });
    expect(result.summary).toContain('| Exit code | 3 |');
  });

  it('fails a task that cannot start, with CannotPullContainerError', async () => {
    await fx.setup();
    fx.script([{ outcome: 'fail-to-start' }]);
    const result = await fx.migrate({ command: 'bin/migrate up' });
    expect(result.conclusion).toBe('failure');
    expect(result.outputs).toMatchObject({ 'exit-code': '', result: 'failed' });
    expect(result.outputs['stopped-reason']).toContain('CannotPullContainerError');
    expect(theError(result)).toMatch(/^db-migrate failed: the task failed to start: CannotPullContainerError/);
  });

  it('passes when the main container exits 0 and a sidecar is killed with 137', async () => {
    await fx.setup({ containers: [container('api'), container('envoy')] });
    fx.script([{ outcome: 'exit', exitCode: 0, runMs: 1_000, containerExitCodes: { envoy: 137 } }]);
    const result = await fx.migrate({ command: 'bin/migrate up', 'container-name': 'api' });
    expect(errorsOf(result)).toEqual([]);
    expect(result.outputs).toMatchObject({ 'exit-code': '0', result: 'succeeded' });
    expect(result.summary).toContain('envoy: STOPPED, exit code 137');
    // The same task fails when every essential container must exit 0.
    await fx.setup({ containers: [container('api'), container('envoy')] });
    fx.script([{ outcome: 'exit', exitCode: 0, runMs: 1_000, containerExitCodes: { envoy: 137 } }]);
    const strict = await fx.migrate({ command: 'bin/migrate up', 'container-name': 'api', 'exit-code-from': 'all-essential' });
    expect(theError(strict)).toContain('exit-code-from all-essential: envoy exited with code 137');
  });

  it('refuses to start while an earlier migration still runs, naming it', async () => {
    await fx.setup();
    fx.script([{ outcome: 'never-exits' }]);
    const earlier = await fx.ecs.send('RunTask', {
      cluster: CLUSTER, taskDefinition: FAMILY, startedBy: STARTED_BY, launchType: 'FARGATE',
      networkConfiguration: { awsvpcConfiguration: { subnets: SUBNETS } },
    });
    const earlierArn = earlier.tasks?.[0]?.taskArn as string;
    const result = await fx.migrate({ command: 'bin/migrate up' });
    expect(result.conclusion).toBe('failure');
    expect(theError(result)).toContain(`Refusing to start: a migration of ${FAMILY} started by db-migrate is still running in cluster ${CLUSTER}: ${earlierArn}`);
    expect(fx.calls('RunTask')).toHaveLength(1); // the test's own
    // lock: false lets it through.
    fx.script([{ outcome: 'exit', runMs: 500 }]);
    const unlocked = await fx.migrate({ command: 'bin/migrate up', lock: 'false' });
    expect(unlocked.conclusion).toBe('success');
  });

  it('prints a workflow command written by the migration as text', async () => {
    await fx.setup();
    fx.script([{ outcome: 'exit', runMs: 1_000, logLines: ['::error::not from the action', 'plain'] }]);
    const result = await fx.migrate({ command: 'bin/migrate up' });
    expect(errorsOf(result)).toEqual([]);
    const lines = result.log.split('\n');
    expect(lines).toContain('::error::not from the action');
    // Commands work again after it: the line after is plain text, and the action's own outputs were set.
    expect(lines.indexOf('plain')).toBeGreaterThan(lines.indexOf('::error::not from the action'));
    expect(result.outputs.result).toBe('succeeded');
  });
});
