// Bundles every action's src/main.ts, and the generator's src/bin.ts, into their committed dist/ with ncc, and
// writes the root-level <name>/action.yml copies that `uses: <owner>/platform-actions/<name>@<ref>` resolves to
// (scripts/action-copies.mjs; the generator's dist ships them too).
// `--check` builds into a temporary folder instead and fails when any committed dist or root copy differs from it
// (a hand edit, or source changed without a rebuild), listing the files that differ.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { checkRootCopies, writeRootCopies, writeShippedActionYmls } from './action-copies.mjs';

const root = new URL('..', import.meta.url).pathname;
const check = process.argv.includes('--check');
const only = process.argv.slice(2).filter((a) => !a.startsWith('--'));

// Every action, and the gen-workflow CLI (`generator`), each bundled with its dependencies into a committed dist/.
const targets = [
  ...readdirSync(join(root, 'actions'))
    .filter((name) => existsSync(join(root, 'actions', name, 'src', 'main.ts')))
    .map((name) => ({ name, label: `actions/${name}`, entry: join('actions', name, 'src', 'main.ts'), dist: join(root, 'actions', name, 'dist') })),
  { name: 'generator', label: 'generator', entry: join('generator', 'src', 'bin.ts'), dist: join(root, 'generator', 'dist'), shipsActionYmls: true },
].filter((target) => only.length === 0 || only.includes(target.name));

function listFiles(dir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true })
    .map(String)
    .filter((file) => statSync(join(dir, file)).isFile())
    .sort();
}

function bundle(target, outDir) {
  const ncc = join(root, 'node_modules', '@vercel', 'ncc', 'dist', 'ncc', 'cli.js');
  const args = [ncc, 'build', target.entry, '-o', outDir, '--license', 'licenses.txt', '--target', 'es2022', '--quiet'];
  const result = spawnSync(process.execPath, args, { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) {
    console.error(`::error::ncc failed for ${target.label}`);
    process.exit(1);
  }
  if (target.shipsActionYmls) writeShippedActionYmls(root, join(outDir, 'platform-actions'));
}

// The root copies are cheap to render, so every build writes (and every check checks) all of them.
let differences = 0;
if (check) {
  const problems = checkRootCopies(root);
  for (const { path, problem } of problems) console.error(`::error file=${path}::${path}: ${problem}. Run 'npm run build' and commit it.`);
  differences += problems.length;
  if (problems.length === 0) console.log('checked the root action.yml copies');
} else {
  for (const path of writeRootCopies(root)) console.log(`wrote ${path}`);
}
for (const target of targets) {
  const committed = target.dist;
  if (!check) {
    rmSync(committed, { recursive: true, force: true });
    bundle(target, committed);
    console.log(`built ${target.label}/dist`);
    continue;
  }
  const fresh = mkdtempSync(join(tmpdir(), `dist-${target.name}-`));
  try {
    bundle(target, fresh);
    const files = new Set([...listFiles(committed), ...listFiles(fresh)]);
    for (const file of files) {
      const a = join(committed, file);
      const b = join(fresh, file);
      if (!existsSync(a) || !existsSync(b) || !readFileSync(a).equals(readFileSync(b))) {
        differences += 1;
        console.error(`::error file=${relative(root, a)}::${target.label}/dist/${file} differs from a fresh build (${existsSync(a) ? (existsSync(b) ? 'content' : 'not produced by the build') : 'missing from the commit'}). Run 'npm run build' and commit dist.`);
      }
    }
    console.log(`checked ${target.label}/dist: ${files.size} file(s)`);
  } finally {
    rmSync(fresh, { recursive: true, force: true });
  }
}
if (differences > 0) process.exit(1);
