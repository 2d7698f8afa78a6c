import type { FileCommandResults } from './file-commands.js';
import type { RunnerJob } from './runner-job.js';
import { maskSecrets } from './secret-masker.js';
import type { StepLog } from './step-log.js';
import type { ProcessOutcome } from './step-process.js';
import type { ActionResult, StepConclusion } from './types.js';

export interface StepRecord {
  readonly stage: 'main' | 'post';
  readonly outcome: ProcessOutcome;
  readonly log: StepLog;
  readonly fileResults: FileCommandResults;
  readonly inputs: Record<string, string>;
  readonly env: Record<string, string>;
  readonly job: RunnerJob;
}

function conclusionOf(record: StepRecord): StepConclusion {
  const { outcome, log, fileResults } = record;
  if (outcome.cancelled) return 'cancelled';
  if (outcome.timedOut || outcome.exitCode !== 0) return 'failure';
  if (log.commandErrors.length > 0 || fileResults.errors.length > 0) return 'failure';
  return 'success';
}

function leakChecks(shownTexts: () => string[]): Pick<ActionResult, 'leaked' | 'unmaskedSecrets'> {
  const leaked = (secret: string): boolean => secret !== '' && shownTexts().some((text) => text.includes(secret));
  return { leaked, unmaskedSecrets: (secrets) => secrets.filter(leaked) };
}

export function buildResult(record: StepRecord): ActionResult {
  const { stage, outcome, log, fileResults, job } = record;
  // The runner reports file-command problems after the process ends, so they come last in the log.
  for (const message of [...fileResults.errors, ...fileResults.nonFatalErrors]) log.runnerAnnotation('error', message);

  const masks = [...log.masks];
  const logWithDebug = log.render(true);
  // The runner scrubs the summary with every mask known when the step ends.
  const shownSummary = maskSecrets(fileResults.summary, masks);

  return {
    stage,
    conclusion: conclusionOf(record),
    exitCode: outcome.exitCode,
    signal: outcome.signal,
    stdout: outcome.stdout,
    stderr: outcome.stderr,
    durationMs: outcome.durationMs,
    exitedAtMs: outcome.exitedAtMs,
    timedOut: outcome.timedOut,
    cancelled: outcome.cancelled,
    signalsSent: outcome.signalsSent,
    orphansKilled: outcome.orphansKilled,
    outputs: { ...log.legacyOutputs, ...fileResults.outputs },
    state: { ...log.legacyState, ...fileResults.state },
    exportedEnv: fileResults.exportedEnv,
    addedPath: fileResults.addedPath,
    summary: fileResults.summary,
    annotations: [...log.annotations],
    masks,
    debug: [...log.debug],
    groups: log.finalGroups(),
    commands: [...log.commands],
    log: log.render(false),
    logWithDebug,
    fileCommandErrors: [...fileResults.errors],
    inputs: record.inputs,
    env: record.env,
    job,
    ...leakChecks(() => [logWithDebug, shownSummary]),
    dispose: async () => {
      if (job.createdByHarness) await job.dispose();
    },
  };
}

/** The result of a post step whose `post-if` was false. */
export function skippedResult(stage: 'main' | 'post', job: RunnerJob): ActionResult {
  return {
    stage,
    conclusion: 'skipped',
    exitCode: null,
    signal: null,
    stdout: '',
    stderr: '',
    durationMs: 0,
    exitedAtMs: null,
    timedOut: false,
    cancelled: false,
    signalsSent: [],
    orphansKilled: false,
    outputs: {},
    state: {},
    exportedEnv: {},
    addedPath: [],
    summary: '',
    annotations: [],
    masks: [],
    debug: [],
    groups: [],
    commands: [],
    log: '',
    logWithDebug: '',
    fileCommandErrors: [],
    inputs: {},
    env: {},
    job,
    ...leakChecks(() => []),
    dispose: async () => {
      if (job.createdByHarness) await job.dispose();
    },
  };
}
