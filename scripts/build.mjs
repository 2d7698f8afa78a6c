// Bundles every action's src/main.ts, and the generator's src/bin.ts, into their committed dist/ with ncc, and
// writes the root-level <name>/action.yml copies that `uses: <owner>/platform-actions/<name>@<ref>` resolves to
// (scripts/action-copies.mjs; the generator's dist ships them too).
// `--check` builds into a temporary folder instead and fails when any committed dist or root copy differs from it
// (a hand edit, or source changed without a rebuild), listing the files that differ.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { parse } from 'acorn';
import { minify } from 'terser';
import { checkRootCopies, writeRootCopies, writeShippedActionYmls } from './action-copies.mjs';

const root = new URL('..', import.meta.url).pathname;
const check = process.argv.includes('--check');
const only = process.argv.slice(2).filter((a) => !a.startsWith('--'));

// Every action, and the gen-workflow CLI (`generator`), each bundled with its dependencies into a committed dist/;
// the actions' dists are compacted (compact() below), the CLI's, held to no size limit, stays as ncc writes it.
const targets = [
  ...readdirSync(join(root, 'actions'))
    .filter((name) => existsSync(join(root, 'actions', name, 'src', 'main.ts')))
    .map((name) => ({ name, label: `actions/${name}`, entry: join('actions', name, 'src', 'main.ts'), dist: join(root, 'actions', name, 'dist'), compact: true })),
  { name: 'generator', label: 'generator', entry: join('generator', 'src', 'bin.ts'), dist: join(root, 'generator', 'dist'), shipsActionYmls: true },
].filter((target) => only.length === 0 || only.includes(target.name));

function listFiles(dir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true })
    .map(String)
    .filter((file) => statSync(join(dir, file)).isFile())
    .sort();
}

/** The npm packages with code in the bundle, any chunk: their folders, from the webpack stats ncc writes. */
function bundledPackageDirs(statsFile) {
  const dirs = new Set();
  const visit = (modules) => {
    for (const module of modules ?? []) {
      const path = module.nameForCondition ?? '';
      const at = path.lastIndexOf('/node_modules/');
      if (at >= 0) {
        const [scope, name] = path.slice(at + '/node_modules/'.length).split('/');
        dirs.add(path.slice(0, at + '/node_modules/'.length) + (scope.startsWith('@') ? `${scope}/${name}` : scope));
      } else if (path.startsWith(root)) {
        // Our own code counts when it sits in a package of its own (generator/ is gen-workflow), not the root's.
        for (let dir = dirname(path); dir.length > root.length; dir = dirname(dir)) {
          if (existsSync(join(dir, 'package.json'))) {
            dirs.add(dir);
            break;
          }
        }
      }
      visit(module.modules);
    }
  };
  visit(JSON.parse(readFileSync(statsFile, 'utf8')).modules);
  return [...dirs];
}

function licenseId({ license, licenses }) {
  if (typeof license === 'string') return license;
  if (license?.type) return license.type;
  if (Array.isArray(licenses)) return licenses.map((l) => l.type ?? l).join(' OR ');
  return undefined;
}

/**
 * licenses.txt: every bundled package's name, license and license text, sorted by name — the format ncc's
 * `--license` wrote. ncc writes that file once per chunk (the last chunk's packages win), so with the on-demand
 * chunks (CloudFront, CloudWatch Logs) it would drop most of them; hence we render it from the stats.
 */
function renderLicenses(packageDirs) {
  const entries = new Map();
  for (const dir of packageDirs) {
    const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
    const id = licenseId(manifest);
    const file = readdirSync(dir).sort().find((name) => /^licen[cs]e/i.test(name) && statSync(join(dir, name)).isFile());
    const text = file ? readFileSync(join(dir, file), 'utf8').replace(/\r\n/g, '\n') : undefined;
    entries.set(manifest.name, [manifest.name, id, text].filter((part) => part !== undefined).join('\n'));
  }
  return `${[...entries.keys()].sort((a, b) => (a < b ? -1 : 1)).map((name) => `${entries.get(name)}\n\n`).join('').trim()}\n`;
}

/**
 * All the JavaScript of an action's dist (index.js and the on-demand chunks) must stay ≤ 2 MB (bench/cold-start.mjs
 * fails otherwise), and the folder with licenses.txt should too. ncc without `-m` keeps each bundled file's whitespace
 * and comments; and
 * the AWS SDK is bundled from its CommonJS build, whose `exports.X = …` keep every command alive, so a dead-code
 * pass alone frees almost nothing (measured: beautified, ecs-deploy's JS grows from 2.17 to 2.36 MB). What does
 * pay is dropping the whitespace (2.17 → 1.55 MB). Names are not mangled and functions not inlined, so stack
 * traces keep their function and class names and every message text stays as written; lines are wrapped so that
 * a dist diff stays reviewable line by line. `unused`/`dead_code` drop what webpack marked unused in our own ESM.
 */
async function compact(outDir) {
  for (const file of listFiles(outDir).filter((name) => name.endsWith('.js'))) {
    const path = join(outDir, file);
    const result = await minify(readFileSync(path, 'utf8'), {
      ecma: 2020, // keeps `{ a }` as written rather than `{ a: a }` (ncc targets es2022)
      module: true,
      mangle: false,
      compress: { defaults: false, unused: true, dead_code: true, toplevel: true },
      keep_fnames: true,
      keep_classnames: true,
      format: { comments: 'some', max_line_len: 160 },
    });
    writeFileSync(path, eagerFactories(result.code));
  }
}

/**
 * Each module factory of webpack's module maps (`{ 212: (module, exports, require) => { … } }`), wrapped in
 * parentheses. V8 compiles a function lazily: it pre-parses it when the file loads, then parses it again in full on
 * its first call. A factory is called as soon as anything requires its module, so in a chunk that loads nearly
 * every factory runs; parenthesised, V8 compiles it in the first pass instead (its heuristic for a function about
 * to be called), and a Node compile cache (NODE_COMPILE_CACHE) then holds it too. The code is otherwise unchanged.
 * Measured on ecs-deploy, Node 24, no compile cache, a whole run up to its first AWS call (SDK chunks loaded):
 * 0.193 → 0.162 s of user CPU; to the first input error, no slower (55 → 55 ms median); the e2e tests' dist runs
 * (with the compile cache): 8.4 → 7.4 s of CPU over three ecs-deploy files.
 */
function eagerFactories(code) {
  const ast = parse(code, { ecmaVersion: 'latest', sourceType: 'module', allowHashBang: true });
  const inserts = [];
  const isModuleMap = (node) =>
    node.properties.length > 0 &&
    node.properties.every((p) => p.type === 'Property' && p.key.type === 'Literal' && typeof p.key.value === 'number' && /^(Arrow)?FunctionExpression$/.test(p.value.type));
  const visit = (node) => {
    if (node.type === 'ObjectExpression' && isModuleMap(node)) {
      for (const { value } of node.properties) {
        if (code[value.start - 1] !== '(') inserts.push([value.start, '('], [value.end, ')']);
      }
    }
    for (const child of Object.values(node)) {
      if (Array.isArray(child)) {
        for (const item of child) if (item && typeof item.type === 'string') visit(item);
      } else if (child && typeof child.type === 'string') {
        visit(child);
      }
    }
  };
  visit(ast);
  let out = '';
  let from = 0;
  for (const [at, text] of inserts.sort((a, b) => a[0] - b[0])) {
    out += code.slice(from, at) + text;
    from = at;
  }
  return out + code.slice(from);
}

async function bundle(target, outDir) {
  const ncc = join(root, 'node_modules', '@vercel', 'ncc', 'dist', 'ncc', 'cli.js');
  const work = mkdtempSync(join(tmpdir(), `ncc-stats-${target.name}-`));
  try {
    const stats = join(work, 'stats.json');
    const args = [ncc, 'build', target.entry, '-o', outDir, '--stats-out', stats, '--target', 'es2022', '--quiet'];
    const result = spawnSync(process.execPath, args, { cwd: root, stdio: 'inherit' });
    if (result.status !== 0) {
      console.error(`::error::ncc failed for ${target.label}`);
      process.exit(1);
    }
    writeFileSync(join(outDir, 'licenses.txt'), renderLicenses(bundledPackageDirs(stats)));
    if (target.compact) await compact(outDir);
  } finally {
    rmSync(work, { recursive: true, force: true });
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
    await bundle(target, committed);
    console.log(`built ${target.label}/dist`);
    continue;
  }
  const fresh = mkdtempSync(join(tmpdir(), `dist-${target.name}-`));
  try {
    await bundle(target, fresh);
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
