import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// A job owns what the runner keeps across the steps of one job: RUNNER_TEMP (where the
// file-command files and the event payload live), RUNNER_TOOL_CACHE and the workspace. A main
// step and its post step must share one, since actions hand files from main to post through
// RUNNER_TEMP.

export interface RunnerJob {
  readonly root: string;
  readonly workspace: string;
  readonly runnerTemp: string;
  readonly toolCache: string;
  /** True when the harness made this job for a single run and will remove it itself. */
  readonly createdByHarness: boolean;
  readonly disposed: boolean;
  dispose(): Promise<void>;
}

export interface CreateJobOptions {
  /** Use this folder as GITHUB_WORKSPACE (never removed by the harness). */
  readonly workspace?: string;
}

const liveJobs = new Set<RunnerJob>();

async function makeJob(options: CreateJobOptions, createdByHarness: boolean): Promise<RunnerJob> {
  const root = await mkdtemp(join(tmpdir(), 'action-harness-'));
  const runnerTemp = join(root, '_temp');
  const toolCache = join(root, '_tool');
  const workspace = options.workspace ?? join(root, 'workspace');
  await Promise.all([mkdir(runnerTemp), mkdir(toolCache), mkdir(workspace, { recursive: true })]);

  let disposed = false;
  const job: RunnerJob = {
    root,
    workspace,
    runnerTemp,
    toolCache,
    createdByHarness,
    get disposed() {
      return disposed;
    },
    async dispose() {
      if (disposed) return;
      disposed = true;
      liveJobs.delete(job);
      await rm(root, { recursive: true, force: true });
    },
  };
  liveJobs.add(job);
  return job;
}

/** A job for the caller to pass to several runs; the caller disposes it. */
export function createJob(options: CreateJobOptions = {}): Promise<RunnerJob> {
  return makeJob(options, false);
}

export function createHarnessJob(options: CreateJobOptions = {}): Promise<RunnerJob> {
  return makeJob(options, true);
}

/** Removes every job folder still on disk, e.g. in afterAll when a test skipped runPost. */
export async function disposeAllJobs(): Promise<void> {
  await Promise.all([...liveJobs].map((job) => job.dispose()));
}
