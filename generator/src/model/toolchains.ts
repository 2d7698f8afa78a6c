/**
 * Toolchain setup for a job: Node.js (npm, pnpm, yarn), Python (pip, Poetry, uv) and PHP (Composer), each with its
 * pinned setup action and a dependency cache keyed on the lockfile where the job works, so a project in `frontend/`
 * caches on `frontend/package-lock.json` and a repository with no root lockfile does not fail setup-node's cache.
 */
import { TOOL_PINS } from '../pins.js';
import type { Scalar, Step } from './types.js';

export interface NodeSetting { version: string; manager: 'npm' | 'pnpm' | 'yarn'; cache: boolean; lockfile?: string }
export interface PythonSetting { version: string; manager: 'pip' | 'poetry' | 'uv'; cache: boolean; lockfile?: string }
export interface PhpSetting { version: string; extensions: string[]; cache: boolean; lockfile?: string }

export const NODE_LOCKFILES = { npm: 'package-lock.json', pnpm: 'pnpm-lock.yaml', yarn: 'yarn.lock' } as const;
export const PYTHON_LOCKFILES = { pip: 'requirements*.txt', poetry: 'poetry.lock', uv: 'uv.lock' } as const;

/** `file` inside `dir` (a path from the repository root; `.` or none is the root). */
export function within(dir: string | undefined, file: string): string {
  const base = (dir ?? '.').replace(/\/+$/, '');
  return base === '.' || base === '' ? file : `${base}/${file}`;
}

export function installCommand(manager: NodeSetting['manager']): string {
  return { npm: 'npm ci', pnpm: 'pnpm install --frozen-lockfile', yarn: 'yarn install --frozen-lockfile' }[manager];
}

/** setup-node with the package manager's cache (pnpm must be on PATH before setup-node can cache it). */
export function nodeSteps(node: NodeSetting, dir: string | undefined): Step[] {
  const steps: Step[] = [];
  if (node.manager === 'pnpm') {
    const packageJson = within(dir, 'package.json');
    steps.push({ name: 'Set up pnpm', uses: { pinned: 'pnpm/action-setup' }, ...(packageJson !== 'package.json' ? { with: { package_json_file: packageJson } } : {}) });
  }
  if (node.manager === 'yarn') steps.push({ name: 'Enable corepack (yarn)', run: 'corepack enable' });
  const lockfile = node.lockfile ?? within(dir, NODE_LOCKFILES[node.manager]);
  // The default lockfile at the root needs no cache-dependency-path; anywhere else setup-node must be told, or it fails looking at the root.
  const cache: Record<string, Scalar> = node.cache
    ? { cache: node.manager, ...(lockfile !== NODE_LOCKFILES[node.manager] ? { 'cache-dependency-path': lockfile } : {}) }
    : { 'package-manager-cache': false };
  steps.push({ name: 'Set up Node.js', uses: { pinned: 'actions/setup-node' }, with: { 'node-version': node.version, ...cache } });
  return steps;
}

export function pythonSteps(python: PythonSetting, dir: string | undefined): Step[] {
  const lockfile = python.lockfile ?? within(dir, PYTHON_LOCKFILES[python.manager]);
  const steps: Step[] = [];
  // setup-python's poetry cache asks poetry where its cache is, so poetry comes first (pipx is on GitHub's runners).
  if (python.manager === 'poetry') steps.push({ name: `Install Poetry ${TOOL_PINS.poetry.version}`, env: { POETRY_VERSION: TOOL_PINS.poetry.version }, run: 'pipx install "poetry==${POETRY_VERSION}"' });
  const cache: Record<string, Scalar> = python.cache && python.manager !== 'uv' ? { cache: python.manager, 'cache-dependency-path': lockfile } : {};
  steps.push({ name: 'Set up Python', uses: { pinned: 'actions/setup-python' }, with: { 'python-version': python.version, ...cache } });
  if (python.manager === 'uv') {
    steps.push({ name: `Install uv ${TOOL_PINS.uv.version}`, env: { UV_VERSION: TOOL_PINS.uv.version }, run: 'pipx install "uv==${UV_VERSION}"' });
    if (python.cache) {
      steps.push({
        name: 'Cache uv downloads', uses: { pinned: 'actions/cache' },
        with: { path: '~/.cache/uv', key: `uv-\${{ runner.os }}-\${{ hashFiles('${lockfile}') }}`, 'restore-keys': 'uv-${{ runner.os }}-' },
      });
    }
  }
  return steps;
}

export function phpSteps(php: PhpSetting, dir: string | undefined): Step[] {
  const lockfile = php.lockfile ?? within(dir, 'composer.lock');
  const steps: Step[] = [{
    name: 'Set up PHP', uses: { pinned: 'shivammathur/setup-php' },
    with: { 'php-version': php.version, tools: 'composer', coverage: 'none', ...(php.extensions.length ? { extensions: php.extensions.join(', ') } : {}) },
  }];
  if (php.cache) {
    steps.push({
      name: 'Find the Composer cache', id: 'composer-cache', ...(dir ? { workingDirectory: dir } : {}),
      run: 'echo "dir=$(composer config cache-files-dir)" >> "$GITHUB_OUTPUT"',
    });
    steps.push({
      name: 'Cache Composer downloads', uses: { pinned: 'actions/cache' },
      with: { path: '${{ steps.composer-cache.outputs.dir }}', key: `composer-\${{ runner.os }}-\${{ hashFiles('${lockfile}') }}`, 'restore-keys': 'composer-${{ runner.os }}-' },
    });
  }
  return steps;
}
