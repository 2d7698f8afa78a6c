import { invalidParameter } from '../../core/errors.js';
import type { EcsState, Json, Tag, TaskDefinitionRecord } from './model.js';
import { checkLaunchCompatibility, requireUsableTaskDefinition } from './services.js';

/** ECS starts at most 10 tasks per RunTask call. */
export const MAX_RUN_TASK_COUNT = 10;

/** A RunTask request, checked the way ECS checks it, with the defaults ECS applies. */
export interface RunTaskRequest {
  taskDefinition: TaskDefinitionRecord;
  count: number;
  launchType: string;
  capacityProviderName?: string;
  platformVersion?: string;
  awsvpc?: { subnets: string[]; securityGroups: string[]; assignPublicIp: string };
  /** By container name, as given (name, command, environment...). */
  containerOverrides: Map<string, Json>;
  /** `overrides` without containerOverrides (cpu, memory, taskRoleArn...), as given. */
  taskOverrides: Json;
  startedBy?: string;
  group: string;
  enableExecuteCommand: boolean;
  tags: Tag[];
}

interface ContainerDefinition {
  name: string;
  image: string;
  essential?: boolean;
  command?: string[];
}

export function parseRunTaskInput(state: EcsState, input: Json): RunTaskRequest {
  const taskDefinition = requireUsableTaskDefinition(state, input.taskDefinition);
  const count = input.count === undefined ? 1 : input.count;
  if (!Number.isInteger(count) || (count as number) < 1 || (count as number) > MAX_RUN_TASK_COUNT) {
    // Message not confirmed against AWS (the limit of 10 is documented).
    throw invalidParameter(`count must be between 1 and ${MAX_RUN_TASK_COUNT}.`);
  }
  const strategy = Array.isArray(input.capacityProviderStrategy) ? (input.capacityProviderStrategy as Array<{ capacityProvider?: unknown }>) : [];
  if (input.launchType !== undefined && strategy.length > 0) {
    throw invalidParameter('Specifying both a launch type and capacity provider strategy is not supported. Remove one and try again.');
  }
  const capacityProviderName = typeof strategy[0]?.capacityProvider === 'string' ? strategy[0].capacityProvider : undefined;
  const launchType = typeof input.launchType === 'string'
    ? input.launchType
    : capacityProviderName?.startsWith('FARGATE') ? 'FARGATE' : 'EC2';
  checkLaunchCompatibility(taskDefinition, launchType, input.networkConfiguration);
  const awsvpc = parseNetwork(taskDefinition, input.networkConfiguration);
  const startedBy = optionalString(input.startedBy, 'startedBy', 128);
  optionalString(input.clientToken, 'clientToken', 64);
  const { containerOverrides, taskOverrides } = parseOverrides(taskDefinition, input.overrides);
  return {
    taskDefinition,
    count: count as number,
    launchType,
    capacityProviderName,
    // Fargate resolves LATEST to the newest Linux platform version when it places the task.
    platformVersion: launchType === 'FARGATE' ? (typeof input.platformVersion === 'string' && input.platformVersion !== 'LATEST' ? input.platformVersion : '1.4.0') : undefined,
    awsvpc,
    containerOverrides,
    taskOverrides,
    startedBy,
    group: optionalString(input.group, 'group', 255) ?? `family:${taskDefinition.family}`,
    enableExecuteCommand: input.enableExecuteCommand === true,
    tags: [...(Array.isArray(input.tags) ? (input.tags as Tag[]) : []), ...(input.propagateTags === 'TASK_DEFINITION' ? taskDefinition.tags : [])],
  };
}

/**
 * The container whose exit decides the task in a migration run: the first override with a command, else the
 * first essential container.
 */
export function mainContainer(request: RunTaskRequest): { name: string; image: string; command: string } {
  const containers = containerDefinitions(request.taskDefinition);
  const overridden = [...request.containerOverrides.values()].find((o) => Array.isArray(o.command) && o.command.length > 0);
  const chosen = containers.find((c) => c.name === overridden?.name) ?? containers.find((c) => c.essential !== false) ?? containers[0];
  const override = chosen ? request.containerOverrides.get(chosen.name) : undefined;
  const command = Array.isArray(override?.command) ? (override.command as string[]) : chosen?.command ?? [];
  return { name: chosen?.name ?? '', image: chosen?.image ?? '', command: command.join(' ') };
}

function containerDefinitions(td: TaskDefinitionRecord): ContainerDefinition[] {
  return (td.body.containerDefinitions ?? []) as ContainerDefinition[];
}

function parseNetwork(td: TaskDefinitionRecord, networkConfiguration: unknown): RunTaskRequest['awsvpc'] {
  if (networkConfiguration === undefined) return undefined;
  if (td.body.networkMode !== 'awsvpc') {
    throw invalidParameter('Network Configuration is not valid for the given networkMode of this task definition.');
  }
  const config = ((networkConfiguration as { awsvpcConfiguration?: unknown }).awsvpcConfiguration ?? {}) as {
    subnets?: unknown; securityGroups?: unknown; assignPublicIp?: unknown;
  };
  const subnets = Array.isArray(config.subnets) ? (config.subnets as string[]) : [];
  // Message not confirmed against AWS.
  if (subnets.length === 0) throw invalidParameter('subnets can not be empty.');
  return {
    subnets,
    securityGroups: Array.isArray(config.securityGroups) ? (config.securityGroups as string[]) : [],
    assignPublicIp: typeof config.assignPublicIp === 'string' ? config.assignPublicIp : 'DISABLED',
  };
}

function parseOverrides(td: TaskDefinitionRecord, overrides: unknown): Pick<RunTaskRequest, 'containerOverrides' | 'taskOverrides'> {
  const { containerOverrides: list, ...taskOverrides } = (overrides ?? {}) as { containerOverrides?: unknown } & Json;
  const names = new Set(containerDefinitions(td).map((c) => c.name));
  const containerOverrides = new Map<string, Json>();
  for (const entry of Array.isArray(list) ? (list as Json[]) : []) {
    const name = typeof entry.name === 'string' ? entry.name : '';
    if (!names.has(name)) throw invalidParameter(`Override for container named ${name} is not a container in the TaskDefinition.`);
    if (entry.command !== undefined && !(Array.isArray(entry.command) && entry.command.every((part) => typeof part === 'string'))) {
      // Message not confirmed against AWS (the SDKs refuse a non-list before sending).
      throw invalidParameter('Container override command must be a list of strings.');
    }
    containerOverrides.set(name, entry);
  }
  return { containerOverrides, taskOverrides };
}

function optionalString(value: unknown, field: string, maxLength: number): string | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'string' || value.length > maxLength) {
    // Message not confirmed against AWS.
    throw invalidParameter(`${field} must be a string of at most ${maxLength} characters.`);
  }
  return value;
}
