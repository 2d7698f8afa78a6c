import { describe, expect, it } from '@jest/globals';
import { CONTAINER, errorsOf, FAMILY, image, inputsOf, REAL_TIME, revisionArn, SERVICE, theError, useEcsDeployFixture } from './ecs-fixtures.js';

const fx = useEcsDeployFixture({ seed: 11 });
const PULL_FAILURE = /CannotPullContainerError: pull image manifest has been retried 5 time\(s\): failed to resolve ref [^\n]*api:v2/;

describe('ecs-deploy dist against the simulator: verdicts', () => {
  it('deploys a new image: registers a revision, updates the service, waits for COMPLETED', async () => {
    await fx.startService();
    const result = await fx.deploy({ 'container-name': CONTAINER, image: image('v2') });
    expect(errorsOf(result)).toEqual([]);
    expect(result.conclusion).toBe('success');
    const service = await fx.service();
    expect(result.outputs).toEqual({
      'task-definition-arn': revisionArn(2), 'previous-task-definition-arn': revisionArn(1),
      'deployment-id': service.deployments?.[0]?.id, 'rollout-state': 'COMPLETED', result: 'deployed',
    });
    expect(service.taskDefinition).toBe(revisionArn(2));
    const [registered, ...moreRegistrations] = inputsOf(fx.calls('RegisterTaskDefinition'));
    expect(moreRegistrations).toEqual([]);
    expect(registered).toMatchObject({ family: FAMILY, containerDefinitions: [expect.objectContaining({ name: CONTAINER, image: image('v2') })] });
    expect(registered?.tags).toEqual(expect.arrayContaining([{ key: 'github-sha', value: result.env.GITHUB_SHA }]));
    expect(inputsOf(fx.calls('UpdateService'))).toEqual([expect.objectContaining({ taskDefinition: revisionArn(2) })]);
    expect(result.summary).toContain('✅ ecs-deploy: deployed');
    expect(result.summary).toContain(`| Task definition | ${FAMILY}:1 → ${FAMILY}:2 |`);
    expect(result.summary).toContain(`| Images | ${CONTAINER}: ${image('v2')} |`);
    expect(result.summary).toContain('| Rollout state | COMPLETED |');
  });

  it('leaves an unchanged definition alone: no registration, no update', async () => {
    await fx.startService();
    const result = await fx.deploy({ 'container-name': CONTAINER, image: image('r1') });
    expect(errorsOf(result)).toEqual([]);
    expect(result.outputs).toMatchObject({ result: 'unchanged', 'task-definition-arn': revisionArn(1), 'deployment-id': '' });
    expect(fx.calls('RegisterTaskDefinition')).toEqual([]);
    expect(fx.calls('UpdateService')).toEqual([]);
    expect(result.summary).toContain('✅ ecs-deploy: unchanged');
  });

  it('fails a deployment whose tasks cannot pull their image and which the circuit breaker rolled back', async () => {
    await fx.startService({ circuitBreaker: { rollback: true } });
    fx.setOutcomes([{ outcome: 'fail-to-start' }]);
    const result = await fx.deploy({ image: image('v2') });
    expect(result.conclusion).toBe('failure');
    expect(result.outputs).toMatchObject({ result: 'rolled-back', 'task-definition-arn': revisionArn(2), 'previous-task-definition-arn': revisionArn(1) });
    const message = theError(result);
    expect(message).toMatch(/^ecs-deploy rolled-back: api in prod, api:1 → api:2/);
    expect(message).toMatch(/ECS deployment circuit breaker|rolled back/);
    expect(message).toMatch(/\(service api\) \(deployment ecs-svc\/\d+\) deployment failed: tasks failed to start\./);
    expect(message).toMatch(/TaskFailedToStart — CannotPullContainerError/);
    expect(message).toMatch(PULL_FAILURE);
    expect(result.summary).toContain('❌ ecs-deploy: rolled-back');
    // ECS's rollback put the old revision back: `services-stable` would now pass.
    expect((await fx.service()).taskDefinition).toBe(revisionArn(1));
  });

  it('diagnoses a crashing container with its exit code, log lines and a CloudWatch link', async () => {
    await fx.startService({ circuitBreaker: { rollback: true } });
    const logLines = ['Starting api v2', 'Error: DATABASE_URL is not set'];
    fx.setOutcomes([{ outcome: 'crash', afterMs: 2_000, logLines, logIntervalMs: 500 }], { steadyStateMs: 30_000 });
    const result = await fx.deploy({ 'container-name': CONTAINER, image: image('v2') });
    expect(result.conclusion).toBe('failure');
    expect(result.outputs.result).toBe('rolled-back');
    const message = theError(result);
    expect(message).toContain('EssentialContainerExited — Essential container in task exited');
    expect(message).toContain(`container ${CONTAINER}: exit code 1`);
    expect(message).toContain('| Error: DATABASE_URL is not set');
    // The CloudWatch console wants the group and stream double-URL-encoded, with % written as $.
    expect(message).toMatch(/\(https:\/\/us-east-1\.console\.aws\.amazon\.com\/cloudwatch\/home\?region=us-east-1#logsV2:log-groups\/log-group\/\$252Fecs\$252Fapi\/log-events\/ecs\$252Fapi\$252F[0-9a-f]{32}\)/);
    expect(result.summary).toContain('#### Diagnosis');
    expect(result.summary).toContain('| Error: DATABASE_URL is not set');
  });

  it('fails without rollback when the breaker stops the deployment and rollback is off', async () => {
    await fx.startService({ circuitBreaker: { rollback: false } });
    fx.setOutcomes([{ outcome: 'crash', afterMs: 2_000 }], { steadyStateMs: 30_000 });
    const result = await fx.deploy({ image: image('v2') });
    expect(result.conclusion).toBe('failure');
    expect(result.outputs).toMatchObject({ result: 'failed', 'rollout-state': 'FAILED' });
    expect(theError(result)).toContain('ECS deployment circuit breaker: tasks failed to start.');
  });

  it('reports containers that never pass their health checks', async () => {
    const healthCheck = { command: ['CMD-SHELL', 'curl -f http://localhost:8080/health || exit 1'], interval: 5, retries: 2, startPeriod: 0, timeout: 2 };
    await fx.startService({ circuitBreaker: { rollback: true }, container: { healthCheck } });
    fx.setOutcomes([{ outcome: 'unhealthy', afterMs: 2_000 }], { steadyStateMs: 30_000 });
    const result = await fx.deploy({ image: image('v2') });
    expect(result.conclusion).toBe('failure');
    expect(result.outputs.result).toBe('rolled-back');
    const message = theError(result);
    expect(message).toContain('failed container health checks');
    expect(message).toContain('Task failed container health checks');
  });

  it('fails fast on repeated placement failures when the breaker is off', async () => {
    await fx.startService();
    fx.setOutcomes([{ outcome: 'unplaceable', retryMs: 5_000 }]);
    const result = await fx.deploy({ image: image('v2') });
    expect(result.conclusion).toBe('failure');
    expect(result.outputs).toMatchObject({ result: 'failed', 'rollout-state': 'IN_PROGRESS' });
    const message = theError(result);
    expect(message).toContain('unable to place a task (fail-fast)');
    expect(message).toContain(`(service ${SERVICE}) was unable to place a task because no container instance met all of its requirements.`);
    expect(result.durationMs).toBeLessThan(10_000);
  });

  it('times out on a rollout that never ends', async () => {
    await fx.startService({ circuitBreaker: { rollback: true } });
    fx.setOutcomes([{ outcome: 'stuck-pending' }]);
    // On real time: the step's own duration is checked against the timeout.
    const result = await fx.deploy({ image: image('v2'), timeout: '4s' }, 30_000, REAL_TIME);
    expect(result.conclusion).toBe('failure');
    expect(result.outputs).toMatchObject({ result: 'timed-out', 'rollout-state': 'IN_PROGRESS' });
    expect(theError(result)).toMatch(/the rollout did not finish before the timeout \(IN_PROGRESS: running 0\/1, pending 1, failed 0\)/);
    expect(result.durationMs).toBeGreaterThanOrEqual(4_000);
    expect(result.durationMs).toBeLessThan(12_000);
  });

  it('rollback-on-failure: puts the previous revision back when fail-fast ends a crashing deployment and waits for it', async () => {
    await fx.startService();
    // Only the new revision crashes: the action's own rollback to api:1 is a new deployment too.
    fx.setOutcomes([{ outcome: 'crash', afterMs: 500, appliesTo: `${FAMILY}:2` }], { steadyStateMs: 10_000 });
    const result = await fx.deploy({ image: image('v2'), 'rollback-on-failure': 'true' });
    expect(result.conclusion).toBe('failure');
    expect(result.outputs).toMatchObject({ result: 'rolled-back', 'task-definition-arn': revisionArn(2), 'previous-task-definition-arn': revisionArn(1) });
    expect(inputsOf(fx.calls('UpdateService')).map((input) => input.taskDefinition)).toEqual([revisionArn(2), revisionArn(1)]);
    const message = theError(result);
    expect(message).toMatch(/tasks of the new deployment failed and none is running \(fail-fast; the circuit breaker is off\)/);
    expect(message).toMatch(new RegExp(`rollback-on-failure: rolled back to ${revisionArn(1)} \\(deployment ecs-svc/\\d+ completed\\)`));
    const service = await fx.service();
    expect(service.taskDefinition).toBe(revisionArn(1));
    expect(service.deployments?.map((d) => [d.taskDefinition, d.rolloutState])).toEqual([[revisionArn(1), 'COMPLETED']]);
  });
});
