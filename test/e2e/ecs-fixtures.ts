import { afterAll, beforeAll, expect, jest } from '@jest/globals';
import {
  type ContainerDefinition, CreateClusterCommand, CreateServiceCommand, type DeploymentConfiguration, DescribeServicesCommand,
  ListTaskDefinitionsCommand, RegisterTaskDefinitionCommand, type Service,
} from '@aws-sdk/client-ecs';
import { fileURLToPath } from 'node:url';
import type { ActionResult, RunningAction } from '../harness/index.js';
import type { RecordedCall, SimulatorOptions, TaskOutcomeRule, TaskTimings } from '../sim/index.js';
import { SimulatedActionBed } from './sim-action-bed.js';

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
 * Sim ms per real ms. The action polls in real time (1 s, backing off to 3 s), so at 50× a task's whole life
 * (TIMINGS: 4 s of sim time) passes between two polls and every verdict arrives within a few real seconds.
 */
export const CLOCK_SPEED = 50;
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
}

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
    super(ACTION_DIR, CLOCK_SPEED, { cluster: CLUSTER, service: SERVICE });
  }

  /** Resets the simulator, creates cluster `prod` and service `api` on a completed deployment; returns the revision it runs. */
  async startService(options: ServiceOptions = {}): Promise<string> {
    const { sim, ecs } = this;
    sim.control.reset();
    sim.control.ecs.setScenario({ timings: TIMINGS });
    await ecs.send(new CreateClusterCommand({ clusterName: CLUSTER }));
    const revisions = options.revisions ?? 1;
    for (let n = 1; n <= revisions; n++) {
      await ecs.send(new RegisterTaskDefinitionCommand({ family: FAMILY, containerDefinitions: [containerDefinition(`r${n}`, options.container)] }));
    }
    const running = revisionArn(options.runs ?? revisions);
    const deploymentConfiguration: DeploymentConfiguration = {
      deploymentCircuitBreaker: { enable: !!options.circuitBreaker, rollback: options.circuitBreaker?.rollback ?? false },
    };
    await ecs.send(new CreateServiceCommand({
      cluster: CLUSTER, serviceName: SERVICE, taskDefinition: running, desiredCount: 1, deploymentConfiguration,
      deploymentController: { type: options.deploymentController ?? 'ECS' },
    }));
    sim.control.clock.advance(60_000);
    const service = await this.service();
    if (service.deploymentController?.type !== 'CODE_DEPLOY') {
      expect(service.deployments?.map((d) => d.rolloutState)).toEqual(['COMPLETED']);
    }
    this.markCalls();
    return running;
  }

  /** Task outcomes for the service's next deployments (the scenario's "new-deployments" starts now). */
  setOutcomes(outcomes: TaskOutcomeRule[], timings: Partial<TaskTimings> = {}): void {
    this.sim.control.ecs.setScenario({ outcomes, timings }, { cluster: CLUSTER, service: SERVICE });
  }

  deploy(inputs: Record<string, string>, timeoutMs = 30_000): Promise<ActionResult> {
    return this.runDist(inputs, timeoutMs);
  }

  startDeploy(inputs: Record<string, string>, timeoutMs = 30_000): RunningAction {
    return this.startDist(inputs, timeoutMs);
  }

  async service(): Promise<Service> {
    const out = await this.ecs.send(new DescribeServicesCommand({ cluster: CLUSTER, services: [SERVICE] }));
    return out.services?.[0] as Service;
  }

  async activeRevisions(): Promise<number[]> {
    const out = await this.ecs.send(new ListTaskDefinitionsCommand({ familyPrefix: FAMILY, status: 'ACTIVE' }));
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
