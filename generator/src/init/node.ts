/**
 * Node.js: packages, the package manager (from the lockfile), the Node version, the test commands of each project
 * (the root, or a folder with its own package.json such as `frontend/` when the root has none), and a single-page
 * app that can be served from S3.
 */
import { folderOf, isUnder, nameOf, shellArg, slugify, within, type RepoFiles } from './files.js';
import type { Command } from './types.js';

export type PackageManager = 'npm' | 'pnpm' | 'yarn';

export interface NodePackage {
  dir: string;
  name?: string;
  scripts: Record<string, string>;
  deps: Record<string, string>;
  devDeps: Record<string, string>;
  json: Record<string, unknown>;
}

/** A folder whose dependencies are installed on their own: the root, or a package with its own lockfile. */
export interface NodeProject { pkg: NodePackage; manager: PackageManager; lockfile?: string; workspaces: boolean }

const LOCKFILES: Array<[string, PackageManager]> = [['pnpm-lock.yaml', 'pnpm'], ['yarn.lock', 'yarn'], ['package-lock.json', 'npm'], ['npm-shrinkwrap.json', 'npm']];

export function nodePackages(repo: RepoFiles): NodePackage[] {
  return repo.files.filter((f) => nameOf(f) === 'package.json').flatMap((file) => {
    const json = repo.json(file);
    if (!json) return [];
    const record = (key: string) => (json[key] && typeof json[key] === 'object' ? json[key] as Record<string, string> : {});
    return [{ dir: folderOf(file), name: typeof json.name === 'string' ? json.name : undefined, scripts: record('scripts'), deps: { ...record('dependencies'), ...record('optionalDependencies') }, devDeps: record('devDependencies'), json }];
  });
}

export function nodeProjects(repo: RepoFiles, packages: NodePackage[]): NodeProject[] {
  const projects: NodeProject[] = [];
  for (const pkg of [...packages].sort((a, b) => a.dir.length - b.dir.length)) {
    const lock = LOCKFILES.find(([file]) => repo.has(within(pkg.dir, file)));
    const inside = projects.find((p) => isUnder(pkg.dir, p.pkg.dir) && (p.workspaces || !lock));
    if (inside) continue;
    const workspaces = pkg.json.workspaces !== undefined || repo.has(within(pkg.dir, 'pnpm-workspace.yaml'));
    projects.push({ pkg, manager: lock?.[1] ?? 'npm', ...(lock ? { lockfile: within(pkg.dir, lock[0]) } : {}), workspaces });
  }
  return projects;
}

export function nodeVersion(repo: RepoFiles, project: NodeProject | undefined): { version: string; from?: string } {
  const dirs = [...new Set(['', project?.pkg.dir ?? ''])];
  for (const dir of dirs) {
    const engines = dir === project?.pkg.dir ? (project.pkg.json.engines as { node?: unknown } | undefined) : undefined;
    for (const [file, text] of [[within(dir, '.nvmrc'), repo.read(within(dir, '.nvmrc'))], [within(dir, '.node-version'), repo.read(within(dir, '.node-version'))], [`${within(dir, 'package.json')} engines.node`, String(engines?.node ?? '')]]) {
      const major = /\d+/.exec(text ?? '')?.[0];
      if (major) return { version: major, from: `from ${file}` };
    }
  }
  return { version: '20' };
}

const cdInto = (dir: string, command: string) => (dir ? `cd ${shellArg(dir)} && ${command}` : command);

export function installCommand(repo: RepoFiles, project: NodeProject): string {
  const berry = repo.has(within(project.pkg.dir, '.yarnrc.yml')) || /^yarn@[2-9]/.test(String(project.pkg.json.packageManager ?? ''));
  const install = { pnpm: 'pnpm install --frozen-lockfile', yarn: berry ? 'yarn install --immutable' : 'yarn install --frozen-lockfile', npm: project.lockfile ? 'npm ci' : 'npm install' }[project.manager];
  return cdInto(project.pkg.dir, install);
}

/** Install, then the lint, type-check and test scripts the project has. */
export function nodeTestCommands(repo: RepoFiles, project: NodeProject): { commands: Command[]; note: string } {
  const { pkg, manager } = project;
  // `npm init` writes a test script that always fails; it is not a test suite.
  const usable = (script: string) => pkg.scripts[script] !== undefined && !pkg.scripts[script].includes('no test specified');
  const scripts = [['lint'], ['type-check', 'typecheck'], ['test:unit', 'test']].map((choices) => choices.find(usable)).filter((s): s is string => s !== undefined);
  const where = within(pkg.dir, 'package.json');
  const commands: Command[] = [{ run: installCommand(repo, project) }, ...scripts.map((script) => ({ run: cdInto(pkg.dir, `${manager} run ${script}`) }))];
  const note = scripts.length ? `install, then the ${where} scripts ${scripts.join(', ')}` : `install; no lint, type-check or test script in ${where}`;
  return { commands, note };
}

/** `<pm> run <script>` for a package, from the repository root. */
export function runScript(project: NodeProject, pkg: NodePackage, script: string): string {
  const pm = project.manager;
  if (pkg.dir === project.pkg.dir) return cdInto(pkg.dir, `${pm} run ${script}`);
  const rel = pkg.dir.slice(project.pkg.dir ? project.pkg.dir.length + 1 : 0);
  const inProject = (command: string) => cdInto(project.pkg.dir, command);
  if (pm === 'npm') return inProject(`npm run ${script} --workspace=${shellArg(rel)}`);
  if (pm === 'pnpm') return inProject(`pnpm --filter ${shellArg(pkg.name ?? `./${rel}`)} run ${script}`);
  return inProject(pkg.name ? `yarn workspace ${shellArg(pkg.name)} ${script}` : `yarn --cwd ${shellArg(rel)} ${script}`);
}

export interface Spa { build: string; install?: string; dir: string; marker: string; pkg: NodePackage }

/** The first package whose build writes a static site: the root's, a workspace's, or a standalone project's. */
export function findSpa(repo: RepoFiles, packages: NodePackage[], projects: NodeProject[]): Spa | undefined {
  for (const project of projects) {
    const members = project.workspaces ? packages.filter((p) => isUnder(p.dir, project.pkg.dir)) : [project.pkg];
    for (const pkg of members) {
      const output = pkg.scripts.build === undefined ? undefined : spaOutput(repo, pkg);
      if (!output) continue;
      // A project outside the root installs in its own folder; the build job's default install runs at the root.
      const install = project.pkg.dir ? { install: installCommand(repo, project) } : {};
      return { build: runScript(project, pkg, 'build'), ...install, dir: within(pkg.dir, output.dir), marker: output.marker, pkg };
    }
  }
  return undefined;
}

function spaOutput(repo: RepoFiles, pkg: NodePackage): { dir: string; marker: string } | undefined {
  const own = (pattern: RegExp) => repo.files.find((f) => folderOf(f) === pkg.dir && pattern.test(nameOf(f)));
  const deps = { ...pkg.deps, ...pkg.devDeps };
  const vite = own(/^vite\.config\.[cm]?[jt]s$/);
  if (vite || /\bvite build\b/.test(pkg.scripts.build ?? '')) {
    const config = vite ? repo.read(vite) : '';
    // Laravel's Vite plugin builds assets the PHP app serves itself, not a site for S3.
    if (/laravel-vite-plugin/.test(config)) return undefined;
    const outDir = /outDir\s*:\s*['"]([^'"]+)['"]/.exec(config)?.[1]?.replace(/^\.\//, '');
    return { dir: outDir ?? 'dist', marker: vite ?? 'vite build' };
  }
  if (deps['react-scripts']) return { dir: 'build', marker: 'react-scripts' };
  if (deps['@angular/core']) return { dir: `dist/${slugify(pkg.name) || 'app'}`, marker: '@angular/core' };
  const next = own(/^next\.config\.[cm]?[jt]s$/);
  // Only a static export (`output: 'export'`) can be served from S3; a server-rendered Next.js app is a service.
  if (deps.next && next && /output\s*:\s*['"]export['"]/.test(repo.read(next))) return { dir: 'out', marker: `${next} with output: 'export'` };
  return undefined;
}
