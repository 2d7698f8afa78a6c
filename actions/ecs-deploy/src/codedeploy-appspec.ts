import { ConfigurationError } from '../../common/src/errors.js';
import { isJsonObject as isObject } from '../../common/src/taskdef.js';
import type { Json, JsonObject } from './render.js';

/**
 * The AppSpec of a CodeDeploy ECS blue/green deployment: either the user's file with every TargetService's
 * TaskDefinition set to the new revision, or one built from the service (its load balancer's container and port,
 * and its network and capacity-provider settings, which the replacement task set must share).
 * https://docs.aws.amazon.com/codedeploy/latest/userguide/reference-appspec-file-structure-resources.html#reference-appspec-file-structure-resources-ecs
 * Pure.
 */

/** What an AppSpec takes from the service, as DescribeServices shows it. */
export interface AppSpecServiceView {
  serviceName: string;
  loadBalancers: Array<{ containerName?: string; containerPort?: number }>;
  platformVersion?: string;
  awsvpc?: { subnets: string[]; securityGroups: string[]; assignPublicIp?: string };
  capacityProviderStrategy: Array<{ capacityProvider: string; weight?: number; base?: number }>;
}

/** Containers of the new revision with their container ports, to check the AppSpec against. */
export type ContainerPorts = Map<string, number[]>;

export function buildAppSpec(taskDefinitionArn: string, service: AppSpecServiceView): JsonObject {
  const lb = service.loadBalancers.find((l) => l.containerName && l.containerPort !== undefined);
  if (!lb) {
    throw new ConfigurationError('codedeploy-appspec', `service ${service.serviceName} has no load balancer with a container name and port to build an AppSpec from; give an AppSpec file`);
  }
  const properties: JsonObject = {
    TaskDefinition: taskDefinitionArn,
    LoadBalancerInfo: { ContainerName: lb.containerName as string, ContainerPort: lb.containerPort as number },
  };
  if (service.platformVersion) properties.PlatformVersion = service.platformVersion;
  if (service.awsvpc) {
    const vpc: JsonObject = { Subnets: service.awsvpc.subnets, SecurityGroups: service.awsvpc.securityGroups };
    if (service.awsvpc.assignPublicIp) vpc.AssignPublicIp = service.awsvpc.assignPublicIp;
    properties.NetworkConfiguration = { AwsvpcConfiguration: vpc };
  }
  if (service.capacityProviderStrategy.length) {
    properties.CapacityProviderStrategy = service.capacityProviderStrategy.map((s) => {
      const entry: JsonObject = { CapacityProvider: s.capacityProvider };
      if (s.base !== undefined) entry.Base = s.base;
      if (s.weight !== undefined) entry.Weight = s.weight;
      return entry;
    });
  }
  return { version: 0.0, Resources: [{ TargetService: { Type: 'AWS::ECS::Service', Properties: properties } }] };
}

/** A key of `object` matched without regard to case (AppSpec files are written both ways). */
function keyOf(object: JsonObject, name: string): string | undefined {
  return Object.keys(object).find((k) => k.toLowerCase() === name.toLowerCase());
}

function propertiesOf(resource: Json): JsonObject[] {
  if (!isObject(resource)) return [];
  return Object.values(resource).flatMap((target) => {
    if (!isObject(target)) return [];
    const key = keyOf(target, 'Properties');
    const properties = key ? target[key] : undefined;
    return isObject(properties) ? [properties] : [];
  });
}

/**
 * The user's AppSpec with each resource's TaskDefinition set to `taskDefinitionArn`; its load balancer container
 * must be one of the new revision's, on one of its ports, or CodeDeploy would fail the deployment minutes later.
 */
export function patchAppSpec(appspec: JsonObject, taskDefinitionArn: string, containers: ContainerPorts): JsonObject {
  const patched = structuredClone(appspec);
  const resourcesKey = keyOf(patched, 'Resources');
  const resources = resourcesKey ? patched[resourcesKey] : undefined;
  const all = Array.isArray(resources) ? resources.flatMap(propertiesOf) : [];
  if (all.length === 0) throw new ConfigurationError('codedeploy-appspec', 'has no Resources[].<name>.Properties to set the TaskDefinition of');
  for (const properties of all) {
    properties[keyOf(properties, 'TaskDefinition') ?? 'TaskDefinition'] = taskDefinitionArn;
    const lbKey = keyOf(properties, 'LoadBalancerInfo');
    const lb = lbKey ? properties[lbKey] : undefined;
    if (!isObject(lb)) continue;
    const name = lb[keyOf(lb, 'ContainerName') ?? 'ContainerName'];
    const port = Number(lb[keyOf(lb, 'ContainerPort') ?? 'ContainerPort']);
    const ports = typeof name === 'string' ? containers.get(name) : undefined;
    if (!ports) {
      throw new ConfigurationError('codedeploy-appspec', `LoadBalancerInfo.ContainerName ${JSON.stringify(name ?? null)} is not a container of the new revision (containers: ${[...containers.keys()].join(', ') || 'none'})`);
    }
    if (!ports.includes(port)) {
      throw new ConfigurationError('codedeploy-appspec', `LoadBalancerInfo.ContainerPort ${Number.isFinite(port) ? port : 'missing'} is not a containerPort of container ${name} (ports: ${ports.join(', ') || 'none'})`);
    }
  }
  return patched;
}

/** The container ports of each container of a task definition. */
export function containerPorts(definition: JsonObject): ContainerPorts {
  const ports: ContainerPorts = new Map();
  const list = Array.isArray(definition.containerDefinitions) ? definition.containerDefinitions.filter(isObject) : [];
  for (const c of list) {
    const mappings = Array.isArray(c.portMappings) ? c.portMappings.filter(isObject) : [];
    ports.set(String(c.name), mappings.map((m) => Number(m.containerPort)).filter(Number.isFinite));
  }
  return ports;
}

/** The console's names for a service's CodeDeploy application and deployment group. */
export function defaultCodeDeployNames(cluster: string, service: string): { application: string; deploymentGroup: string } {
  const short = (nameOrArn: string) => nameOrArn.split('/').pop() as string;
  return { application: `AppECS-${short(cluster)}-${short(service)}`, deploymentGroup: `DgpECS-${short(cluster)}-${short(service)}` };
}

/**
 * The AppSpec as CreateDeployment's appSpecContent: JSON (CodeDeploy takes JSON or YAML), with `version` written
 * `0.0` as AWS's examples have it (JSON.stringify would write 0).
 */
export function appSpecContent(appspec: JsonObject): string {
  const versionKey = keyOf(appspec, 'version');
  const { [versionKey ?? 'version']: version, ...rest } = appspec;
  const body = JSON.stringify(rest, null, 2);
  if (version === undefined) return body;
  const written = version === 0 ? '0.0' : JSON.stringify(version);
  return `{\n  "${versionKey ?? 'version'}": ${written}${body === '{}' ? '\n}' : `,${body.slice(1)}`}`;
}
