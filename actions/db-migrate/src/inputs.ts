import * as core from '../../common/src/core.js';
import { createHash, randomUUID } from 'node:crypto';
import { resolveRegion } from '../../common/src/aws.js';
import { ConfigurationError } from '../../common/src/errors.js';
import { checkEcsName, checkImageReference, type EcsNameKind, quoted } from '../../common/src/names.js';
import { parseBooleanInput, parseDurationInput, parseIntegerInput, parseKeyValueLines } from '../../common/src/parse.js';

export type Mode = 'run-task' | 'exec';
export type ExitCodeFrom = 'container' | 'all-essential';
export type LaunchType = 'FARGATE' | 'EC2' | 'EXTERNAL' | 'MANAGED_INSTANCES';

/**
 * The `command` input: a JSON array is the exec form and is passed as is; any other text is a shell command line,
 * run as `sh -c <text>` (so it needs a shell in the image, as `php artisan migrate --force && …` does anyway).
 */
export interface Command {
  form: 'exec' | 'shell';
  /** What ECS runs (containerOverrides[].command). */
  argv: string[];
  /** As the user wrote it, for the log and summary. */
  text: string;
}

export interface CapacityProviderItem {
  capacityProvider: string;
  weight: number;
  base: number;
}

export interface Inputs {
  cluster: string;
  service?: string;
  taskDefinition?: string;
  containerName?: string;
  /** Run with this image in the main container: a revision of the task definition is registered for it when it differs. */
  image?: string;
  command?: Command;
  environment: Array<[string, string]>;
  mode: Mode;
  region: string;
  timeoutMs: number;
  startTimeoutMs: number;
  subnets?: string[];
  securityGroups?: string[];
  assignPublicIp?: 'ENABLED' | 'DISABLED';
  launchType?: LaunchType;
  capacityProviderStrategy?: CapacityProviderItem[];
  platformVersion?: string;
  exitCodeFrom: ExitCodeFrom;
  lock: boolean;
  maxLogLines: number;
  /** RunTask's clientToken: the same for a retried call of this step, different for every other step or attempt. */
  clientToken: string;
}

export interface InputSources {
  read: (name: string) => string;
  env: Record<string, string | undefined>;
}

const fromRunner: InputSources = { read: (name) => core.getInput(name), env: process.env };

const LAUNCH_TYPES: readonly LaunchType[] = ['FARGATE', 'EC2', 'EXTERNAL', 'MANAGED_INSTANCES'];

export function parseCommand(raw: string): Command | undefined {
  const text = raw.trim();
  if (!text) return undefined;
  if (!text.startsWith('[')) return { form: 'shell', argv: ['sh', '-c', text], text };
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw new ConfigurationError('command', `starts with '[' but is not a JSON array of strings (${(error as Error).message}); write a shell command without a leading '[' or valid JSON such as ["php","artisan","migrate","--force"]`, { cause: error });
  }
  if (!Array.isArray(parsed) || parsed.length === 0 || !parsed.every((part) => typeof part === 'string')) {
    throw new ConfigurationError('command', 'a JSON command must be a non-empty array of strings such as ["php","artisan","migrate","--force"]');
  }
  return { form: 'exec', argv: parsed as string[], text };
}

/** Comma- or newline-separated ids of one kind (`subnet-…`, `sg-…`). */
function parseIds(name: string, raw: string, prefix: string): string[] | undefined {
  const ids = raw.split(/[\s,]+/).map((id) => id.trim()).filter(Boolean);
  if (ids.length === 0) return undefined;
  for (const id of ids) {
    if (!new RegExp(`^${prefix}-[0-9a-zA-Z]+$`).test(id)) throw new ConfigurationError(name, `${quoted(id)} is not an id of the form ${prefix}-0abc123…`);
  }
  if (name === 'subnets' && ids.length > 16) throw new ConfigurationError(name, `at most 16 subnets, got ${ids.length}`);
  if (name === 'security-groups' && ids.length > 5) throw new ConfigurationError(name, `at most 5 security groups, got ${ids.length}`);
  return ids;
}

function parseAssignPublicIp(raw: string): Inputs['assignPublicIp'] {
  const value = raw.trim().toUpperCase();
  if (value === '') return undefined;
  if (['ENABLED', 'TRUE'].includes(value)) return 'ENABLED';
  if (['DISABLED', 'FALSE'].includes(value)) return 'DISABLED';
  throw new ConfigurationError('assign-public-ip', `expected ENABLED or DISABLED, got ${quoted(raw.trim())}`);
}

/** `provider[:weight[:base]]`, comma- or newline-separated, e.g. `FARGATE_SPOT:3, FARGATE:1:1`. */
export function parseCapacityProviderStrategy(raw: string): CapacityProviderItem[] | undefined {
  const items = raw.split(/[\n,]+/).map((item) => item.trim()).filter(Boolean);
  if (items.length === 0) return undefined;
  const form = 'provider[:weight[:base]] items such as FARGATE_SPOT:3, FARGATE:1:1';
  const strategy = items.map((item) => {
    const [provider = '', weight = '1', base = '0', ...rest] = item.split(':').map((part) => part.trim());
    if (!/^[\w.-]{1,255}$/.test(provider) || rest.length > 0 || !/^\d+$/.test(weight) || !/^\d+$/.test(base) || Number(weight) > 1000 || Number(base) > 100_000) {
      throw new ConfigurationError('capacity-provider-strategy', `${quoted(item)} is not valid: expected ${form}`);
    }
    return { capacityProvider: provider, weight: Number(weight), base: Number(base) };
  });
  if (strategy.filter((s) => s.base > 0).length > 1) throw new ConfigurationError('capacity-provider-strategy', 'only one provider may have a base');
  return strategy;
}

/**
 * The clientToken (ECS allows up to 64 characters): a hash of the run's identity and this step's. Outside GitHub
 * Actions there is no run identity, so a random part makes every invocation start its own task.
 */
export function clientTokenFor(env: InputSources['env'], stepIdentity: string): string {
  const run = [env.GITHUB_REPOSITORY, env.GITHUB_RUN_ID, env.GITHUB_RUN_ATTEMPT, env.GITHUB_JOB, env.GITHUB_ACTION];
  const unique = env.GITHUB_RUN_ID ? '' : randomUUID();
  return createHash('sha256').update(JSON.stringify([...run, stepIdentity, unique])).digest('hex');
}

/**
 * An image reference as build-push outputs it (`registry/repo@sha256:<digest>`) or as written by hand (`repo:tag`),
 * by the OCI reference rules: a path, a newline or a command-like text is an input error before anything is
 * registered. Whether the image exists is for ECS to say when the task starts.
 */
export function parseImage(raw: string): string | undefined {
  const image = raw.trim();
  return image ? checkImageReference('image', image) : undefined;
}

function required(read: InputSources['read'], name: string, what: string): string {
  const value = read(name).trim();
  if (!value) throw new ConfigurationError(name, `required: ${what}`);
  return value;
}

/** An optional ECS name: unset when blank, else checked before any call. */
function optional(read: InputSources['read'], name: string, kind: EcsNameKind): string | undefined {
  const value = read(name).trim();
  return value ? checkEcsName(name, kind, value) : undefined;
}

export function getInputs(sources: InputSources = fromRunner): Inputs {
  const { read, env } = sources;
  const cluster = checkEcsName('cluster', 'cluster', required(read, 'cluster', 'the ECS cluster name or ARN'));
  const region = resolveRegion(read('aws-region'), env);
  const mode = (read('mode').trim() || 'run-task') as Mode;
  if (!['run-task', 'exec'].includes(mode)) throw new ConfigurationError('mode', `expected run-task or exec, got ${quoted(mode)}`);
  const service = optional(read, 'service', 'service');
  const taskDefinition = read('task-definition').trim() || undefined;
  if (taskDefinition && !/^(arn:aws[\w-]*:ecs:[\w-]+:\d{12}:task-definition\/)?[A-Za-z0-9_-]{1,255}(:\d+)?$/.test(taskDefinition)) {
    throw new ConfigurationError('task-definition', `${quoted(taskDefinition)} is not a family, family:revision or task definition ARN`);
  }
  const command = parseCommand(read('command'));
  const environment = parseKeyValueLines('environment-variables', read('environment-variables'), '=', 'KEY=VALUE');
  for (const [key] of environment) {
    if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(key)) throw new ConfigurationError('environment-variables', `${quoted(key)} is not a variable name (letters, digits and _, not starting with a digit)`);
  }
  const exitCodeFrom = (read('exit-code-from').trim() || 'container') as ExitCodeFrom;
  if (!['container', 'all-essential'].includes(exitCodeFrom)) throw new ConfigurationError('exit-code-from', `expected container or all-essential, got ${quoted(exitCodeFrom)}`);
  const launchRaw = read('launch-type').trim().toUpperCase();
  if (launchRaw && !LAUNCH_TYPES.includes(launchRaw as LaunchType)) throw new ConfigurationError('launch-type', `expected one of ${LAUNCH_TYPES.join(', ')}, got ${quoted(read('launch-type').trim())}`);
  const capacityProviderStrategy = parseCapacityProviderStrategy(read('capacity-provider-strategy'));
  if (launchRaw && capacityProviderStrategy) throw new ConfigurationError('capacity-provider-strategy', 'give either launch-type or capacity-provider-strategy, not both');
  const platformVersion = read('platform-version').trim() || undefined;
  if (platformVersion && !/^(LATEST|\d+\.\d+\.\d+)$/.test(platformVersion)) throw new ConfigurationError('platform-version', `expected LATEST or a version such as 1.4.0, got ${quoted(platformVersion)}`);
  const timeoutMs = parseDurationInput('timeout', read('timeout'), '30m');
  const startTimeoutMs = Math.min(timeoutMs, parseDurationInput('start-timeout', read('start-timeout'), '10m'));
  const inputs: Inputs = {
    cluster, service, taskDefinition, containerName: optional(read, 'container-name', 'container'), image: parseImage(read('image')), command, environment, mode, region,
    timeoutMs, startTimeoutMs,
    subnets: parseIds('subnets', read('subnets'), 'subnet'),
    securityGroups: parseIds('security-groups', read('security-groups'), 'sg'),
    assignPublicIp: parseAssignPublicIp(read('assign-public-ip')),
    launchType: (launchRaw || undefined) as LaunchType | undefined,
    capacityProviderStrategy, platformVersion, exitCodeFrom,
    lock: parseBooleanInput('lock', read('lock'), true),
    maxLogLines: parseIntegerInput('max-log-lines', read('max-log-lines'), 10_000, 0, 1_000_000),
    clientToken: '',
  };
  if (mode === 'exec') {
    if (!service) throw new ConfigurationError('service', 'required with mode exec: the service whose running task to exec into');
    if (!command) throw new ConfigurationError('command', 'required with mode exec: ECS Exec has no default command');
    if (inputs.image) throw new ConfigurationError('image', 'applies to mode run-task only: exec runs in a task that is already running, whose image cannot change; remove image, or use mode run-task to migrate with the new image');
    const taskOnly = ['task-definition', 'environment-variables', 'subnets', 'security-groups', 'assign-public-ip', 'launch-type', 'capacity-provider-strategy', 'platform-version']
      .filter((name) => read(name).trim() !== '');
    if (taskOnly.length > 0) throw new ConfigurationError(taskOnly[0] as string, `applies to mode run-task only (exec runs in a task that is already running); remove ${taskOnly.join(', ')}`);
  } else if (!service && !taskDefinition) {
    throw new ConfigurationError('task-definition', 'required without service: the task definition (family, family:revision or ARN) to run');
  }
  // The image is part of the step: matrix legs share GITHUB_JOB and the step id, and legs migrating different images
  // must each start their own task rather than get another leg's back.
  const stepIdentity = JSON.stringify([cluster, service, taskDefinition, inputs.containerName, inputs.image, command?.text, environment]);
  return { ...inputs, clientToken: clientTokenFor(env, stepIdentity) };
}
