/**
 * scripts/check-cycles.mjs, which `npm run lint` runs: an import cycle among our own modules fails the lint, type-only
 * imports included (eslint-plugin-import-x's no-cycle skips those, and db-migrate's exec.ts ↔ run.ts was one).
 */
import { afterEach, describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkCycles, findCycles, importsOf } from '../../scripts/check-cycles.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const temps: string[] = [];

/** A repository-shaped tree of the given files (paths relative to its root). */
function tree(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'cycles-'));
  temps.push(dir);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

afterEach(() => {
  for (const dir of temps.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('check-cycles', () => {
  it('reads every kind of relative import, type-only and re-exports included, and no package import', () => {
    const text = [
      "import type { A } from './a.js';", "import { b } from '../b.js';", "export * from './c.js';",
      "export { d } from './d.js';", "const e = await import('./e.js');", "import { readFileSync } from 'node:fs';", "import z from 'zod';",
    ].join('\n');
    expect(importsOf(text)).toEqual(['./a.js', '../b.js', './c.js', './d.js', './e.js']);
  });

  it('finds a cycle made only of type imports, naming its path', () => {
    const dir = tree({
      'actions/x/src/run.ts': "import { render } from './report.js';\nexport interface Report { ok: boolean }\nexport const run = () => render;\n",
      'actions/x/src/report.ts': "import type { Report } from './run.js';\nexport const render = (r: Report) => String(r.ok);\n",
    });
    expect(checkCycles(dir)).toEqual([['actions/x/src/report.ts', 'actions/x/src/run.ts', 'actions/x/src/report.ts']]);
  });

  it('finds a longer cycle through a re-export and a dynamic import, across folders', () => {
    const dir = tree({
      'actions/common/src/a.ts': "export * from './b.js';\n",
      'actions/common/src/b.ts': "export const b = () => import('../../x/src/c.js');\n",
      'actions/x/src/c.ts': "import { b } from '../../common/src/a.js';\nexport const c = b;\n",
      'actions/x/src/d.ts': "import { c } from './c.js';\nexport const d = c;\n",
    });
    expect(checkCycles(dir)).toEqual([['actions/common/src/a.ts', 'actions/common/src/b.ts', 'actions/x/src/c.ts', 'actions/common/src/a.ts']]);
  });

  it('finds a module importing itself, and each of two separate cycles', () => {
    const graph = new Map([['s', ['s']], ['a', ['b']], ['b', ['a', 'c']], ['c', []], ['d', ['e']], ['e', ['d']]]);
    expect(findCycles(graph).sort()).toEqual([['a', 'b', 'a'], ['d', 'e', 'd'], ['s', 's']]);
  });

  it('passes a tree without cycles (a diamond is no cycle), and skips dist/', () => {
    const dir = tree({
      'actions/x/src/top.ts': "import './left.js';\nimport './right.js';\n",
      'actions/x/src/left.ts': "import './bottom.js';\n",
      'actions/x/src/right.ts': "import './bottom.js';\n",
      'actions/x/src/bottom.ts': 'export {};\n',
      'actions/x/dist/index.js': "import './other.js';\n",
      'actions/x/dist/other.js': "import './index.js';\n",
    });
    expect(checkCycles(dir)).toEqual([]);
  });

  it('as a command (what npm run lint runs), exits 1 and names the cycle', () => {
    const script = join(root, 'scripts/check-cycles.mjs');
    const bad = tree({ 'test/a.ts': "import './b.js';\n", 'test/b.ts': "import './a.js';\n" });
    const failed = spawnSync(process.execPath, [script, bad], { encoding: 'utf8' });
    expect(failed.status).toBe(1);
    expect(failed.stderr).toContain('import cycle: test/a.ts → test/b.ts → test/a.ts');
  });
});
