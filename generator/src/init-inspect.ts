/**
 * `gen-workflow init`, first half: looks at a repository (read-only, a bounded walk) and tells what it has —
 * Dockerfiles, package manager, scripts, a frontend, test services — and where each fact came from.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { parse } from 'yaml';
import type { TEST_SERVICES } from './config/schema.js';

type TestService = (typeof TEST_SERVICES)[number];

export interface RepoFacts {
  app: string;
  packageManager: 'npm' | 'pnpm' | 'yarn';
  nodeVersion: string;
  testCommands: string[];
  dockerfiles: Array<{ name: string; dockerfile: string; context: string }>;
  migrateScript?: string;
  frontend?: { build: string; dir: string };
  services: TestService[];
}

/**
 * Where each fact came from, for the comments. Kept beside the facts (not in them) so RepoFacts stays the plain
 * contract; facts built by hand, or copied, simply get generic comments and branch main.
 */
export interface Provenance {
  app?: string; packageManager?: string; nodeVersion?: string; scripts?: string; services?: string; frontend?: string;
  branch?: { name: string; from: string }; migrate?: { script: string; dir: string }; contexts: Map<string, string>;
}
export const provenance = new WeakMap<RepoFacts, Provenance>();

// Build output, dependencies and vendored code hold Dockerfiles and package.json files that are not the project's.
const SKIPPED_DIRS = new Set(['node_modules', '.git', 'dist', 'build', 'vendor', '.next', 'coverage']);
const MAX_DEPTH = 4;
const MAX_ENTRIES = 5000;

interface Package { dir: string; name?: string; scripts: Record<string, string>; deps: Record<string, string>; json: Record<string, unknown> }

/** Repository-relative file paths (with `/`), breadth first so that hitting the entry cap drops the deepest ones. */
function listFiles(root: string): string[] {
  const files: string[] = [];
  const queue: Array<{ rel: string; depth: number }> = [{ rel: '', depth: 0 }];
  let seen = 0;
  for (let next = queue.shift(); next; next = queue.shift()) {
    let entries;
    try { entries = readdirSync(join(root, next.rel), { withFileTypes: true }); } catch { continue; }
    for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
      if (++seen > MAX_ENTRIES) return files;
      const rel = next.rel ? `${next.rel}/${entry.name}` : entry.name;
      if (entry.isFile()) files.push(rel);
      else if (entry.isDirectory() && next.depth < MAX_DEPTH && !SKIPPED_DIRS.has(entry.name)) queue.push({ rel, depth: next.depth + 1 });
    }
  }
  return files;
}

const readOrEmpty = (path: string) => { try { return readFileSync(path, 'utf8'); } catch { return ''; } };
const folderOf = (file: string) => (file.includes('/') ? file.slice(0, file.lastIndexOf('/')) : '');
export const within = (dir: string, file: string) => (dir ? `${dir}/${file}` : file);

export function slugify(text: string | undefined): string {
  const slug = (text ?? '').toLowerCase().replace(/^@[^/]*\//, '').replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
  const lettered = slug && !/^[a-z]/.test(slug) ? `app-${slug}` : slug;
  return lettered.slice(0, 40).replace(/-+$/, '');
}

/** Quotes a path or package name for the shell when it has anything beyond the characters names normally use. */
const shellArg = (arg: string) => (/^[\w./@:+=-]+$/.test(arg) ? arg : `'${arg.replace(/'/g, `'\\''`)}'`);

function readPackage(root: string, file: string): Package | undefined {
  let json: Record<string, unknown>;
  try { json = JSON.parse(readFileSync(join(root, file), 'utf8')) as Record<string, unknown>; } catch { return undefined; }
  const record = (key: string) => (json[key] && typeof json[key] === 'object' ? json[key] as Record<string, string> : {});
  const name = typeof json.name === 'string' ? json.name : undefined;
  return { dir: folderOf(file), name, scripts: record('scripts'), deps: { ...record('dependencies'), ...record('devDependencies'), ...record('optionalDependencies') }, json };
}

export function inspectRepository(dir: string): RepoFacts {
  const root = resolve(dir);
  const files = listFiles(root);
  const present = new Set(files);
  const read = (file: string) => readOrEmpty(join(root, file));
  const packages = files.filter((f) => basename(f) === 'package.json').map((f) => readPackage(root, f)).filter((p): p is Package => p !== undefined);
  const rootPackage = packages.find((p) => p.dir === '');
  const notes: Provenance = { contexts: new Map() };

  const app = slugify(rootPackage?.name) || slugify(basename(root)) || 'app';
  notes.app = slugify(rootPackage?.name) ? 'from package.json "name"' : 'from the folder name';
  const lockfile = ['pnpm-lock.yaml', 'yarn.lock', 'package-lock.json', 'npm-shrinkwrap.json'].find((f) => present.has(f));
  const packageManager = lockfile === 'pnpm-lock.yaml' ? 'pnpm' : lockfile === 'yarn.lock' ? 'yarn' : 'npm';
  notes.packageManager = lockfile ? `from ${lockfile}` : 'no lockfile found';

  let nodeVersion = '20';
  const engines = rootPackage?.json.engines as { node?: unknown } | undefined;
  for (const [from, text] of [['.nvmrc', read('.nvmrc')], ['.node-version', read('.node-version')], ['package.json engines.node', String(engines?.node ?? '')]]) {
    const major = /\d+/.exec(text ?? '')?.[0];
    if (major) { nodeVersion = major; notes.nodeVersion = `from ${from}`; break; }
  }

  const testCommands: string[] = [];
  if (rootPackage) {
    const berry = present.has('.yarnrc.yml') || /^yarn@[2-9]/.test(String(rootPackage.json.packageManager ?? ''));
    testCommands.push({ pnpm: 'pnpm install --frozen-lockfile', yarn: berry ? 'yarn install --immutable' : 'yarn install --frozen-lockfile', npm: lockfile ? 'npm ci' : 'npm install' }[packageManager]);
    // `npm init` writes a test script that always fails; it is not a test suite.
    const usable = (script: string) => rootPackage.scripts[script] !== undefined && !rootPackage.scripts[script].includes('no test specified');
    const scripts = [['lint'], ['type-check', 'typecheck'], ['test:unit', 'test']].map((choices) => choices.find(usable)).filter((s): s is string => s !== undefined);
    testCommands.push(...scripts.map((script) => `${packageManager} run ${script}`));
    notes.scripts = scripts.length ? `install, then the package.json scripts ${scripts.join(', ')}` : 'install; no lint, type-check or test script in package.json';
  }

  const dockerfiles: RepoFacts['dockerfiles'] = [];
  for (const file of files.filter((f) => /^(?:Dockerfile|.+\.[Dd]ockerfile)$/.test(basename(f)))) {
    const folder = folderOf(file);
    const named = basename(file) !== 'Dockerfile';
    const base = named ? slugify(basename(file).replace(/\.dockerfile$/i, '')) : !folder || DOCKER_FOLDERS.has(folder) ? app : slugify(basename(folder));
    let name = base || app;
    for (let n = 2; dockerfiles.some((d) => d.name === name); n++) name = `${base || app}-${n}`;
    const { context, why } = buildContext(file, folder, read(file), present);
    dockerfiles.push({ name, dockerfile: file, context });
    notes.contexts.set(file, why);
  }

  let migrateScript: string | undefined;
  for (const pkg of [...packages].sort((a, b) => a.dir.length - b.dir.length)) {
    const script = ['migrate', 'db:migrate', 'migrate:deploy'].find((s) => pkg.scripts[s] !== undefined);
    if (script) { migrateScript = `${packageManager} run ${script}`; notes.migrate = { script, dir: pkg.dir }; break; }
  }

  const workspaces = rootPackage?.json.workspaces !== undefined || present.has('pnpm-workspace.yaml');
  let frontend: RepoFacts['frontend'];
  for (const pkg of packages.filter((p) => p.dir === '' || workspaces)) {
    const output = pkg.scripts.build === undefined ? undefined : spaOutput(pkg, files, read);
    if (!output) continue;
    frontend = { build: runIn(packageManager, pkg, 'build'), dir: within(pkg.dir, output.dir) };
    notes.frontend = `found ${pkg.dir || 'the root package'} (${output.marker})`;
    break;
  }

  const { services, from } = detectServices(files, packages, read);
  notes.services = from;
  notes.branch = defaultBranch(root);
  const facts: RepoFacts = { app, packageManager, nodeVersion, testCommands, dockerfiles, ...(migrateScript ? { migrateScript } : {}), ...(frontend ? { frontend } : {}), services };
  provenance.set(facts, notes);
  return facts;
}

// Folders that hold Dockerfiles for the whole repository (built with `-f docker/Dockerfile .`), not a package's own.
const DOCKER_FOLDERS = new Set(['docker', '.docker', 'deploy']);

/** A monorepo Dockerfile usually copies the lockfile and its own folder from the root, so it must build from there. */
function buildContext(file: string, folder: string, text: string, present: Set<string>): { context: string; why: string } {
  if (!folder) return { context: '.', why: 'built from the repository root' };
  if (basename(file) !== 'Dockerfile' || DOCKER_FOLDERS.has(folder)) return { context: '.', why: `built from the repository root, as Dockerfiles kept apart from the code usually are` };
  // Only COPY/ADD from the build context count: `--from` copies come from another stage, other lines are container paths.
  const copies = text.split('\n').filter((line) => /^\s*(?:COPY|ADD)\s/i.test(line) && !/--from=/i.test(line)).join('\n');
  const ownFolder = new RegExp(`(?:^|[\\s"'=\\[,])(?:\\./)?${folder.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?:[/\\s"',\\]]|$)`, 'm');
  if (ownFolder.test(copies)) return { context: '.', why: `context . because it copies ${folder} from the repository root` };
  const lockfile = ['package-lock.json', 'pnpm-lock.yaml', 'yarn.lock'].find((f) => copies.includes(f) && !present.has(within(folder, f)));
  if (lockfile) return { context: '.', why: `context . because it copies ${lockfile}, which is at the repository root` };
  return { context: folder, why: 'built from its own folder' };
}

function spaOutput(pkg: Package, files: string[], read: (file: string) => string): { dir: string; marker: string } | undefined {
  const own = (pattern: RegExp) => files.find((f) => folderOf(f) === pkg.dir && pattern.test(basename(f)));
  const vite = own(/^vite\.config\.[cm]?[jt]s$/);
  if (vite || /\bvite build\b/.test(pkg.scripts.build ?? '')) return { dir: 'dist', marker: vite ?? 'vite build' };
  if (pkg.deps['react-scripts']) return { dir: 'build', marker: 'react-scripts' };
  if (pkg.deps['@angular/core']) return { dir: `dist/${slugify(pkg.name) || 'app'}`, marker: '@angular/core' };
  const next = own(/^next\.config\.[cm]?[jt]s$/);
  // Only a static export (`output: 'export'`) can be served from S3; a server-rendered Next.js app is a service.
  if (pkg.deps.next && next && /output\s*:\s*['"]export['"]/.test(read(next))) return { dir: 'out', marker: `${next} with output: 'export'` };
  return undefined;
}

function runIn(pm: RepoFacts['packageManager'], pkg: Package, script: string): string {
  if (!pkg.dir) return `${pm} run ${script}`;
  if (pm === 'npm') return `npm run ${script} --workspace=${shellArg(pkg.dir)}`;
  if (pm === 'pnpm') return `pnpm --filter ${shellArg(pkg.name ?? `./${pkg.dir}`)} run ${script}`;
  return pkg.name ? `yarn workspace ${shellArg(pkg.name)} ${script}` : `yarn --cwd ${shellArg(pkg.dir)} ${script}`;
}

const ORDER: TestService[] = ['postgres', 'mysql', 'redis'];

function detectServices(files: string[], packages: Package[], read: (file: string) => string): { services: TestService[]; from?: string } {
  const found = new Set<TestService>();
  const composeFiles = files.filter((f) => /^(?:docker-)?compose[\w.-]*\.ya?ml$/.test(basename(f)));
  for (const file of composeFiles) {
    let compose: { services?: Record<string, { image?: unknown }> } | undefined;
    try { compose = parse(read(file)) as typeof compose; } catch { continue; }
    for (const service of Object.values(compose?.services ?? {})) {
      const image = typeof service?.image === 'string' ? service.image.split('@')[0]?.split('/').pop()?.split(':')[0] ?? '' : '';
      if (/postgres|postgis/.test(image)) found.add('postgres');
      if (/mysql|mariadb/.test(image)) found.add('mysql');
      if (/redis|valkey/.test(image)) found.add('redis');
    }
  }
  if (found.size) return { services: ORDER.filter((s) => found.has(s)), from: `from ${composeFiles.join(', ')}` };
  const deps = new Set(packages.flatMap((p) => Object.keys(p.deps)));
  const prisma = files.filter((f) => f.endsWith('.prisma')).map(read).join('\n');
  const provider = deps.has('prisma') || deps.has('@prisma/client') ? /provider\s*=\s*"(postgres(?:ql)?|mysql)"/.exec(prisma)?.[1] : undefined;
  const evidence: Record<TestService, string[]> = {
    postgres: [...['pg', 'postgres', 'pg-promise'].filter((d) => deps.has(d)), ...(provider?.startsWith('postgres') ? ['prisma (postgresql)'] : [])],
    mysql: [...['mysql2', 'mysql'].filter((d) => deps.has(d)), ...(provider === 'mysql' ? ['prisma (mysql)'] : [])],
    redis: ['ioredis', 'redis'].filter((d) => deps.has(d)),
  };
  const services = ORDER.filter((s) => evidence[s].length > 0);
  return { services, from: services.length ? `from the dependencies ${services.flatMap((s) => evidence[s]).join(', ')}` : undefined };
}

/** The remote's default branch when the clone knows it, else the checked-out branch; `main` when neither is readable. */
function defaultBranch(root: string): { name: string; from: string } | undefined {
  let gitDir = join(root, '.git');
  try {
    // In a worktree or submodule, .git is a file pointing at the real git directory.
    if (statSync(gitDir).isFile()) gitDir = resolve(root, /^gitdir:\s*(.+)$/m.exec(readFileSync(gitDir, 'utf8'))?.[1]?.trim() ?? '.git');
  } catch { return undefined; }
  for (const [file, from] of [['refs/remotes/origin/HEAD', 'from origin/HEAD'], ['HEAD', 'from .git/HEAD']] as const) {
    const name = /^ref: refs\/(?:remotes\/origin|heads)\/([\w./-]+)\s*$/.exec(readOrEmpty(join(gitDir, file)))?.[1];
    if (name) return { name, from };
  }
  return undefined;
}

