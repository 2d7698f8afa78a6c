/**
 * init writes the test jobs' toolchain keys (Python pip/Poetry/uv/Pipenv, PHP Composer, Node in a folder) with a
 * dependency cache only where a lockfile exists for it, each job in its folder, and the starter generates a pipeline
 * as written. Temporary folders and a git stub: no git repository is made.
 */
import { afterAll, describe, expect, it } from '@jest/globals';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { parseConfig } from './config/load.js';
import { inspectRepository, starterConfig } from './init.js';
import { planWorkflow } from './model/pipeline.js';

const made: string[] = [];
afterAll(() => made.forEach((dir) => rmSync(dir, { recursive: true, force: true })));
const noGit = () => undefined;

/** The starter config for these files, parsed, and the pipeline it generates (a config error or generation error fails the test). */
function starter(files: Record<string, string | object>) {
  const dir = mkdtempSync(join(tmpdir(), 'init-toolchain-'));
  made.push(dir);
  for (const [file, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, file)), { recursive: true });
    writeFileSync(join(dir, file), typeof content === 'string' ? content : JSON.stringify(content));
  }
  const text = starterConfig(inspectRepository(dir, noGit));
  const { config } = parseConfig(text, 'platform.yml');
  const workflow = planWorkflow(config, { config: 'platform.yml', out: '.github/workflows', generatorVersion: '1.0.0' });
  return { text, config, workflow };
}

const POETRY = '[tool.poetry]\nname = "svc"\n[tool.poetry.dependencies]\npython = "^3.11"\n[tool.poetry.group.dev.dependencies]\npytest = "*"\n';

describe('init toolchains', () => {
  it.each([
    ['Poetry with poetry.lock: its cache, and no pipx line (the toolchain installs Poetry)', { 'pyproject.toml': POETRY, 'poetry.lock': '' },
      { python: { version: '3.12', 'package-manager': 'poetry', cache: true } }, ['poetry install --no-interaction', 'poetry run pytest']],
    ['Poetry without a lockfile: no cache (setup-python would fail finding none)', { 'pyproject.toml': POETRY },
      { python: { version: '3.12', 'package-manager': 'poetry', cache: false } }, ['poetry install --no-interaction', 'poetry run pytest']],
    ['uv with uv.lock and a .python-version', { 'pyproject.toml': '[project]\nname = "svc"\ndependencies = ["pytest"]\n', 'uv.lock': '', '.python-version': '3.13\n' },
      { python: { version: '3.13', 'package-manager': 'uv', cache: true } }, ['uv sync --all-extras --dev', 'uv run pytest']],
    ['pip with only pyproject.toml: the cache keys on it', { 'pyproject.toml': '[project]\nname = "svc"\ndependencies = ["pytest"]\n' },
      { python: { 'package-manager': 'pip', cache: true, lockfile: 'pyproject.toml' } }, ['python -m pip install -e .', 'pytest']],
    ['Pipenv: set up by pip (its cache keyed on the Pipfile), then pipx install pipenv', { Pipfile: '[packages]\npytest = "*"\n', 'pytest.ini': '' },
      { python: { 'package-manager': 'pip', cache: true, lockfile: 'Pipfile' } }, ['pipx install pipenv', 'pipenv install --dev', 'pipenv run pytest']],
    ['Composer without composer.lock, with extensions from ext-* requirements', { 'composer.json': { require: { php: '^8.2', 'ext-pdo_pgsql': '*', 'ext-redis': '*' }, 'require-dev': { 'phpunit/phpunit': '^11' } } },
      { php: { version: '8.2', extensions: ['pdo_pgsql', 'redis'], cache: false } }, ['composer install --no-interaction --prefer-dist --no-progress', 'vendor/bin/phpunit']],
    ['Node in a folder without a lockfile: its folder, no cache', { 'web/package.json': { name: 'web', scripts: { test: 'vitest' } } },
      { node: { version: '20', 'package-manager': 'npm', cache: false }, 'working-directory': 'web' }, ['npm install', 'npm run test']],
    ['Node at the root without a lockfile: the node key, to turn the cache off', { 'package.json': { name: 'svc', scripts: { test: 'jest' } } },
      { node: { version: '20', 'package-manager': 'npm', cache: false } }, ['npm install', 'npm run test']],
  ])('%s', (_what, files, toolchain, run) => {
    const { config, workflow } = starter(files);
    expect(config.test).toMatchObject({ ...toolchain, run });
    expect(config.test.jobs).toBeUndefined();
    const setup = workflow.jobs.find((job) => job.id === 'test')!.steps.map((step) => step.name);
    expect(setup.filter((name) => /^Set up (Node|Python|PHP)/.test(name))).toEqual([`Set up ${'node' in toolchain ? 'Node.js' : 'python' in toolchain ? 'Python' : 'PHP'}`]);
  });

  it('a Python backend and a Node app in folders: two jobs in parallel, the services with the backend, no stale TODO', () => {
    const { config, text, workflow } = starter({
      'api/requirements.txt': 'fastapi\npsycopg[binary]\npytest\n', 'api/conftest.py': '',
      'app/package.json': { name: 'app', scripts: { lint: 'eslint .', test: 'vitest' } }, 'app/pnpm-lock.yaml': 'lockfileVersion: 9.0\n',
    });
    expect(config.test.jobs).toEqual({
      api: expect.objectContaining({ python: { version: '3.12', 'package-manager': 'pip', cache: true }, 'working-directory': 'api', run: ['python -m pip install -r requirements.txt', 'pytest'], services: ['postgres'] }),
      app: expect.objectContaining({ node: { version: '20', 'package-manager': 'pnpm', cache: true }, 'working-directory': 'app', run: ['pnpm install --frozen-lockfile', 'pnpm run lint', 'pnpm run test'] }),
    });
    expect(config.test.jobs!.app!.services).toBeUndefined();
    expect(workflow.jobs.map((job) => job.id).filter((id) => id.startsWith('test'))).toEqual(['test-api', 'test-app']);
    expect(text).not.toMatch(/TODO: (the test job|Python|PHP)|once the config has toolchains|until the config can/);
  });
});
