/**
 * The generator's use cases over a file system: generate (write), check (compare and explain), graph. The CLI
 * only parses arguments and prints what these return.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { actionYmlReader, checkOurActionInputs } from './action-inputs.js';
import { GenerationError } from './generation-error.js';
import { missingLockfiles } from './lockfiles.js';
import { parseConfig } from './config/load.js';
import { compareSemver, parseSemver } from '../../actions/common/src/semver.js';
import { deployingWorkflowAdvice, deployingWorkflows } from './deploying-workflows.js';
import { unifiedDiff } from './diff.js';
import { explainRun, formatExplanation, type RunEvent } from './explain.js';
import { mermaidGraph } from './graph.js';
import { parse } from 'yaml';
import { planWorkflow } from './model/pipeline.js';
import type { Workflow } from './model/types.js';
import { actionsTree, generatorVersion } from './package-root.js';
import { HEADER_MARK, renderWorkflow } from './render.js';

export interface GenerateOptions {
  /** The repository root: `config` and `out` are relative to it (or absolute), and the workflow names them from it. */
  cwd: string;
  config: string;
  out: string;
  /** How a path is shown to the user (the CLI: relative to where it runs). Default: relative to `cwd`. */
  show?: (absolute: string) => string;
  /** Overrides for tests: the folder our action.yml files are read from (see actionsTree), the version written. */
  actionsTree?: string;
  version?: string;
}

/** `path` as shown to the user; `absolute` where it is written. */
export interface GeneratedFile { path: string; absolute: string; content: string }

export interface Generation { workflow: Workflow; files: GeneratedFile[] }

const posix = (path: string) => path.split('\\').join('/');

/** Absolute paths, the paths the workflow names (from the root), and how to show a path. */
function locate(options: GenerateOptions) {
  const config = resolve(options.cwd, options.config);
  const out = resolve(options.cwd, options.out);
  const fromRoot = (path: string) => posix(relative(options.cwd, path)) || '.';
  return { config, out, show: options.show ?? fromRoot, workflowPaths: { config: fromRoot(config), out: fromRoot(out) } };
}

export function generateFiles(options: GenerateOptions): Generation {
  const where = locate(options);
  const text = readFileSync(where.config, 'utf8');
  const { config, hash } = parseConfig(text, where.show(where.config));
  // Read-only: the lockfiles the caches key on, where the repository's files are there to look at (lockfiles.ts).
  const lockfileProblems = missingLockfiles(config, (dir) => {
    try { return readdirSync(join(options.cwd, dir)); } catch { return undefined; }
  });
  if (lockfileProblems.length) throw new GenerationError(lockfileProblems);
  const version = options.version ?? generatorVersion();
  const workflow = planWorkflow(config, { ...where.workflowPaths, generatorVersion: version });
  checkOurActionInputs(workflow, actionYmlReader(options.actionsTree ?? actionsTree()));
  const content = renderWorkflow(workflow, config.actions, { version, configPath: where.workflowPaths.config, configHash: hash });
  const absolute = join(where.out, workflow.file);
  return { workflow, files: [{ path: where.show(absolute), absolute, content }] };
}

/** Workflow files in `out` that carry our header but are no longer generated (e.g. a renamed output). */
function staleFiles(options: GenerateOptions, generated: GeneratedFile[]): Array<{ path: string; absolute: string }> {
  const { out: dir, show } = locate(options);
  if (!existsSync(dir)) return [];
  const wanted = new Set(generated.map((file) => file.absolute));
  return readdirSync(dir)
    .filter((name) => /\.ya?ml$/.test(name))
    .map((name) => join(dir, name))
    .filter((absolute) => !wanted.has(absolute) && readFileSync(absolute, 'utf8').slice(0, 400).includes(HEADER_MARK))
    .map((absolute) => ({ path: show(absolute), absolute }));
}

export interface WriteResult { written: string[]; unchanged: string[]; removed: string[]; notes: string[] }

export function writeGenerated(options: GenerateOptions): WriteResult {
  const { workflow, files } = generateFiles(options);
  const { out, show } = locate(options);
  // Another workflow that deploys would deploy every push a second time: say so each time, until it is dealt with.
  const others = deployingWorkflows(out).filter((other) => other.file !== workflow.file).map((other) => deployingWorkflowAdvice(other, show(out), { eks: false }));
  const result: WriteResult = { written: [], unchanged: [], removed: [], notes: [...workflow.notes, ...others] };
  for (const file of files) {
    if (existsSync(file.absolute) && readFileSync(file.absolute, 'utf8') === file.content) {
      result.unchanged.push(file.path);
      continue;
    }
    mkdirSync(out, { recursive: true });
    writeFileSync(file.absolute, file.content);
    result.written.push(file.path);
  }
  for (const stale of staleFiles(options, files)) {
    rmSync(stale.absolute);
    result.removed.push(stale.path);
  }
  return result;
}

export interface Drift { path: string; reason: string; diff: string }

export interface CheckResult {
  /** Differences that fail the check. */
  drifts: Drift[];
  /** What the check could not compare and why; never a failure. */
  notices: string[];
}

interface HeaderFields { version?: string; configHash?: string }

function readHeader(content: string): HeaderFields {
  const version = new RegExp(`^# ${HEADER_MARK} (\\S+) from`, 'm').exec(content)?.[1];
  const configHash = /^# config-sha256: ([0-9a-f]{64})$/m.exec(content)?.[1];
  return { version, configHash };
}

/**
 * Why a committed file differs, and whether that fails the check. The rule for another version: a file written by
 * gen-workflow A, checked by B ≠ A, is compared only by its config hash (SHA-256 of the config text, computed the same
 * way by every version), since B writes other bytes for the same config. A changed config still fails; anything else
 * is a notice, never a failure: the generated drift job runs exactly A (`npx gen-workflow@A`), which compares every
 * line, so a hand edit is caught there. Releasing B must not fail pipelines that A wrote. The job passes
 * `--exact-version`, under which a header naming another version than the one running is itself a hand edit (the
 * header's version or the job's was changed), so neither edit slips through as "another version".
 */
function classify(path: string, committed: string, expected: string, options: CheckOptions, fromRoot: { config: string; out: string }): { drift: string } | { notice: string } {
  const had = readHeader(committed);
  const want = readHeader(expected);
  if (!had.version) return { drift: 'it has no gen-workflow header (written by hand, or the header was removed)' };
  if (had.configHash !== want.configHash) return { drift: `${options.config} changed since it was generated` };
  if (had.version === want.version) return { drift: 'it was edited by hand after generation' };
  if (options.exactVersion) return { drift: `its header names gen-workflow ${JSON.stringify(had.version)}, but the drift job runs ${want.version} (--exact-version): the header or the job was edited by hand` };
  const old = parseSemver(had.version);
  const current = parseSemver(want.version ?? '');
  if (!old || !current) return { drift: `its header names gen-workflow ${JSON.stringify(had.version)}, which is not a version (edited by hand)` };
  const compared = `so only its config hash was compared, and ${options.config} has not changed`;
  // The commands suggested run at the repository root, as the drift job does: paths from there.
  const regenerate = `npx gen-workflow@${want.version} --config ${fromRoot.config} --out ${fromRoot.out}`;
  return compareSemver(old, current) < 0
    ? { notice: `${path} was generated by an older gen-workflow, ${had.version}; this is ${want.version}, which writes it differently, ${compared}. The pipeline's drift job runs gen-workflow@${had.version}, which compares every line. To move to ${want.version}, run \`${regenerate}\` and commit the result.` }
    : { notice: `${path} was generated by a newer gen-workflow, ${had.version}; this is ${want.version}, ${compared}. Run \`npx gen-workflow@${had.version} check --config ${fromRoot.config} --out ${fromRoot.out}\` to compare every line.` };
}

export interface CheckOptions extends GenerateOptions {
  /** The file must have been written by this very version: what the generated drift job asks for. */
  exactVersion?: boolean;
}

export function checkGenerated(options: CheckOptions): CheckResult {
  const { files } = generateFiles(options);
  const result: CheckResult = { drifts: [], notices: [] };
  const where = locate(options);
  const configShown = where.show(where.config);
  for (const file of files) {
    const target = file.absolute;
    if (!existsSync(target)) {
      result.drifts.push({ path: file.path, reason: 'it is missing', diff: '' });
      continue;
    }
    const committed = readFileSync(target, 'utf8');
    if (committed === file.content) continue;
    const verdict = classify(file.path, committed, file.content, { ...options, config: configShown }, where.workflowPaths);
    if ('notice' in verdict) {
      result.notices.push(verdict.notice);
      continue;
    }
    result.drifts.push({
      path: file.path,
      reason: verdict.drift,
      diff: unifiedDiff(committed, file.content, { before: `${file.path} (committed)`, after: `${file.path} (generated from ${configShown})` }),
    });
  }
  for (const { path } of staleFiles(options, files)) result.drifts.push({ path, reason: 'gen-workflow wrote it, but the config no longer generates it', diff: '' });
  return result;
}

/** Which jobs of the pipeline the config generates run on `run`, as GitHub would decide it (see explain.ts). */
export function explainEvent(options: GenerateOptions, run: RunEvent): string {
  const [file] = generateFiles(options).files;
  return formatExplanation(explainRun(parse(file!.content) as Parameters<typeof explainRun>[0], run));
}

export function graphOf(options: GenerateOptions): string {
  return mermaidGraph(generateFiles(options).workflow);
}

