// The db-migrate test bed without jest (the e2e tests' hooks live in db-migrate-fixtures.ts), so benchmarks can use it too.
import type { ContainerDefinition, Task } from '@aws-sdk/client-ecs';
import { fileURLToPath } from 'node:url';
import type { ActionResult, RunningAction } from '../harness/index.js';
import type { RunTaskRule } from '../sim/services/ecs/index.js';
import { actionClockSpeed, REAL_TIME, runtimeNode24, type RunEnv, SimulatedActionBed, type Wire } from './sim-action-bed.js';

export { actionClockSpeed, REAL_TIME, runtimeNode24 };

export const ACTION_DIR = fileURLToPath(new URL('../../actions/db-migrate', import.meta.url));
export const CLUSTER = 'prod';
export const SERVICE = 'api';
export const FAMILY = 'api';
export const LOG_GROUP = '/ecs/api';
export const REGION = 'us-east-1';
export const SUBNETS = ['subnet-0aaa1111', 'subnet-0bbb2222'];
export const SECURITY_GROUPS = ['sg-0ccc3333'];
export const STARTED_BY = 'platform-actions/db-migrate';

/** Sim ms per real ms: a task's 1 s of provisioning + 1 s pending + the script's runMs pass ten times faster than real time. */
export const CLOCK_SPEED = 10;

export function container(name: string, overrides: Partial<ContainerDefinition> = {}): ContainerDefinition {
  return {
    name, image: `123456789012.dkr.ecr.${REGION}.amazonaws.com/${name}:1`, memory: 256, essential: true,
    logConfiguration: { logDriver: 'awslogs', options: { 'awslogs-group': LOG_GROUP, 'awslogs-region': REGION, 'awslogs-stream-prefix': 'ecs' } },
    ...overrides,
  };
}

export interface ServiceSetup {
  /** The task definition's containers [one essential `api`]. */
  containers?: ContainerDefinition[];
  enableExecuteCommand?: boolean;
  /** Whether to create the service at all [true]. */
  service?: boolean;
}

/**
 * One simulator per test file; each test resets it, creates cluster `prod`, a Fargate awsvpc task definition `api`
 * and (by default) service `api` with a network configuration, then runs the committed dist against it.
 */
export class DbMigrateFixture extends SimulatedActionBed {
  /**
   * `fastClock`: the action's clock runs at the simulator's CLOCK_SPEED through its loopback-only test knob
   * (actions/common/src/test-clock.ts), so its polls, late-events window and timeouts pass as fast as the task's life;
   * without it the dist waits in real time as in production, as a benchmark must.
   */
  constructor(options: { fastClock?: boolean } = {}) {
    super(ACTION_DIR, CLOCK_SPEED, { cluster: CLUSTER, service: SERVICE }, options.fastClock ? actionClockSpeed(CLOCK_SPEED) : {});
  }

  async setup(options: ServiceSetup = {}): Promise<void> {
    const { sim, ecs } = this;
    sim.control.reset();
    sim.control.faults.clear();
    sim.control.ecs.setScenario({ timings: { provisioningMs: 1_000, pendingMs: 1_000, stoppingMs: 1_000, steadyStateMs: 0 } });
    await ecs.send('CreateCluster', { clusterName: CLUSTER });
    await ecs.send('RegisterTaskDefinition', {
      family: FAMILY, networkMode: 'awsvpc', requiresCompatibilities: ['FARGATE'], cpu: '256', memory: '512',
      containerDefinitions: options.containers ?? [container('api')],
    });
    if (options.service !== false) {
      await ecs.send('CreateService', {
        cluster: CLUSTER, serviceName: SERVICE, taskDefinition: FAMILY, desiredCount: 1, launchType: 'FARGATE', platformVersion: '1.4.0',
        enableExecuteCommand: options.enableExecuteCommand ?? false,
        networkConfiguration: { awsvpcConfiguration: { subnets: SUBNETS, securityGroups: SECURITY_GROUPS, assignPublicIp: 'DISABLED' } },
      });
      sim.control.clock.advance(60_000);
    }
    this.markCalls();
  }

  /** From now on `calls()` and `allCalls()` show only what comes after. */
  countCallsFromHere(): void {
    this.markCalls();
  }

  script(rules: RunTaskRule[]): void {
    this.sim.control.ecs.setRunTaskScript(rules);
  }

  migrate(inputs: Record<string, string>, timeoutMs = 30_000, env?: RunEnv): Promise<ActionResult> {
    return this.runDist(inputs, timeoutMs, env);
  }

  startMigrate(inputs: Record<string, string>, timeoutMs = 30_000, env?: RunEnv): RunningAction {
    return this.startDist(inputs, timeoutMs, env);
  }

  /** Every task started by RunTask (startedBy our marker), as DescribeTasks shows it now. */
  async migrationTasks(): Promise<Array<Wire<Task>>> {
    const arns: string[] = [];
    for (const desiredStatus of ['RUNNING', 'STOPPED'] as const) {
      const out = await this.ecs.send('ListTasks', { cluster: CLUSTER, family: FAMILY, desiredStatus });
      arns.push(...(out.taskArns ?? []));
    }
    if (arns.length === 0) return [];
    const out = await this.ecs.send('DescribeTasks', { cluster: CLUSTER, tasks: arns });
    return (out.tasks ?? []).filter((t) => t.startedBy === STARTED_BY);
  }

  /** The lines the simulator wrote to a task's main container stream. */
  streamLines(taskArn: string, containerName = 'api'): string[] {
    const id = taskArn.split('/').pop() as string;
    return this.sim.control.logs.events(LOG_GROUP, `ecs/${containerName}/${id}`).map((e) => e.message);
  }
}

export const errorsOf = (result: ActionResult): string[] => result.annotations.filter((a) => a.level === 'error').map((a) => a.message);

/** The migration's own lines in the step log, in order (everything the simulator wrote with `prefix`). */
export const logLinesOf = (result: ActionResult, prefix: string): string[] => result.log.split('\n').filter((l) => l.startsWith(`${prefix} `));
