import type { Prng } from '../../core/prng.js';
import { startDeployment } from './deployments.js';
import {
  ecsArn, type DeploymentRecord, type EcsState, type ServiceRecord, type TaskContainerRecord, type TaskDefinitionRecord, type TaskRecord,
} from './model.js';
import { DEFAULT_PLACEMENT_REASON, DEFAULT_PLACEMENT_RETRY_MS, selectOutcome } from './outcomes.js';
import { pickHookOutcome, type EcsScenario, type Scheduler, type TaskPlan } from './scenario.js';
import { applyDueTransitions, dueAt, stopTask, type LifecycleHooks } from './task-lifecycle.js';
import { resolveTaskDefinition } from './task-definitions.js';

export { stopTask } from './task-lifecycle.js';

/** ECS keeps the newest 100 service events. */
const MAX_EVENTS = 100;
/** Guard against a policy that keeps scheduling transitions at the same instant. */
const MAX_STEPS = 100_000;

/** Where container log lines go (the CloudWatch Logs module), as the awslogs driver would send them. */
export type LogSink = (group: string, stream: string, events: Array<{ timestamp: number; message: string }>) => void;

export interface EvolveContext {
  ids: Prng;
  logs: LogSink;
}

/**
 * Brings one service from the sim time it was last evolved to up to `now`, in order: reconcile, apply
 * the earliest due task transition (or placement retry), reconcile again... Nothing runs between requests,
 * so the outcome depends only on the sim times at which requests arrive.
 */
export function evolveService(state: EcsState, service: ServiceRecord, now: number, scenario: EcsScenario, context: EvolveContext): void {
  let at = service.evolvedTo;
  const hooks = lifecycleHooks(state, service, scenario, context);
  for (let step = 0; step < MAX_STEPS; step++) {
    if (service.status !== 'INACTIVE') scenario.policy.reconcile(service, createScheduler(state, service, at, scenario, context));
    finishDraining(state, service);
    const next = nextWakeAt(service, tasksOfService(state, service), at);
    if (next === undefined || next > now) break;
    at = next;
    for (const task of tasksOfService(state, service)) applyDueTransitions(task, at, hooks);
  }
  service.evolvedTo = Math.max(service.evolvedTo, now);
}

/** Tasks outside any service (RunTask) only follow their own timeline; their logs still reach CloudWatch. */
export function evolveStandaloneTasks(state: EcsState, now: number, stoppingMs: number, context: EvolveContext): void {
  const hooks: LifecycleHooks = {
    stoppingMs,
    failed: () => undefined,
    healthy: () => undefined,
    log: (_task, container, events) => {
      if (container.awslogs) context.logs(container.awslogs.group, container.awslogs.stream, events);
    },
    changed: () => undefined,
  };
  for (const task of state.tasks.values()) {
    if (task.serviceName === undefined) applyDueTransitions(task, now, hooks);
  }
}

export function tasksOfService(state: EcsState, service: ServiceRecord): TaskRecord[] {
  return [...state.tasks.values()].filter((t) => t.serviceName === service.name && t.clusterName === service.clusterName);
}

export function addServiceEvent(service: ServiceRecord, at: number, message: string, ids: Prng): void {
  service.events.unshift({ id: ids.uuid(), createdAt: at, message });
  service.events.length = Math.min(service.events.length, MAX_EVENTS);
}

function lifecycleHooks(state: EcsState, service: ServiceRecord, scenario: EcsScenario, context: EvolveContext): LifecycleHooks {
  const deploymentOf = (task: TaskRecord): DeploymentRecord | undefined => service.deployments.find((d) => d.id === task.deploymentId);
  return {
    stoppingMs: scenario.timings.stoppingMs,
    failed: (task, kind, at) => {
      const deployment = deploymentOf(task);
      // ECS counts failures while a deployment rolls out; a finished one no longer feeds the circuit breaker.
      if (deployment?.rolloutState === 'IN_PROGRESS') deployment.failedTasks++;
      if (kind === 'unhealthy') {
        addServiceEvent(service, at, `(service ${service.name}) (task ${task.id}) failed container health checks.`, context.ids);
        addServiceEvent(service, at, `(service ${service.name}) has stopped 1 running tasks: (task ${task.id}).`, context.ids);
      }
    },
    healthy: (task) => {
      const deployment = deploymentOf(task);
      const resets = service.deploymentConfiguration.deploymentCircuitBreaker.resetOnHealthyTask !== false;
      if (deployment?.rolloutState === 'IN_PROGRESS' && resets) deployment.failedTasks = 0;
    },
    log: (_task, container, events) => {
      if (container.awslogs) context.logs(container.awslogs.group, container.awslogs.stream, events);
    },
    changed: (task, at) => {
      const deployment = deploymentOf(task);
      if (deployment) deployment.updatedAt = at;
    },
  };
}

function createScheduler(state: EcsState, service: ServiceRecord, at: number, scenario: EcsScenario, context: EvolveContext): Scheduler {
  const live = (): TaskRecord[] => tasksOfService(state, service).filter((t) => t.desiredStatus === 'RUNNING');
  const event = (message: string): void => addServiceEvent(service, at, message, context.ids);
  return {
    at,
    timings: scenario.timings,
    liveTasks: (deploymentId) => live().filter((t) => deploymentId === undefined || t.deploymentId === deploymentId),
    allTasks: () => tasksOfService(state, service),
    launch: (deployment, count) => {
      if (service.placementRetryAt !== undefined && at < service.placementRetryAt) return [];
      service.placementRetryAt = undefined;
      const td = resolveTaskDefinition(state, deployment.taskDefinitionArn);
      const launched: TaskRecord[] = [];
      for (let i = 0; i < count; i++) {
        const rule = selectOutcome(scenario.outcomes, deployment, td);
        if (rule?.outcome === 'unplaceable') {
          event(`(service ${service.name}) was unable to place a task because no container instance met all of its requirements. ${rule.reason ?? DEFAULT_PLACEMENT_REASON}`);
          service.placementRetryAt = at + Math.max(1, rule.retryMs ?? DEFAULT_PLACEMENT_RETRY_MS);
          break;
        }
        const plan = scenario.policy.planTask({ service, deployment, taskDefinition: td, at, timings: scenario.timings, rule });
        const task = newServiceTask(state, service, deployment, at, plan, context.ids);
        state.tasks.set(task.id, task);
        launched.push(task);
      }
      if (launched.length > 0) {
        deployment.updatedAt = at;
        event(`(service ${service.name}) has started ${launched.length} tasks: ${launched.map((t) => `(task ${t.id})`).join(' ')}.`);
      }
      return launched;
    },
    stop: (tasks, request) => {
      const stopping = tasks.filter((t) => t.desiredStatus === 'RUNNING');
      for (const task of stopping) {
        stopTask(task, at, request, scenario.timings.stoppingMs);
        const deployment = service.deployments.find((d) => d.id === task.deploymentId);
        if (deployment) deployment.updatedAt = at;
      }
      if (stopping.length > 0) {
        event(`(service ${service.name}) has stopped ${stopping.length} running tasks: ${stopping.map((t) => `(task ${t.id})`).join(' ')}.`);
      }
    },
    event,
    hookOutcome: (stage, duringRollback) => pickHookOutcome(scenario.hooks, stage, duringRollback, scenario.timings),
    wakeAt: (time) => {
      if (time > at && (service.wakeAt === undefined || service.wakeAt <= at || time < service.wakeAt)) service.wakeAt = time;
    },
    startDeployment: (taskDefinitionArn, fields) => startDeployment(state, service, taskDefinitionArn, at, context.ids, fields),
  };
}

interface ContainerDefinition {
  name: string;
  image: string;
  essential?: boolean;
  healthCheck?: unknown;
  logConfiguration?: { logDriver?: string; options?: Record<string, string> };
}

/** The containers of a new task `id` of `td`, with their awslogs streams. */
export function taskContainers(td: TaskDefinitionRecord | undefined, id: string, plan: TaskPlan, ids: Prng): TaskContainerRecord[] {
  const unhealthyContainer = plan.failure?.kind === 'unhealthy' ? plan.failure.container : undefined;
  return ((td?.body.containerDefinitions ?? []) as ContainerDefinition[]).map((c): TaskContainerRecord => {
    const container: TaskContainerRecord = {
      name: c.name, image: c.image, essential: c.essential !== false, containerId: ids.uuid(),
      healthChecked: c.healthCheck !== undefined || c.name === unhealthyContainer, healthStatus: 'UNKNOWN',
    };
    const options = c.logConfiguration?.logDriver === 'awslogs' ? c.logConfiguration.options ?? {} : undefined;
    const group = options?.['awslogs-group'];
    const prefix = options?.['awslogs-stream-prefix'];
    // The awslogs driver names streams prefix/container/task-id (without a prefix it uses the Docker id: not modelled).
    if (group && prefix) container.awslogs = { group, stream: `${prefix}/${c.name}/${id}` };
    return container;
  });
}

/** Absolute times of a task's planned transitions, from its launch at `at`. */
export function taskTimeline(plan: TaskPlan, at: number): TaskRecord['timeline'] {
  const pendingAt = at + plan.provisioningMs;
  const runningAt = pendingAt + plan.pendingMs;
  const failure = plan.failure;
  const failAt = failure === undefined ? undefined : (failure.kind === 'fail-to-start' ? pendingAt : runningAt) + failure.afterMs;
  return { pendingAt, runningAt, failAt };
}

function newServiceTask(state: EcsState, service: ServiceRecord, deployment: DeploymentRecord, at: number, plan: TaskPlan, ids: Prng): TaskRecord {
  const id = ids.hex(32);
  const td = resolveTaskDefinition(state, deployment.taskDefinitionArn);
  const containers = taskContainers(td, id, plan, ids);
  return {
    id,
    arn: ecsArn(state, `task/${service.clusterName}/${id}`),
    clusterName: service.clusterName,
    taskDefinitionArn: deployment.taskDefinitionArn,
    group: `service:${service.name}`,
    startedBy: deployment.id,
    serviceName: service.name,
    deploymentId: deployment.id,
    launchType: deployment.launchType,
    platformVersion: deployment.platformVersion,
    cpu: td?.cpu,
    memory: td?.memory,
    containers,
    lastStatus: 'PROVISIONING',
    desiredStatus: 'RUNNING',
    createdAt: at,
    version: 1,
    healthStatus: 'UNKNOWN',
    plan,
    logsWritten: 0,
    timeline: taskTimeline(plan, at),
    enableExecuteCommand: service.enableExecuteCommand,
  };
}

function nextWakeAt(service: ServiceRecord, tasks: TaskRecord[], at: number): number | undefined {
  let next: number | undefined;
  const consider = (time: number | undefined): void => {
    if (time !== undefined && (next === undefined || time < next)) next = time;
  };
  // Wake-ups already passed were acted on by the reconcile at `at`.
  for (const wake of [service.placementRetryAt, service.wakeAt]) if (wake !== undefined && wake > at) consider(wake);
  for (const task of tasks) consider(dueAt(task));
  return next;
}

/** A deleted service becomes INACTIVE once none of its tasks is left running. */
function finishDraining(state: EcsState, service: ServiceRecord): void {
  if (service.status !== 'DRAINING') return;
  if (tasksOfService(state, service).every((t) => t.lastStatus === 'STOPPED')) {
    service.status = 'INACTIVE';
    service.deployments = [];
  }
}
