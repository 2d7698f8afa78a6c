import { ConfigurationError } from '../../common/src/errors.js';
import { checkEcsName, quoted } from '../../common/src/names.js';
import { parseLines } from '../../common/src/parse.js';
import { yamlProblem } from './files.js';
import { loadYaml } from './lazy.js';
import type { Json, JsonObject } from './render.js';

/**
 * The checks of inputs.ts for the blue/green, multi-service and scheduled-task inputs: each takes the raw value and
 * returns it typed or throws one ConfigurationError naming the input. Only inputs.ts reads the runner's inputs.
 */

/** An EventBridge rule (default event bus) or an EventBridge Scheduler schedule whose ECS target runs the family. */
export type ScheduledTaskRef = { kind: 'rule'; name: string } | { kind: 'schedule'; group: string; name: string };

// EventBridge PutRule Name and Scheduler CreateSchedule Name/GroupName: 1-64 of these characters.
const RULE_NAME = /^[.\-_A-Za-z0-9]{1,64}$/;
const SCHEDULE_NAME = /^[0-9a-zA-Z\-_.]{1,64}$/;

export function parseScheduledTasks(raw: string): ScheduledTaskRef[] {
  const refs: ScheduledTaskRef[] = [];
  for (const line of parseLines(raw)) {
    const parts = line.split('/');
    let ref: ScheduledTaskRef | undefined;
    if (parts[0] === 'schedule' && parts.length === 3 && SCHEDULE_NAME.test(parts[1]!) && SCHEDULE_NAME.test(parts[2]!)) {
      ref = { kind: 'schedule', group: parts[1]!, name: parts[2]! };
    } else if (parts.length === 1 && RULE_NAME.test(line)) {
      ref = { kind: 'rule', name: line };
    }
    if (!ref) {
      throw new ConfigurationError('scheduled-tasks', `expected an EventBridge rule name (up to 64 letters, digits, '.', '-', '_') or schedule/<group>/<name>, got ${quoted(line)}`);
    }
    const key = scheduledTaskLabel(ref);
    if (refs.some((r) => scheduledTaskLabel(r) === key)) throw new ConfigurationError('scheduled-tasks', `${quoted(key)} is listed twice`);
    refs.push(ref);
  }
  return refs;
}

export const scheduledTaskLabel = (ref: ScheduledTaskRef): string => (ref.kind === 'rule' ? ref.name : `schedule/${ref.group}/${ref.name}`);

/** `service` for one, `services` (one a line) for several: never both. */
export function parseServices(serviceRaw: string, servicesRaw: string): string[] {
  const one = serviceRaw.trim();
  const many = parseLines(servicesRaw);
  if (one && many.length > 0) throw new ConfigurationError('services', 'give either service (one) or services (several, one a line), not both');
  if (!one && many.length === 0) throw new ConfigurationError('service', 'required: the ECS service name or ARN (or services: several, one a line)');
  if (one) return [checkEcsName('service', 'service', one)];
  const names = many.map((name) => checkEcsName('services', 'service', name));
  const twice = names.find((name, i) => names.indexOf(name) !== i);
  if (twice !== undefined) throw new ConfigurationError('services', `${quoted(twice)} is listed twice`);
  return names;
}

// CodeDeploy CreateApplication / CreateDeploymentGroup names: 1-100 characters. The console's ECS names are
// AppECS-<cluster>-<service> and DgpECS-<cluster>-<service>.
const CODEDEPLOY_NAME = /^[\w.+=,@-]{1,100}$/;

export function parseCodeDeployName(input: string, raw: string): string | undefined {
  const value = raw.trim();
  if (!value) return undefined;
  if (!CODEDEPLOY_NAME.test(value)) throw new ConfigurationError(input, `expected a CodeDeploy name (1-100 letters, digits and . _ - + = , @), got ${quoted(value)}`);
  return value;
}

export const PROPAGATE_TAGS = ['SERVICE', 'TASK_DEFINITION', 'NONE'] as const;
export type PropagateTags = (typeof PROPAGATE_TAGS)[number];

export function parsePropagateTags(raw: string): PropagateTags | undefined {
  const value = raw.trim().toUpperCase();
  if (!value) return undefined;
  if (!(PROPAGATE_TAGS as readonly string[]).includes(value)) throw new ConfigurationError('propagate-tags', `expected SERVICE, TASK_DEFINITION or NONE, got ${quoted(raw.trim())}`);
  return value as PropagateTags;
}

// ServiceManagedEBSVolumeConfiguration's fields and their JSON types (ECS API reference).
const EBS_FIELDS: Record<string, 'string' | 'number' | 'boolean' | 'array'> = {
  encrypted: 'boolean', kmsKeyId: 'string', volumeType: 'string', sizeInGiB: 'number', snapshotId: 'string', volumeInitializationRate: 'number',
  iops: 'number', throughput: 'number', tagSpecifications: 'array', roleArn: 'string', filesystemType: 'string',
};
const ROLE_ARN = /^arn:aws[a-z-]*:iam::\d{12}:role\/[\w+=,.@/-]{1,512}$/;

const isObject = (value: Json | undefined): value is JsonObject => typeof value === 'object' && value !== null && !Array.isArray(value);
const typeOf = (value: Json): string => (Array.isArray(value) ? 'array' : value === null ? 'null' : typeof value);

/**
 * `volume-configurations`: UpdateService's volumeConfigurations as JSON or YAML, a list of
 * `{name, managedEBSVolume: {roleArn, sizeInGiB, ...}}` (one object is taken as a list of one). Checked by path here,
 * because ECS answers a wrong one with a message that names no field.
 */
export async function parseVolumeConfigurations(raw: string): Promise<JsonObject[] | undefined> {
  if (!raw.trim()) return undefined;
  const yaml = await loadYaml();
  const document = yaml.parseDocument(raw, { prettyErrors: false, uniqueKeys: true, merge: false });
  const problem = document.errors[0];
  if (problem) throw new ConfigurationError('volume-configurations', `is not valid JSON or YAML ${yamlProblem(raw, problem)}`);
  const value = document.toJS({ maxAliasCount: 0 }) as Json;
  const list = Array.isArray(value) ? value : [value];
  const fail = (path: string, detail: string): never => {
    throw new ConfigurationError('volume-configurations', `${path}: ${detail} (expected a list of {name, managedEBSVolume: {roleArn, sizeInGiB, volumeType, ...}})`);
  };
  return list.map((entry, i) => {
    if (!isObject(entry)) return fail(`[${i}]`, `must be an object, got ${typeOf(entry)}`);
    for (const key of Object.keys(entry)) if (key !== 'name' && key !== 'managedEBSVolume') fail(`[${i}].${key}`, 'is not a volume configuration field');
    if (typeof entry.name !== 'string' || !/^[A-Za-z0-9_-]{1,255}$/.test(entry.name)) fail(`[${i}].name`, 'must be the name of a task definition volume');
    const ebs = entry.managedEBSVolume;
    if (!isObject(ebs)) return fail(`[${i}].managedEBSVolume`, 'must be an object');
    for (const [key, field] of Object.entries(ebs)) {
      const type = EBS_FIELDS[key];
      if (!type) fail(`[${i}].managedEBSVolume.${key}`, 'is not a managed EBS volume field');
      else if (typeOf(field) !== type) fail(`[${i}].managedEBSVolume.${key}`, `must be a ${type}, got ${typeOf(field)}`);
    }
    if (typeof ebs.roleArn !== 'string' || !ROLE_ARN.test(ebs.roleArn)) fail(`[${i}].managedEBSVolume.roleArn`, 'must be an IAM role ARN (the ECS infrastructure role)');
    return entry;
  });
}

/** Each volume configuration must name a volume of the definition marked configuredAtLaunch (ECS API reference). */
export function checkVolumeNames(configs: JsonObject[] | undefined, definition: JsonObject): void {
  if (!configs?.length) return;
  const volumes = Array.isArray(definition.volumes) ? definition.volumes.filter(isObject) : [];
  const atLaunch = volumes.filter((v) => v.configuredAtLaunch === true).map((v) => String(v.name));
  for (const config of configs) {
    if (!atLaunch.includes(String(config.name))) {
      throw new ConfigurationError('volume-configurations', `${quoted(String(config.name))} is not a volume of the task definition with configuredAtLaunch: true (such volumes: ${atLaunch.join(', ') || 'none'})`);
    }
  }
}
