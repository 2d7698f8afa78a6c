import { afterAll, beforeAll, expect, jest } from '@jest/globals';
import type { ContainerDefinition, DeploymentConfiguration, LoadBalancer, Service } from '@aws-sdk/client-ecs';
import { fileURLToPath } from 'node:url';
import type { ActionResult, RunningAction } from '../harness/index.js';
import type { HookRule, RecordedCall, SimulatorOptions, TaskOutcomeRule, TaskTimings } from '../sim/index.js';
import { actionClockSpeed, REAL_TIME, type RunEnv, SimulatedActionBed, type Wire } from './sim-action-bed.js';

export { REAL_TIME };

export const ACTION_DIR = fileURLToPath(new URL('../../actions/ecs-deploy', import.meta.url));
export const CLUSTER = 'prod';
export const SERVICE = 'api';
export const FAMILY = 'api';
export const CONTAINER = 'api';
export const LOG_GROUP = '/ecs/api';
export const REGION = 'us-east-1';
export const image = (tag: string): string => `123456789012.dkr.ecr.${REGION}.amazonaws.com/api:${tag}`;
export const revisionArn = (revision: number): string => `arn:aws:ecs:${REGION}:123456789012:task-definition/${FAMILY}:${revision}`;

/**
 * Sim ms per real ms: at 50× a task's whole life (TIMINGS: 4 s of sim time) takes 80 ms of real time.
 */
export const CLOCK_SPEED = 50;
/**
 * The action's clock, through its loopback-only test knob (actions/common/src/test-clock.ts): its polls (1 s, backing
 * off to 2.5 s) come every 100–250 ms of real time, so a task's whole life still passes between two polls while a
 * verdict comes without a real second of waiting. Slower than the simulator on purpose: at 50× the polls would be
 * five times as many for the same verdicts. A test's `timeout` input is action time (20s = 2 s of real time).
 */
export const ACTION_CLOCK_SPEED = 10;
export const TIMINGS: Partial<TaskTimings> = { provisioningMs: 1_000, pendingMs: 2_000, stoppingMs: 1_000, steadyStateMs: 0 };

export interface ServiceOptions {
  /** Off unless given. */
  circuitBreaker?: { rollback: boolean };
  container?: Partial<ContainerDefinition>;
  deploymentController?: 'ECS' | 'CODE_DEPLOY' | 'EXTERNAL';
  /** Revisions of the family registered before the service is created (image tags r1, r2...) [1]. */
  revisions?: number;
  /** The revision the service runs [the last one]. */
  runs?: number;
  /** Merged into the service's deploymentConfiguration (e.g. strategy BLUE_GREEN, bakeTimeInMinutes, lifecycleHooks). */
  deployment?: Partial<DeploymentConfiguration>;
  /** Its load balancers (blue/green needs one; CodeDeploy's AppSpec is built from it). */
  loadBalancers?: LoadBalancer[];
  /** The service's name [api]. */
  name?: string;
}

/** What a blue/green service's load balancer looks like (ECS native blue/green: with the alternate target group). */
export const BLUE_GREEN_LB: LoadBalancer[] = [{
  targetGroupArn: 'arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup/blue/1', containerName: CONTAINER, containerPort: 8080,
  advancedConfiguration: {
    alternateTargetGroupArn: 'arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup/green/2',
    productionListenerRule: 'arn:aws:elasticloadbalancing:us-east-1:123456789012:listener-rule/app/a/1/2/3',
    roleArn: 'arn:aws:iam::123456789012:role/ecs-infrastructure',
  },
}];

export function containerDefinition(tag: string, overrides: Partial<ContainerDefinition> = {}): ContainerDefinition {
  return {
    name: CONTAINER,
    image: image(tag),
    memory: 256,
    essential: true,
    portMappings: [{ containerPort: 8080 }],
    logConfiguration: { logDriver: 'awslogs', options: { 'awslogs-group': LOG_GROUP, 'awslogs-region': REGION, 'awslogs-stream-prefix': 'ecs' } },
    ...overrides,
  };
}

/**
 * One simulator per fixture (a test file usually has one); each test starts from a fresh ECS state with a service whose first deployment
 * has COMPLETED, and runs the committed dist against it through the runner harness.
 */
export class EcsDeployFixture extends SimulatedActionBed {
  constructor() {
    super(ACTION_DIR, CLOCK_SPEED, { cluster: CLUSTER, service: SERVICE }, actionClockSpeed(ACTION_CLOCK_SPEED));
  }

  /** Resets the simulator, creates cluster `prod` and service `api` on a completed deployment; returns the revision it runs. */
  async startService(options: ServiceOptions = {}): Promise<string> {
    const { sim, ecs } = this;
    sim.control.reset();
    sim.control.ecs.setScenario({ timings: TIMINGS });
    await ecs.send('CreateCluster', { clusterName: CLUSTER });
    const revisions = options.revisions ?? 1;
    for (let n = 1; n <= revisions; n++) {
      await ecs.send('RegisterTaskDefinition', { family: FAMILY, containerDefinitions: [containerDefinition(`r${n}`, options.container)] });
    }
    const running = await this.createService(options);
    sim.control.clock.advance(60_000);
    const service = await this.service(options.name);
    if ((options.deploymentController ?? 'ECS') === 'ECS') {
      expect(service.deployments?.map((d) => d.rolloutState)).toEqual(['COMPLETED']);
    }
    this.markCalls();
    return running;
  }

  /** From now on `calls()` shows only what comes after: for a test that sets up more (rules, schedules) itself. */
  countCallsFromHere(): void {
    this.markCalls();
  }

  /** Another service of the cluster beside `api`, on a completed first deployment (call after startService). */
  async addService(name: string, options: ServiceOptions = {}): Promise<void> {
    await this.createService({ ...options, name });
    this.sim.control.clock.advance(60_000);
    expect((await this.service(name)).deployments?.map((d) => d.rolloutState)).toEqual(['COMPLETED']);
    this.markCalls();
  }

  /** Creates service `options.name` [api] on the revision `options.runs` [the last one]; returns that revision. */
  async createService(options: ServiceOptions = {}): Promise<string> {
    const running = revisionArn(options.runs ?? options.revisions ?? 1);
    const deploymentConfiguration: DeploymentConfiguration = {
      deploymentCircuitBreaker: { enable: !!options.circuitBreaker, rollback: options.circuitBreaker?.rollback ?? false },
      ...options.deployment,
    };
    await this.ecs.send('CreateService', {
      cluster: CLUSTER, serviceName: options.name ?? SERVICE, taskDefinition: running, desiredCount: 1, deploymentConfiguration,
      deploymentController: { type: options.deploymentController ?? 'ECS' }, loadBalancers: options.loadBalancers,
    });
    return running;
  }

  /** Task outcomes for the service's next deployments (the scenario's "new-deployments" starts now). */
  setOutcomes(outcomes: TaskOutcomeRule[], timings: Partial<TaskTimings> = {}, service = SERVICE): void {
    this.sim.control.ecs.setScenario({ outcomes, timings }, { cluster: CLUSTER, service });
  }

  /** What the service's next blue/green lifecycle hooks answer. */
  setHooks(hooks: HookRule[], timings: Partial<TaskTimings> = {}): void {
    this.sim.control.ecs.setScenario({ hooks, timings }, { cluster: CLUSTER, service: SERVICE });
  }

  /** `env`: e.g. REAL_TIME, for a run whose assertions are about real time. */
  deploy(inputs: Record<string, string>, timeoutMs = 30_000, env?: RunEnv): Promise<ActionResult> {
    return this.runDist(inputs, timeoutMs, env);
  }

  /** A run to cancel: on real time, since the runner's cancel window (SIGINT → SIGTERM 7.5 s) is. */
  startDeploy(inputs: Record<string, string>, timeoutMs = 30_000): RunningAction {
    return this.startDist(inputs, timeoutMs, REAL_TIME);
  }

  async service(name = SERVICE): Promise<Wire<Service>> {
    const out = await this.ecs.send('DescribeServices', { cluster: CLUSTER, services: [name] });
    return out.services?.[0] as Wire<Service>;
  }

  async activeRevisions(): Promise<number[]> {
    const out = await this.ecs.send('ListTaskDefinitions', { familyPrefix: FAMILY, status: 'ACTIVE' });
    return (out.taskDefinitionArns ?? []).map((arn) => Number(arn.split(':').pop())).sort((a, b) => a - b);
  }
}

export function useEcsDeployFixture(options: SimulatorOptions = {}): EcsDeployFixture {
  const fixture = new EcsDeployFixture();
  // A scenario takes 1-5 s of real time; the bound leaves room for a slow machine (and Node 24's first start).
  jest.setTimeout(30_000);
  beforeAll(() => fixture.start(options));
  afterAll(() => fixture.stop());
  return fixture;
}

export const errorsOf = (result: ActionResult): string[] => result.annotations.filter((a) => a.level === 'error').map((a) => a.message);

/** The one ::error:: of a failed step (the test fails if there are none or several). */
export function theError(result: ActionResult): string {
  const errors = errorsOf(result);
  expect(errors).toHaveLength(1);
  return errors[0] as string;
}

/** The `input` of each recorded call, typed loosely for assertions. */
export const inputsOf = (calls: RecordedCall[]): Array<Record<string, unknown>> => calls.map((c) => c.input as Record<string, unknown>);
