/**
 * One service per Dockerfile, named for what it is rather than the folder it sits in: the docker-compose service
 * that builds it, the role its file name or folder gives (`worker.Dockerfile`, `apps/api/`), or the app itself
 * (a Dockerfile at the root, or kept with the infrastructure code: `infrastructure/pulumi/Dockerfile` is the app,
 * not a service called "pulumi"). Guesses are marked TODO.
 */
import { posix } from 'node:path';
import { folderOf, isInfraPath, nameOf, slugify, within, type RepoFiles } from './files.js';
import type { Platform } from './platform.js';
import type { ImageFacts } from './types.js';

interface ComposeBuild { file: string; service: string; dockerfile: string; context: string; image?: string }

/** Every compose service with a `build:`, resolved to repository paths. */
function composeBuilds(repo: RepoFiles): ComposeBuild[] {
  const builds: ComposeBuild[] = [];
  for (const file of repo.files.filter((f) => /^(?:docker-)?compose[\w.-]*\.ya?ml$/.test(nameOf(f)))) {
    const services = (repo.yamlDocuments(file)[0] as { services?: Record<string, { build?: unknown; image?: unknown }> } | undefined)?.services ?? {};
    for (const [service, spec] of Object.entries(services)) {
      const build = typeof spec?.build === 'string' ? { context: spec.build } : spec?.build && typeof spec.build === 'object' ? spec.build as { context?: unknown; dockerfile?: unknown } : undefined;
      if (!build) continue;
      const context = posix.normalize(posix.join(folderOf(file) || '.', typeof build.context === 'string' ? build.context : '.')).replace(/^\.$/, '');
      const dockerfile = posix.normalize(posix.join(context || '.', typeof build.dockerfile === 'string' ? build.dockerfile : 'Dockerfile'));
      builds.push({ file, service, dockerfile, context: context || '.', ...(typeof spec?.image === 'string' ? { image: spec.image } : {}) });
    }
  }
  return builds;
}

// Folders whose children are one service each, so the child folder's name is the service's role.
const SERVICE_PARENTS = new Set(['apps', 'services', 'packages', 'cmd', 'src']);
const MANIFESTS = ['package.json', 'pyproject.toml', 'requirements.txt', 'composer.json', 'go.mod', 'Gemfile', 'pom.xml', 'build.gradle'];

export function findImages(repo: RepoFiles, app: string, platform: Platform): { images: ImageFacts[]; notes: string[] } {
  const builds = composeBuilds(repo);
  const notes: string[] = [];
  const images: ImageFacts[] = [];
  const dockerfiles = repo.files.filter((f) => /^(Dockerfile(\.[\w-]+)?|[\w.-]+\.[Dd]ockerfile)$/.test(nameOf(f))
    && !f.startsWith('.devcontainer/') && !/[.-](dev|local|test|devcontainer)(\.[Dd]ockerfile)?$/i.test(nameOf(f)) && !/^(dev|local|test)\.[Dd]ockerfile$/i.test(nameOf(f)));
  for (const file of dockerfiles) {
    const folder = folderOf(file);
    const composed = builds.filter((b) => b.dockerfile === file);
    const suffix = /^Dockerfile\.([\w-]+)$/.exec(nameOf(file))?.[1] ?? /^([\w.-]+)\.[Dd]ockerfile$/.exec(nameOf(file))?.[1];
    // `Dockerfile.prod` says which environment, not which service.
    const named = suffix && !/^(prod|production|release|deploy|aws|ecs)$/i.test(suffix) ? suffix : undefined;
    let base: string;
    let from: string;
    let todo: string | undefined;
    if (composed[0]) {
      [base, from] = [slugify(composed[0].service), `named after the service "${composed[0].service}" in ${composed[0].file}, which builds it`];
      if (composed.length > 1) notes.push(`${composed[0].file} runs ${composed.map((b) => b.service).join(', ')} from ${file}: the config builds it once, as "${base}"; a worker or scheduler from the same image needs its own ECS service, which the config cannot deploy from one build yet.`);
    } else if (named) [base, from] = [slugify(named), `named after its file name`];
    else if (!folder) [base, from] = [app, 'named after the app (the Dockerfile at the root)'];
    else if (isInfraPath(repo, folder)) {
      [base, from] = [app, 'named after the app'];
      todo = `${file} sits with the infrastructure code, so this service is named after the app; rename it to the role it plays (e.g. web, api, worker) if the app has several`;
    } else {
      const role = nameOf(folder);
      [base, from] = [slugify(role), `named after its folder ${folder}`];
      const parent = nameOf(folderOf(folder));
      if (!SERVICE_PARENTS.has(parent) && !MANIFESTS.some((m) => repo.has(within(folder, m)))) todo = `named after the folder ${folder}; rename it to the role it plays if that is something else`;
    }
    base ||= app;
    let name = base;
    for (let n = 2; images.some((image) => image.name === name); n++) name = `${base}-${n}`;
    if (name !== base) todo = `another service is already called ${base}; give this one a name that says what it does`;
    const composeContext = composed[0]?.context;
    const { context, why } = composeContext ? { context: composeContext, why: `context ${composeContext} from ${composed[0]!.file}` } : buildContext(repo, file, folder);
    images.push({ name, dockerfile: file, context, nameFrom: from, ...(todo ? { nameTodo: todo } : {}), contextWhy: why, ...where(platform, app, name) });
  }
  return { images, notes };
}

/** The container (ECS task definition) or the Deployment (Kubernetes) this image runs as, when the repository says. */
function where(platform: Platform, app: string, name: string): Partial<ImageFacts> {
  const matches = (candidate: string) => candidate === name || candidate === `${app}-${name}` || candidate.endsWith(`-${name}`) || (name === app && candidate.startsWith(app));
  if (platform.kind === 'eks') {
    const runs = (image: string) => new RegExp(`/(${app}-)?${name}(:|@|$)`).test(image);
    const workload = platform.workloads.find((w) => w.containers.some((c) => runs(c.image)) || matches(w.name)) ?? (platform.workloads.length === 1 ? platform.workloads[0] : undefined);
    if (!workload) return {};
    const container = workload.containers.find((c) => runs(c.image)) ?? (workload.containers.length === 1 ? workload.containers[0] : undefined);
    const from = `${workload.kind} ${workload.name} in ${workload.file}`;
    return { workload: workload.name, workloadFrom: from, ...(container ? { container: container.name, containerFrom: `from ${from}` } : {}) };
  }
  for (const task of platform.taskDefinitions) {
    const container = task.containers.find(matches) ?? (task.family && matches(task.family) ? task.containers[0] : undefined);
    if (container) return { container, containerFrom: `from ${task.file}` };
  }
  return {};
}

/** A monorepo Dockerfile usually copies the lockfile and its own folder from the root, so it must build from there. */
function buildContext(repo: RepoFiles, file: string, folder: string): { context: string; why: string } {
  if (!folder) return { context: '.', why: 'built from the repository root' };
  if (nameOf(file) !== 'Dockerfile' || isInfraPath(repo, folder)) return { context: '.', why: 'built from the repository root, as Dockerfiles kept apart from the code usually are' };
  // Only COPY/ADD from the build context count: `--from` copies come from another stage, other lines are container paths.
  const copies = repo.read(file).split('\n').filter((line) => /^\s*(?:COPY|ADD)\s/i.test(line) && !/--from=/i.test(line)).join('\n');
  const ownFolder = new RegExp(`(?:^|[\\s"'=\\[,])(?:\\./)?${folder.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?:[/\\s"',\\]]|$)`, 'm');
  if (ownFolder.test(copies)) return { context: '.', why: `context . because it copies ${folder} from the repository root` };
  const lockfile = ['package-lock.json', 'pnpm-lock.yaml', 'yarn.lock', 'composer.lock', 'poetry.lock', 'uv.lock'].find((f) => copies.includes(f) && !repo.has(within(folder, f)));
  if (lockfile) return { context: '.', why: `context . because it copies ${lockfile}, which is at the repository root` };
  return { context: folder, why: 'built from its own folder' };
}
