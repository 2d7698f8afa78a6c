/**
 * The test jobs init writes: one per code base (a Node project with its own install, a Python or PHP project), each
 * with its toolchain key (node, python, php: the version and package manager found, the dependency cache keyed on a
 * lockfile that exists, or off when there is none) and its folder as working-directory, so its commands need no `cd`.
 * A repository with only a Node project at its root keeps the short form (node-version, package-manager).
 */
import { basename } from 'node:path';
import { shellArg, slugify, within, type RepoFiles } from './files.js';
import { nodeTestCommands, nodeVersion, type NodeProject } from './node.js';
import { phpTestCommands, type PhpProject } from './php.js';
import { pythonTestCommands, type PythonProject } from './python.js';
import type { Command, TestJobFacts } from './types.js';

/** `cd <dir> && command` → `command`, for a job that runs in `dir`. */
function inFolder(commands: Command[], dir: string): Command[] {
  const prefix = `cd ${shellArg(dir)} && `;
  return commands.map((command) => (dir && command.run.startsWith(prefix) ? { ...command, run: command.run.slice(prefix.length) } : command));
}

function nodeJob(repo: RepoFiles, project: NodeProject): Omit<TestJobFacts, 'name'> {
  const { commands, note } = nodeTestCommands(repo, project);
  const version = nodeVersion(repo, project);
  const dir = project.pkg.dir;
  return {
    stack: 'node', dir, commands: inFolder(commands, dir), note,
    toolchain: { node: { version: version.version, 'package-manager': project.manager, ...(project.lockfile ? {} : { cache: false }) } },
    toolchainFrom: [version.from ?? 'Node 20 (no version found)', project.lockfile ? `${project.manager} from ${project.lockfile}` : `no lockfile in ${dir || 'the root'}, so no dependency cache (setup-node's needs one)`].join('; '),
  };
}

function pythonJob(repo: RepoFiles, project: PythonProject): Omit<TestJobFacts, 'name'> {
  const { commands, note } = pythonTestCommands(repo, project);
  const manager = project.manager === 'pipenv' ? 'pip' : project.manager;
  // The toolchain installs Poetry and uv itself; Pipenv is not one of its package managers, so it keeps its pipx line.
  const own = commands.filter((c) => !(c.run === `pipx install ${project.manager}` && project.manager !== 'pipenv'));
  const defaultLock = manager === 'pip' ? project.lockfiles.some((f) => /^requirements[^/]*\.txt$/.test(basename(f)) && f === within(project.dir, basename(f))) : project.lockfiles.length > 0;
  const cache = defaultLock ? {} : project.lockfiles[0] ? { lockfile: project.lockfiles[0] } : manager === 'pip' ? { lockfile: project.manifest } : { cache: false };
  return {
    stack: 'python', dir: project.dir, commands: inFolder(own, project.dir), note,
    toolchain: { python: { version: project.version?.value ?? '3.12', 'package-manager': manager, ...cache } },
    toolchainFrom: [project.version ? `${project.version.value} from ${project.version.from}` : 'Python 3.12 (no version found)', `${project.manager}${'lockfile' in cache ? `, cache keyed on ${cache.lockfile}` : 'cache' in cache ? ', no lockfile to key a cache on' : ''}`].join('; '),
  };
}

function phpJob(repo: RepoFiles, project: PhpProject): Omit<TestJobFacts, 'name'> {
  const { commands, note } = phpTestCommands(repo, project);
  const extensions = [...project.deps].filter((d) => d.startsWith('ext-')).map((d) => d.slice(4)).sort();
  const locked = repo.has(within(project.dir, 'composer.lock'));
  return {
    stack: 'php', dir: project.dir, commands: inFolder(commands, project.dir), note,
    toolchain: { php: { version: project.version?.value ?? '8.3', ...(extensions.length ? { extensions } : {}), ...(locked ? {} : { cache: false }) } },
    toolchainFrom: [project.version ? `${project.version.value} from ${project.version.from}` : 'PHP 8.3 (no version found)', extensions.length ? 'extensions from its ext-* requirements' : '', locked ? '' : 'no composer.lock, so no Composer cache'].filter(Boolean).join('; '),
  };
}

/** The test jobs for these code bases, or undefined when the short single-Node form says it all. */
export function testJobFacts(repo: RepoFiles, node: NodeProject[], python: PythonProject[], php: PhpProject[]): TestJobFacts[] | undefined {
  if (!python.length && !php.length && node.length <= 1 && (node[0]?.pkg.dir ?? '') === '' && (node.length === 0 || node[0]!.lockfile)) return undefined;
  const jobs = [...php.map((p) => phpJob(repo, p)), ...python.map((p) => pythonJob(repo, p)), ...node.map((p) => nodeJob(repo, p))];
  const named: TestJobFacts[] = [];
  for (const job of jobs) {
    const base = slugify(job.dir ? basename(job.dir) : job.stack) || job.stack;
    const name = named.some((other) => other.name === base) ? `${base}-${job.stack}` : base;
    named.push({ ...job, name });
  }
  return named;
}
