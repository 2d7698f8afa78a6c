import { describe, expect, it } from '@jest/globals';
import { BLUE_GREEN_LB, errorsOf, image, inputsOf, revisionArn, theError, useEcsDeployFixture } from './ecs-fixtures.js';

// ECS native blue/green, linear and canary services, followed through the service-deployment API. The simulator runs
// at 50× (ecs-fixtures): a one-minute bake time is 1.2 s of real time.
const fx = useEcsDeployFixture({ seed: 31 });
// The bake-time tests' own simulator, at 150×: a three-minute bake is 1.2 s of real time, still several of the
// action's polls (at most 250 ms of real time apart, ecs-fixtures' ACTION_CLOCK_SPEED).
const baking = useEcsDeployFixture({ seed: 31, clockSpeed: 150 });
const HOOK = { hookTargetArn: 'arn:aws:lambda:us-east-1:123456789012:function:smoke', roleArn: 'arn:aws:iam::123456789012:role/hook' };
const SD_ARN = /arn:aws:ecs:us-east-1:123456789012:service-deployment\/prod\/api\/\S+/;

describe('ecs-deploy dist against the simulator: ECS blue/green, linear, canary', () => {
  it('BLUE_GREEN: waits through the bake time, logs each stage, and is deployed only once SUCCESSFUL', async () => {
    // Three minutes of bake time are 1.2 s of real time: longer than the action's longest poll interval (250 ms real),
    // so a poll lands in it however the polls fall; shorter stages may pass between two polls.
    await baking.startService({ loadBalancers: BLUE_GREEN_LB, deployment: { strategy: 'BLUE_GREEN', bakeTimeInMinutes: 3 } });
    const result = await baking.deploy({ image: image('v2') });
    expect(errorsOf(result)).toEqual([]);
    expect(result.outputs).toMatchObject({ result: 'deployed', 'task-definition-arn': revisionArn(2), 'rollout-state': 'SUCCESSFUL' });
    expect(result.log).toMatch(/^BLUE_GREEN stage BAKE_TIME \(IN_PROGRESS\): green running 1\/1, production traffic 100%, bake time 3 min$/m);
    expect(result.log).toMatch(/^BLUE_GREEN stage CLEAN_UP \(SUCCESSFUL\)/m);
    expect(result.log).toMatch(new RegExp(`Deployment ecs-svc/\\d+ started: .* \\(service deployment ${SD_ARN.source}\\)`));
    const service = await baking.service();
    expect(service.taskDefinition).toBe(revisionArn(2));
    // The verdict came after the bake time and the clean-up: the service deployment finished before the last poll.
    const [deployment] = (await baking.ecs.send('DescribeServiceDeployments', { serviceDeploymentArns: [service.currentServiceDeployment as string] })).serviceDeployments ?? [];
    expect(deployment?.status).toBe('SUCCESSFUL');
    const lastPoll = Math.max(...baking.calls('DescribeServiceDeployments').map((c) => c.simTime));
    // Timestamps as the wire has them: epoch seconds.
    expect(Math.round((deployment?.finishedAt ?? NaN) * 1000)).toBeLessThanOrEqual(lastPoll);
    expect(lastPoll - Math.round((deployment?.startedAt ?? 0) * 1000)).toBeGreaterThanOrEqual(180_000);
    expect(result.summary).toMatch(new RegExp(`\\| Service deployment \\| ${SD_ARN.source} \\|`));
    expect(result.summary).toContain('| Rollout state | SUCCESSFUL |');
  });

  it('LINEAR: reports the production traffic steps', async () => {
    await baking.startService({ loadBalancers: BLUE_GREEN_LB, deployment: { strategy: 'LINEAR', linearConfiguration: { stepPercent: 50, stepBakeTimeInMinutes: 3 } } as never });
    const result = await baking.deploy({ image: image('v2') });
    expect(errorsOf(result)).toEqual([]);
    expect(result.outputs.result).toBe('deployed');
    expect(result.log).toMatch(/LINEAR stage PRODUCTION_TRAFFIC_SHIFT \(IN_PROGRESS\): green running 1\/1, production traffic 50%/);
  });

  it('a failing lifecycle hook: ECS rolls back, the verdict is rolled-back with the reason and the diagnosis', async () => {
    await fx.startService({
      loadBalancers: BLUE_GREEN_LB,
      deployment: { strategy: 'BLUE_GREEN', lifecycleHooks: [{ ...HOOK, lifecycleStages: ['POST_TEST_TRAFFIC_SHIFT'] }] },
    });
    fx.setHooks([{ stage: 'POST_TEST_TRAFFIC_SHIFT', status: 'FAILED', afterMs: 2_000 }]);
    const result = await fx.deploy({ image: image('v2') });
    expect(result.conclusion).toBe('failure');
    expect(result.outputs).toMatchObject({ result: 'rolled-back', 'task-definition-arn': revisionArn(2), 'previous-task-definition-arn': revisionArn(1) });
    const message = theError(result);
    expect(message).toMatch(/^ecs-deploy rolled-back: api in prod, api:1 → api:2 \(deployment ecs-svc\/\d+\): service deployment ROLLBACK_(REQUESTED|IN_PROGRESS|SUCCESSFUL): /);
    expect(message).toContain('lifecycle hook failed at POST_TEST_TRAFFIC_SHIFT');
    expect(message).toContain('Deployments: https://us-east-1.console.aws.amazon.com/ecs/v2/clusters/prod/services/api');
    expect(result.summary).toContain('❌ ecs-deploy: rolled-back');
  });

  it('green tasks crashing past the circuit breaker: rolled-back, with the stopped task and its exit code', async () => {
    await fx.startService({ circuitBreaker: { rollback: true }, loadBalancers: BLUE_GREEN_LB, deployment: { strategy: 'BLUE_GREEN', bakeTimeInMinutes: 5 } });
    fx.setOutcomes([{ outcome: 'crash', afterMs: 1_000 }]);
    const result = await fx.deploy({ image: image('v2') });
    expect(result.conclusion).toBe('failure');
    expect(result.outputs.result).toBe('rolled-back');
    const message = theError(result);
    expect(message).toContain('ECS deployment circuit breaker');
    expect(message).toContain('EssentialContainerExited — Essential container in task exited');
    expect((await fx.service()).taskDefinition).toBe(revisionArn(1));
  });

  it('times out at timeout + bake time; with rollback-on-failure it stops the deployment with rollback and waits for it', async () => {
    await fx.startService({
      loadBalancers: BLUE_GREEN_LB,
      deployment: { strategy: 'BLUE_GREEN', lifecycleHooks: [{ ...HOOK, lifecycleStages: ['POST_SCALE_UP'] }] },
    });
    // The hook answers after ten hours of simulated time: the rollout hangs in POST_SCALE_UP.
    fx.setHooks([{ stage: 'POST_SCALE_UP', status: 'SUCCEEDED', afterMs: 36_000_000 }]);
    // 20 s of the action's clock: 2 s of real time (ACTION_CLOCK_SPEED).
    const result = await fx.deploy({ image: image('v2'), timeout: '20s', 'rollback-on-failure': 'true' });
    expect(result.conclusion).toBe('failure');
    expect(result.outputs.result).toBe('rolled-back');
    const message = theError(result);
    expect(message).toMatch(/the rollout did not finish before the timeout \(BLUE_GREEN stage POST_SCALE_UP \(IN_PROGRESS\)/);
    expect(message).toMatch(new RegExp(`rollback-on-failure: rolled back: service deployment ${SD_ARN.source} ROLLBACK_SUCCESSFUL`));
    expect(inputsOf(fx.calls('StopServiceDeployment'))).toEqual([expect.objectContaining({ stopType: 'ROLLBACK' })]);
    expect(fx.calls('UpdateService')).toHaveLength(1);
    expect((await fx.service()).taskDefinition).toBe(revisionArn(1));
  });

  it('on a cancel with rollback-on-failure: StopServiceDeployment first, then the report before SIGTERM', async () => {
    await fx.startService({
      loadBalancers: BLUE_GREEN_LB,
      deployment: { strategy: 'BLUE_GREEN', lifecycleHooks: [{ ...HOOK, lifecycleStages: ['POST_SCALE_UP'] }] },
    });
    fx.setHooks([{ stage: 'POST_SCALE_UP', status: 'SUCCEEDED', afterMs: 36_000_000 }]);
    const running = fx.startDeploy({ image: image('v2'), 'rollback-on-failure': 'true' });
    await running.waitForLine(/BLUE_GREEN stage POST_SCALE_UP/, 15_000);
    const result = await running.cancel();
    await result.dispose();
    expect(result.conclusion).toBe('cancelled');
    expect(result.signalsSent.map((s) => s.signal)).toEqual(['SIGINT']);
    expect((result.exitedAtMs ?? Infinity) - (result.signalsSent[0]?.atMs ?? 0)).toBeLessThan(7_500);
    expect(result.outputs.result).toBe('cancelled');
    const stops = fx.calls('StopServiceDeployment');
    expect(inputsOf(stops)).toEqual([expect.objectContaining({ stopType: 'ROLLBACK' })]);
    // Act first, explain after: the stop went out before the diagnosis listed the stopped tasks.
    expect(stops[0]!.seq).toBeLessThan(fx.calls('ListTasks')[0]?.seq ?? Infinity);
    expect(theError(result)).toMatch(/requested a stop with rollback of service deployment \S+ on the cancel; ECS shifts the traffic back/);
  });
});
