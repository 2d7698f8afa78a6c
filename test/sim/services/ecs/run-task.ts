import { SimError } from '../../core/errors.js';
import type { Prng } from '../../core/prng.js';
import type { RequestContext } from '../../core/service-module.js';
import { requireCluster } from './clusters.js';
import { ecsArn, nameFromNameOrArn, type EcsState, type Json, type TaskNetworkInterface, type TaskRecord } from './model.js';
import { mainContainer, parseRunTaskInput, type RunTaskRequest } from './run-task-input.js';
import { planRunTask, type RunTaskScript } from './run-task-script.js';
import type { TaskTimings } from './scenario.js';
import { taskContainers, taskTimeline } from './scheduler.js';
import { taskView } from './views.js';

/** ECS remembers a RunTask clientToken for 24 hours (ECS_Idempotency.html). */
const CLIENT_TOKEN_TTL_MS = 24 * 60 * 60 * 1_000;

export interface RunTaskDeps {
  script: RunTaskScript;
  /** Timings one-off tasks use (the global scenario's). */
  timings: () => TaskTimings;
}

/**
 * RunTask. A clientToken makes it idempotent per cluster, as ECS documents: the same token with the same
 * parameters answers the tasks it launched the first time (as they are now) and launches nothing; with other
 * parameters it is a ConflictException.
 */
export function runTask(state: EcsState, input: Json, ctx: RequestContext, deps: RunTaskDeps): Json {
  const cluster = requireCluster(state, input.cluster);
  const token = typeof input.clientToken === 'string' ? input.clientToken : undefined;
  forgetExpiredTokens(state, ctx.now);
  const fingerprint = canonicalJson({ ...input, clientToken: undefined });
  const previous = token === undefined ? undefined : state.runTaskTokens.get(`${cluster.name}/${token}`);
  if (previous) {
    if (previous.fingerprint !== fingerprint) {
      // Documented behaviour; the message text is not confirmed. ECS also returns `resourceIds` (the task
      // ARNs the token launched), which the simulator's error renderer cannot carry.
      throw new SimError('ConflictException', 'The clientToken is already in use with a different RunTask request.');
    }
    const tasks = previous.taskArns.map((arn) => state.tasks.get(nameFromNameOrArn(arn))).filter((t): t is TaskRecord => t !== undefined);
    return { tasks: tasks.map((t) => taskView(state, t)), failures: [] };
  }

  const request = parseRunTaskInput(state, input);
  const main = mainContainer(request);
  const timings = deps.timings();
  const tasks: TaskRecord[] = [];
  const failures: Json[] = [];
  for (let i = 0; i < request.count; i++) {
    const rule = deps.script.select({ family: request.taskDefinition.family, command: main.command });
    if (rule?.outcome === 'unplaceable') {
      failures.push(placementFailure(state, cluster.name, request.launchType, rule.reason));
      continue;
    }
    const plan = planRunTask(rule, timings, main, request.awsvpc !== undefined);
    const task = newOneOffTask(state, cluster.name, request, plan, ctx);
    state.tasks.set(task.id, task);
    tasks.push(task);
  }
  if (token !== undefined) {
    state.runTaskTokens.set(`${cluster.name}/${token}`, { fingerprint, taskArns: tasks.map((t) => t.arn), usedAt: ctx.now });
  }
  return { tasks: tasks.map((t) => taskView(state, t)), failures };
}

/**
 * A task RunTask could not place: ECS answers it in `failures[]` (the call itself succeeds). Fargate's wording is the
 * one ECS gives when a zone has no capacity; EC2's RESOURCE:<kind> names the resource no instance had.
 * https://docs.aws.amazon.com/AmazonECS/latest/developerguide/api_failures_messages.html
 */
function placementFailure(state: EcsState, clusterName: string, launchType: string, reason: string | undefined): Json {
  const fargate = launchType === 'FARGATE';
  return {
    arn: ecsArn(state, `cluster/${clusterName}`),
    reason: reason ?? (fargate ? 'Capacity is unavailable at this time. Please try again later or in a different availability zone' : 'RESOURCE:MEMORY'),
  };
}

function newOneOffTask(state: EcsState, clusterName: string, request: RunTaskRequest, plan: TaskRecord['plan'], ctx: RequestContext): TaskRecord {
  const id = ctx.ids.hex(32);
  const td = request.taskDefinition;
  const containers = taskContainers(td, id, plan, ctx.ids);
  for (const container of containers) {
    const override = request.containerOverrides.get(container.name);
    if (override) container.override = override;
  }
  const task: TaskRecord = {
    id,
    arn: ecsArn(state, `task/${clusterName}/${id}`),
    clusterName,
    taskDefinitionArn: td.arn,
    group: request.group,
    startedBy: request.startedBy,
    launchType: request.launchType,
    platformVersion: request.platformVersion,
    capacityProviderName: request.capacityProviderName,
    cpu: typeof request.taskOverrides.cpu === 'string' ? request.taskOverrides.cpu : td.cpu,
    memory: typeof request.taskOverrides.memory === 'string' ? request.taskOverrides.memory : td.memory,
    containers,
    lastStatus: 'PROVISIONING',
    desiredStatus: 'RUNNING',
    createdAt: ctx.now,
    version: 1,
    healthStatus: 'UNKNOWN',
    plan,
    logsWritten: 0,
    timeline: taskTimeline(plan, ctx.now),
    enableExecuteCommand: request.enableExecuteCommand,
    overrides: request.taskOverrides,
    tags: request.tags,
  };
  if (request.awsvpc) task.networkInterface = newNetworkInterface(request.awsvpc.subnets[0]!, ctx.ids);
  return task;
}

function newNetworkInterface(subnetId: string, ids: Prng): TaskNetworkInterface {
  const mac = Array.from({ length: 6 }, () => ids.hex(2)).join(':');
  return {
    attachmentId: ids.uuid(),
    eniId: `eni-${ids.hex(17)}`,
    subnetId,
    privateIpv4Address: `10.0.${ids.int(256)}.${1 + ids.int(254)}`,
    macAddress: mac,
  };
}

function forgetExpiredTokens(state: EcsState, now: number): void {
  for (const [key, record] of state.runTaskTokens) {
    if (record.usedAt + CLIENT_TOKEN_TTL_MS <= now) state.runTaskTokens.delete(key);
  }
}

/** JSON with object keys sorted, so the same parameters compare equal whatever order a client sent them in. */
function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, raw: unknown) => {
    if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) return raw;
    return Object.fromEntries(Object.entries(raw as Json).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  });
}
