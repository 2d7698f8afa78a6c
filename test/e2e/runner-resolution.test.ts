/**
 * What users write must resolve, checked the way the runner resolves it. For `uses: <owner>/platform-actions/<path>@<ref>`
 * the runner downloads the repository tarball at <ref> (GitHub's tarball honours `.gitattributes` export-ignore, as
 * `git archive` does), reads `<path>/action.yml` (or .yaml) from its root, joins runs.main/runs.post with that
 * folder and fails the step when the file does not exist. So this test works on `git archive HEAD`, never on the
 * working tree: a file that exists here but is not committed, or is export-ignored, does not count.
 *
 * It reads the last commit: run locally with uncommitted changes, it tests HEAD, not your edits (commit first).
 * In CI (`.ci/run` → `npm test` on a fresh clone) the working tree is HEAD. RESOLUTION_REF names another commit.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { nodeVersionOf, resolveNode24, runAction } from '../harness/index.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const ref = process.env.RESOLUTION_REF || 'HEAD';
const ACTIONS = ['build-push', 'ecs-deploy', 'db-migrate', 's3-spa-deploy', 'smoke-test'];
/** The actions whose dist loads a client on demand, from a chunk file (issue 17). */
const CHUNKED = ['ecs-deploy', 's3-spa-deploy'];
/** `<owner>/platform-actions/<path>@<ref>`: our repository, whatever the owner; the path is what the runner reads. */
const OURS = /^([^/\s]+)\/platform-actions\/([^@\s]+)@(\S+)$/;

let archive: string;
let work: string;
let node24: string;

interface Resolved { folder: string; manifestFile: string; inputs: Record<string, { required?: boolean; default?: unknown }>; main: string; post?: string }

function run(command: string, args: string[], cwd: string) {
  const result = spawnSync(command, args, { cwd, encoding: 'utf8', timeout: 120_000, maxBuffer: 64 * 1024 * 1024 });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed (${result.status}): ${result.stderr}`);
  return result.stdout;
}

/** The runner's lookup: <archive>/<path>/action.yml, else action.yaml; runs.main/runs.post joined with that folder. */
function resolveUses(path: string): Resolved {
  const folder = join(archive, ...path.split('/'));
  const manifestFile = ['action.yml', 'action.yaml'].map((name) => join(folder, name)).find((file) => existsSync(file));
  if (!manifestFile) throw new Error(`Can't find 'action.yml' or 'action.yaml' under '${path}' in ${ref}`);
  const manifest = parse(readFileSync(manifestFile, 'utf8')) as { inputs?: Resolved['inputs']; runs?: { using?: string; main?: string; post?: string } };
  if (manifest.runs?.using !== 'node24') throw new Error(`${path}: runs.using is ${manifest.runs?.using}, not node24`);
  const entry = (script: string | undefined, key: string) => {
    if (script === undefined) return undefined;
    const file = join(folder, script);
    if (!existsSync(file) || !statSync(file).isFile()) throw new Error(`${path}: runs.${key} '${script}' → File not found: '${file}'`);
    return file;
  };
  const main = entry(manifest.runs.main ?? '', 'main')!;
  return { folder, manifestFile, inputs: manifest.inputs ?? {}, main, post: entry(manifest.runs.post, 'post') };
}

/** Every markdown file of the archive: what users read on GitHub and npm. */
function markdownFiles(dir = archive): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return markdownFiles(path);
    return entry.name.endsWith('.md') ? [path] : [];
  });
}

/** `uses:` steps of ours in a parsed YAML tree, with their `with:` keys. */
function ourSteps(node: unknown): Array<{ uses: string; with: string[] }> {
  if (Array.isArray(node)) return node.flatMap(ourSteps);
  if (!node || typeof node !== 'object') return [];
  const record = node as Record<string, unknown>;
  const here = typeof record.uses === 'string' && OURS.test(record.uses) ? [{ uses: record.uses, with: Object.keys((record.with as object | undefined) ?? {}) }] : [];
  return [...here, ...Object.values(record).flatMap(ourSteps)];
}

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'runner-resolution-'));
  archive = join(work, 'platform-actions');
  mkdirSync(archive);
  // A tar file rather than a pipe: the archive is the exact byte stream GitHub's tarball would hold.
  run('git', ['archive', '--format=tar', '-o', join(work, 'repo.tar'), ref], root);
  run('tar', ['-xf', join(work, 'repo.tar'), '-C', archive], root);
  // This process's node when it is a Node 24 (scripts/jest.mjs runs jest on one): resolveNode24's `npx -y node@24`
  // costs ~1.7 s of CPU.
  node24 = process.env.HARNESS_NODE || (process.versions.node.split('.')[0] === '24' ? process.execPath : await resolveNode24());
}, 240_000);

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

it('runs the actions under Node 24, the runtime their action.yml declares', async () => {
  expect(await nodeVersionOf(node24)).toMatch(/^v24\./);
});

describe.each(ACTIONS)('uses: <owner>/platform-actions/%s@<ref>', (name) => {
  it('resolves in the archive to <name>/action.yml, whose runs.main/runs.post are actions/<name>/dist files', () => {
    const resolved = resolveUses(name);
    expect(resolved.manifestFile).toBe(join(archive, name, 'action.yml'));
    expect(resolved.main).toBe(join(archive, 'actions', name, 'dist', 'index.js'));
    if (resolved.post) expect(resolved.post).toBe(join(archive, 'actions', name, 'dist', 'index.js'));
  });

  it('has in the archive every chunk its index.js loads on demand, and each chunk loads', () => {
    // ncc emits a dynamic import() (CloudFront's and CloudWatch Logs' clients) as <id>.index.js next to index.js,
    // loaded relative to it: a chunk left out of the commit would fail only the run that needs it.
    const dist = join(archive, 'actions', name, 'dist');
    const referenced = new Set<string>();
    const pending = ['index.js'];
    while (pending.length > 0) {
      const text = readFileSync(join(dist, pending.pop()!), 'utf8');
      for (const match of text.matchAll(/__nccwpck_require__\.e\((?:\/\*[^*]*\*\/\s*)?(\d+)\)/g)) {
        const chunk = `${match[1]}.index.js`;
        if (!referenced.has(chunk)) pending.push(chunk);
        referenced.add(chunk);
      }
    }
    const present = readdirSync(dist).filter((file) => /^\d+\.index\.js$/.test(file));
    expect([...referenced].sort()).toEqual(present.sort());
    if (CHUNKED.includes(name)) expect(present.length).toBeGreaterThan(0);
    // One node for all of an action's chunks (a chunk is a module of its own, with no side effects): a start per
    // chunk cost a process each. A chunk that does not load is named, and fails the run.
    const load = 'for (const chunk of process.argv.slice(1)) await import(chunk).catch((error) => { process.exitCode = 1; console.error(`${chunk}: ${error}`); });';
    if (present.length > 0) run(node24, ['--input-type=module', '-e', load, ...present.map((chunk) => join(dist, chunk))], dist);
  });

  it('runs from there with no inputs and fails with its own ::error:: naming a required input', async () => {
    const resolved = resolveUses(name);
    const required = Object.entries(resolved.inputs).filter(([, spec]) => spec.required === true).map(([input]) => input);
    const result = await runAction({ actionDir: resolved.folder, node: node24, timeoutMs: 60_000 });
    await result.dispose();
    const errors = result.annotations.filter((a) => a.level === 'error');
    expect([result.conclusion, errors.length, result.stderr]).toEqual(['failure', 1, '']);
    expect(errors[0]!.origin).toBe('action');
    const named = /^Input '([^']+)': /.exec(errors[0]!.message)?.[1];
    expect([errors[0]!.message, required.includes(named ?? '')]).toEqual([errors[0]!.message, true]);
  }, 90_000);
});

describe('the reference pipeline (generator/test/example.yml), generated by the archived gen-workflow', () => {
  let uses: Array<{ uses: string; with: string[] }>;

  beforeAll(() => {
    const repo = join(work, 'user-repo');
    mkdirSync(repo);
    copyFileSync(join(archive, 'generator', 'test', 'example.yml'), join(repo, 'platform.yml'));
    run(process.execPath, [join(archive, 'generator', 'dist', 'index.js'), 'generate'], repo);
    uses = ourSteps(parse(readFileSync(join(repo, '.github', 'workflows', 'pipeline.yml'), 'utf8')));
  });

  it('uses all five actions', () => {
    expect(new Set(uses.map((step) => OURS.exec(step.uses)![2]))).toEqual(new Set(ACTIONS));
  });

  it('every uses: of ours resolves, runs.main exists, and its with: keys are inputs of that action.yml', () => {
    for (const step of uses) {
      const resolved = resolveUses(OURS.exec(step.uses)![2]!);
      expect([step.uses, step.with.filter((key) => !(key in resolved.inputs))]).toEqual([step.uses, []]);
    }
  });
});

describe('the READMEs', () => {
  it('every uses: of ours they show resolves in the archive, with inputs the action has', () => {
    const seen: string[] = [];
    for (const file of markdownFiles()) {
      const text = readFileSync(file, 'utf8');
      for (const match of text.matchAll(/uses: (\S+\/platform-actions\/\S+)/g)) {
        const path = OURS.exec(match[1]!.replace(/[`'"]$/, ''))?.[2];
        expect([file, match[1], path !== undefined]).toEqual([file, match[1], true]);
        if (path!.includes('<')) continue; // a template in prose (`<name>`), not a path anyone copies
        expect(() => resolveUses(path!)).not.toThrow();
        seen.push(path!);
      }
      for (const block of text.matchAll(/^```ya?ml\n([\s\S]*?)^```$/gm)) {
        for (const step of ourSteps(parse(block[1]!))) {
          const inputs = resolveUses(OURS.exec(step.uses)![2]!).inputs;
          expect([file, step.uses, step.with.filter((key) => !(key in inputs))]).toEqual([file, step.uses, []]);
        }
      }
    }
    expect(new Set(seen)).toEqual(new Set(ACTIONS));
  });
});
