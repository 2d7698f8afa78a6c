import type { SimClock } from '../../core/clock.js';
import type { Prng } from '../../core/prng.js';
import type { JsonOperation, JsonServiceModule, RequestContext } from '../../core/service-module.js';
import { createCluster, describeClusters, listClusters } from './clusters.js';
import { createEcsState, type EcsState, type Json } from './model.js';
import type { TaskOutcomeRule } from './outcomes.js';
import { rollingUpdatePolicy } from './rolling-update.js';
import { runTask } from './run-task.js';
import { RunTaskScript, type RunTaskRule } from './run-task-script.js';
import { ScenarioBook, type HookRule, type EcsScenarioInput, type RolloutPolicy, type ScenarioTarget, type TaskTimings } from './scenario.js';
import { evolveService, evolveStandaloneTasks, type LogSink } from './scheduler.js';
import { createService, deleteService, describeServices, listServices, updateService } from './services.js';
import { deregisterTaskDefinition, describeTaskDefinition, listTaskDefinitions, registerTaskDefinition } from './task-definitions.js';
import { describeTasks, listTasks, stopTaskOperation } from './tasks.js';
import { executeCommand } from './execute-command.js';
import { continueServiceDeployment, describeServiceDeployments, listServiceDeployments, stopServiceDeployment } from './service-deployments.js';
import type { ExecSessionBroker } from '../ssm-session/broker.js';

export type { HookRule } from './scenario.js';
export type { EcsScenarioInput, PlanRequest, PlannedFailure, RolloutPolicy, ScenarioTarget, Scheduler, TaskPlan, TaskTimings } from './scenario.js';
export type { TaskOutcomeKind, TaskOutcomeRule } from './outcomes.js';
export type { LogSink } from './scheduler.js';
export { rollingUpdatePolicy, reconcileRollingUpdate } from './rolling-update.js';
export { applyCircuitBreaker, circuitBreakerThreshold } from './circuit-breaker.js';
export { planFromRule } from './outcomes.js';
export type { RunTaskOutcome, RunTaskRule } from './run-task-script.js';
export { findTask } from './tasks.js';
export { EXECUTE_COMMAND_AGENT, executeCommandAgentStatus, type ManagedAgentStatus } from './managed-agents.js';

/** ECS lists stopped tasks for about an hour after they stop, then forgets them. */
const STOPPED_TASK_RETENTION_MS = 60 * 60 * 1_000;

export interface EcsControl {
  /** Task timings, outcome rules and/or rollout policy, for every service or one (`{ cluster?, service }`). */
  setScenario(input: EcsScenarioInput, target?: ScenarioTarget): void;
  /** Makes a policy selectable by name over HTTP (`POST /__sim/ecs/scenario {"policy": name}`). */
  registerPolicy(policy: RolloutPolicy): void;
  /** What one-off (RunTask) tasks do, first matching rule per task; replaces earlier rules ([] = default: exit 0 after 5 s). */
  setRunTaskScript(rules: RunTaskRule[]): void;
  /** The live state, evolved to the current sim time (for assertions; do not mutate). */
  state(): EcsState;
  reset(): void;
}

export interface EcsModuleOptions {
  region: string;
  accountId: string;
  clock: SimClock;
  ids: Prng;
  /** Receives container log lines (awslogs); default drops them. */
  logs?: LogSink;
  /** Serves ExecuteCommand sessions (services/ssm-session); without it ExecuteCommand answers a server error. */
  execSessions?: ExecSessionBroker;
}

/** `evolveTo(now)` brings every task up to sim time `now` (other modules call it, e.g. before serving container logs). */
export function createEcsModule(options: EcsModuleOptions): { module: JsonServiceModule; control: EcsControl; evolveTo: (now: number) => void } {
  let state = createEcsState(options.region, options.accountId, options.clock.now());
  const scenarios = new ScenarioBook(rollingUpdatePolicy, () => state.deploymentSequence);
  const policies = new Map<string, RolloutPolicy>([[rollingUpdatePolicy.name, rollingUpdatePolicy]]);
  const context = { ids: options.ids, logs: options.logs ?? ((): void => undefined) };
  const runTaskScript = new RunTaskScript();
  // One-off tasks take the global scenario's timings.
  const standaloneTimings = (): TaskTimings => scenarios.resolve({ clusterName: '', name: '' }).timings;

  const evolveTo = (now: number): void => {
    for (const service of state.services.values()) {
      if (service.status !== 'INACTIVE') evolveService(state, service, now, scenarios.resolve(service), context);
    }
    evolveStandaloneTasks(state, now, standaloneTimings().stoppingMs, context);
    for (const [id, task] of state.tasks) {
      if (task.stoppedAt !== undefined && task.stoppedAt + STOPPED_TASK_RETENTION_MS <= now) state.tasks.delete(id);
    }
  };
  // Every operation sees the world as of its sim time, and its changes are acted on at that same time.
  const op = (handler: (input: Json, ctx: RequestContext) => Json): JsonOperation => (input, ctx) => {
    evolveTo(ctx.now);
    const result = handler(input, ctx);
    evolveTo(ctx.now);
    return result;
  };
  const stoppingMsFor = (clusterName: string, serviceName: string | undefined): number =>
    scenarios.resolve({ clusterName, name: serviceName ?? '' }).timings.stoppingMs;

  const operations: Record<string, JsonOperation> = {
    RegisterTaskDefinition: op((input, ctx) => registerTaskDefinition(state, input, ctx)),
    DescribeTaskDefinition: op((input) => describeTaskDefinition(state, input)),
    DeregisterTaskDefinition: op((input, ctx) => deregisterTaskDefinition(state, input, ctx)),
    ListTaskDefinitions: op((input) => listTaskDefinitions(state, input)),
    CreateCluster: op((input, ctx) => createCluster(state, input, ctx)),
    DescribeClusters: op((input) => describeClusters(state, input)),
    ListClusters: op((input) => listClusters(state, input)),
    CreateService: op((input, ctx) => createService(state, input, ctx)),
    DescribeServices: op((input) => describeServices(state, input)),
    UpdateService: op((input, ctx) => updateService(state, input, ctx)),
    DeleteService: op((input) => deleteService(state, input)),
    ListServices: op((input) => listServices(state, input)),
    ListTasks: op((input) => listTasks(state, input)),
    DescribeTasks: op((input) => describeTasks(state, input)),
    RunTask: op((input, ctx) => runTask(state, input, ctx, { script: runTaskScript, timings: standaloneTimings })),
    StopTask: op((input, ctx) => stopTaskOperation(state, input, ctx, (task) => stoppingMsFor(task.clusterName, task.serviceName))),
    ExecuteCommand: op((input) => executeCommand(state, input, options.execSessions)),
    ListServiceDeployments: op((input) => listServiceDeployments(state, input)),
    DescribeServiceDeployments: op((input) => describeServiceDeployments(state, input)),
    StopServiceDeployment: op((input) => stopServiceDeployment(state, input)),
    ContinueServiceDeployment: op((input, ctx) => continueServiceDeployment(state, input, ctx.now)),
  };

  const control: EcsControl = {
    setScenario: (input, target) => {
      evolveTo(options.clock.now());
      scenarios.set(input, target);
    },
    registerPolicy: (policy) => {
      policies.set(policy.name, policy);
    },
    setRunTaskScript: (rules) => {
      evolveTo(options.clock.now());
      runTaskScript.set(rules);
    },
    state: () => {
      evolveTo(options.clock.now());
      return state;
    },
    reset: () => {
      state = createEcsState(options.region, options.accountId, options.clock.now());
      scenarios.reset();
      runTaskScript.reset();
    },
  };

  const module: JsonServiceModule = {
    protocol: 'awsJson1_1',
    name: 'ecs',
    targetPrefix: 'AmazonEC2ContainerServiceV20141113',
    endpointEnvSuffix: 'ECS',
    operations,
    unknownOperationType: 'com.amazon.coral.service#UnknownOperationException',
    serverErrorType: 'ServerException',
    control: {
      reset: control.reset,
      httpActions: {
        scenario: (body) => {
          const { cluster, service, timings, policy, outcomes, hooks } = (body ?? {}) as {
            cluster?: string; service?: string; timings?: Partial<TaskTimings>; policy?: string; outcomes?: TaskOutcomeRule[]; hooks?: HookRule[];
          };
          const chosen = policy === undefined ? undefined : policies.get(policy);
          if (policy !== undefined && !chosen) throw new TypeError(`unknown rollout policy "${policy}"; known: ${[...policies.keys()].join(', ')}`);
          control.setScenario({ timings, policy: chosen, outcomes, hooks }, { cluster, service });
          return { ok: true };
        },
        'run-task-script': (body) => {
          control.setRunTaskScript((body as { rules?: RunTaskRule[] } | undefined)?.rules as RunTaskRule[]);
          return { ok: true };
        },
      },
    },
  };
  return { module, control, evolveTo };
}
