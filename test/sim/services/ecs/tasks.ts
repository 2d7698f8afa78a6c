import { invalidParameter } from '../../core/errors.js';
import type { RequestContext } from '../../core/service-module.js';
import { requireCluster } from './clusters.js';
import { ecsArn, nameFromNameOrArn, type EcsState, type Json, type TaskRecord } from './model.js';
import { stopTask } from './scheduler.js';
import { requireService } from './services.js';
import { paginate, resolveTaskDefinition, stringInput } from './task-definitions.js';
import { taskView } from './views.js';

export function listTasks(state: EcsState, input: Json): Json {
  const cluster = requireCluster(state, input.cluster);
  // ECS refuses startedBy next to other filters such as family or launchType (aws/aws-sdk-go-v2#1893). Still
  // accepted here, not confirmed: with desiredStatus, and with serviceName (ecs-rollouts.test.ts relies on it).
  if (input.startedBy !== undefined && ['family', 'launchType', 'containerInstance'].some((key) => input[key] !== undefined)) {
    throw invalidParameter('cannot specify startedBy with other arguments');
  }
  const service = input.serviceName === undefined ? undefined : requireService(state, cluster.name, input.serviceName);
  const desiredStatus = input.desiredStatus ?? 'RUNNING';
  const family = typeof input.family === 'string' ? input.family : undefined;
  const arns = [...state.tasks.values()]
    .filter((t) => t.clusterName === cluster.name && t.desiredStatus === desiredStatus)
    .filter((t) => service === undefined || t.serviceName === service.name)
    .filter((t) => family === undefined || resolveTaskDefinition(state, t.taskDefinitionArn)?.family === family)
    .filter((t) => input.startedBy === undefined || t.startedBy === input.startedBy)
    .filter((t) => input.launchType === undefined || t.launchType === input.launchType)
    .sort((a, b) => a.createdAt - b.createdAt || (a.id < b.id ? -1 : 1))
    .map((t) => t.arn);
  return paginate(arns, input, 'taskArns', 100);
}

export function describeTasks(state: EcsState, input: Json): Json {
  const cluster = requireCluster(state, input.cluster);
  const refs = Array.isArray(input.tasks) ? (input.tasks as string[]) : [];
  if (refs.length === 0) throw invalidParameter('Tasks cannot be empty.');
  if (refs.length > 100) throw invalidParameter('Too many tasks. Maximum number of tasks is 100.');
  const tasks: Json[] = [];
  const failures: Json[] = [];
  for (const ref of refs) {
    const task = findTask(state, cluster.name, ref);
    if (task) tasks.push(taskView(state, task));
    else failures.push({ arn: ref.startsWith('arn:') ? ref : ecsArn(state, `task/${cluster.name}/${ref}`), reason: 'MISSING' });
  }
  return { tasks, failures };
}

export function stopTaskOperation(state: EcsState, input: Json, ctx: RequestContext, stoppingMs: (task: TaskRecord) => number): Json {
  const cluster = requireCluster(state, input.cluster);
  const task = findTask(state, cluster.name, stringInput(input.task));
  if (!task) throw invalidParameter('The referenced task was not found.');
  const reason = typeof input.reason === 'string' && input.reason !== '' ? input.reason : 'Task stopped by user';
  stopTask(task, ctx.now, { stopCode: 'UserInitiated', reason }, stoppingMs(task));
  return { task: taskView(state, task) };
}

/**
 * The task `ref` (id or ARN) in `cluster` (name or ARN; empty = default), or undefined. For ExecuteCommand too,
 * together with executeCommandAgentStatus (managed-agents.ts).
 */
export function findTask(state: EcsState, cluster: string | undefined, ref: string): TaskRecord | undefined {
  const clusterName = cluster === undefined || cluster === '' ? 'default' : nameFromNameOrArn(cluster);
  const task = state.tasks.get(nameFromNameOrArn(ref));
  return task && task.clusterName === clusterName ? task : undefined;
}
