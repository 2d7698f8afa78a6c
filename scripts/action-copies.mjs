// The root-level action folders users reach. `uses: <owner>/platform-actions/<name>@<ref>` makes the runner
// download the repository at <ref> and read `<name>/action.yml` from its root, then join runs.main/runs.post with
// that folder (it checks the file exists; it has no containment check). The code stays in actions/<name>/, so
// each root copy is generated from actions/<name>/action.yml with runs.main/runs.post pointed back into it.
// One source of truth: `npm run build` writes the copies, `npm run check-dist` fails on a missing, stale or
// hand-edited one.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { parseDocument } from 'yaml';

const HEADER_MARK = 'generated from actions/';
const HASH_LINE = /^# source-sha256: ([0-9a-f]{64})$/m;

export const sha256 = (text) => createHash('sha256').update(text).digest('hex');

/** The actions that get a root copy: every actions/<name> with an action.yml. */
export function actionNames(root) {
  return readdirSync(join(root, 'actions'), { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(root, 'actions', entry.name, 'action.yml')))
    .map((entry) => entry.name)
    .sort();
}

/** actions/<name>/action.yml → <name>/action.yml: a header, and runs.main/runs.post relative to the root folder. */
export function renderRootActionYml(name, sourceText) {
  const doc = parseDocument(sourceText);
  if (doc.errors.length) throw new Error(`actions/${name}/action.yml: ${doc.errors[0].message}`);
  for (const key of ['pre', 'main', 'post']) {
    const entry = doc.getIn(['runs', key]);
    if (typeof entry === 'string') doc.setIn(['runs', key], posix.join('..', 'actions', name, entry));
  }
  if (typeof doc.getIn(['runs', 'main']) !== 'string') throw new Error(`actions/${name}/action.yml: runs.main is missing`);
  const header = [
    ` ${HEADER_MARK}${name}/action.yml — do not edit; regenerate with \`npm run build\``,
    ` source-sha256: ${sha256(sourceText)}`,
    ` \`uses: <owner>/platform-actions/${name}@<ref>\` reads this file; the code is in actions/${name}/.`,
  ];
  doc.commentBefore = doc.commentBefore ? `${header.join('\n')}\n${doc.commentBefore}` : header.join('\n');
  return doc.toString({ lineWidth: 0 });
}

export function renderRootReadme(name) {
  return [
    `<!-- ${HEADER_MARK}${name} by \`npm run build\`; do not edit -->`,
    `# ${name}`,
    '',
    `This folder holds only the \`action.yml\` that \`uses: <owner>/platform-actions/${name}@v1\` reads. The action's`,
    `code, inputs and documentation are in [actions/${name}](../actions/${name}/README.md).`,
    '',
  ].join('\n');
}

/** Every generated root file, with the source it comes from. */
export function expectedRootFiles(root) {
  return actionNames(root).flatMap((name) => {
    const source = `actions/${name}/action.yml`;
    const text = readFileSync(join(root, source), 'utf8');
    return [
      { path: `${name}/action.yml`, source, sourceHash: sha256(text), content: renderRootActionYml(name, text) },
      { path: `${name}/README.md`, source: `actions/${name}`, content: renderRootReadme(name) },
    ];
  });
}

/** Root folders whose action.yml we generated once, but whose actions/<name> source is gone. */
function orphans(root, expected) {
  const wanted = new Set(expected.map((file) => file.path));
  return readdirSync(root, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && entry.name !== 'node_modules' && !entry.name.startsWith('.'))
    .map((entry) => `${entry.name}/action.yml`)
    .filter((path) => !wanted.has(path) && existsSync(join(root, path)) && readFileSync(join(root, path), 'utf8').startsWith(`# ${HEADER_MARK}`));
}

/** Why a committed copy differs from what its source generates now. */
function explain(file, committed) {
  if (!file.sourceHash) return `it was edited by hand; it is generated from ${file.source}`;
  if (!committed.startsWith(`# ${HEADER_MARK}`)) return `it has no generated header (written by hand?); it must be generated from ${file.source}`;
  const recorded = HASH_LINE.exec(committed)?.[1];
  if (recorded !== file.sourceHash) return `it is stale: ${file.source} changed since it was generated`;
  return `it was edited by hand; edit ${file.source} instead`;
}

/** [{ path, problem }] for every root copy that is missing, stale, hand-edited, or left over. */
export function checkRootCopies(root) {
  const expected = expectedRootFiles(root);
  const problems = [];
  for (const file of expected) {
    const target = join(root, file.path);
    if (!existsSync(target)) {
      problems.push({ path: file.path, problem: `it is missing; it is generated from ${file.source}` });
      continue;
    }
    const committed = readFileSync(target, 'utf8');
    if (committed !== file.content) problems.push({ path: file.path, problem: explain(file, committed) });
  }
  for (const path of orphans(root, expected)) problems.push({ path, problem: `its source actions/${path.split('/')[0]}/ no longer exists; delete the folder` });
  return problems;
}

/** Writes every root copy and removes left-over ones; returns the paths it changed. */
export function writeRootCopies(root) {
  const expected = expectedRootFiles(root);
  const written = [];
  for (const file of expected) {
    const target = join(root, file.path);
    if (existsSync(target) && readFileSync(target, 'utf8') === file.content) continue;
    mkdirSync(join(target, '..'), { recursive: true });
    writeFileSync(target, file.content);
    written.push(file.path);
  }
  for (const path of orphans(root, expected)) {
    const folder = join(root, path.split('/')[0]);
    for (const name of ['action.yml', 'README.md']) rmSync(join(folder, name), { force: true });
    if (readdirSync(folder).length === 0) rmSync(folder, { recursive: true });
    written.push(`${path} (removed)`);
  }
  return written;
}

/**
 * The generator ships the root action.yml copies next to its bundle (dist/platform-actions/<name>/action.yml), so an
 * installed gen-workflow checks `with:` keys against the very file its `uses:` path resolves to.
 */
export function writeShippedActionYmls(root, dir) {
  for (const file of expectedRootFiles(root).filter((f) => f.path.endsWith('/action.yml'))) {
    const target = join(dir, file.path);
    mkdirSync(join(target, '..'), { recursive: true });
    writeFileSync(target, file.content);
  }
}
