import * as core from '../../common/src/core.js';
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { resolveRegion } from '../../common/src/aws.js';
import { ConfigurationError } from '../../common/src/errors.js';
import { quoted } from '../../common/src/names.js';
import { parseBooleanInput, parseIntegerInput, parseKeyValueLines, parseLines } from '../../common/src/parse.js';
import { type Builder, classicCacheRef } from './docker-args.js';
import { findBuildxPlugin } from './docker.js';
import { DEFAULT_TAG_RULES, DOCKER_TAG, type GitContext, TAG_RULES, type TagRule } from './tags.js';

export type IfExists = 'skip' | 'rebuild';

export interface Inputs {
  repository: string;
  /** Account id of the registry; undefined = the caller's. */
  registryId?: string;
  region: string;
  context: string;
  dockerfile: string;
  target?: string;
  buildArgs: Array<[string, string]>;
  labels: Array<[string, string]>;
  /** Add the generated org.opencontainers.image.* labels. */
  ociLabels: boolean;
  platforms: string[];
  tagRules: TagRule[];
  extraTags: string[];
  push: boolean;
  createRepository: boolean;
  immutable: boolean;
  scanOnPush: boolean;
  keepLast?: number;
  ifExists: IfExists;
  cacheFrom: string[];
  cacheTo: string[];
  noCache: boolean;
  pull: boolean;
  pushAttempts: number;
  builder: Builder;
  buildxPlugin?: string;
  git: GitContext;
  /** GITHUB_SERVER_URL and GITHUB_REPOSITORY, for the OCI source label. */
  serverUrl: string;
  githubRepository: string;
}

export interface InputSources {
  read: (name: string) => string;
  env: Record<string, string | undefined>;
  readFile: (path: string) => string;
  isDirectory: (path: string) => boolean;
  /** The docker-buildx plugin, looked up on disk (never by running docker). */
  findBuildx: () => string | undefined;
}

const fromRunner: InputSources = {
  read: (name) => core.getInput(name),
  env: process.env,
  readFile: (path) => readFileSync(path, 'utf8'),
  // Any error but "no such entry" (EACCES, ELOOP, ENOTDIR) means the same to the user: not a directory we can build.
  isDirectory: (path) => {
    try {
      return statSync(path, { throwIfNoEntry: false })?.isDirectory() ?? false;
    } catch {
      return false;
    }
  },
  findBuildx: () => findBuildxPlugin(process.env),
};

// https://docs.aws.amazon.com/AmazonECR/latest/APIReference/API_CreateRepository.html (repositoryName pattern)
const ECR_REPOSITORY = /^(?=.{2,256}$)(?:[a-z0-9]+(?:[._-][a-z0-9]+)*\/)*[a-z0-9]+(?:[._-][a-z0-9]+)*$/;
const BUILD_ARG = /^[A-Za-z_][A-Za-z0-9_]*$/;
const PLATFORM = /^[a-z0-9]+\/[a-z0-9_]+(\/[a-z0-9]+)?$/;
/** A Dockerfile stage name (`FROM … AS <name>`), which --target names. */
const STAGE_NAME = /^[A-Za-z][A-Za-z0-9_.-]*$/;
/** What `git check-ref-format --branch` refuses, in short: spaces and ~^:?*[\\, "..", "@{", a leading "-" or "/", a trailing "/", "." or ".lock". */
const BAD_BRANCH = /[\s~^:?*[\\]|\.\.|@\{|^[-/]|[/.]$|\.lock$/;

/** Comma- or newline-separated, as docker's own actions take lists. */
const listOf = (raw: string): string[] => parseLines(raw).flatMap((line) => line.split(',')).map((s) => s.trim()).filter(Boolean);

function defaultBranch(sources: InputSources): string | undefined {
  const given = sources.read('default-branch').trim();
  if (given && BAD_BRANCH.test(given)) throw new ConfigurationError('default-branch', `'${given}' is not a branch name (such as main)`);
  if (given) return given;
  const path = sources.env.GITHUB_EVENT_PATH;
  if (!path) return undefined;
  try {
    const event = JSON.parse(sources.readFile(path)) as { repository?: { default_branch?: unknown } };
    return typeof event.repository?.default_branch === 'string' ? event.repository.default_branch : undefined;
  } catch {
    return undefined;
  }
}

function choice<T extends string>(name: string, raw: string, allowed: readonly T[], fallback: T): T {
  const value = raw.trim() || fallback;
  if (!allowed.includes(value as T)) throw new ConfigurationError(name, `expected ${allowed.join(' or ')}, got '${value}'`);
  return value as T;
}

function stageName(raw: string): string | undefined {
  if (raw && !STAGE_NAME.test(raw)) throw new ConfigurationError('target', `'${raw}' is not a Dockerfile stage name (the name after FROM … AS)`);
  return raw || undefined;
}

// Linux's limits (PATH_MAX 4096 bytes with the terminating NUL, NAME_MAX 255 bytes per name), which the hosted and
// most self-hosted runners have: past them every file call fails with ENAMETOOLONG, which names no input.
const PATH_MAX_BYTES = 4095;
const NAME_MAX_BYTES = 255;

/** A path input the file system can take, else the input error (the value shortened by quoted()). */
function checkPathLength(input: string, path: string, what = quoted(path)): void {
  const bytes = Buffer.byteLength(path);
  if (bytes > PATH_MAX_BYTES) throw new ConfigurationError(input, `${what} is too long for a path (${bytes} bytes; at most ${PATH_MAX_BYTES})`);
  const name = path.split('/').find((part) => Buffer.byteLength(part) > NAME_MAX_BYTES);
  if (name !== undefined) {
    throw new ConfigurationError(input, `${what} has a file or folder name of ${Buffer.byteLength(name)} bytes (at most ${NAME_MAX_BYTES}): ${quoted(name)}`);
  }
}

function readDockerfile(path: string, sources: InputSources): void {
  try {
    sources.readFile(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new ConfigurationError('dockerfile', `cannot read ${quoted(path)} (${code === 'ENOENT' ? 'no such file' : code ?? (error as Error).message})`, { cause: error });
  }
}

export function getInputs(sources: InputSources = fromRunner): Inputs {
  const { read, env } = sources;
  const repository = read('repository').trim();
  if (!repository) throw new ConfigurationError('repository', 'required: the ECR repository name, e.g. my-team/api');
  if (!ECR_REPOSITORY.test(repository)) {
    throw new ConfigurationError('repository', `'${repository}' is not an ECR repository name (lowercase letters, digits, . _ - and / between parts, 2-256 characters)`);
  }
  const registryId = read('registry').trim() || undefined;
  if (registryId !== undefined && !/^\d{12}$/.test(registryId)) throw new ConfigurationError('registry', `expected a 12-digit AWS account id, got '${registryId}'`);
  const region = resolveRegion(read('aws-region'), env);

  const context = read('context').trim() || '.';
  checkPathLength('context', context);
  const givenDockerfile = read('dockerfile').trim();
  const dockerfile = givenDockerfile || join(context, 'Dockerfile');
  // The default lies inside the context, so a context just short of the limit is what makes it too long.
  if (givenDockerfile) checkPathLength('dockerfile', dockerfile);
  else checkPathLength('context', dockerfile, `${quoted(context)} with /Dockerfile (the default dockerfile)`);
  if (!sources.isDirectory(context)) throw new ConfigurationError('context', `${quoted(context)} is not a directory`);
  readDockerfile(dockerfile, sources);

  const buildArgs = parseKeyValueLines('build-args', read('build-args'), '=', 'KEY=VALUE');
  for (const [key] of buildArgs) {
    if (!BUILD_ARG.test(key)) throw new ConfigurationError('build-args', `'${key}' is not a build argument name (letters, digits and _; not starting with a digit)`);
  }
  const labels = parseKeyValueLines('labels', read('labels'), '=', 'key=value');

  const buildxPlugin = sources.findBuildx();
  const platforms = listOf(read('platforms'));
  for (const platform of platforms) {
    if (!PLATFORM.test(platform)) throw new ConfigurationError('platforms', `'${platform}' is not a platform such as linux/amd64 or linux/arm64/v8`);
  }
  if (platforms.length && !buildxPlugin) {
    throw new ConfigurationError('platforms', 'needs docker buildx, and no docker-buildx plugin was found (add docker/setup-buildx-action before this step, or remove platforms)');
  }
  const cacheFrom = parseLines(read('cache-from'));
  const cacheTo = parseLines(read('cache-to'));
  if (cacheTo.length && !buildxPlugin) throw new ConfigurationError('cache-to', 'exporting a build cache needs docker buildx, and no docker-buildx plugin was found');
  if (!buildxPlugin) {
    for (const spec of cacheFrom) {
      if (!classicCacheRef(spec)) throw new ConfigurationError('cache-from', `'${spec}': without buildx only image references (or type=registry,ref=…) can be cache sources`);
    }
  }

  const rawRules = parseLines(read('tags'));
  const tagRules = (rawRules.length ? rawRules : [...DEFAULT_TAG_RULES]) as TagRule[];
  for (const rule of tagRules) {
    if (!TAG_RULES.includes(rule)) throw new ConfigurationError('tags', `unknown tag rule '${rule}': expected one per line of ${TAG_RULES.join(', ')} (literal tags go in extra-tags)`);
  }
  const extraTags = listOf(read('extra-tags'));
  for (const tag of extraTags) {
    if (!DOCKER_TAG.test(tag)) throw new ConfigurationError('extra-tags', `'${tag}' is not a valid Docker tag (letters, digits, _ . -; not starting with . or -; at most 128 characters)`);
  }
  const sha = env.GITHUB_SHA?.trim() ?? '';
  if ((tagRules.includes('sha') || tagRules.includes('sha-short')) && !/^[0-9a-f]{7,64}$/.test(sha)) {
    throw new ConfigurationError('tags', `the sha rules need GITHUB_SHA to be a commit sha, got '${sha}'`);
  }

  const immutable = choice('image-tag-mutability', read('image-tag-mutability'), ['MUTABLE', 'IMMUTABLE'], 'MUTABLE') === 'IMMUTABLE';
  const keepRaw = read('lifecycle-keep-last').trim();
  return {
    repository,
    registryId,
    region,
    context,
    dockerfile,
    target: stageName(read('target').trim()),
    buildArgs,
    labels,
    ociLabels: parseBooleanInput('oci-labels', read('oci-labels'), true),
    platforms,
    tagRules,
    extraTags,
    push: parseBooleanInput('push', read('push'), true),
    createRepository: parseBooleanInput('create-repository', read('create-repository'), false),
    immutable,
    scanOnPush: parseBooleanInput('scan-on-push', read('scan-on-push'), true),
    keepLast: keepRaw ? parseIntegerInput('lifecycle-keep-last', keepRaw, 0, 1, 10_000) : undefined,
    ifExists: choice('if-exists', read('if-exists'), ['skip', 'rebuild'], 'skip'),
    cacheFrom,
    cacheTo,
    noCache: parseBooleanInput('no-cache', read('no-cache'), false),
    pull: parseBooleanInput('pull', read('pull'), false),
    pushAttempts: parseIntegerInput('push-attempts', read('push-attempts'), 4, 1, 20),
    builder: buildxPlugin ? 'buildx' : 'classic',
    buildxPlugin,
    git: { sha, ref: env.GITHUB_REF?.trim() ?? '', defaultBranch: defaultBranch(sources) },
    serverUrl: env.GITHUB_SERVER_URL?.trim() || 'https://github.com',
    githubRepository: env.GITHUB_REPOSITORY?.trim() ?? '',
  };
}
