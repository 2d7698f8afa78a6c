/**
 * Python: a project folder (requirements.txt, pyproject.toml, setup.py), its dependencies, how it installs (pip,
 * Poetry, uv) and the checks it has set up (Black, Ruff, Flake8, MyPy, pytest). A Pulumi or CDK program's
 * requirements.txt is infrastructure, not the backend.
 */
import { posix } from 'node:path';
import { folderOf, isInfraPath, isUnder, nameOf, shellArg, within, type RepoFiles } from './files.js';
import type { Command } from './types.js';

export interface PythonProject {
  dir: string;
  /** The file that declares its dependencies (requirements.txt, else pyproject.toml), for comments. */
  manifest: string;
  /** Dependency names, lower-case with `-` (PEP 503), from the requirement files and pyproject.toml. */
  deps: Set<string>;
  install: Command[];
  /** Prefix for tools installed in a managed environment (`poetry run `, `uv run `). */
  runner: string;
  /** How it installs: the toolchain's package manager (Pipenv is set up by pip, then pipx install pipenv). */
  manager: 'pip' | 'poetry' | 'uv' | 'pipenv';
  /** The files a dependency cache can key on, when there are any (requirement files, poetry.lock, uv.lock). */
  lockfiles: string[];
  version?: { value: string; from: string };
}

const MARKERS = ['requirements.txt', 'pyproject.toml', 'setup.py', 'Pipfile'];
const REQUIREMENT_FILES = /^(requirements([-_.](dev|test|tests|ci))?|(dev|test)[-_]requirements)\.txt$/;
const normalize = (name: string) => name.toLowerCase().replace(/[_.]+/g, '-');
const requirementName = (spec: string) => /^\s*([A-Za-z0-9][A-Za-z0-9._-]*)/.exec(spec)?.[1];

function requirementDeps(repo: RepoFiles, file: string, depth = 0): string[] {
  return repo.read(file).split('\n').flatMap((line) => {
    const text = line.replace(/#.*/, '').trim();
    const include = /^-r\s+(\S+)/.exec(text)?.[1];
    if (include) return depth < 2 ? requirementDeps(repo, within(folderOf(file), include), depth + 1) : [];
    const name = text.startsWith('-') ? undefined : requirementName(text);
    return name ? [normalize(name)] : [];
  });
}

function pyprojectDeps(pyproject: Record<string, unknown>): string[] {
  const list = (value: unknown) => (Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : []);
  const keys = (value: unknown) => (value && typeof value === 'object' ? Object.keys(value).filter((k) => k !== 'python') : []);
  const project = (pyproject.project ?? {}) as Record<string, unknown>;
  const poetry = ((pyproject.tool as Record<string, unknown> | undefined)?.poetry ?? {}) as Record<string, unknown>;
  const groups = Object.values((poetry.group ?? {}) as Record<string, { dependencies?: unknown }>).flatMap((group) => keys(group.dependencies));
  const specs = [
    ...list(project.dependencies),
    ...Object.values((project['optional-dependencies'] ?? {}) as Record<string, unknown>).flatMap(list),
    ...Object.values((pyproject['dependency-groups'] ?? {}) as Record<string, unknown>).flatMap(list),
  ];
  return [...specs.map(requirementName), ...keys(poetry.dependencies), ...keys(poetry['dev-dependencies']), ...groups].filter((n): n is string => !!n).map(normalize);
}

export function pythonProjects(repo: RepoFiles): PythonProject[] {
  const dirs = [...new Set(repo.files.filter((f) => MARKERS.includes(nameOf(f))).map(folderOf))]
    .filter((dir) => !isInfraPath(repo, dir))
    .sort((a, b) => a.length - b.length);
  const projects: PythonProject[] = [];
  for (const dir of dirs) {
    if (projects.some((p) => isUnder(dir, p.dir))) continue;
    const pyproject = repo.has(within(dir, 'pyproject.toml')) ? repo.toml(within(dir, 'pyproject.toml')) : undefined;
    const tool = (pyproject?.tool ?? {}) as Record<string, unknown>;
    // A pyproject.toml with only tool settings (e.g. Black's) in a Node repository is not a Python project.
    if (!pyproject?.project && !tool.poetry && !['requirements.txt', 'setup.py', 'Pipfile'].some((m) => repo.has(within(dir, m)))) continue;
    const requirementFiles = repo.files.filter((f) => (folderOf(f) === dir && REQUIREMENT_FILES.test(nameOf(f)))
      || (folderOf(f) === within(dir, 'requirements') && /^(base|common|dev|development|test|tests)\.txt$/.test(nameOf(f))));
    const deps = new Set([...requirementFiles.flatMap((f) => requirementDeps(repo, f)), ...(pyproject ? pyprojectDeps(pyproject) : [])]);
    // requirements-dev.txt usually starts with `-r requirements.txt`: installing it installs both.
    const included = new Set(requirementFiles.flatMap((f) => [...repo.read(f).matchAll(/^-r\s+(\S+)/gm)].map((m) => posix.normalize(within(folderOf(f), m[1]!)))));
    const toInstall = requirementFiles.filter((f) => !included.has(f)).sort((a, b) => Number(nameOf(a) !== 'requirements.txt') - Number(nameOf(b) !== 'requirements.txt'));
    const cd = (command: string) => (dir ? `cd ${shellArg(dir)} && ${command}` : command);
    let install: Command[];
    let runner = '';
    let manager: PythonProject['manager'] = 'pip';
    if (repo.has(within(dir, 'uv.lock'))) [install, runner, manager] = [[{ run: 'pipx install uv' }, { run: cd('uv sync --all-extras --dev') }], 'uv run ', 'uv'];
    else if (tool.poetry) [install, runner, manager] = [[{ run: 'pipx install poetry' }, { run: cd('poetry install --no-interaction') }], 'poetry run ', 'poetry'];
    else if (repo.has(within(dir, 'Pipfile'))) [install, runner, manager] = [[{ run: 'pipx install pipenv' }, { run: cd('pipenv install --dev') }], 'pipenv run ', 'pipenv'];
    else if (toInstall.length) install = [{ run: cd(`python -m pip install ${toInstall.map((f) => `-r ${shellArg(f.slice(dir ? dir.length + 1 : 0))}`).join(' ')}`) }];
    else {
      const extras = Object.keys(((pyproject?.project as Record<string, unknown> | undefined)?.['optional-dependencies'] ?? {}) as object).filter((e) => /^(dev|test|tests)$/.test(e));
      install = [{ run: cd(`python -m pip install -e ${extras.length ? `'.[${extras.join(',')}]'` : '.'}`) }];
    }
    const manifest = ['requirements.txt', 'pyproject.toml', 'setup.py', 'Pipfile'].map((m) => within(dir, m)).find((f) => repo.has(f)) ?? within(dir, 'pyproject.toml');
    const lockfiles = { uv: [within(dir, 'uv.lock')], poetry: [within(dir, 'poetry.lock')], pipenv: [], pip: requirementFiles }[manager].filter((f) => repo.has(f));
    projects.push({ dir, manifest, deps, install, runner, manager, lockfiles, ...pythonVersion(repo, dir, pyproject) });
  }
  return projects;
}

function pythonVersion(repo: RepoFiles, dir: string, pyproject: Record<string, unknown> | undefined): { version?: { value: string; from: string } } {
  const requires = (pyproject?.project as Record<string, unknown> | undefined)?.['requires-python'];
  const candidates: Array<[string, string]> = [
    [within(dir, '.python-version'), repo.read(within(dir, '.python-version'))],
    [`${within(dir, 'pyproject.toml')} requires-python`, typeof requires === 'string' ? requires : ''],
    [within(dir, 'runtime.txt'), repo.read(within(dir, 'runtime.txt'))],
  ];
  for (const [from, text] of candidates) {
    const value = /3\.\d+/.exec(text)?.[0];
    if (value) return { version: { value, from } };
  }
  return {};
}

interface Tool { name: string; command: string; configured: (repo: RepoFiles, dir: string, tool: Record<string, unknown>) => boolean }

const section = (repo: RepoFiles, dir: string, files: string[], header: RegExp) => files.some((f) => header.test(repo.read(within(dir, f))));
const TOOLS: Tool[] = [
  { name: 'black', command: 'black --check .', configured: (_r, _d, tool) => tool.black !== undefined },
  { name: 'ruff', command: 'ruff check .', configured: (repo, dir, tool) => tool.ruff !== undefined || repo.has(within(dir, 'ruff.toml')) || repo.has(within(dir, '.ruff.toml')) },
  { name: 'flake8', command: 'flake8', configured: (repo, dir) => repo.has(within(dir, '.flake8')) || section(repo, dir, ['setup.cfg', 'tox.ini'], /^\[flake8\]/m) },
  { name: 'mypy', command: 'mypy .', configured: (repo, dir, tool) => tool.mypy !== undefined || repo.has(within(dir, 'mypy.ini')) || repo.has(within(dir, '.mypy.ini')) || section(repo, dir, ['setup.cfg'], /^\[mypy\]/m) },
  {
    name: 'pytest', command: 'pytest',
    configured: (repo, dir, tool) => tool.pytest !== undefined || repo.has(within(dir, 'pytest.ini')) || repo.has(within(dir, 'conftest.py')) || section(repo, dir, ['setup.cfg', 'tox.ini'], /^\[(tool:)?pytest\]/m),
  },
];

/** Install, then each check the project has set up or depends on; a check set up but never installed gets a TODO. */
export function pythonTestCommands(repo: RepoFiles, project: PythonProject): { commands: Command[]; note: string } {
  const pyproject = repo.has(within(project.dir, 'pyproject.toml')) ? repo.toml(within(project.dir, 'pyproject.toml')) : undefined;
  const tool = (pyproject?.tool ?? {}) as Record<string, unknown>;
  const cd = (command: string) => (project.dir ? `cd ${shellArg(project.dir)} && ${command}` : command);
  const commands: Command[] = [...project.install];
  const found: string[] = [];
  for (const check of TOOLS) {
    const installed = project.deps.has(check.name) || (check.name === 'pytest' && project.deps.has('pytest-django'));
    const configured = check.configured(repo, project.dir, tool);
    if (!installed && !configured) continue;
    found.push(check.name);
    commands.push({ run: cd(`${project.runner}${check.command}`), ...(installed ? {} : { note: `TODO: ${check.name} is set up but in no requirements file or pyproject.toml dependency list, so the install above does not install it; add it there` }) });
  }
  if (!found.includes('pytest') && repo.has(within(project.dir, 'manage.py'))) {
    commands.push({ run: cd(`${project.runner}python manage.py test`) });
    found.push('manage.py test');
  }
  const where = project.dir || 'the repository root';
  return { commands, note: found.length ? `Python in ${where}: install, then ${found.join(', ')}` : `Python in ${where}: install; no test runner or linter found` };
}
