/**
 * The lockfile check: a cache keyed on a lockfile the repository lacks is a generation error naming the key and the
 * path; a folder without the project's manifest (the files are not there) is not checked.
 */
import { afterAll, describe, expect, it } from '@jest/globals';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseConfig } from './config/load.js';
import { generateFiles } from './generate.js';
import { GenerationError } from './generation-error.js';
import { missingLockfiles } from './lockfiles.js';
import { examplePath, repoRoot, withExample } from '../test/support.js';

type Tree = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
const load = (change: (c: Tree) => void) => parseConfig(withExample(change), 'platform.yml').config;
/** A repository of these files (path → nothing), listed folder by folder as readdir would. */
const repository = (paths: string[]) => (dir: string) => {
  const prefix = dir ? `${dir}/` : '';
  const names = paths.filter((p) => p.startsWith(prefix) && !p.slice(prefix.length).includes('/')).map((p) => p.slice(prefix.length));
  return names.length || paths.some((p) => p.startsWith(prefix)) ? names : undefined;
};

const made: string[] = [];
afterAll(() => made.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

describe('lockfiles the caches key on', () => {
  it('the README example (npm at the root): an error naming the key and the path only when package.json is there without package-lock.json', () => {
    const config = load(() => undefined);
    expect(missingLockfiles(config, repository(['package.json', 'package-lock.json']))).toEqual([]);
    expect(missingLockfiles(config, repository(['platform.yml']))).toEqual([]);
    expect(missingLockfiles(config, repository(['package.json', 'pnpm-lock.yaml']))).toEqual([
      expect.stringMatching(/^test: the test job's setup-node cache \(npm\) keys on package-lock\.json, which is not in the repository, so setup-node fails; .*test\.node: \{ cache: false \}/),
      expect.stringMatching(/^frontend: the frontend build \(with the test job's Node setting\) cache \(npm\) keys on package-lock\.json/),
    ]);
  });

  it('test jobs in folders, each stack with its own lockfile; cache: false is not checked', () => {
    const config = load((c) => {
      c.test = { jobs: {
        web: { node: { 'package-manager': 'npm' }, 'working-directory': 'web', run: ['npm test'] },
        api: { python: { 'package-manager': 'poetry' }, 'working-directory': 'api', run: ['poetry run pytest'] },
        legacy: { python: { 'package-manager': 'pip' }, 'working-directory': 'legacy', run: ['pytest'] },
        site: { php: {}, 'working-directory': 'site', run: ['vendor/bin/phpunit'] },
        off: { node: { cache: false }, 'working-directory': 'off', run: ['npm test'] },
        named: { node: { lockfile: 'shared/package-lock.json' }, 'working-directory': 'named', run: ['npm test'] },
      } };
      delete c.frontend;
      for (const env of Object.values(c.environments) as Tree[]) { delete env.bucket; delete env.distribution; }
    });
    const files = ['web/package.json', 'api/pyproject.toml', 'legacy/setup.py', 'site/composer.json', 'off/package.json', 'named/package.json'];
    expect(missingLockfiles(config, repository(files))).toEqual([
      'test.jobs.web.node: the test-web job\'s setup-node cache (npm) keys on web/package-lock.json, which is not in the repository, so setup-node fails; commit it, name the file the cache should key on with lockfile: <path from the repository root>, or turn the cache off with test.jobs.web.node.cache: false',
      expect.stringMatching(/^test\.jobs\.api\.python: the test-api job's Python cache \(poetry\) keys on api\/poetry\.lock, which is not in the repository, so setup-python fails; /),
      expect.stringMatching(/^test\.jobs\.legacy\.python: the test-legacy job's Python cache \(pip\) keys on legacy\/requirements\*\.txt, and legacy\/ has no such file, so setup-python fails; name the file/),
      expect.stringMatching(/^test\.jobs\.site\.php: the test-site job's Composer cache \(composer\) keys on site\/composer\.lock, which is not in the repository \(it would key on nothing\)/),
      expect.stringMatching(/^test\.jobs\.named\.node\.lockfile: shared\/package-lock\.json is not in the repository/),
    ]);
    const locked = [...files, 'web/package-lock.json', 'api/poetry.lock', 'legacy/requirements-dev.txt', 'site/composer.lock', 'shared/package-lock.json'];
    expect(missingLockfiles(config, repository(locked))).toEqual([]);
  });

  it('generation run inside a repository fails with the problem; a copy of the config alone generates', () => {
    const dir = mkdtempSync(join(tmpdir(), 'gen-lockfile-'));
    made.push(dir);
    copyFileSync(examplePath, join(dir, 'platform.yml'));
    mkdirSync(join(dir, '.github', 'workflows'), { recursive: true });
    const generate = () => generateFiles({ cwd: dir, config: 'platform.yml', out: '.github/workflows', actionsTree: repoRoot });
    expect(generate().files).toHaveLength(1);
    writeFileSync(join(dir, 'package.json'), '{}');
    expect(generate).toThrow(GenerationError);
    expect(generate).toThrow(/^test: the test job's setup-node cache \(npm\) keys on package-lock\.json/);
    writeFileSync(join(dir, 'package-lock.json'), '{}');
    expect(generate().files).toHaveLength(1);
  });
});
