import { describe, expect, it } from '@jest/globals';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';
import { OUR_ACTIONS } from './model/types.js';
import { actionsTree, generatorVersion, packageRoot } from './package-root.js';
import { ourUses, publishedActionYml, publishedPath } from './published-path.js';
import { repoRoot } from '../test/support.js';

describe.each(OUR_ACTIONS)('%s', (action) => {
  it('is written as <owner>/<repository>/<published path>@<ref>', () => {
    expect(ourUses(action, 'org/platform-actions@v1')).toBe(`org/platform-actions/${publishedPath(action)}@v1`);
    expect(ourUses(action, 'acme/platform-actions@v2.1.0')).toBe(`acme/platform-actions/${action}@v2.1.0`);
  });

  it('resolves, from the repository root, to the generated copy whose runs.main is the action\'s committed dist', () => {
    const file = publishedActionYml(repoRoot, action);
    expect(file).toBe(join(repoRoot, action, 'action.yml'));
    const manifest = parse(readFileSync(file, 'utf8')) as { runs: { main: string } };
    expect(readFileSync(file, 'utf8')).toMatch(new RegExp(`^# generated from actions/${action}/action.yml — do not edit`));
    expect(resolve(file, '..', manifest.runs.main)).toBe(join(repoRoot, 'actions', action, 'dist', 'index.js'));
    expect(existsSync(join(repoRoot, 'actions', action, 'dist', 'index.js'))).toBe(true);
  });
});

describe('package-root', () => {
  it('from the sources: the package is generator/, the actions tree is the repository root', () => {
    expect(packageRoot()).toBe(join(repoRoot, 'generator'));
    expect(`${actionsTree()}/`).toBe(repoRoot);
  });

  it('gen-workflow (generator/package.json) has the version of the repository (package.json)', () => {
    const version = (JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as { version: string }).version;
    expect(generatorVersion()).toBe(version);
  });
});
