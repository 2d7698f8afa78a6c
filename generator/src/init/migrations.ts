/**
 * The migration command, proposed only when the image can run it. db-migrate runs `migrate` in the service's new
 * image, so a `migrate` script in package.json is no use when the final stage holds no package.json (KeyLo's API
 * image copies only dist/ and node_modules), no npm, or not the tool the script calls. Laravel's artisan and
 * Python's Alembic or Django are read the same way. When the code has a migration the image cannot run, the reason
 * becomes a TODO.
 */
import { posix } from 'node:path';
import { baseImage, describeStage, locate, parseDockerfile, runText, workdirOf } from './dockerfile.js';
import { isUnder, shellArg, within, type RepoFiles } from './files.js';
import type { NodePackage, NodeProject } from './node.js';
import type { PhpProject } from './php.js';
import type { PythonProject } from './python.js';
import type { ImageFacts } from './types.js';

const MIGRATE_SCRIPTS = ['migrate', 'db:migrate', 'migrate:deploy', 'migrate:latest', 'migration:run'];
// The package a migration script's first word comes from, when the binary is named otherwise.
const BINARY_PACKAGE: Record<string, string> = { sequelize: 'sequelize-cli', 'drizzle-kit': 'drizzle-kit' };

interface Candidate {
  dir: string;
  /** The file the command needs in the image, relative to `dir`. */
  needs: string;
  command: string;
  runtime: 'node' | 'python' | 'php';
  /** What the code has, for the comment: `the "migrate" script in apps/api/package.json`. */
  what: string;
  /** A package the command needs that a production-only install leaves out. */
  devOnly?: string;
}

export interface Sources { nodePackages: NodePackage[]; nodeProjects: NodeProject[]; python: PythonProject[]; php: PhpProject[] }

export function migrationCandidates(sources: Sources): Candidate[] {
  const candidates: Candidate[] = [];
  for (const pkg of sources.nodePackages) {
    const script = MIGRATE_SCRIPTS.find((s) => pkg.scripts[s] !== undefined);
    const project = sources.nodeProjects.find((p) => isUnder(pkg.dir, p.pkg.dir));
    if (!script || !project) continue;
    const tool = /^(?:npx\s+)?([\w@/.-]+)/.exec(pkg.scripts[script] ?? '')?.[1] ?? '';
    const dependency = BINARY_PACKAGE[tool] ?? tool;
    const devOnly = pkg.devDeps[dependency] !== undefined && pkg.deps[dependency] === undefined ? dependency : undefined;
    candidates.push({ dir: pkg.dir, needs: 'package.json', command: `${project.manager} run ${script}`, runtime: 'node', what: `the "${script}" script in ${within(pkg.dir, 'package.json')}`, ...(devOnly ? { devOnly } : {}) });
  }
  for (const project of sources.python) {
    if (project.deps.has('alembic')) candidates.push({ dir: project.dir, needs: 'alembic.ini', command: 'alembic upgrade head', runtime: 'python', what: `Alembic (${within(project.dir, 'alembic.ini')})` });
    else if (project.deps.has('django')) candidates.push({ dir: project.dir, needs: 'manage.py', command: 'python manage.py migrate --noinput', runtime: 'python', what: `Django (${within(project.dir, 'manage.py')})` });
  }
  for (const project of sources.php.filter((p) => p.laravel)) {
    candidates.push({ dir: project.dir, needs: 'artisan', command: 'php artisan migrate --force', runtime: 'php', what: `Laravel (${within(project.dir, 'artisan')})` });
  }
  return candidates;
}

const RUNTIMES = {
  node: { image: /(^|\/)node(js)?[:@-]|(^|\/)node$/, install: /\b(nodejs|node)\b/, name: 'Node.js' },
  python: { image: /(^|\/)python[:@-]|(^|\/)python$/, install: /\bpython3?\b/, name: 'Python' },
  php: { image: /(^|\/)php[:@-]|(^|\/)php$|laravel|serversideup\/php/, install: /\bphp[\d.]*(-cli|-fpm)?\b/, name: 'PHP' },
} as const;

/** The command this image can run, or why it cannot run the one the code has (undefined when the code has none). */
export function migrationFor(repo: RepoFiles, image: ImageFacts, candidates: Candidate[]): Pick<ImageFacts, 'migrate' | 'migrateFrom' | 'migrateTodo'> {
  const contextDir = image.context === '.' ? '' : image.context;
  // The code closest to the Dockerfile first (apps/api's script for apps/api/Dockerfile, then the root's).
  const closeness = (c: Candidate) => (isUnder(image.dockerfile, c.dir) ? c.dir.length + 1 : 0);
  const ours = candidates.filter((c) => isUnder(c.dir, contextDir)).sort((a, b) => closeness(b) - closeness(a));
  if (!ours.length) return {};
  const stages = parseDockerfile(repo.read(image.dockerfile));
  const final = stages[stages.length - 1];
  if (!final) return {};
  const stage = `the final stage of ${image.dockerfile} (${describeStage(final)})`;
  const reasons: string[] = [];
  for (const candidate of ours) {
    const runtime = RUNTIMES[candidate.runtime];
    const installed = runText(stages, final);
    const file = posix.join(candidate.dir.slice(contextDir ? contextDir.length + 1 : 0) || '.', candidate.needs).replace(/^\.\//, '');
    const located = locate(stages, final, file);
    const base = baseImage(stages, final);
    if (!located) reasons.push(`${candidate.what} needs ${candidate.needs} in the image, but ${stage} has none, so \`${candidate.command}\` cannot run there`);
    else if (/distroless/.test(base) || (!runtime.image.test(base) && !runtime.install.test(installed))) reasons.push(`${stage} has no ${runtime.name} to run ${candidate.what}`);
    else if (candidate.command.startsWith('pnpm') && !/corepack enable|npm (i|install) (-g|--global) pnpm/.test(installed)) reasons.push(`${stage} has no pnpm (node images have npm; add RUN corepack enable) to run ${candidate.what}`);
    else if (candidate.devOnly && /(--omit[= ]dev|--only[= ]prod|--production|--prod\b|--no-dev)/.test(installed)) reasons.push(`${candidate.what} calls ${candidate.devOnly}, a devDependency, and ${stage} installs production dependencies only`);
    else {
      const folder = posix.dirname(located);
      const workdir = workdirOf(stages, final);
      const where = folder === workdir ? '' : `cd ${shellArg(folder.startsWith(`${workdir}/`) ? folder.slice(workdir.length + 1) : folder)} && `;
      return { migrate: `${where}${candidate.command}`, migrateFrom: `${candidate.what}; the image has ${located}` };
    }
  }
  return { migrateTodo: `no migrate: ${reasons[0]}. Make that stage able to run the migration (copy what it needs into it), then add migrate: with a command it can run` };
}
