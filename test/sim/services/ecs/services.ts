import { SimError, clientException, invalidParameter } from '../../core/errors.js';
import type { RequestContext } from '../../core/service-module.js';
import { requireCluster } from './clusters.js';
import { startDeployment } from './deployments.js';
import {
  ecsArn, nameFromNameOrArn, type DeploymentControllerType, type EcsState, type Json,
  type ServiceRecord, type Tag, type TaskDefinitionRecord,
} from './model.js';
import { callerArn, paginate, resolveTaskDefinition, stringInput } from './task-definitions.js';
import { checkLoadBalancers, checkPropagateTags, checkVolumeConfigurations, mergeDeploymentConfiguration } from './service-config.js';
import { serviceView } from './views.js';

export function createService(state: EcsState, input: Json, ctx: RequestContext): Json {
  const cluster = requireCluster(state, input.cluster);
  const name = stringInput(input.serviceName);
  if (!/^[a-zA-Z0-9_-]{1,255}$/.test(name)) {
    throw invalidParameter('Service name can only contain letters, numbers, underscores and hyphens.');
  }
  const existing = state.services.get(`${cluster.name}/${name}`);
  if (existing && existing.status !== 'INACTIVE') throw invalidParameter('Creation of service was not idempotent.');
  const td = requireUsableTaskDefinition(state, input.taskDefinition);
  const launchType = typeof input.launchType === 'string' ? input.launchType : 'EC2';
  checkLaunchCompatibility(td, launchType, input.networkConfiguration);
  const desiredCount = input.desiredCount === undefined ? 0 : checkDesiredCount(input.desiredCount);
  const platformVersion = launchType === 'FARGATE' ? stringOr(input.platformVersion, 'LATEST') : undefined;
  const service: ServiceRecord = {
    name,
    arn: ecsArn(state, `service/${cluster.name}/${name}`),
    clusterName: cluster.name,
    status: 'ACTIVE',
    desiredCount,
    taskDefinitionArn: td.arn,
    launchType,
    platformVersion,
    deploymentConfiguration: mergeDeploymentConfiguration(undefined, input.deploymentConfiguration),
    deploymentController: { type: deploymentControllerType(input.deploymentController) },
    deployments: [],
    serviceDeployments: [],
    taskSets: [],
    events: [],
    createdAt: ctx.now,
    createdBy: callerArn(state, ctx),
    networkConfiguration: input.networkConfiguration,
    loadBalancers: checkLoadBalancers(input.loadBalancers),
    serviceRegistries: Array.isArray(input.serviceRegistries) ? input.serviceRegistries : [],
    healthCheckGracePeriodSeconds: typeof input.healthCheckGracePeriodSeconds === 'number' ? input.healthCheckGracePeriodSeconds : undefined,
    enableExecuteCommand: input.enableExecuteCommand === true,
    enableECSManagedTags: input.enableECSManagedTags === true,
    propagateTags: input.propagateTags === undefined ? 'NONE' : checkPropagateTags(input.propagateTags),
    volumeConfigurations: checkVolumeConfigurations(input.volumeConfigurations, td),
    tags: Array.isArray(input.tags) ? (input.tags as Tag[]) : [],
    steady: false,
    evolvedTo: ctx.now,
  };
  startDeployment(state, service, td.arn, ctx.now, ctx.ids);
  state.services.set(`${cluster.name}/${name}`, service);
  return { service: serviceView(state, service) };
}

export function describeServices(state: EcsState, input: Json): Json {
  const cluster = requireCluster(state, input.cluster);
  const refs = Array.isArray(input.services) ? (input.services as string[]) : [];
  if (refs.length === 0) throw invalidParameter('Services cannot be empty.');
  if (refs.length > 10) throw invalidParameter('Too many services. Maximum number of services is 10.');
  const includeTags = Array.isArray(input.include) && input.include.includes('TAGS');
  const services: Json[] = [];
  const failures: Json[] = [];
  for (const ref of refs) {
    const service = state.services.get(`${cluster.name}/${nameFromNameOrArn(ref)}`);
    if (service) services.push(serviceView(state, service, includeTags));
    else failures.push({ arn: ref.startsWith('arn:') ? ref : ecsArn(state, `service/${cluster.name}/${ref}`), reason: 'MISSING' });
  }
  return { services, failures };
}

export function updateService(state: EcsState, input: Json, ctx: RequestContext): Json {
  const cluster = requireCluster(state, input.cluster);
  const service = requireActiveService(state, cluster.name, input.service);
  refuseControllerManagedDeployment(service, input);
  if (input.desiredCount !== undefined) {
    const desiredCount = checkDesiredCount(input.desiredCount);
    if (desiredCount !== service.desiredCount) service.steady = false;
    service.desiredCount = desiredCount;
  }
  if (input.deploymentConfiguration !== undefined) {
    service.deploymentConfiguration = mergeDeploymentConfiguration(service.deploymentConfiguration, input.deploymentConfiguration);
  }
  const td = input.taskDefinition === undefined ? undefined : requireUsableTaskDefinition(state, input.taskDefinition);
  if (td) checkLaunchCompatibility(td, service.launchType, input.networkConfiguration ?? service.networkConfiguration);
  if (input.networkConfiguration !== undefined) service.networkConfiguration = input.networkConfiguration;
  if (typeof input.platformVersion === 'string') service.platformVersion = input.platformVersion;
  // Like ECS, only tasks launched from now on pick the setting up (forceNewDeployment replaces the running ones).
  if (typeof input.enableExecuteCommand === 'boolean') service.enableExecuteCommand = input.enableExecuteCommand;
  if (typeof input.enableECSManagedTags === 'boolean') service.enableECSManagedTags = input.enableECSManagedTags;
  if (input.propagateTags !== undefined) service.propagateTags = checkPropagateTags(input.propagateTags);
  if (input.loadBalancers !== undefined) service.loadBalancers = checkLoadBalancers(input.loadBalancers);
  if (input.volumeConfigurations !== undefined) {
    const effective = td ?? resolveTaskDefinition(state, service.taskDefinitionArn);
    if (effective) service.volumeConfigurations = checkVolumeConfigurations(input.volumeConfigurations, effective);
  }
  // Only a different task definition or an explicit force starts a deployment; scaling reuses the PRIMARY.
  if (input.forceNewDeployment === true || (td !== undefined && td.arn !== service.taskDefinitionArn)) {
    startDeployment(state, service, td?.arn ?? service.taskDefinitionArn, ctx.now, ctx.ids);
  }
  return { service: serviceView(state, service) };
}

export function deleteService(state: EcsState, input: Json): Json {
  const cluster = requireCluster(state, input.cluster);
  const service = requireActiveService(state, cluster.name, input.service);
  if (service.desiredCount > 0 && input.force !== true) {
    throw invalidParameter('The service cannot be stopped while it is scaled above 0.');
  }
  service.status = 'DRAINING';
  service.desiredCount = 0;
  return { service: serviceView(state, service) };
}

export function listServices(state: EcsState, input: Json): Json {
  const cluster = requireCluster(state, input.cluster);
  const arns = [...state.services.values()]
    .filter((s) => s.clusterName === cluster.name && s.status === 'ACTIVE')
    .map((s) => s.arn);
  return paginate(arns, input, 'serviceArns', 100);
}

export function requireService(state: EcsState, clusterName: string, ref: unknown): ServiceRecord {
  const service = state.services.get(`${clusterName}/${nameFromNameOrArn(stringInput(ref))}`);
  if (!service) throw new SimError('ServiceNotFoundException', 'Service not found.');
  return service;
}

function requireActiveService(state: EcsState, clusterName: string, ref: unknown): ServiceRecord {
  const service = requireService(state, clusterName, ref);
  if (service.status !== 'ACTIVE') throw new SimError('ServiceNotActiveException', 'Service was not ACTIVE.');
  return service;
}

export function requireUsableTaskDefinition(state: EcsState, ref: unknown): TaskDefinitionRecord {
  const td = resolveTaskDefinition(state, stringInput(ref));
  if (!td) throw clientException('TaskDefinition not found.');
  if (td.status !== 'ACTIVE') throw clientException('TaskDefinition is inactive');
  return td;
}

export function checkLaunchCompatibility(td: TaskDefinitionRecord, launchType: string, networkConfiguration: unknown): void {
  const compatibilities = (td.body.compatibilities as string[] | undefined) ?? [];
  if (launchType === 'FARGATE' && !compatibilities.includes('FARGATE')) {
    throw clientException('Task definition does not support launch_type FARGATE.');
  }
  if (td.body.networkMode === 'awsvpc' && networkConfiguration === undefined) {
    throw invalidParameter("Network Configuration must be provided when networkMode 'awsvpc' is specified.");
  }
}

/**
 * Services whose deployments CodeDeploy or an external controller runs refuse ECS-driven ones. The CODE_DEPLOY
 * messages are AWS's; the EXTERNAL ones follow the same pattern (not confirmed).
 */
function refuseControllerManagedDeployment(service: ServiceRecord, input: Json): void {
  const type = service.deploymentController.type;
  if (type === 'ECS') return;
  const tail = type === 'CODE_DEPLOY' ? ' Use AWS CodeDeploy to trigger a new deployment.' : '';
  if (input.taskDefinition !== undefined) {
    throw invalidParameter(`Unable to update task definition on services with a ${type} deployment controller.${tail}`);
  }
  if (input.forceNewDeployment === true) {
    throw invalidParameter(`Cannot force a new deployment on services with a ${type} deployment controller.${tail}`);
  }
}

function deploymentControllerType(input: unknown): DeploymentControllerType {
  const type = (input as { type?: unknown } | undefined)?.type ?? 'ECS';
  if (type !== 'ECS' && type !== 'CODE_DEPLOY' && type !== 'EXTERNAL') {
    // Message not confirmed against AWS.
    throw invalidParameter(`Invalid deployment controller type: ${String(type)}`);
  }
  return type;
}

function checkDesiredCount(value: unknown): number {
  if (!Number.isInteger(value) || (value as number) < 0) throw invalidParameter('desiredCount must be an integer >= 0.');
  return value as number;
}

function stringOr(value: unknown, fallback: string): string {
  return typeof value === 'string' ? value : fallback;
}
