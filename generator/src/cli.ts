/**
 * gen-workflow: platform.yml → .github/workflows/pipeline.yml. Thin: parses argv, calls the use cases, prints,
 * and maps failures to exit codes (1: drift or an invalid config, 2: usage).
 */
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { GenerationError } from './action-inputs.js';
import { ConfigError } from './config/load.js';
import { configJsonSchema } from './config/json-schema.js';
import { checkGenerated, explainEvent, graphOf, writeGenerated, type GenerateOptions } from './generate.js';
import { UnknownJobError, type EventName } from './explain.js';
import { writeStarterConfig } from './init.js';
import { latestPublishedVersion, newerVersionNotice, type LatestVersion } from './newer-version.js';
import { generatorVersion } from './package-root.js';
import { resolvePaths, type ResolvedPaths } from './paths.js';
import { neutralize } from '../../actions/common/src/untrusted.js';

const HELP = `gen-workflow — generate the test → build → scan → staging → approval → production pipeline

Usage:
  gen-workflow [generate] [--config FILE] [--out DIR]   write the workflow (default: platform.yml → .github/workflows
                                                        at the repository root, found with git)
  gen-workflow check [--config FILE] [--out DIR] [--notice-newer] [--exact-version]
                                                        exit 1 with a diff when the workflow differs from the config;
                                                        --notice-newer: also say when npm has a newer gen-workflow;
                                                        --exact-version: a file another version wrote is drift too
  gen-workflow init [--config FILE] [--force]           write a starter platform.yml from what the repository has
  gen-workflow schema [--out FILE]                      print (or write) the config's JSON Schema
  gen-workflow --graph [--config FILE]                  print a mermaid diagram of the pipeline's jobs
  gen-workflow explain --event push|pull_request|workflow_dispatch --ref REF [--input NAME=VALUE]… [--fail JOB]…
                       [--config FILE]                  which jobs of the generated pipeline run on that event, in
                                                        order, and why the others do not (GitHub's own expression
                                                        evaluator over the jobs' if:); pull_request: --ref is the
                                                        base branch, e.g. refs/heads/main; --fail JOB: what runs
                                                        when that job fails (notices, jobs with always())
  gen-workflow --help | --version
`;

interface Args {
  command: string; config?: string; out?: string; force: boolean; graph: boolean; noticeNewer: boolean; exactVersion: boolean; schemaOut?: string;
  event?: string; ref?: string; inputs: Record<string, string>; fail: string[];
}

class UsageError extends Error {}

export function parseArgs(argv: string[]): Args | 'help' | 'version' {
  const args: Args = { command: 'generate', force: false, graph: false, noticeNewer: false, exactVersion: false, inputs: {}, fail: [] };
  const rest = [...argv];
  const value = (flag: string) => {
    const next = rest.shift();
    if (next === undefined || next.startsWith('--')) throw new UsageError(`${flag} needs a value`);
    return next;
  };
  if (rest[0] && !rest[0].startsWith('-')) args.command = rest.shift() as string;
  if (!['generate', 'check', 'init', 'schema', 'explain'].includes(args.command)) throw new UsageError(`unknown command "${args.command}" (generate, check, init, schema, explain)`);
  while (rest.length) {
    const arg = rest.shift() as string;
    const [flag, inline] = arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    if (flag === '--help' || flag === '-h') return 'help';
    if (flag === '--version' || flag === '-v') return 'version';
    if (flag === '--config') args.config = inline ?? value(flag);
    else if (flag === '--out') args.out = inline ?? value(flag);
    else if (flag === '--force') args.force = true;
    else if (flag === '--graph') args.graph = true;
    else if (flag === '--notice-newer') args.noticeNewer = true;
    else if (flag === '--exact-version') args.exactVersion = true;
    else if (flag === '--event') args.event = inline ?? value(flag);
    else if (flag === '--ref') args.ref = inline ?? value(flag);
    else if (flag === '--fail') args.fail.push(inline ?? value(flag));
    else if (flag === '--input') {
      const pair = inline ?? value(flag);
      if (!pair.includes('=')) throw new UsageError(`--input takes NAME=VALUE, not "${pair}"`);
      args.inputs[pair.slice(0, pair.indexOf('='))] = pair.slice(pair.indexOf('=') + 1);
    }
    else throw new UsageError(`unknown option "${arg}"`);
  }
  for (const [flag, given] of [['--event', args.event], ['--ref', args.ref], ['--input', Object.keys(args.inputs).length ? 'yes' : undefined], ['--fail', args.fail.length ? 'yes' : undefined]] as const) {
    if (given !== undefined && args.command !== 'explain') throw new UsageError(`${flag} goes with explain`);
  }
  if (args.command === 'explain') {
    if (!['push', 'pull_request', 'workflow_dispatch'].includes(args.event ?? '')) throw new UsageError('explain needs --event push, pull_request or workflow_dispatch');
    if (!/^refs\/(heads|tags)\/.+/.test(args.ref ?? '')) throw new UsageError('explain needs --ref refs/heads/<branch> or refs/tags/<tag>');
  }
  if (args.command === 'schema' && args.out !== undefined) [args.schemaOut, args.out] = [args.out, undefined];
  for (const [flag, given] of [['--notice-newer', args.noticeNewer], ['--exact-version', args.exactVersion]] as const) {
    if (given && args.command !== 'check') throw new UsageError(`${flag} goes with check`);
  }
  return args;
}

/** What main reads from its surroundings; tests pass their own. */
export interface CliEnv { cwd: string; githubActions: boolean; latestVersion: () => LatestVersion }

const processEnv = (): CliEnv => ({ cwd: process.cwd(), githubActions: process.env.GITHUB_ACTIONS === 'true', latestVersion: () => latestPublishedVersion() });

export function main(argv: string[], env: CliEnv = processEnv()): number {
  const { cwd } = env;
  let args: ReturnType<typeof parseArgs>;
  let paths: ResolvedPaths;
  try {
    args = parseArgs(argv);
    if (args === 'help') { process.stdout.write(HELP); return 0; }
    if (args === 'version') { process.stdout.write(`${generatorVersion()}\n`); return 0; }
    paths = resolvePaths(cwd, { config: args.config, out: args.out });
    // The drift check's run: script names both paths; GitHub would evaluate a `${{` in them before the shell runs.
    for (const [flag, path] of [['--config', paths.config], ['--out', paths.out]] as const) {
      if (paths.fromRoot(path).includes('${{')) throw new UsageError(`${flag} ${paths.show(path)} contains "\${{", which GitHub would evaluate in the drift check's run: script; rename the folder`);
    }
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    process.stderr.write(`gen-workflow: ${error.message}\n\n${HELP}`);
    return 2;
  }
  const options: GenerateOptions = { cwd: paths.root, config: paths.config, out: paths.out, show: paths.show };
  const configShown = paths.show(paths.config);
  try {
    return run(args, options, paths, env);
  } catch (error) {
    if (error instanceof ConfigError) {
      say(process.stderr, `${error.message}\n${error.problems.length} problem(s) in ${configShown}.\n`, env);
      return 1;
    }
    if (error instanceof UnknownJobError) {
      say(process.stderr, `gen-workflow: ${error.message}\n`, env);
      return 2;
    }
    if (error instanceof GenerationError) {
      say(process.stderr, `gen-workflow cannot generate the pipeline:\n${error.message}\n`, env);
      return 1;
    }
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') {
      say(process.stderr, `gen-workflow: ${(error as Error).message}\n`, env);
      return 1;
    }
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
      say(process.stderr, `gen-workflow: ${(error as Error).message}${args.command === 'init' ? '' : `\nNo ${configShown}? Run \`npx gen-workflow init\` to write a starter one.`}\n`, env);
      return 1;
    }
    throw error;
  }
}

/**
 * On GitHub (the drift job), what check and the error messages print carries text we did not write: lines of the
 * committed workflow in a diff, values from the config. The runner would take a line of it that starts with `::` (or
 * holds `##[`) for a workflow command, so there it goes through the actions' neutralising printer.
 */
function say(stream: NodeJS.WriteStream, text: string, env: CliEnv): void {
  stream.write(env.githubActions ? neutralize(text) : text);
}

/**
 * A notice: an annotation on GitHub (the message escaped as the runner decodes it, so a path cannot start another
 * command), a plain line elsewhere.
 */
function notice(text: string, env: CliEnv): string {
  if (!env.githubActions) return `notice: ${text}\n`;
  return `::notice title=gen-workflow::${text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A')}\n`;
}

function check(args: Args, options: GenerateOptions, paths: ResolvedPaths, env: CliEnv): number {
  const configShown = paths.show(paths.config);
  const outShown = paths.show(paths.out);
  if (args.noticeNewer) {
    const version = options.version ?? generatorVersion();
    const latest = env.latestVersion();
    const newer = newerVersionNotice(version, latest, { config: paths.fromRoot(paths.config), out: paths.fromRoot(paths.out) });
    if (newer) process.stdout.write(notice(newer, env));
    else if ('problem' in latest) say(process.stdout, `Could not tell whether a newer gen-workflow is available: ${latest.problem}.\n`, env);
  }
  const { drifts, notices } = checkGenerated({ ...options, exactVersion: args.exactVersion });
  for (const text of notices) process.stdout.write(notice(text, env));
  for (const drift of drifts) {
    say(process.stdout, `${drift.path} is out of date: ${drift.reason}.\n${drift.diff ? `${drift.diff}\n` : ''}`, env);
  }
  if (drifts.length) {
    const from = paths.root === resolve(env.cwd) ? '' : ` in ${paths.root}`;
    process.stdout.write(`Regenerate with \`npx gen-workflow --config ${paths.fromRoot(paths.config)} --out ${paths.fromRoot(paths.out)}\`${from} and commit the result.\n`);
    return 1;
  }
  process.stdout.write(notices.length ? `${configShown} has not changed since ${outShown} was generated (see the notice).\n` : `${outShown} matches ${configShown}.\n`);
  return 0;
}

function run(args: Args, options: GenerateOptions, paths: ResolvedPaths, env: CliEnv): number {
  const { cwd } = env;
  const configShown = paths.show(paths.config);
  if (args.command === 'schema') {
    if (args.schemaOut) writeFileSync(resolve(cwd, args.schemaOut), configJsonSchema());
    else process.stdout.write(configJsonSchema());
    return 0;
  }
  if (args.command === 'init') {
    const { notes } = writeStarterConfig(paths.root, paths.config, { force: args.force, show: paths.show });
    process.stdout.write(`wrote ${configShown}: fill in the TODOs, then run \`npx gen-workflow\`\n`);
    for (const note of notes) process.stdout.write(`note: ${note}\n`);
    return 0;
  }
  if (args.graph) { process.stdout.write(`${graphOf(options)}\n`); return 0; }
  if (args.command === 'explain') {
    process.stdout.write(explainEvent(options, { event: args.event as EventName, ref: args.ref!, inputs: args.inputs, fail: args.fail }));
    return 0;
  }
  if (args.command === 'check') return check(args, options, paths, env);
  const outShown = paths.show(paths.out);
  const result = writeGenerated(options);
  for (const path of result.written) process.stdout.write(`wrote ${path}\n`);
  for (const path of result.unchanged) process.stdout.write(`${path} is up to date\n`);
  for (const path of result.removed) process.stdout.write(`removed ${path} (no longer generated)\n`);
  for (const note of result.notes) process.stdout.write(`note: ${note}\n`);
  const workflows = join(paths.root, '.github', 'workflows');
  if (paths.out !== workflows) process.stdout.write(`note: GitHub runs only the workflows in ${paths.show(workflows)}; ${outShown} is another folder.\n`);
  return 0;
}
