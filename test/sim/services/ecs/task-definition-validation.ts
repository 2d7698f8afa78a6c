import { clientException } from '../../core/errors.js';
import type { Json, Tag } from './model.js';
import { requiresAttributes } from './requires-attributes.js';

/*
 * RegisterTaskDefinition checks. Messages are the ones ECS is seen returning (ClientException, HTTP 400);
 * where a message could not be confirmed the comment says so.
 */

export interface ValidTaskDefinition {
  family: string;
  /** Normalised request, as DescribeTaskDefinition will echo it (defaults filled in). */
  body: Json;
  cpu?: string;
  memory?: string;
  tags: Tag[];
}

const NAME_PATTERN = /^[a-zA-Z0-9_-]{1,255}$/;

/** Valid Fargate task sizes: CPU units -> allowed memory (MiB). */
const FARGATE_SIZES: ReadonlyMap<number, readonly number[]> = new Map([
  [256, [512, 1024, 2048]],
  [512, range(1024, 4096, 1024)],
  [1024, range(2048, 8192, 1024)],
  [2048, range(4096, 16384, 1024)],
  [4096, range(8192, 30720, 1024)],
  [8192, range(16384, 61440, 4096)],
  [16384, range(32768, 122880, 8192)],
]);

export function validateTaskDefinition(input: Json): ValidTaskDefinition {
  const family = input.family;
  if (typeof family !== 'string' || family === '') throw clientException('Family can not be blank.');
  if (!NAME_PATTERN.test(family)) throw clientException('Family contains invalid characters.');

  const containers = input.containerDefinitions;
  if (!Array.isArray(containers) || containers.length === 0) throw clientException('Container list cannot be empty.');
  for (const container of containers) checkContainerIdentity(container);
  const names = containers.map((c) => (c as Json).name as string);
  if (new Set(names).size !== names.length) throw clientException('Container names must be unique within a Task Definition.');

  const networkMode = typeof input.networkMode === 'string' ? input.networkMode : undefined;
  const cpu = input.cpu === undefined ? undefined : parseTaskCpu(input.cpu);
  const memory = input.memory === undefined ? undefined : parseTaskMemory(input.memory);
  const requires = Array.isArray(input.requiresCompatibilities) ? (input.requiresCompatibilities as string[]) : [];
  if (requires.includes('FARGATE')) {
    // Real ECS quotes awsvpc with typographic quotes here.
    if (networkMode !== 'awsvpc') throw clientException('Fargate only supports network mode \u2018awsvpc\u2019.');
    if (cpu === undefined) throw clientException("Fargate requires that 'cpu' be defined at the task level.");
    if (memory === undefined) throw clientException("Fargate requires that 'memory' be defined at the task level.");
    if (!isFargateSize(cpu, memory)) {
      throw clientException(
        `No Fargate configuration exists for given values: ${cpu} CPU, ${memory} memory. See the Amazon ECS documentation for the valid values.`,
      );
    }
  }

  const normalisedContainers = containers.map((raw) => {
    const container = raw as Json;
    checkContainerMemory(container, memory);
    return normaliseContainer(container, networkMode);
  });

  const body: Json = { containerDefinitions: normalisedContainers };
  for (const key of [
    'taskRoleArn', 'executionRoleArn', 'networkMode', 'pidMode', 'ipcMode', 'proxyConfiguration',
    'inferenceAccelerators', 'ephemeralStorage', 'runtimePlatform',
  ]) {
    if (input[key] !== undefined) body[key] = input[key];
  }
  body.volumes = Array.isArray(input.volumes) ? input.volumes : [];
  body.placementConstraints = Array.isArray(input.placementConstraints) ? input.placementConstraints : [];
  if (requires.length > 0) body.requiresCompatibilities = requires;
  const fargateCapable = networkMode === 'awsvpc' && cpu !== undefined && memory !== undefined && isFargateSize(cpu, memory);
  body.compatibilities = fargateCapable ? ['EC2', 'FARGATE'] : ['EC2'];
  if (cpu !== undefined) body.cpu = String(cpu);
  if (memory !== undefined) body.memory = String(memory);
  body.requiresAttributes = requiresAttributes(body);

  const tags = Array.isArray(input.tags) ? (input.tags as Tag[]).map((t) => ({ key: t.key, value: t.value })) : [];
  return { family, body, cpu: body.cpu as string | undefined, memory: body.memory as string | undefined, tags };
}

function checkContainerIdentity(raw: unknown): void {
  const container = (raw ?? {}) as Json;
  if (typeof container.name !== 'string' || container.name === '') throw clientException('Container.name should not be null or empty.');
  if (!NAME_PATTERN.test(container.name)) throw clientException('Container.name contains invalid characters.');
  if (typeof container.image !== 'string' || container.image === '') throw clientException('Container.image should not be null or empty.');
}

function checkContainerMemory(container: Json, taskMemory: number | undefined): void {
  const name = container.name as string;
  const hard = typeof container.memory === 'number' ? container.memory : undefined;
  const soft = typeof container.memoryReservation === 'number' ? container.memoryReservation : undefined;
  if (taskMemory === undefined && hard === undefined && soft === undefined) {
    throw clientException(`Invalid setting for container '${name}'. At least one of 'memory' or 'memoryReservation' must be specified.`);
  }
  if (taskMemory !== undefined && hard !== undefined && hard > taskMemory) {
    throw clientException(`The 'memory' setting for container '${name}' is greater than for the task.`);
  }
}

function normaliseContainer(container: Json, networkMode: string | undefined): Json {
  const name = container.name as string;
  const portMappings = Array.isArray(container.portMappings) ? (container.portMappings as Json[]) : [];
  const mappings = portMappings.map((mapping) => {
    const containerPort = mapping.containerPort;
    const hasRange = typeof mapping.containerPortRange === 'string';
    if (!hasRange && !(Number.isInteger(containerPort) && (containerPort as number) >= 1 && (containerPort as number) <= 65535)) {
      throw clientException(`Invalid 'containerPort' setting for container '${name}'.`);
    }
    const out: Json = { ...mapping, protocol: mapping.protocol ?? 'tcp' };
    if (networkMode === 'awsvpc' && !hasRange) {
      if (mapping.hostPort !== undefined && mapping.hostPort !== 0 && mapping.hostPort !== containerPort) {
        throw clientException('When networkMode=awsvpc, the host ports and container ports in port mappings must match.');
      }
      // ECS fills the host port in for awsvpc, where it must equal the container port.
      out.hostPort = containerPort;
    }
    return out;
  });
  return {
    ...container,
    cpu: container.cpu ?? 0,
    essential: container.essential ?? true,
    portMappings: mappings,
    environment: container.environment ?? [],
    mountPoints: container.mountPoints ?? [],
    volumesFrom: container.volumesFrom ?? [],
  };
}

/** Task cpu: CPU units ("256") or vCPUs ("0.25 vCPU"). The message for a malformed value is not confirmed. */
function parseTaskCpu(value: unknown): number {
  const text = String(value).trim();
  const vcpu = /^(\d+(?:\.\d+)?)\s*vcpu$/i.exec(text);
  const units = vcpu ? Number(vcpu[1]) * 1024 : /^\d+$/.test(text) ? Number(text) : NaN;
  if (!Number.isInteger(units) || units <= 0) throw clientException(`Invalid 'cpu' setting for task.`);
  return units;
}

/** Task memory: MiB ("512") or GB ("0.5GB"). The message for a malformed value is not confirmed. */
function parseTaskMemory(value: unknown): number {
  const text = String(value).trim();
  const gb = /^(\d+(?:\.\d+)?)\s*gb$/i.exec(text);
  const mib = gb ? Number(gb[1]) * 1024 : /^\d+$/.test(text) ? Number(text) : NaN;
  if (!Number.isInteger(mib) || mib <= 0) throw clientException(`Invalid 'memory' setting for task.`);
  return mib;
}

function isFargateSize(cpu: number, memory: number): boolean {
  return FARGATE_SIZES.get(cpu)?.includes(memory) ?? false;
}

function range(from: number, to: number, step: number): number[] {
  const values: number[] = [];
  for (let v = from; v <= to; v += step) values.push(v);
  return values;
}
