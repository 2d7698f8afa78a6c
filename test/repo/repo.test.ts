import { describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { ACTION_PINS } from '../../generator/src/pins.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const actionlint = join(root, 'node_modules', '@tktco', 'node-actionlint', 'bin', 'node-actionlint.js');
const actions = readdirSync(join(root, 'actions')).filter((name) => existsSync(join(root, 'actions', name, 'action.yml')));

// The WASM actionlint deadlocks when loaded through `require` in some hosts; its CLI entry works, so run that.
// --liftoff-only: V8's baseline WASM tier; its optimising tier costs ~4 s of CPU per run for the same findings.
function lintWorkflows(cwd: string) {
  return spawnSync(process.execPath, ['--liftoff-only', actionlint, '.github/workflows/*.{yml,yaml}'], { cwd, encoding: 'utf8', timeout: 60_000 });
}

describe('workflows', () => {
  it('every workflow in the repo passes actionlint', () => {
    const result = lintWorkflows(root);
    expect(result.stdout).toMatch(/Checking \d+ workflow file\(s\)/);
    expect(result.stdout + result.stderr).toContain('All workflow files passed lint checks');
    expect(result.status).toBe(0);
  });

  it('actionlint really runs: a broken workflow fails it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'actionlint-'));
    try {
      mkdirSync(join(dir, '.github', 'workflows'), { recursive: true });
      writeFileSync(join(dir, '.github', 'workflows', 'bad.yml'), 'on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    needs: [biuld]\n    steps:\n      - run: echo ${{ steps.nope.outputs.x }}\n');
      const result = lintWorkflows(dir);
      expect(result.status).toBe(1);
      expect(result.stdout).toContain('biuld');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe.each(['ci.yml', 'check-dist.yml', 'release.yml'])('.github/workflows/%s', (file) => {
  // Tags can be moved (see generator/src/pins.ts); Renovate updates the SHA and the comment together.
  it('pins every third-party action to a full commit SHA with a # vX.Y.Z comment', () => {
    const uses = [...readFileSync(join(root, '.github', 'workflows', file), 'utf8').matchAll(/^\s*(?:- )?uses: (\S+)(.*)$/gm)];
    const remote = uses.filter((m) => !m[1]!.startsWith('./'));
    expect(remote.length).toBeGreaterThan(0);
    for (const [, ref, comment] of remote) expect([ref, /@[0-9a-f]{40}$/.test(ref!), comment]).toEqual([ref, true, expect.stringMatching(/^ # v\d+\.\d+\.\d+$/)]);
  });

  it('was pinned from the manifest: the SHA of each version is the one generator/src/pins.ts confirmed', () => {
    const text = readFileSync(join(root, '.github', 'workflows', file), 'utf8');
    for (const [action, pin] of Object.entries(ACTION_PINS)) {
      for (const [, sha, version] of text.matchAll(new RegExp(`uses: ${action}@(\\S+) # (\\S+)`, 'g'))) {
        if (version === pin.version) expect([action, sha]).toEqual([action, pin.sha]);
      }
    }
  });
});

describe.each(actions)('actions/%s', (name) => {
  const dir = join(root, 'actions', name);
  const manifest = parse(readFileSync(join(dir, 'action.yml'), 'utf8'));

  it('is a node24 action whose entry is the committed dist', () => {
    expect(manifest.runs.using).toBe('node24');
    expect(manifest.runs.main).toBe('dist/index.js');
    expect(existsSync(join(dir, 'dist', 'index.js'))).toBe(true);
    if (manifest.runs.post) expect(existsSync(join(dir, manifest.runs.post))).toBe(true);
  });

  it('documents every input and output, and gives optional inputs a default', () => {
    for (const [input, spec] of Object.entries<{ description?: string; required?: boolean; default?: string }>(manifest.inputs ?? {})) {
      expect([input, spec.description?.length ?? 0]).not.toEqual([input, 0]);
      if (!spec.required) expect([input, typeof spec.default]).toEqual([input, 'string']);
    }
    for (const [output, spec] of Object.entries<{ description?: string }>(manifest.outputs ?? {})) {
      expect([output, spec.description?.length ?? 0]).not.toEqual([output, 0]);
    }
  });
});

describe('action READMEs', () => {
  const docs = join(root, 'scripts', 'action-docs.mjs');

  it('have tables that match action.yml', () => {
    const result = spawnSync(process.execPath, [docs, '--check'], { cwd: root, encoding: 'utf8' });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
  });

  it('are caught when an input is added to action.yml but not to the README', () => {
    const copy = mkdtempSync(join(tmpdir(), 'docs-'));
    try {
      for (const name of actions) {
        cpSync(join(root, 'actions', name, 'action.yml'), join(copy, 'actions', name, 'action.yml'));
        cpSync(join(root, 'actions', name, 'README.md'), join(copy, 'actions', name, 'README.md'));
      }
      const first = actions[0] as string;
      const file = join(copy, 'actions', first, 'action.yml');
      writeFileSync(file, readFileSync(file, 'utf8').replace(/^inputs:\n/m, "inputs:\n  new-input:\n    description: 'x'\n    default: ''\n"));
      const result = spawnSync(process.execPath, [docs, '--check', '--root', copy], { encoding: 'utf8' });
      expect(result.status).toBe(1);
      expect(result.stderr).toContain(`actions/${first}/README.md`);
    } finally {
      rmSync(copy, { recursive: true, force: true });
    }
  });
});
