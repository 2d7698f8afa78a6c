/**
 * Every dependency cache the pipeline sets up keys on a lockfile: setup-node and setup-python fail the job when it is
 * not there ("Dependencies lock file is not found"), and the Composer and uv caches would key on nothing. When
 * gen-workflow runs inside the repository it can see that before any run: a working directory that holds the
 * project's manifest (package.json; pyproject.toml, setup.py, Pipfile or requirements*.txt; composer.json) but not the
 * lockfile its cache keys on is a generation error naming the key and the missing path. A working directory without
 * the manifest is not checked: the files are not there to look at (the config generated outside its repository,
 * e.g. a copy in a test, or a sparse checkout), so nothing is claimed about them.
 */
import type { Config } from './config/schema.js';
import { nodeSetting } from './model/jobs-test.js';
import { NODE_LOCKFILES, PYTHON_LOCKFILES, within } from './model/toolchains.js';

/** What the check reads: the file names in a folder of the repository, or undefined when the folder is not there. */
export type ListFolder = (dir: string) => string[] | undefined;

type Stack = 'node' | 'python' | 'php';
interface CacheUse { key: string; stack: Stack; dir: string; manager: string; lockfile?: string; what: string; off?: string }

const REQUIREMENTS = /^requirements.*\.txt$/;
const MANIFESTS: Record<Stack, (name: string) => boolean> = {
  node: (name) => name === 'package.json',
  python: (name) => ['pyproject.toml', 'setup.py', 'Pipfile'].includes(name) || REQUIREMENTS.test(name),
  php: (name) => name === 'composer.json',
};

type JobKeys = Pick<NonNullable<Config['test']['jobs']>[string], 'node' | 'python' | 'php' | 'working-directory'> & { 'node-version'?: string | number; 'package-manager'?: 'npm' | 'pnpm' | 'yarn'; run?: string[] };

function jobCaches(key: string, what: string, job: JobKeys): CacheUse[] {
  const dir = job['working-directory'] ?? '';
  const uses: CacheUse[] = [];
  const node = nodeSetting(job, job.run ?? [], !job.python && !job.php);
  if (node?.cache) uses.push({ key: job.node ? `${key}.node` : key, stack: 'node', dir, manager: node.manager, ...(node.lockfile ? { lockfile: node.lockfile } : {}), what: `${what}'s setup-node` });
  if (job.python?.cache) uses.push({ key: `${key}.python`, stack: 'python', dir, manager: job.python['package-manager'], ...(job.python.lockfile ? { lockfile: job.python.lockfile } : {}), what: `${what}'s Python` });
  if (job.php?.cache) uses.push({ key: `${key}.php`, stack: 'php', dir, manager: 'composer', ...(job.php.lockfile ? { lockfile: job.php.lockfile } : {}), what: `${what}'s Composer` });
  return uses;
}

/** Each cache of the pipeline with the key that sets it up. */
function cacheUses(config: Config): CacheUse[] {
  const test = config.test;
  const uses = test.jobs
    ? Object.entries(test.jobs).flatMap(([name, job]) => jobCaches(`test.jobs.${name}`, `the test-${name} job`, job))
    : jobCaches('test', 'the test job', test);
  // The single frontend builds with the test job's Node setting; each of frontends with its own.
  if (config.frontend) {
    const node = nodeSetting(test, test.run ?? [], true)!;
    const off = test.jobs ? 'a frontends entry with node: { cache: false } instead of frontend' : undefined;
    if (node.cache) uses.push({ key: 'frontend', stack: 'node', dir: '', manager: node.manager, ...(node.lockfile ? { lockfile: node.lockfile } : {}), what: 'the frontend build (with the test job\'s Node setting)', ...(off ? { off } : {}) });
  }
  (config.frontends ?? []).forEach((entry, i) => {
    const node = nodeSetting(entry, [], true)!;
    if (node.cache) uses.push({ key: entry.node ? `frontends.${i}.node` : `frontends.${i}`, stack: 'node', dir: entry['working-directory'] ?? '', manager: node.manager, ...(node.lockfile ? { lockfile: node.lockfile } : {}), what: `the ${entry.name} frontend build` });
  });
  return uses;
}

const split = (path: string) => {
  const at = path.lastIndexOf('/');
  return at === -1 ? { dir: '', name: path } : { dir: path.slice(0, at), name: path.slice(at + 1) };
};

/** The problems with the caches' lockfiles that the repository's files show; none where the files are not there. */
export function missingLockfiles(config: Config, list: ListFolder): string[] {
  const problems: string[] = [];
  const where = (dir: string) => (dir ? `${dir}/` : 'the repository root');
  for (const use of cacheUses(config)) {
    const files = list(use.dir);
    if (!files?.some(MANIFESTS[use.stack])) continue;
    const off = use.off ?? (use.key === 'test' || use.key === 'frontend' ? 'test.node: { cache: false } (instead of node-version and package-manager)' : `${use.key.replace(/\.(node|python|php)$/, '')}.${use.stack}.cache: false`);
    const fix = `commit it, name the file the cache should key on with lockfile: <path from the repository root>, or turn the cache off with ${off}`;
    if (use.lockfile) {
      const { dir, name } = split(use.lockfile);
      if (!list(dir)?.includes(name)) problems.push(`${use.key}.lockfile: ${use.lockfile} is not in the repository, and ${use.what} cache keys on it; ${fix.replace(/^commit it, name/, 'name')}`);
      continue;
    }
    if (use.stack === 'python' && use.manager === 'pip') {
      if (!files.some((name) => REQUIREMENTS.test(name))) problems.push(`${use.key}: ${use.what} cache (pip) keys on ${within(use.dir, PYTHON_LOCKFILES.pip)}, and ${where(use.dir)} has no such file, so setup-python fails; ${fix.replace(/^commit it, /, '')}`);
      continue;
    }
    // The default file each cache keys on: the one table the generated steps use (model/toolchains.ts).
    const expected = use.stack === 'node' ? NODE_LOCKFILES[use.manager as keyof typeof NODE_LOCKFILES] : use.stack === 'php' ? 'composer.lock' : PYTHON_LOCKFILES[use.manager as keyof typeof PYTHON_LOCKFILES];
    if (!files.includes(expected)) {
      const consequence = use.stack === 'node' ? ', so setup-node fails' : use.manager === 'poetry' ? ', so setup-python fails' : ' (it would key on nothing)';
      problems.push(`${use.key}: ${use.what} cache (${use.manager}) keys on ${within(use.dir, expected)}, which is not in the repository${consequence}; ${fix}`);
    }
  }
  return problems;
}
