import type { Clock } from '../../common/src/clock.js';
import type { Logger } from '../../common/src/logger.js';
import type { EcrApi, ImageInfo, RepositoryInfo } from './aws.js';
import {
  buildArgv, type BuildPlan, classicCacheRef, inspectArgv, labelDockerfile, labelsInOneStep, labelStepArgv, loginArgv, parseInspect, pullArgv,
} from './docker-args.js';
import type { DockerCli } from './docker.js';
import type { Inputs } from './inputs.js';
import { ociLabels } from './labels.js';
import { DockerCommandError, lastLines, pushAll } from './push.js';
import { planTags, type TagPlan } from './tags.js';

export interface BuildReport {
  repository: string;
  repositoryUri: string;
  /** host[:port] of the registry. */
  registry: string;
  /** Full references, `<repositoryUri>:<tag>`. */
  references: string[];
  /** sha256:… of the image in the registry; '' when push is false. */
  digest: string;
  sizeBytes?: number;
  built: boolean;
  pushed: boolean;
  /** Tags added to an existing image on the skip path. */
  addedTags: string[];
  pushAttempts: number;
  /** Time spent in docker build, and in docker push plus the registry check. */
  buildMs?: number;
  pushMs?: number;
  durationMs: number;
  notes: string[];
}

export interface Deps {
  ecr: EcrApi;
  docker: DockerCli;
  clock: Clock;
  logger: Logger;
  random: () => number;
  /** core.setSecret: called before the password can reach any log line. */
  mask: (secret: string) => void;
  /** Records what the post step needs to log out (core.saveState). */
  saveState: (name: string, value: string) => void;
}

export class ImmutableTagConflict extends Error {
  override name = 'ImmutableTagConflict';
}

async function ensureRepository(inputs: Inputs, deps: Deps): Promise<RepositoryInfo> {
  const existing = await deps.ecr.describeRepository(inputs.repository);
  if (existing) return existing;
  if (!inputs.createRepository) {
    throw new Error(`ECR repository ${inputs.repository} does not exist${inputs.registryId ? ` in registry ${inputs.registryId}` : ''}: create it, or set create-repository: true`);
  }
  const created = await deps.ecr.createRepository({ name: inputs.repository, immutable: inputs.immutable, scanOnPush: inputs.scanOnPush, keepLast: inputs.keepLast });
  deps.logger.info(`Created ECR repository ${created.uri} (${inputs.immutable ? 'IMMUTABLE' : 'MUTABLE'} tags, scan on push ${inputs.scanOnPush ? 'on' : 'off'}` +
    `${inputs.keepLast ? `, keeps the newest ${inputs.keepLast} images` : ''})`);
  return created;
}

async function login(deps: Deps): Promise<string> {
  const credentials = await deps.ecr.getLogin();
  deps.mask(credentials.password);
  const out = await deps.docker.run(loginArgv(credentials.host, credentials.username), { input: credentials.password, timeoutMs: 60_000 });
  if (out.code !== 0) throw new DockerCommandError(`docker login ${credentials.host}`, out.code, out.stderr);
  deps.saveState('registry', credentials.host);
  deps.logger.info(`Logged in to ${credentials.host}`);
  return credentials.host;
}

/** Immutable tags never move: a planned tag held by another image fails now, before anything is built or pushed. */
function immutableConflicts(repository: RepositoryInfo, plan: TagPlan, byTag: Map<string, ImageInfo>, keepDigest: string | undefined): void {
  if (!repository.immutable) return;
  const held = plan.tags.map((tag) => [tag, byTag.get(tag)] as const).filter(([, image]) => image && image.digest !== keepDigest);
  if (held.length === 0) return;
  const list = held.map(([tag, image]) => `${tag} (${image?.digest})`).join(', ');
  throw new ImmutableTagConflict(
    `Repository ${repository.name} has IMMUTABLE tags and these planned tags already point at another image: ${list}. ` +
    'ECR never moves an immutable tag: drop the rule that makes them (e.g. latest) or use a mutable repository.',
  );
}

/** if-exists skip: the commit is already built; give the image the tags it lacks and report it. */
async function tagExisting(inputs: Inputs, plan: TagPlan, image: ImageInfo, byTag: Map<string, ImageInfo>, deps: Deps): Promise<string[]> {
  const missing = plan.tags.filter((tag) => byTag.get(tag)?.digest !== image.digest);
  if (missing.length === 0) return [];
  const { manifest, mediaType } = await deps.ecr.getManifest(inputs.repository, image.digest);
  for (const tag of missing) await deps.ecr.putTag(inputs.repository, tag, manifest, mediaType ?? image.mediaType, image.digest);
  return missing;
}

/** After a buildx --push: the image the registry holds, which every tag must share. */
async function agreedImage(repository: string, tags: string[], deps: Deps): Promise<ImageInfo> {
  const held = await Promise.all(tags.map(async (tag) => [tag, await deps.ecr.describeTag(repository, tag)] as const));
  const digests = new Set(held.map(([, image]) => image?.digest));
  const image = held[0]?.[1];
  if (digests.size !== 1 || !image?.digest) {
    throw new Error(`After the push the tags do not all hold one image: ${held.map(([t, i]) => `${t}=${i?.digest ?? 'missing'}`).join(', ')}`);
  }
  return image;
}

async function build(inputs: Inputs, references: string[], plan: TagPlan, pushFromBuilder: boolean, deps: Deps): Promise<void> {
  if (inputs.builder === 'classic') {
    // The classic builder only uses cache images that are already local.
    for (const spec of inputs.cacheFrom) {
      const ref = classicCacheRef(spec) as string;
      const out = await deps.docker.run(pullArgv(ref), { timeoutMs: 600_000 });
      if (out.code !== 0) deps.logger.info(`cache-from ${ref} not pulled (${lastLines(out.stderr, 1)}); building without it`);
    }
  }
  const labels = inputs.ociLabels
    ? ociLabels({ serverUrl: inputs.serverUrl, repository: inputs.githubRepository, sha: inputs.git.sha, version: plan.version, created: new Date(deps.clock.now()) }, inputs.labels)
    : inputs.labels;
  const buildPlan: BuildPlan = {
    builder: inputs.builder, context: inputs.context, dockerfile: inputs.dockerfile, target: inputs.target, buildArgs: inputs.buildArgs,
    labels, references, platforms: inputs.platforms, cacheFrom: inputs.cacheFrom, cacheTo: inputs.cacheTo, noCache: inputs.noCache, pull: inputs.pull,
    pushFromBuilder,
  };
  const separateLabels = labelsInOneStep(buildPlan);
  const argv = buildArgv(separateLabels ? { ...buildPlan, labels: [], references: references.slice(0, 1) } : buildPlan);
  await dockerBuild(argv, undefined, deps);
  if (!separateLabels) return;
  const inspected = await deps.docker.run(inspectArgv(references[0] as string), { timeoutMs: 60_000 });
  const image = parseInspect(inspected.stdout);
  if (inspected.code !== 0 || !image) throw new DockerCommandError(`docker image inspect ${references[0]}`, inspected.code, inspected.stderr || inspected.stdout);
  await dockerBuild(labelStepArgv(references), labelDockerfile(image.id, labels), deps);
}

async function dockerBuild(argv: string[], dockerfileOnStdin: string | undefined, deps: Deps): Promise<void> {
  deps.logger.info(`docker ${argv.join(' ')}`);
  if (dockerfileOnStdin) for (const line of dockerfileOnStdin.trimEnd().split('\n')) deps.logger.info(`  ${line}`);
  const out = await deps.docker.run(argv, { input: dockerfileOnStdin, echo: true });
  if (out.code !== 0) throw new DockerCommandError('docker build', out.code, out.stderr || out.stdout);
}

export async function run(inputs: Inputs, deps: Deps): Promise<BuildReport> {
  const started = deps.clock.now();
  const repository = await ensureRepository(inputs, deps);
  const registry = await login(deps);
  const images = await deps.ecr.listImages(inputs.repository);
  const byTag = new Map(images.flatMap((image) => image.tags.map((tag) => [tag, image] as const)));
  const plan = planTags({ rules: inputs.tagRules, extraTags: inputs.extraTags, git: inputs.git, existingTags: [...byTag.keys()] });
  for (const note of plan.notes) deps.logger.info(`tags: ${note}`);
  if (plan.tags.length === 0) throw new Error(`No tags: the tag rules (${inputs.tagRules.join(', ')}) give none for ${inputs.git.ref}; add extra-tags or a sha rule`);
  const references = plan.tags.map((tag) => `${repository.uri}:${tag}`);
  deps.logger.info(`Tags: ${plan.tags.join(', ')}`);
  const report: BuildReport = {
    repository: inputs.repository, repositoryUri: repository.uri, registry, references, digest: '', built: false, pushed: false,
    addedTags: [], pushAttempts: 0, durationMs: 0, notes: plan.notes,
  };
  const finish = () => ({ ...report, durationMs: deps.clock.now() - started });

  const existing = plan.commitTag ? byTag.get(plan.commitTag) : undefined;
  if (existing && inputs.ifExists === 'skip' && inputs.push) {
    immutableConflicts(repository, plan, byTag, existing.digest);
    report.addedTags = await tagExisting(inputs, plan, existing, byTag, deps);
    deps.logger.info(`${repository.uri}:${plan.commitTag} already exists (${existing.digest}): build skipped` +
      `${report.addedTags.length ? `, tags added: ${report.addedTags.join(', ')}` : ''}`);
    Object.assign(report, { digest: existing.digest, sizeBytes: existing.sizeBytes });
    return finish();
  }
  if (inputs.push) immutableConflicts(repository, plan, byTag, undefined);
  // A multi-platform image cannot be loaded into the engine, so buildx pushes it itself (no per-tag retry).
  const pushFromBuilder = inputs.push && inputs.platforms.length > 0;
  const buildStart = deps.clock.now();
  await build(inputs, references, plan, pushFromBuilder, deps);
  report.buildMs = deps.clock.now() - buildStart;
  report.built = true;
  if (!inputs.push) return finish();
  if (pushFromBuilder) {
    const image = await agreedImage(inputs.repository, plan.tags, deps);
    Object.assign(report, { digest: image.digest, pushed: true, pushAttempts: 1, sizeBytes: image.sizeBytes });
    return finish();
  }
  const pushStart = deps.clock.now();
  const pushed = await pushAll(inputs.repository, references, inputs.pushAttempts, deps);
  report.pushMs = deps.clock.now() - pushStart;
  Object.assign(report, { digest: pushed.digest, pushed: true, pushAttempts: pushed.attempts, sizeBytes: pushed.sizeBytes });
  deps.logger.info(`Pushed ${repository.uri}@${pushed.digest} (build ${report.buildMs} ms, push ${report.pushMs} ms)`);
  return finish();
}
