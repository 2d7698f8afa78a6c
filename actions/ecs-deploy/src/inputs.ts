import * as core from '@actions/core';
import { readFileSync } from 'node:fs';
import { resolveRegion } from '../../common/src/aws.js';
import { ConfigurationError } from '../../common/src/errors.js';
import { checkEcsName, checkImageReference, quoted } from '../../common/src/names.js';
import { parseBooleanInput, parseDurationInput, parseIntegerInput, parseKeyValueLines } from '../../common/src/parse.js';
import { readObjectFile } from './files.js';
import {
  parseCodeDeployName, parsePropagateTags, parseScheduledTasks, parseServices, parseVolumeConfigurations, type PropagateTags, type ScheduledTaskRef,
} from './input-rules.js';
import type { JsonObject } from './render.js';

export { jsonSyntaxProblem } from './files.js';

export type WaitUntil = 'deployed' | 'stable' | 'none';

export interface Inputs {
  cluster: string;
  /** The service this deploy is for: the one of `service`, or each of `services` in turn (run.ts sets it). */
  service: string;
  /** `service`, or every line of `services`: all deployed from one rendered revision. */
  services: string[];
  region: string;
  /** The parsed task-definition file, with its path for messages. */
  taskDefinitionFile?: { path: string; content: JsonObject };
  taskDefinitionArn?: string;
  /** container name → image */
  images: Map<string, string>;
  /** `image` given without `container-name`: valid only when the definition has a single container. */
  imageForOnlyContainer?: string;
  containerName?: string;
  environment: Array<[string, string]>;
  waitUntil: WaitUntil;
  timeoutMs: number;
  forceNewDeployment: boolean;
  desiredCount?: number;
  rollbackOnFailure: boolean;
  keepRevisions?: number;
  tags: Array<[string, string]>;
  failFast: boolean;
  /** UpdateService fields passed through when given (left as the service has them otherwise). */
  propagateTags?: PropagateTags;
  enableEcsManagedTags?: boolean;
  volumeConfigurations?: JsonObject[];
  /** CodeDeploy blue/green (services on the CODE_DEPLOY controller): names default to the console's. */
  codeDeploy: { application?: string; deploymentGroup?: string; appspec?: { path: string; content: JsonObject } };
  /** Rules and schedules whose ECS targets of this family move to the new revision once the services succeeded. */
  scheduledTasks: ScheduledTaskRef[];
  /** Marks the registration made by this run, so a retried call never registers twice. */
  runToken: string;
}

export interface InputSources {
  read: (name: string) => string;
  env: Record<string, string | undefined>;
  readFile: (path: string) => string;
}

const fromRunner: InputSources = { read: (name) => core.getInput(name), env: process.env, readFile: (path) => readFileSync(path, 'utf8') };

function required(read: InputSources['read'], name: string, what: string): string {
  const value = read(name).trim();
  if (!value) throw new ConfigurationError(name, `required: ${what}`);
  return value;
}

export async function getInputs(sources: InputSources = fromRunner): Promise<Inputs> {
  const { read, env } = sources;
  const cluster = checkEcsName('cluster', 'cluster', required(read, 'cluster', 'the ECS cluster name or ARN'));
  const services = parseServices(read('service'), read('services'));
  const codeDeploy = {
    application: parseCodeDeployName('codedeploy-application', read('codedeploy-application')),
    deploymentGroup: parseCodeDeployName('codedeploy-deployment-group', read('codedeploy-deployment-group')),
  };
  // The names are one service's; with several, each service's own default names are the only ones that fit.
  for (const [input, value] of [['codedeploy-application', codeDeploy.application], ['codedeploy-deployment-group', codeDeploy.deploymentGroup]] as const) {
    if (value && services.length > 1) throw new ConfigurationError(input, `names one service's CodeDeploy ${input.slice(11)}; with several services leave it empty (each uses AppECS-<cluster>-<service> / DgpECS-<cluster>-<service>)`);
  }
  const appspecPath = read('codedeploy-appspec').trim();
  const region = resolveRegion(read('aws-region'), env);
  const file = read('task-definition').trim();
  const arn = read('task-definition-arn').trim();
  if (file && arn) throw new ConfigurationError('task-definition-arn', 'give either task-definition (a file to register) or task-definition-arn (an existing revision), not both');
  if (arn && !/^(arn:aws[\w-]*:ecs:[\w-]+:\d{12}:task-definition\/)?[A-Za-z0-9_-]{1,255}:\d+$/.test(arn)) {
    throw new ConfigurationError('task-definition-arn', `${quoted(arn)} is not a task definition ARN or family:revision`);
  }
  const containerRaw = read('container-name').trim();
  const containerName = containerRaw ? checkEcsName('container-name', 'container', containerRaw) : undefined;
  const image = read('image').trim();
  const images = new Map<string, string>();
  for (const [name, ref] of parseKeyValueLines('images', read('images'), '=', 'container=image')) {
    checkEcsName('images', 'container', name);
    if (images.has(name)) throw new ConfigurationError('images', `container '${name}' is listed twice`);
    images.set(name, checkImageReference('images', ref));
  }
  let imageForOnlyContainer: string | undefined;
  if (image) {
    if (containerName) images.set(containerName, checkImageReference('image', image));
    else imageForOnlyContainer = checkImageReference('image', image);
  }
  const environment = parseKeyValueLines('environment-variables', read('environment-variables'), '=', 'KEY=VALUE');
  if (environment.length > 0 && !containerName) throw new ConfigurationError('container-name', 'required with environment-variables: the container whose environment to change');
  if (arn && (images.size > 0 || imageForOnlyContainer || environment.length > 0)) {
    throw new ConfigurationError('task-definition-arn', 'deploys an existing revision as it is; image, images and environment-variables need task-definition or the service\'s current definition');
  }
  const waitUntil = (read('wait-until').trim() || 'deployed') as WaitUntil;
  if (!['deployed', 'stable', 'none'].includes(waitUntil)) throw new ConfigurationError('wait-until', `expected deployed, stable or none, got ${quoted(waitUntil)}`);
  const desiredRaw = read('desired-count').trim();
  const keepRaw = read('keep-revisions').trim();
  const tags = parseKeyValueLines('tags', read('tags'), '=', 'key=value');
  const defaults: Array<[string, string | undefined]> = [
    ['github-repository', env.GITHUB_REPOSITORY], ['github-sha', env.GITHUB_SHA], ['github-run-id', env.GITHUB_RUN_ID],
  ];
  for (const [key, value] of defaults) if (value && !tags.some(([k]) => k === key)) tags.push([key, value]);
  for (const [key, value] of tags) {
    if (key.length > 128 || value.length > 256 || key.toLowerCase().startsWith('aws:')) {
      throw new ConfigurationError('tags', `${quoted(key)} is not a valid tag (key up to 128 characters, value up to 256, no aws: prefix)`);
    }
  }
  return {
    cluster,
    service: services[0] as string,
    services,
    region,
    taskDefinitionFile: file ? { path: file, content: await readObjectFile('task-definition', file, sources.readFile, 'a task definition') } : undefined,
    taskDefinitionArn: arn || undefined,
    images,
    imageForOnlyContainer,
    containerName,
    environment,
    waitUntil,
    timeoutMs: parseDurationInput('timeout', read('timeout'), '30m'),
    forceNewDeployment: parseBooleanInput('force-new-deployment', read('force-new-deployment'), false),
    desiredCount: desiredRaw === '' ? undefined : parseIntegerInput('desired-count', desiredRaw, 0, 0),
    rollbackOnFailure: parseBooleanInput('rollback-on-failure', read('rollback-on-failure'), false),
    keepRevisions: keepRaw === '' ? undefined : parseIntegerInput('keep-revisions', keepRaw, 0, 1),
    tags,
    failFast: parseBooleanInput('fail-fast', read('fail-fast'), true),
    propagateTags: parsePropagateTags(read('propagate-tags')),
    enableEcsManagedTags: read('enable-ecs-managed-tags').trim() === '' ? undefined : parseBooleanInput('enable-ecs-managed-tags', read('enable-ecs-managed-tags'), false),
    volumeConfigurations: await parseVolumeConfigurations(read('volume-configurations')),
    codeDeploy: {
      ...codeDeploy,
      appspec: appspecPath ? { path: appspecPath, content: await readObjectFile('codedeploy-appspec', appspecPath, sources.readFile, 'an AppSpec') } : undefined,
    },
    scheduledTasks: parseScheduledTasks(read('scheduled-tasks')),
    runToken: [env.GITHUB_REPOSITORY, env.GITHUB_RUN_ID, env.GITHUB_RUN_ATTEMPT, env.GITHUB_JOB].map((v) => v ?? '-').join('/'),
  };
}
