import { describe, expect, it } from '@jest/globals';
import { container, errorsOf, FAMILY, REGION, theError, useDbMigrateFixture } from './db-migrate-fixtures.js';

const fx = useDbMigrateFixture({ seed: 17 });

const NEW_IMAGE = `123456789012.dkr.ecr.${REGION}.amazonaws.com/api@sha256:${'9c'.repeat(32)}`;
const CURRENT_IMAGE = `123456789012.dkr.ecr.${REGION}.amazonaws.com/api:1`;
const revisionArn = (revision: number) => `arn:aws:ecs:${REGION}:123456789012:task-definition/${FAMILY}:${revision}`;

async function describeRevision(ref: string) {
  return fx.ecs.send('DescribeTaskDefinition', { taskDefinition: ref, include: ['TAGS'] });
}

describe('db-migrate dist: image runs the migration in a revision with that image', () => {
  it('registers one revision with only the main container\'s image changed, runs it, and says so', async () => {
    await fx.setup({ containers: [container('api'), container('envoy', { essential: false })] });
    fx.script([{ outcome: 'exit', exitCode: 0, runMs: 1_000, logLines: ['migrated'] }]);
    const result = await fx.migrate({ command: 'bin/migrate up', image: NEW_IMAGE });
    expect(errorsOf(result)).toEqual([]);
    expect(result.outputs.result).toBe('succeeded');

    const registrations = fx.calls('RegisterTaskDefinition');
    expect(registrations).toHaveLength(1);
    expect(registrations[0]?.input).not.toHaveProperty('taskDefinitionArn');
    expect(registrations[0]?.input).not.toHaveProperty('compatibilities');
    const runs = fx.calls('RunTask');
    expect(runs).toHaveLength(1);
    expect(runs[0]?.input).toMatchObject({ taskDefinition: revisionArn(2) });

    const registered = (await describeRevision(revisionArn(2))).taskDefinition;
    expect(registered?.containerDefinitions?.map((c) => [c.name, c.image])).toEqual([['api', NEW_IMAGE], ['envoy', `123456789012.dkr.ecr.${REGION}.amazonaws.com/envoy:1`]]);
    expect(registered).toMatchObject({ networkMode: 'awsvpc', cpu: '256', memory: '512', requiresCompatibilities: ['FARGATE'] });
    // The service's revision is left as it was: deploying is ecs-deploy's job.
    expect((await describeRevision(revisionArn(1))).taskDefinition?.containerDefinitions?.[0]?.image).toBe(CURRENT_IMAGE);
    const [task] = await fx.migrationTasks();
    expect(task?.taskDefinitionArn).toBe(revisionArn(2));

    expect(result.log).toContain(`Registered ${revisionArn(2)} for image ${NEW_IMAGE} in container api (${FAMILY}:1 has ${CURRENT_IMAGE})`);
    expect(result.summary).toContain(`| Task definition | ${revisionArn(2)}<br>registered by this step for image ${NEW_IMAGE} in container api (${FAMILY}:1 has ${CURRENT_IMAGE}) |`);
  });

  it('keeps the task definition\'s tags and changes the container named by container-name, from an explicit task-definition', async () => {
    await fx.setup();
    await fx.ecs.send('RegisterTaskDefinition', {
      family: FAMILY, networkMode: 'awsvpc', requiresCompatibilities: ['FARGATE'], cpu: '256', memory: '512',
      containerDefinitions: [container('web'), container('migrator')], tags: [{ key: 'team', value: 'payments' }],
    });
    fx.script([{ outcome: 'exit', exitCode: 0, runMs: 500 }]);
    const result = await fx.migrate({ command: 'bin/migrate up', 'task-definition': `${FAMILY}:2`, 'container-name': 'migrator', image: NEW_IMAGE });
    expect(errorsOf(result)).toEqual([]);
    expect(fx.calls('RunTask')[0]?.input).toMatchObject({ taskDefinition: revisionArn(3), overrides: { containerOverrides: [{ name: 'migrator' }] } });
    const registered = await describeRevision(revisionArn(3));
    expect(registered.taskDefinition?.containerDefinitions?.map((c) => [c.name, c.image])).toEqual([
      ['web', `123456789012.dkr.ecr.${REGION}.amazonaws.com/web:1`], ['migrator', NEW_IMAGE],
    ]);
    // The revision's own tags are kept; the run's tag marks the registration (a retry looks for it).
    expect(registered.tags).toEqual([{ key: 'team', value: 'payments' }, { key: 'platform-actions-run', value: expect.stringMatching(/^[0-9a-f]{64}$/) }]);
  });

  it('registers nothing when the container already has the image', async () => {
    await fx.setup();
    fx.script([{ outcome: 'exit', exitCode: 0, runMs: 500 }]);
    const result = await fx.migrate({ command: 'bin/migrate up', image: CURRENT_IMAGE });
    expect(errorsOf(result)).toEqual([]);
    expect(fx.calls('RegisterTaskDefinition')).toEqual([]);
    expect(fx.calls('RunTask').map((c) => (c.input as { taskDefinition?: string }).taskDefinition)).toEqual([revisionArn(1)]);
    expect(result.log).toContain(`${revisionArn(1)} already has image ${CURRENT_IMAGE} in container api: running it as is, registering no revision`);
  });

  it.each(['throttle', 'http503'] as const)('after a %s before ECS registered, registers again: one revision', async (kind) => {
    await fx.setup();
    fx.script([{ outcome: 'exit', exitCode: 0, runMs: 500 }]);
    fx.sim.control.faults.add({ kind, service: 'ecs', operation: 'RegisterTaskDefinition', count: 1 });
    const result = await fx.migrate({ command: 'bin/migrate up', image: NEW_IMAGE });
    expect(errorsOf(result)).toEqual([]);
    expect(fx.calls('RegisterTaskDefinition').map((c) => c.fault ?? 'ok')).toEqual([kind, 'ok']);
    expect(fx.calls('RunTask')[0]?.input).toMatchObject({ taskDefinition: revisionArn(2) });
    await expect(describeRevision(revisionArn(3))).rejects.toThrow();
  });

  it.each(['http503', 'reset'] as const)('after a %s that lost the registration\'s response, finds that revision and registers no second one', async (kind) => {
    await fx.setup();
    fx.script([{ outcome: 'exit', exitCode: 0, runMs: 500 }]);
    fx.sim.control.faults.add({ kind, service: 'ecs', operation: 'RegisterTaskDefinition', count: 1, afterOperation: true });
    const result = await fx.migrate({ command: 'bin/migrate up', image: NEW_IMAGE });
    expect(errorsOf(result)).toEqual([]);
    expect(result.outputs).toMatchObject({ result: 'succeeded', 'task-definition-arn': revisionArn(2) });
    expect(fx.calls('RegisterTaskDefinition').map((c) => [c.fault ?? 'ok', c.afterOperation ?? false])).toEqual([[kind, true]]);
    expect(fx.calls('RunTask')[0]?.input).toMatchObject({ taskDefinition: revisionArn(2) });
    expect((await describeRevision(revisionArn(2))).tags).toContainEqual({ key: 'platform-actions-run', value: expect.stringMatching(/^[0-9a-f]{64}$/) });
    await expect(describeRevision(revisionArn(3))).rejects.toThrow();
    expect(result.log).toContain(`${revisionArn(2)} carries this run's platform-actions-run tag and the same content: it is this run's registration, not registering again`);
  });

  it('a failure after the registration still sets task-definition-arn and writes the summary', async () => {
    await fx.setup({ service: false });
    // An EC2-only task definition: RunTask refuses FARGATE, after the registration.
    await fx.ecs.send('RegisterTaskDefinition', { family: 'batch', requiresCompatibilities: ['EC2'], networkMode: 'bridge', containerDefinitions: [container('api')] });
    const result = await fx.migrate({ service: '', 'task-definition': 'batch', command: 'bin/migrate up', image: NEW_IMAGE, 'launch-type': 'FARGATE' });
    const registered = 'arn:aws:ecs:us-east-1:123456789012:task-definition/batch:2';
    expect(result.conclusion).toBe('failure');
    expect(fx.calls('RegisterTaskDefinition').filter((c) => c.userAgent?.includes('platform-actions/db-migrate'))).toHaveLength(1);
    expect(result.outputs).toMatchObject({ result: 'failed', 'task-definition-arn': registered, 'task-arn': '' });
    expect(theError(result)).toMatch(/^db-migrate failed: Could not run a task of .*batch:2 in cluster prod: ClientException: Task definition does not support launch_type FARGATE/);
    expect(result.summary).toContain('❌ db-migrate: failed');
    expect(result.summary).toContain(`| Task definition | ${registered}<br>registered by this step`);
  });

  it('refuses a container-name the task definition lacks, before registering anything', async () => {
    await fx.setup();
    const result = await fx.migrate({ command: 'bin/migrate up', image: NEW_IMAGE, 'container-name': 'web' });
    expect(theError(result)).toContain("Input 'container-name': api has no container 'web' (it has api)");
    expect(fx.calls('RegisterTaskDefinition')).toEqual([]);
    expect(fx.calls('RunTask')).toEqual([]);
  });
});
