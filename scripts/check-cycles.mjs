// Fails on an import cycle among the repository's own modules (`npm run lint` runs it). Type-only imports count:
// eslint-plugin-import-x's no-cycle skips them, but a planner that imports a type from the orchestrator that imports
// the planner is the tangle this check exists to stop (db-migrate exec.ts ↔ run.ts, s3-spa-deploy report.ts ↔
// run.ts were such). Imports are read with TypeScript's own pre-processor, so `import type`, `export … from` and
// `import()` are all seen without a parser of our own. Run: node scripts/check-cycles.mjs [root]
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

/** Where the repository's own modules live (dist/ and node_modules/ are skipped wherever they are). */
export const SOURCE_DIRS = ['actions', 'generator', 'test', 'bench', 'scripts'];
const SKIPPED = new Set(['node_modules', 'dist', 'coverage', 'fixtures']);
const MODULE_FILE = /\.(ts|mts|cts|mjs|cjs|js)$/;

function walk(dir, out) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (SKIPPED.has(entry.name) || entry.name.startsWith('.')) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) walk(path, out);
    else if (MODULE_FILE.test(entry.name) && !entry.name.endsWith('.d.ts') && !entry.name.endsWith('.d.mts')) out.push(path);
  }
  return out;
}

/** Every relative module specifier a file imports or re-exports, type-only ones included. */
export function importsOf(text) {
  const info = ts.preProcessFile(text, true, true);
  return info.importedFiles.map((f) => f.fileName).filter((name) => name.startsWith('./') || name.startsWith('../'));
}

/** The file a relative specifier names: as written, or the TypeScript source behind a `.js`/`.mjs` specifier. */
function resolveSpecifier(from, specifier, known) {
  const base = resolve(dirname(from), specifier);
  const candidates = [base, base.replace(/\.js$/, '.ts'), base.replace(/\.mjs$/, '.mts'), base.replace(/\.cjs$/, '.cts'), `${base}.ts`, join(base, 'index.ts')];
  return candidates.find((c) => known.has(c));
}

/** The module graph: file → the repository files it imports. */
export function moduleGraph(files) {
  const known = new Set(files.keys());
  const graph = new Map();
  for (const [file, text] of files) {
    const targets = importsOf(text).map((s) => resolveSpecifier(file, s, known)).filter((t) => t !== undefined);
    graph.set(file, [...new Set(targets)]);
  }
  return graph;
}

/**
 * The cycles, one per strongly connected component (Tarjan), each as a path `a → b → … → a` through that component.
 * Iterative, so a deep import chain cannot overflow the stack.
 */
export function findCycles(graph) {
  const index = new Map();
  const low = new Map();
  const onStack = new Set();
  const stack = [];
  const components = [];
  let next = 0;
  for (const root of graph.keys()) {
    if (index.has(root)) continue;
    const work = [[root, 0]];
    index.set(root, next); low.set(root, next); next += 1; stack.push(root); onStack.add(root);
    while (work.length) {
      const frame = work[work.length - 1];
      const [node, i] = frame;
      const edges = graph.get(node) ?? [];
      if (i < edges.length) {
        frame[1] += 1;
        const to = edges[i];
        if (!index.has(to)) {
          index.set(to, next); low.set(to, next); next += 1; stack.push(to); onStack.add(to);
          work.push([to, 0]);
        } else if (onStack.has(to)) low.set(node, Math.min(low.get(node), index.get(to)));
        continue;
      }
      work.pop();
      if (work.length) {
        const parent = work[work.length - 1][0];
        low.set(parent, Math.min(low.get(parent), low.get(node)));
      }
      if (low.get(node) === index.get(node)) {
        const component = [];
        let member;
        do {
          member = stack.pop();
          onStack.delete(member);
          component.push(member);
        } while (member !== node);
        if (component.length > 1 || (graph.get(node) ?? []).includes(node)) components.push(component);
      }
    }
  }
  return components.map((component) => cyclePath(graph, component));
}

/** One concrete cycle inside a component: a breadth-first path from its first member back to itself. */
function cyclePath(graph, component) {
  const members = new Set(component);
  const start = [...members].sort()[0];
  const previous = new Map();
  const queue = [start];
  while (queue.length) {
    const node = queue.shift();
    for (const to of graph.get(node) ?? []) {
      if (!members.has(to)) continue;
      if (to === start) {
        const path = [start];
        for (let at = node; at !== start; at = previous.get(at)) path.splice(1, 0, at);
        return [...path, start];
      }
      if (!previous.has(to)) {
        previous.set(to, node);
        queue.push(to);
      }
    }
  }
  return [start, start];
}

/** The cycles among the modules under `root`'s source folders, as root-relative paths. */
export function checkCycles(root, dirs = SOURCE_DIRS) {
  const files = new Map();
  for (const dir of dirs) {
    const full = join(root, dir);
    if (!existsSync(full) || !statSync(full).isDirectory()) continue;
    for (const file of walk(full, [])) files.set(file, readFileSync(file, 'utf8'));
  }
  return findCycles(moduleGraph(files)).map((cycle) => cycle.map((file) => relative(root, file)));
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const root = resolve(process.argv[2] ?? join(dirname(fileURLToPath(import.meta.url)), '..'));
  const cycles = checkCycles(root);
  for (const cycle of cycles) console.error(`import cycle: ${cycle.join(' → ')}`);
  if (cycles.length) {
    console.error(`${cycles.length} import cycle(s): move what both sides need into a module of its own (types included).`);
    process.exit(1);
  }
  console.log('check-cycles: no import cycles');
}
