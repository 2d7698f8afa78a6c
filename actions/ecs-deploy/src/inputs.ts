import * as core from '../../common/src/core.js';
import { readFileSync } from 'node:fs';
import { resolveRegion } from '../../common/src/aws.js';
import { ConfigurationError } from '../../common/src/errors.js';
import { checkEcsName, checkImageReference, quoted } from '../../common/src/names.js';
import { parseBooleanInput, parseDurationInput, parseIntegerInput, parseKeyValueLines } from '../../common/src/parse.js';
import type { JsonObject } from './render.js';

export type WaitUntil = 'deployed' | 'stable' | 'none';

export interface Inputs {
  cluster: string;
  service: string;
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
  /** Marks the registration made by this run, so a retried call never registers twice. */
  runToken: string;
}

export interface InputSources {
  read: (name: string) => string;
  env: Record<string, string | undefined>;
  readFile: (path: string) => string;
}

const fromRunner: InputSources = { read: (name) => core.getInput(name), env: process.env, readFile: (path) => readFileSync(path, 'utf8') };

/** `at line L, column C` (1-based) of a character offset. */
function lineAndColumn(text: string, offset: number): string {
  const before = text.slice(0, offset);
  return `at line ${before.split('\n').length}, column ${before.length - before.lastIndexOf('\n')}`;
}

const END_OF_INPUT = /^Unexpected end of JSON input/;

/** Whether JSON.parse stops at a character of `prefix` rather than at its end (where a longer text might go on). */
function failsInside(prefix: string): boolean {
  try {
    JSON.parse(prefix);
    return false;
  } catch (error) {
    const message = (error as Error).message;
    if (END_OF_INPUT.test(message)) return false;
    const at = /at position (\d+)/.exec(message);
    return at ? Number(at[1]) < prefix.length : true;
  }
}

/**
 * Where and why a text is not JSON, without V8's message: for an unexpected character it quotes the text
 * (`Unexpected token 'r', "root:x:0:0"... is not valid JSON`), and a file that is not JSON may be anything the path
 * named by mistake. V8's other messages are fixed phrases with `at position N`; for the quoting ones the position
 * is found by bisecting prefixes (the parser reads left to right, so every prefix that holds the bad character
 * fails on it, and no shorter one does).
 */
export function jsonSyntaxProblem(text: string, error: Error): string {
  if (END_OF_INPUT.test(error.message)) return `${lineAndColumn(text, text.length)}: the text ends before the JSON value does`;
  const positioned = /^(.*?) in JSON at position (\d+)/.exec(error.message);
  if (positioned && !positioned[1]!.includes('"')) {
    const phrase = positioned[1]!;
    return `${lineAndColumn(text, Number(positioned[2]))}: ${phrase.charAt(0).toLowerCase()}${phrase.slice(1)}`;
  }
  let [low, high] = [1, text.length];
  while (low < high) {
    const mid = Math.floor((low + high) / 2);
    if (failsInside(text.slice(0, mid))) high = mid;
    else low = mid + 1;
  }
  return `${lineAndColumn(text, low - 1)}: unexpected character`;
}

function readTaskDefinitionFile(path: string, readFile: InputSources['readFile']): { path: string; content: JsonObject } {
  let text: string;
  try {
    text = readFile(path);
  } catch (error) {
    throw new ConfigurationError('task-definition', `cannot read ${quoted(path)} (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`, { cause: error });
  }
  let content: unknown;
  try {
    content = JSON.parse(text);
  } catch (error) {
    // No `cause`: its message quotes the text.
    throw new ConfigurationError('task-definition', `${quoted(path)} is not valid JSON ${jsonSyntaxProblem(text, error as Error)}`);
  }
  if (typeof content !== 'object' || content === null || Array.isArray(content)) {
    throw new ConfigurationError('task-definition', `${quoted(path)} must hold a JSON object (a task definition)`);
  }
  return { path, content: content as JsonObject };
}

function required(read: InputSources['read'], name: string, what: string): string {
  const value = read(name).trim();
  if (!value) throw new ConfigurationError(name, `required: ${what}`);
  return value;
}

export function getInputs(sources: InputSources = fromRunner): Inputs {
  const { read, env } = sources;
  const cluster = checkEcsName('cluster', 'cluster', required(read, 'cluster', 'the ECS cluster name or ARN'));
  const service = checkEcsName('service', 'service', required(read, 'service', 'the ECS service name or ARN'));
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
    service,
    region,
    taskDefinitionFile: file ? readTaskDefinitionFile(file, sources.readFile) : undefined,
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
    runToken: [env.GITHUB_REPOSITORY, env.GITHUB_RUN_ID, env.GITHUB_RUN_ATTEMPT, env.GITHUB_JOB].map((v) => v ?? '-').join('/'),
  };
}
