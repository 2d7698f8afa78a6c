import { mkdir, writeFile } from 'node:fs/promises';
import { delimiter, join, resolve } from 'node:path';

import { inputEnvName, loadActionManifest, resolveInputs, type ActionManifest } from './action-manifest.js';
import { createFileCommandFiles, readFileCommands, removeFileCommandFiles } from './file-commands.js';
import { defaultNodeBinary } from './node-binary.js';
import { contextEnv, defaultEventPayload, expressionValues, inheritedEnv, resolveContext, type RunnerContext } from './runner-context.js';
import { createHarnessJob, type RunnerJob } from './runner-job.js';
import { buildResult, skippedResult } from './step-result.js';
import { StepLog } from './step-log.js';
import { startStepProcess, type StepProcess } from './step-process.js';
import { RUNNER_CANCEL_TIMINGS, type ActionResult, type RunActionOptions, type RunningAction } from './types.js';

const DEFAULT_TIMEOUT_MS = 60_000;
const RUNNER_STREAM_DRAIN_MS = 5_000;

/** What a post step inherits from the main step of the same job. */
interface PriorStep {
  readonly job: RunnerJob;
  readonly state: Readonly<Record<string, string>>;
  readonly exportedEnv: Readonly<Record<string, string>>;
  readonly addedPath: readonly string[];
}

interface LineWaiter {
  readonly test: (line: string) => boolean;
  readonly resolve: (line: string) => void;
  readonly fail: (error: Error) => void;
}

async function writeEventFile(job: RunnerJob, context: RunnerContext): Promise<string> {
  const dir = join(job.runnerTemp, '_github_workflow');
  await mkdir(dir, { recursive: true });
  const path = join(dir, 'event.json');
  await writeFile(path, JSON.stringify(context.event ?? defaultEventPayload(context), null, 2));
  return path;
}

function stepEnv(parts: {
  base: Record<string, string>;
  prior?: PriorStep;
  context: Record<string, string>;
  files: Record<string, string>;
  inputs: Record<string, string>;
  state?: Readonly<Record<string, string>>;
  overrides?: Readonly<Record<string, string | undefined>>;
}): Record<string, string> {
  const env: Record<string, string> = { ...parts.base, ...parts.prior?.exportedEnv, ...parts.context, ...parts.files };
  for (const [name, value] of Object.entries(parts.inputs)) env[inputEnvName(name)] = value;
  for (const [name, value] of Object.entries(parts.state ?? {})) env[`STATE_${name}`] = value;
  for (const [name, value] of Object.entries(parts.overrides ?? {})) {
    if (value === undefined) delete env[name];
    else env[name] = value;
  }
  // Later GITHUB_PATH entries come first, ahead of the job's PATH (Handler.AddPrependPathToEnvironment).
  const added = [...(parts.prior?.addedPath ?? [])].reverse();
  if (added.length > 0) env.PATH = [...added, env.PATH ?? ''].filter((p) => p !== '').join(delimiter);
  return env;
}

function startStage(stage: 'main' | 'post', options: RunActionOptions, prior?: PriorStep): RunningAction {
  const actionDir = resolve(options.actionDir);
  const seenLines: string[] = [];
  const waiters = new Set<LineWaiter>();
  let stepProcess: StepProcess | undefined;
  let cancelRequested = false;
  let finished = false;

  const onLine = (line: string): void => {
    seenLines.push(line);
    for (const waiter of [...waiters]) {
      if (waiter.test(line)) {
        waiters.delete(waiter);
        waiter.resolve(line);
      }
    }
  };

  const result = (async (): Promise<ActionResult> => {
    const manifest: ActionManifest = await loadActionManifest(actionDir);
    const entry = stage === 'main' ? manifest.main : manifest.post;
    if (entry === undefined) throw new Error(`${manifest.file} has no runs.${stage}`);
    const job = options.job ?? prior?.job ?? (await createHarnessJob({ workspace: options.workspace }));
    // A job the harness made lives until the post step (if the action has one) has run.
    const ownsJobEnd = job.createdByHarness && (stage === 'post' || manifest.post === undefined);
    let succeeded = false;

    try {
      const context = resolveContext(options.context);
      const resolved = resolveInputs(manifest, options.with ?? {}, expressionValues(context, job, actionDir));
      const files = await createFileCommandFiles(job.runnerTemp);
      const eventPath = await writeEventFile(job, context);
      const env = stepEnv({
        base: inheritedEnv(process.env),
        prior,
        context: contextEnv(context, job, actionDir, eventPath),
        files: { ...files },
        inputs: resolved.inputs,
        state: stage === 'post' ? prior?.state : undefined,
        overrides: options.env,
      });

      const log = new StepLog(job.workspace, context.debug);
      if (resolved.unexpected.length > 0) {
        const valid = manifest.inputs.map((input) => input.name);
        log.runnerAnnotation('warning', `Unexpected input(s) '${resolved.unexpected.join("', '")}', valid inputs are ['${valid.join("', '")}']`);
      }

      stepProcess = startStepProcess({
        node: options.node ?? defaultNodeBinary(),
        script: join(actionDir, entry),
        cwd: options.cwd ?? job.workspace,
        env,
        timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
        cancelTimings: { ...RUNNER_CANCEL_TIMINGS, ...options.cancelTimings },
        streamDrainMs: options.streamDrainMs ?? RUNNER_STREAM_DRAIN_MS,
        onLine: (stream, line) => {
          log.line(stream, line);
          onLine(line);
        },
      });
      if (cancelRequested) stepProcess.cancel();

      let outcome;
      try {
        outcome = await stepProcess.done;
      } catch (error) {
        throw new Error(`Could not start ${options.node ?? defaultNodeBinary()} ${entry}: ${(error as Error).message}`, { cause: error });
      }
      const fileResults = await readFileCommands(files);
      await removeFileCommandFiles(files);
      succeeded = true;
      return buildResult({ stage, outcome, log, fileResults, inputs: resolved.inputs, env, job });
    } finally {
      finished = true;
      const ended = new Error('The step ended without printing the awaited line');
      for (const waiter of [...waiters]) waiter.fail(ended);
      waiters.clear();
      if (ownsJobEnd || (job.createdByHarness && !succeeded)) await job.dispose();
    }
  })();

  const waitForLine = (match: string | RegExp, timeoutMs = 10_000): Promise<string> => {
    const test = (line: string): boolean => (typeof match === 'string' ? line.includes(match) : match.test(line));
    const already = seenLines.find(test);
    if (already !== undefined) return Promise.resolve(already);
    if (finished) return Promise.reject(new Error(`The step ended without printing a line matching ${String(match)}`));
    return new Promise<string>((resolveLine, reject) => {
      const timer = setTimeout(() => {
        waiters.delete(waiter);
        reject(new Error(`No line matching ${String(match)} within ${timeoutMs} ms; saw:\n${seenLines.join('\n')}`));
      }, timeoutMs);
      const waiter: LineWaiter = {
        test,
        resolve: (line) => {
          clearTimeout(timer);
          resolveLine(line);
        },
        fail: (error) => {
          clearTimeout(timer);
          reject(new Error(`${error.message} (${String(match)}); saw:\n${seenLines.join('\n')}`));
        },
      };
      waiters.add(waiter);
    });
  };

  return {
    result,
    cancel: () => {
      cancelRequested = true;
      stepProcess?.cancel();
      return result;
    },
    waitForLine,
  };
}

/** Starts the action's `runs.main` as the runner would; the step can be cancelled while it runs. */
export function startAction(options: RunActionOptions): RunningAction {
  return startStage('main', options);
}

export function runAction(options: RunActionOptions): Promise<ActionResult> {
  return startAction(options).result;
}

function postShouldRun(condition: string, main: ActionResult): boolean {
  const normalized = condition.replace(/^\$\{\{\s*|\s*\}\}$/g, '').trim();
  switch (normalized) {
    case 'always()':
      return true;
    case 'success()':
      return main.conclusion === 'success';
    case 'failure()':
      return main.conclusion === 'failure';
    case 'cancelled()':
      return main.conclusion === 'cancelled';
    case '!cancelled()':
      return main.conclusion !== 'cancelled';
    default:
      throw new Error(`The harness cannot evaluate post-if '${condition}'`);
  }
}

/**
 * Starts `runs.post` after `main`, as the runner does at the end of the job: STATE_<name> from the
 * main step's state, the same inputs, the env and PATH the main step exported, fresh file-command
 * files, and the same RUNNER_TEMP/workspace. Honours `runs.post-if` (default `always()`).
 */
export function startPost(options: RunActionOptions, main: ActionResult): RunningAction {
  const prior: PriorStep = { job: main.job, state: main.state, exportedEnv: main.exportedEnv, addedPath: main.addedPath };
  const decided = loadActionManifest(resolve(options.actionDir)).then((manifest) => postShouldRun(manifest.postIf, main));
  let running: RunningAction | undefined;
  const started = decided.then((run) => {
    if (run) running = startStage('post', options, prior);
    return running;
  });
  const result = started.then(async (step) => {
    if (step) return step.result;
    if (main.job.createdByHarness) await main.job.dispose();
    return skippedResult('post', main.job);
  });
  return {
    result,
    cancel: () => {
      void started.then((step) => step?.cancel());
      return result;
    },
    waitForLine: (match, timeoutMs) =>
      started.then((step) => (step ? step.waitForLine(match, timeoutMs) : Promise.reject(new Error('The post step was skipped')))),
  };
}

export function runPost(options: RunActionOptions, main: ActionResult): Promise<ActionResult> {
  return startPost(options, main).result;
}
