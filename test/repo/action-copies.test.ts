/**
 * The root-level <name>/action.yml copies (scripts/action-copies.mjs): what `uses: <owner>/platform-actions/<name>@ref`
 * reads. Rendered from actions/<name>/action.yml; a missing, stale, hand-edited or left-over copy is reported.
 */
import { afterEach, describe, expect, it } from '@jest/globals';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { actionNames, checkRootCopies, renderRootActionYml, sha256, writeRootCopies } from '../../scripts/action-copies.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const names = actionNames(root);
const temps: string[] = [];

/** A tree holding only actions/<name>/action.yml for every action, with its root copies written. */
function tree(): string {
  const dir = mkdtempSync(join(tmpdir(), 'root-copies-'));
  temps.push(dir);
  for (const name of names) cpSync(join(root, 'actions', name, 'action.yml'), join(dir, 'actions', name, 'action.yml'));
  writeRootCopies(dir);
  return dir;
}

const edit = (file: string, change: (text: string) => string) => writeFileSync(file, change(readFileSync(file, 'utf8')));

afterEach(() => {
  for (const dir of temps.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('renderRootActionYml', () => {
  it('is the source with runs.main/runs.post pointed into actions/<name>, under a do-not-edit header', () => {
    const source = "name: x\ninputs:\n  a:\n    description: 'A.' # kept\n    required: true\nruns:\n  using: 'node24'\n  main: 'dist/index.js'\n  post: 'dist/post.js'\n";
    const text = renderRootActionYml('ecs-deploy', source);
    expect(text.split('\n').slice(0, 3)).toEqual([
      '# generated from actions/ecs-deploy/action.yml — do not edit; regenerate with `npm run build`',
      `# source-sha256: ${sha256(source)}`,
      '# `uses: <owner>/platform-actions/ecs-deploy@<ref>` reads this file; the code is in actions/ecs-deploy/.',
    ]);
    expect(parse(text)).toEqual({ ...parse(source), runs: { using: 'node24', main: '../actions/ecs-deploy/dist/index.js', post: '../actions/ecs-deploy/dist/post.js' } });
    expect(text).toContain("description: 'A.' # kept");
  });

  it('refuses a source without runs.main', () => {
    expect(() => renderRootActionYml('x', 'name: x\nruns:\n  using: node24\n')).toThrow('actions/x/action.yml: runs.main is missing');
  });
});

describe.each(names)('the committed root copy %s/action.yml', (name) => {
  const copy = parse(readFileSync(join(root, name, 'action.yml'), 'utf8'));
  const source = parse(readFileSync(join(root, 'actions', name, 'action.yml'), 'utf8'));

  it('declares the same inputs and outputs as actions/<name>/action.yml', () => {
    expect({ inputs: copy.inputs, outputs: copy.outputs }).toEqual({ inputs: source.inputs, outputs: source.outputs });
  });

  it('resolves runs.main and runs.post, joined with its own folder, to actions/<name>/dist', () => {
    for (const key of ['main', 'post'] as const) {
      if (!source.runs[key]) continue;
      const file = resolve(root, name, copy.runs[key]);
      expect(file).toBe(join(root, 'actions', name, source.runs[key]));
      expect(existsSync(file)).toBe(true);
    }
  });
});

describe('checkRootCopies', () => {
  it('is clean right after writeRootCopies, which writes a copy and a README per action', () => {
    const dir = tree();
    expect(checkRootCopies(dir)).toEqual([]);
    expect(names.flatMap((name) => [`${name}/action.yml`, `${name}/README.md`].filter((f) => !existsSync(join(dir, f))))).toEqual([]);
    expect(readFileSync(join(dir, 'smoke-test', 'README.md'), 'utf8')).toContain('[actions/smoke-test](../actions/smoke-test/README.md)');
  });

  it('reports a missing copy', () => {
    const dir = tree();
    rmSync(join(dir, 'ecs-deploy', 'action.yml'));
    expect(checkRootCopies(dir)).toEqual([{ path: 'ecs-deploy/action.yml', problem: 'it is missing; it is generated from actions/ecs-deploy/action.yml' }]);
  });

  it('reports a stale copy when the source changed', () => {
    const dir = tree();
    edit(join(dir, 'actions', 'smoke-test', 'action.yml'), (text) => text.replace(/^inputs:\n/m, "inputs:\n  new-input:\n    description: 'x'\n    default: ''\n"));
    expect(checkRootCopies(dir)).toEqual([{ path: 'smoke-test/action.yml', problem: 'it is stale: actions/smoke-test/action.yml changed since it was generated' }]);
  });

  it('reports a hand edit of the copy, and points to the source', () => {
    const dir = tree();
    edit(join(dir, 'db-migrate', 'action.yml'), (text) => text.replace("main: '../actions/db-migrate/dist/index.js'", "main: 'dist/index.js'"));
    edit(join(dir, 'build-push', 'README.md'), (text) => `${text}More.\n`);
    expect(checkRootCopies(dir)).toEqual([
      { path: 'build-push/README.md', problem: 'it was edited by hand; it is generated from actions/build-push' },
      { path: 'db-migrate/action.yml', problem: 'it was edited by hand; edit actions/db-migrate/action.yml instead' },
    ]);
  });

  it('reports a copy whose header was removed', () => {
    const dir = tree();
    edit(join(dir, 's3-spa-deploy', 'action.yml'), (text) => text.replace(/^(#.*\n)+\n?/, ''));
    expect(checkRootCopies(dir)).toEqual([{ path: 's3-spa-deploy/action.yml', problem: 'it has no generated header (written by hand?); it must be generated from actions/s3-spa-deploy/action.yml' }]);
  });

  it('reports a copy left over after its action was removed; writeRootCopies removes it and fixes the rest', () => {
    const dir = tree();
    rmSync(join(dir, 'actions', 'smoke-test'), { recursive: true });
    mkdirSync(join(dir, 'unrelated'));
    writeFileSync(join(dir, 'unrelated', 'action.yml'), 'name: hand-written\n');
    rmSync(join(dir, 'ecs-deploy', 'action.yml'));
    expect(checkRootCopies(dir).map((p) => p.path)).toEqual(['ecs-deploy/action.yml', 'smoke-test/action.yml']);
    expect(checkRootCopies(dir)[1]!.problem).toBe('its source actions/smoke-test/ no longer exists; delete the folder');
    expect(writeRootCopies(dir)).toEqual(['ecs-deploy/action.yml', 'smoke-test/action.yml (removed)']);
    expect(checkRootCopies(dir)).toEqual([]);
    expect(existsSync(join(dir, 'smoke-test'))).toBe(false);
    expect(existsSync(join(dir, 'unrelated', 'action.yml'))).toBe(true);
  });
});
