/**
 * `gen-workflow init`, first half: looks at a repository (read-only, a bounded walk) and tells what it has, and
 * where each fact came from. The detectors are per stack (init/node, python, php), per question (images and their
 * names, migrations the image can run, test services, the staging branch, ECS or EKS), and this puts them together.
 */
import { basename, resolve } from 'node:path';
import { deployingWorkflowAdvice, deployingWorkflows } from './deploying-workflows.js';
import { gitIn, type Git } from './git.js';
import { HEADER_MARK } from './render.js';
import { stagingBranch } from './init/branch.js';
import { listRepository, slugify, within, type RepoFiles } from './init/files.js';
import { findImages } from './init/images.js';
import { migrationCandidates, migrationFor } from './init/migrations.js';
import { findSpa, nodePackages, nodeProjects, nodeTestCommands, nodeVersion } from './init/node.js';
import { laravelTestEnv, phpProjects, phpTestCommands } from './init/php.js';
import { detectPlatform } from './init/platform.js';
import { pythonProjects, pythonTestCommands } from './init/python.js';
import { detectTestServices } from './init/test-services.js';
import { testJobFacts } from './init/toolchains.js';
import type { ImageFacts, RepoFacts } from './init/types.js';

export type { Command, ImageFacts, RepoFacts, TestJobFacts, TestServiceEntry } from './init/types.js';

export function inspectRepository(dir: string, git: Git = gitIn(dir)): RepoFacts {
  const repo = listRepository(resolve(dir));
  const packages = nodePackages(repo);
  const projects = nodeProjects(repo, packages);
  const python = pythonProjects(repo);
  const php = phpProjects(repo);
  const platform = detectPlatform(repo);
  const notes: string[] = [];

  const { app, appFrom } = appName(repo, basename(repo.root));
  const main = projects.find((p) => p.pkg.dir === '') ?? projects[0];
  const node = nodeVersion(repo, main);

  const parts = [...php.map((p) => phpTestCommands(repo, p)), ...python.map((p) => pythonTestCommands(repo, p)), ...projects.map((p) => nodeTestCommands(repo, p))];
  const spa = findSpa(repo, packages, projects);

  const dependencies = new Map<string, string>();
  for (const pkg of packages) for (const dep of Object.keys({ ...pkg.deps, ...pkg.devDeps })) dependencies.set(dep, within(pkg.dir, 'package.json'));
  for (const project of python) for (const dep of project.deps) dependencies.set(dep, project.manifest);
  for (const project of php) for (const dep of project.deps) dependencies.set(dep, within(project.dir, 'composer.json'));
  const tests = detectTestServices(repo, dependencies);
  for (const what of tests.unsupported) notes.push(`the code uses ${what}: add it to the test services as a container of its own, e.g. { name: rabbitmq, image: rabbitmq:3.13-management-alpine, ports: [5672], health-cmd: rabbitmq-diagnostics -q ping }.`);
  const database = tests.services.map((s) => (typeof s === 'string' ? s : s.type)).find((s) => s !== 'redis');
  const laravel = php.find((p) => p.laravel);
  const testEnv = laravel ? laravelTestEnv(repo, laravel, database, `${app.replace(/-/g, '_')}_test`) : undefined;

  const found = findImages(repo, app, platform);
  notes.push(...found.notes);
  const images = withMigrations(repo, found.images, migrationCandidates({ nodePackages: packages, nodeProjects: projects, python, php }));

  const workflowsDir = resolve(repo.root, '.github', 'workflows');
  const eks = platform.kind === 'eks';
  if (eks) {
    notes.push(`this repository deploys to EKS (${platform.evidence}): ecs-deploy and db-migrate deploy to ECS only, so the deploy jobs pipeline.yml generates from this config `
      + 'would fail at their ECS deploy step. Test, build, scan and push work as they are. Deploy with your own steps instead: leave services out of each '
      + 'environment and give it steps.before with kubectl (aws eks update-kubeconfig, kubectl set image with "$IMAGE_<SERVICE>", the image by digest, then kubectl rollout status); '
      + 'see generator/examples/atlantic.yml.');
  }
  notes.push(...deployingWorkflows(workflowsDir).map((workflow) => deployingWorkflowAdvice(workflow, '.github/workflows', { eks })));
  if (repo.has('.github/workflows/pipeline.yml') && !repo.read('.github/workflows/pipeline.yml').slice(0, 400).includes(HEADER_MARK)) {
    notes.push('.github/workflows/pipeline.yml exists and gen-workflow did not write it: `npx gen-workflow` writes its pipeline there, replacing it; rename yours first to keep it.');
  }
  for (const infra of platform.infrastructure) {
    notes.push(`${infra} found: pipeline.yml does not run it yet. To apply it before each deploy, add your steps to environments.<env>.steps.before; `
      + 'to have the plan (or preview) reviewed before an approval and the deploy apply exactly that, add environments.<env>.review (see generator/examples/caja.yml).');
  }

  const testJobs = testJobFacts(repo, projects, python, php);

  return {
    app, appFrom,
    packageManager: main?.manager ?? 'npm', packageManagerFrom: main?.lockfile ? `from ${main.lockfile}` : 'no lockfile found',
    nodeVersion: node.version, ...(node.from ? { nodeVersionFrom: node.from } : {}),
    testCommands: parts.flatMap((p) => p.commands), ...(parts.length ? { testCommandsFrom: parts.map((p) => p.note).join('; ') } : {}),
    testServices: tests.services, ...(tests.from ? { testServicesFrom: tests.from } : {}),
    ...(testEnv ? { testEnv, testEnvFrom: `Laravel reads DB_* in tests (${within(laravel!.dir, 'phpunit.xml')} does not set DB_CONNECTION): the ${database} service below` } : {}),
    ...(testJobs ? { testJobs } : {}),
    images,
    ...(spa ? { frontend: { build: spa.build, dir: spa.dir, ...(spa.install ? { install: spa.install } : {}), from: `found ${spa.pkg.dir || 'the root package'} (${spa.marker})`, ...spaProject(projects, spa.pkg.dir) } } : {}),
    branch: stagingBranch(git),
    target: { kind: platform.kind, evidence: platform.evidence },
    notes,
  };
}

/** The Node project (its own install) an SPA's package belongs to: the deepest folder holding it. */
function spaProject(projects: Array<{ pkg: { dir: string } }>, dir: string): { project?: string } {
  const owner = projects.map((p) => p.pkg.dir).filter((d) => d === '' || dir === d || dir.startsWith(`${d}/`)).sort((a, b) => b.length - a.length)[0];
  return owner === undefined ? {} : { project: owner };
}

function appName(repo: RepoFiles, folder: string): { app: string; appFrom: string } {
  const named: Array<[unknown, string]> = [
    [repo.json('package.json')?.name, 'from package.json "name"'],
    [repo.json('composer.json')?.name, 'from composer.json "name"'],
    [(repo.toml('pyproject.toml')?.project as { name?: unknown } | undefined)?.name, 'from pyproject.toml [project] name'],
    [folder, 'from the repository\'s folder name'],
  ];
  for (const [name, from] of named) {
    const app = typeof name === 'string' ? slugify(name) : '';
    if (app) return { app, appFrom: from };
  }
  return { app: 'app', appFrom: 'TODO: name your app' };
}

/** One migration per code base: on the image built closest to it (its own folder's Dockerfile), once. */
function withMigrations(repo: RepoFiles, images: ImageFacts[], candidates: ReturnType<typeof migrationCandidates>): ImageFacts[] {
  const closeness = (image: ImageFacts, dir: string) => (image.dockerfile.startsWith(dir ? `${dir}/` : '') ? dir.length + 1 : 0);
  let done = false;
  return images.map((image) => {
    if (done) return image;
    const mine = candidates.filter((c) => images.every((other) => closeness(other, c.dir) <= closeness(image, c.dir) || other === image)
      && images.findIndex((other) => closeness(other, c.dir) === closeness(image, c.dir)) === images.indexOf(image));
    const migration = migrationFor(repo, image, mine);
    if (migration.migrate || migration.migrateTodo) done = true;
    return { ...image, ...migration };
  });
}
