import { beforeEach, describe, expect, it } from '@jest/globals';
import {
  ContinueServiceDeploymentCommand, CreateServiceCommand, DescribeServiceDeploymentsCommand, DescribeServicesCommand, ECSClient,
  InvalidParameterException, ListServiceDeploymentsCommand, RegisterTaskDefinitionCommand, StopServiceDeploymentCommand, UpdateServiceCommand,
  type DeploymentConfiguration, type Service, type ServiceDeployment,
} from '@aws-sdk/client-ecs';
import type { HookRule, TaskOutcomeRule } from './index.js';
import { withSimulator } from './sdk-env.js';

const aws = withSimulator({ clients: { ecs: () => new ECSClient({}) } });
const LB = [{
  targetGroupArn: 'arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup/blue/1',
  containerName: 'web', containerPort: 80,
  advancedConfiguration: {
    alternateTargetGroupArn: 'arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup/green/2',
    productionListenerRule: 'arn:aws:elasticloadbalancing:us-east-1:123456789012:listener-rule/app/a/1/2/3',
    testListenerRule: 'arn:aws:elasticloadbalancing:us-east-1:123456789012:listener-rule/app/a/1/2/4',
    roleArn: 'arn:aws:iam::123456789012:role/ecs-infra',
  },
}];
const HOOK = { hookTargetArn: 'arn:aws:lambda:us-east-1:123456789012:function:check', roleArn: 'arn:aws:iam::123456789012:role/hook' };

let t0 = 0;
beforeEach(() => {
  aws.sim.control.reset();
  aws.sim.control.ecs.setScenario({ timings: { provisioningMs: 1_000, pendingMs: 2_000, stoppingMs: 1_000, hookMs: 1_000, trafficShiftMs: 2_000 } });
  t0 = aws.sim.control.clock.now();
});

const at = (ms: number): void => {
  aws.sim.control.clock.advance(t0 + ms - aws.sim.control.clock.now());
};

async function register(image: string): Promise<string> {
  const out = await aws.ecs.send(new RegisterTaskDefinitionCommand({
    family: 'app', containerDefinitions: [{ name: 'web', image, memory: 256, portMappings: [{ containerPort: 80 }] }],
  }));
  return out.taskDefinition!.taskDefinitionArn!;
}

async function service(): Promise<Service> {
  return (await aws.ecs.send(new DescribeServicesCommand({ services: ['app'] }))).services![0]!;
}

async function current(): Promise<ServiceDeployment> {
  const arn = (await service()).currentServiceDeployment!;
  return (await aws.ecs.send(new DescribeServiceDeploymentsCommand({ serviceDeploymentArns: [arn] }))).serviceDeployments![0]!;
}

/** A service on app:1 (first deployment done by 10 s), then at 10 s an update to app:2 under `rules`/`hooks`. */
interface DeployOptions {
  rules?: TaskOutcomeRule[];
  hooks?: HookRule[];
  desiredCount?: number;
  /** deploymentConfiguration given with the update (the first deployment runs without it). */
  update?: DeploymentConfiguration;
}

async function deploy(config: DeploymentConfiguration, options: DeployOptions = {}) {
  const td1 = await register('app:1');
  await aws.ecs.send(new CreateServiceCommand({
    serviceName: 'app', taskDefinition: td1, desiredCount: options.desiredCount ?? 2, loadBalancers: LB, deploymentConfiguration: config,
  }));
  at(10_000);
  expect((await current()).status).toBe('SUCCESSFUL');
  aws.sim.control.ecs.setScenario({ outcomes: options.rules ?? [], hooks: options.hooks ?? [] }, { service: 'app' });
  const td2 = await register('app:2');
  await aws.ecs.send(new UpdateServiceCommand({ service: 'app', taskDefinition: td2, deploymentConfiguration: options.update }));
  return { td1, td2 };
}

/** Polls every second from `from` to `to` ms, collecting each new lifecycle stage (with the status). */
async function stagesBetween(from: number, to: number): Promise<string[]> {
  const seen: string[] = [];
  for (let ms = from; ms <= to; ms += 1_000) {
    at(ms);
    const d = await current();
    const label = `${d.status}:${d.lifecycleStage}`;
    if (seen[seen.length - 1] !== label) seen.push(label);
  }
  return seen;
}

describe('native BLUE_GREEN', () => {
  it('scales green up beside blue, shifts test then production traffic, bakes, then cleans blue up', async () => {
    const { td1, td2 } = await deploy({ strategy: 'BLUE_GREEN', bakeTimeInMinutes: 1 });
    const stages = await stagesBetween(10_000, 85_000);
    // Stages without hooks and without work of their own (PRE_SCALE_UP, POST_*) pass in the same instant.
    expect(stages).toEqual([
      'IN_PROGRESS:SCALE_UP', 'IN_PROGRESS:TEST_TRAFFIC_SHIFT', 'IN_PROGRESS:PRODUCTION_TRAFFIC_SHIFT',
      'IN_PROGRESS:BAKE_TIME', 'IN_PROGRESS:CLEAN_UP', 'SUCCESSFUL:CLEAN_UP',
    ]);
    const done = await current();
    expect(done.targetServiceRevision).toMatchObject({ requestedProductionTrafficWeight: 100, runningTaskCount: 2 });
    expect(done.sourceServiceRevisions![0]).toMatchObject({ runningTaskCount: 0, requestedProductionTrafficWeight: 0 });
    expect(done.finishedAt).toBeInstanceOf(Date);
    const s = await service();
    expect(s.taskDefinition).toBe(td2);
    expect(s.deployments).toEqual([expect.objectContaining({ taskDefinition: td2, status: 'PRIMARY', rolloutState: 'COMPLETED', runningCount: 2 })]);
    expect(s.events!.map((e) => e.message)).toContain('(service app) has reached a steady state.');
    expect(td1).not.toBe(td2);
  });

  it('keeps blue serving with both revisions up through the bake time', async () => {
    const { td1, td2 } = await deploy({ strategy: 'BLUE_GREEN', bakeTimeInMinutes: 5 });
    at(40_000);
    const d = await current();
    expect(d.lifecycleStage).toBe('BAKE_TIME');
    expect(d.targetServiceRevision).toMatchObject({ requestedProductionTrafficWeight: 100, requestedTestTrafficWeight: 100, runningTaskCount: 2 });
    expect(d.sourceServiceRevisions![0]).toMatchObject({ runningTaskCount: 2, requestedProductionTrafficWeight: 0 });
    const s = await service();
    expect(s.deployments!.map((x) => [x.status, x.taskDefinition, x.rolloutState])).toEqual([
      ['PRIMARY', td2, 'IN_PROGRESS'], ['ACTIVE', td1, 'COMPLETED'],
    ]);
    at(10_000 + 5 * 60_000 + 30_000);
    expect((await current()).status).toBe('SUCCESSFUL');
  });

  it('runs lifecycle hooks at their stages and rolls back when one fails', async () => {
    const hooks = [{ ...HOOK, lifecycleStages: ['POST_TEST_TRAFFIC_SHIFT' as const] }];
    const { td1 } = await deploy({ strategy: 'BLUE_GREEN', lifecycleHooks: hooks }, { hooks: [{ stage: 'POST_TEST_TRAFFIC_SHIFT', status: 'FAILED', afterMs: 3_000 }] });
    let d: ServiceDeployment | undefined;
    for (let ms = 10_000; ms < 40_000; ms += 1_000) {
      at(ms);
      d = await current();
      if (d.lifecycleStage === 'POST_TEST_TRAFFIC_SHIFT') break;
    }
    expect(d!.lifecycleHookDetails).toEqual([expect.objectContaining({ targetType: 'AWS_LAMBDA', targetArn: HOOK.hookTargetArn, status: 'IN_PROGRESS' })]);
    at(40_000);
    d = await current();
    expect(d.status).toBe('ROLLBACK_SUCCESSFUL');
    expect(d.statusReason).toContain('lifecycle hook failed at POST_TEST_TRAFFIC_SHIFT');
    expect(d.rollback).toMatchObject({ serviceRevisionArn: d.sourceServiceRevisions![0]!.arn });
    const s = await service();
    expect(s.taskDefinition).toBe(td1);
    expect(s.deployments).toEqual([expect.objectContaining({ taskDefinition: td1, status: 'PRIMARY', runningCount: 2 })]);
  });

  it('rolls back when green tasks crash past the circuit breaker threshold, even during bake time', async () => {
    const config = { strategy: 'BLUE_GREEN' as const, bakeTimeInMinutes: 10, deploymentCircuitBreaker: { enable: true, rollback: true } };
    const { td1 } = await deploy(config, { rules: [{ outcome: 'crash', afterMs: 30_000 }] });
    at(45_000);
    expect((await current()).lifecycleStage).toBe('BAKE_TIME');
    const seen = new Set<string>();
    for (let ms = 70_000; ms < 95_000; ms += 1_000) {
      at(ms);
      seen.add((await current()).status!);
    }
    const d = await current();
    expect(seen).toContain('ROLLBACK_IN_PROGRESS');
    expect(d.status).toBe('ROLLBACK_SUCCESSFUL');
    expect(d.statusReason).toBe('ECS deployment circuit breaker: tasks failed to start.');
    expect(d.deploymentCircuitBreaker).toMatchObject({ status: 'MONITORING_COMPLETE', threshold: 3 });
    expect(d.deploymentCircuitBreaker!.failureCount).toBeGreaterThanOrEqual(3);
    expect((await service()).taskDefinition).toBe(td1);
  });

  it('waits at a PAUSE hook until ContinueServiceDeployment', async () => {
    await deploy({ strategy: 'BLUE_GREEN' }, { update: { lifecycleHooks: [{ targetType: 'PAUSE', lifecycleStages: ['POST_SCALE_UP'] }] } });
    at(60_000);
    const d = await current();
    expect(d.lifecycleStage).toBe('POST_SCALE_UP');
    const hook = d.lifecycleHookDetails![0]!;
    expect(hook.status).toBe('AWAITING_ACTION');
    await aws.ecs.send(new ContinueServiceDeploymentCommand({ serviceDeploymentArn: d.serviceDeploymentArn!, hookId: hook.hookId!, action: 'CONTINUE' }));
    at(80_000);
    expect((await current()).status).toBe('SUCCESSFUL');
  });

  it('StopServiceDeployment rolls back to blue', async () => {
    const { td1 } = await deploy({ strategy: 'BLUE_GREEN', bakeTimeInMinutes: 30 });
    at(40_000);
    const arn = (await service()).currentServiceDeployment!;
    await aws.ecs.send(new StopServiceDeploymentCommand({ serviceDeploymentArn: arn, stopType: 'ROLLBACK' }));
    at(60_000);
    const d = await current();
    expect(d.status).toBe('ROLLBACK_SUCCESSFUL');
    expect((await service()).taskDefinition).toBe(td1);
  });
});

describe('LINEAR and CANARY', () => {
  it('LINEAR shifts production traffic in stepPercent steps with a bake between them', async () => {
    await deploy({ strategy: 'LINEAR', linearConfiguration: { stepPercent: 25, stepBakeTimeInMinutes: 1 } });
    const weights: number[] = [];
    for (let ms = 10_000; ms < 400_000; ms += 10_000) {
      at(ms);
      const w = (await current()).targetServiceRevision!.requestedProductionTrafficWeight!;
      if (weights[weights.length - 1] !== w) weights.push(w);
    }
    expect(weights).toEqual([0, 25, 50, 75, 100]);
    expect((await current()).status).toBe('SUCCESSFUL');
  });

  it('CANARY shifts canaryPercent, bakes, then the rest', async () => {
    await deploy({ strategy: 'CANARY', canaryConfiguration: { canaryPercent: 10, canaryBakeTimeInMinutes: 2 } });
    const weights: number[] = [];
    for (let ms = 10_000; ms < 300_000; ms += 10_000) {
      at(ms);
      const w = (await current()).targetServiceRevision!.requestedProductionTrafficWeight!;
      if (weights[weights.length - 1] !== w) weights.push(w);
    }
    expect(weights).toEqual([0, 10, 100]);
  });

  it('refuses a strategy configuration AWS does not take', async () => {
    const td = await register('app:1');
    await expect(aws.ecs.send(new CreateServiceCommand({
      serviceName: 'x', taskDefinition: td, deploymentConfiguration: { strategy: 'LINEAR', linearConfiguration: { stepPercent: 1 } },
    }))).rejects.toThrow(InvalidParameterException);
    await expect(aws.ecs.send(new CreateServiceCommand({
      serviceName: 'x', taskDefinition: td, deploymentConfiguration: { strategy: 'NOPE' as 'ROLLING' },
    }))).rejects.toThrow(/Invalid deployment strategy/);
  });
});

describe('service deployments of rolling updates', () => {
  it('lists every deployment newest first, SUCCESSFUL, and a circuit-breaker rollback as ROLLBACK_SUCCESSFUL', async () => {
    const breaker = { deploymentCircuitBreaker: { enable: true, rollback: true } };
    const td1 = await register('app:1');
    await aws.ecs.send(new CreateServiceCommand({ serviceName: 'app', taskDefinition: td1, desiredCount: 1, deploymentConfiguration: breaker }));
    at(5_000);
    aws.sim.control.ecs.setScenario({ outcomes: [{ outcome: 'fail-to-start' }] }, { service: 'app' });
    await aws.ecs.send(new UpdateServiceCommand({ service: 'app', taskDefinition: await register('app:2') }));
    at(60_000);
    const list = await aws.ecs.send(new ListServiceDeploymentsCommand({ service: 'app' }));
    expect(list.serviceDeployments!.map((d) => d.status)).toEqual(['ROLLBACK_SUCCESSFUL', 'SUCCESSFUL']);
    const failed = await aws.ecs.send(new ListServiceDeploymentsCommand({ service: 'app', status: ['ROLLBACK_SUCCESSFUL'] }));
    const d = (await aws.ecs.send(new DescribeServiceDeploymentsCommand({ serviceDeploymentArns: [failed.serviceDeployments![0]!.serviceDeploymentArn!] }))).serviceDeployments![0]!;
    expect(d.statusReason).toBe('ECS deployment circuit breaker: tasks failed to start.');
    expect(d.lifecycleStage).toBeUndefined();
    expect(d.rollback?.serviceRevisionArn).toBe(list.serviceDeployments![1]!.targetServiceRevisionArn);
  });
});
