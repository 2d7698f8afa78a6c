import { type AwslogsTarget, awslogsTarget } from '../../common/src/awslogs.js';
import type { EcsContainerDefinition, EcsService, EcsTaskDefinition, RunTaskRequest } from '../../common/src/ecs-types.js';
import type { Inputs } from './inputs.js';

/** Marks the tasks this action starts, for the lock. ECS allows 128 characters. */
export const STARTED_BY = 'platform-actions/db-migrate';

/** A mistake the inputs only show once ECS has described the service or task definition. */
export class PlanError extends Error {
  override name = 'PlanError';
}

export interface RunTaskPlan {
  request: RunTaskRequest;
  family: string;
  /** The container whose exit code decides (the overridden one). */
  mainContainer: string;
  essentialContainers: string[];
  /** The awslogs stream of the main container, or why it cannot be followed. */
  logs: AwslogsTarget | { note: string };
  /** What runs, for the log and summary. */
  commandText: string;
}

const essential = (c: EcsContainerDefinition) => c.essential !== false;

/** `container-name`, else the only essential container. */
export function chooseContainer(definition: EcsTaskDefinition, wanted: string | undefined): EcsContainerDefinition {
  const containers = definition.containerDefinitions ?? [];
  const family = definition.family ?? 'the task definition';
  if (wanted) {
    const found = containers.find((c) => c.name === wanted);
    if (!found) throw new PlanError(`Input 'container-name': ${family} has no container '${wanted}' (it has ${containers.map((c) => c.name).join(', ')})`);
    return found;
  }
  const candidates = containers.filter(essential);
  if (candidates.length === 1) return candidates[0] as EcsContainerDefinition;
  throw new PlanError(`Input 'container-name': required, because ${family} has ${candidates.length} essential containers (${candidates.map((c) => c.name).join(', ')})`);
}

/** The main container's awslogs stream (its stream name ends with the task id), or why its output cannot be followed. */
export function logTargetOf(container: EcsContainerDefinition, clusterRegion: string): AwslogsTarget | { note: string } {
  const target = awslogsTarget(container, clusterRegion);
  return 'note' in target ? { note: `${target.note}; its output cannot be followed` } : target;
}

export function describeCommand(inputs: Pick<Inputs, 'command'>, container: EcsContainerDefinition): string {
  if (inputs.command) return inputs.command.text;
  const parts = [...(container.entryPoint ?? []), ...(container.command ?? [])];
  return parts.length ? `${parts.join(' ')} (from the task definition)` : '(the image\'s default command)';
}

/**
 * The RunTask request: the task definition and placement of the service (when given), each overridden by the
 * inputs that are set, and the command and environment as an override of the main container.
 */
export function planRunTask(inputs: Inputs, definition: EcsTaskDefinition, service: EcsService | undefined): RunTaskPlan {
  const container = chooseContainer(definition, inputs.containerName);
  const name = container.name as string;
  const family = definition.family as string;
  const fromService = service?.networkConfiguration?.awsvpcConfiguration;
  const awsvpc = definition.networkMode === 'awsvpc';
  const subnets = inputs.subnets ?? fromService?.subnets;
  if (awsvpc && !subnets?.length) {
    throw new PlanError(`Input 'subnets': required, because ${family} uses the awsvpc network mode${inputs.service ? ` and service ${inputs.service} has no network configuration` : ''} (or give service to copy it from)`);
  }
  const request: RunTaskRequest = {
    cluster: inputs.cluster,
    taskDefinition: definition.taskDefinitionArn,
    count: 1,
    startedBy: STARTED_BY,
    clientToken: inputs.clientToken,
  };
  if (awsvpc) {
    request.networkConfiguration = {
      awsvpcConfiguration: {
        subnets,
        securityGroups: inputs.securityGroups ?? fromService?.securityGroups,
        assignPublicIp: inputs.assignPublicIp ?? fromService?.assignPublicIp,
      },
    };
  } else if (inputs.subnets || inputs.securityGroups || inputs.assignPublicIp) {
    throw new PlanError(`Input 'subnets': ${family} uses the ${definition.networkMode ?? 'bridge'} network mode, which takes no network configuration; remove subnets, security-groups and assign-public-ip`);
  }
  if (inputs.launchType) request.launchType = inputs.launchType;
  else if (inputs.capacityProviderStrategy) request.capacityProviderStrategy = inputs.capacityProviderStrategy;
  else if (service?.capacityProviderStrategy?.length) request.capacityProviderStrategy = service.capacityProviderStrategy;
  else if (service?.launchType) request.launchType = service.launchType;
  const platformVersion = inputs.platformVersion ?? service?.platformVersion;
  const fargate = request.launchType === 'FARGATE' || (request.capacityProviderStrategy ?? []).some((s) => s.capacityProvider?.startsWith('FARGATE'));
  if (platformVersion && fargate) request.platformVersion = platformVersion;
  if (inputs.command || inputs.environment.length > 0) {
    request.overrides = {
      containerOverrides: [{
        name,
        command: inputs.command?.argv,
        environment: inputs.environment.length ? inputs.environment.map(([key, value]) => ({ name: key, value })) : undefined,
      }],
    };
  }
  return {
    request,
    family,
    mainContainer: name,
    essentialContainers: (definition.containerDefinitions ?? []).filter(essential).map((c) => c.name as string),
    logs: logTargetOf(container, inputs.region),
    commandText: describeCommand(inputs, container),
  };
}

export const taskIdOf = (taskArn: string): string => taskArn.split('/').pop() as string;
