import type { RunnerContext } from './runner-context.js';
import type { RunnerJob } from './runner-job.js';

export type AnnotationLevel = 'error' | 'warning' | 'notice';

export interface Annotation {
  readonly level: AnnotationLevel;
  readonly message: string;
  readonly title?: string;
  /** Relative to the workspace when the action gave a path inside it, as the runner rewrites it. */
  readonly file?: string;
  readonly line?: number;
  readonly endLine?: number;
  readonly col?: number;
  readonly endColumn?: number;
  /** `action`: a command the action printed; `runner`: a problem the runner itself reports. */
  readonly origin: 'action' | 'runner';
}

export interface WorkflowCommandRecord {
  /** Lower-cased command name. */
  readonly name: string;
  readonly properties: Readonly<Record<string, string>>;
  readonly data: string;
  readonly stream: 'stdout' | 'stderr';
  readonly raw: string;
}

export interface LogGroup {
  readonly name: string;
  /** Lines shown inside the group, masked. */
  readonly lines: readonly string[];
}

export interface SignalRecord {
  readonly signal: NodeJS.Signals;
  /** Milliseconds since the process was started. */
  readonly atMs: number;
  /** SIGINT and SIGTERM go to the action's process only (as the runner does); SIGKILL to its whole group. */
  readonly target: 'process' | 'group';
  readonly reason: 'cancel' | 'timeout' | 'orphans';
}

export interface CancelTimings {
  /** Wait after SIGINT before SIGTERM. The runner uses 7500 ms. */
  readonly sigintToSigtermMs: number;
  /** Wait after SIGTERM before killing the tree. The runner uses 2500 ms. */
  readonly sigtermToSigkillMs: number;
}

export const RUNNER_CANCEL_TIMINGS: CancelTimings = { sigintToSigtermMs: 7500, sigtermToSigkillMs: 2500 };

export interface RunActionOptions {
  /** Folder holding action.yml (or action.yaml). */
  readonly actionDir: string;
  /** The step's `with:` map. Declared inputs left out get their action.yml default. */
  readonly with?: Readonly<Record<string, string>>;
  /** Extra environment, applied last (overrides context variables too); `undefined` removes a variable. */
  readonly env?: Readonly<Record<string, string | undefined>>;
  readonly context?: Partial<RunnerContext>;
  /** Node binary; default `HARNESS_NODE`, else the node running the tests. */
  readonly node?: string;
  /** Hard bound on the process: when it is reached the process group is killed. Default 60 s. */
  readonly timeoutMs?: number;
  /** Working directory of the action; default the job workspace (the runner uses GITHUB_WORKSPACE). */
  readonly cwd?: string;
  /** Workspace folder for a job the harness creates; ignored when `job` is given. */
  readonly workspace?: string;
  /** Share RUNNER_TEMP, workspace and tool cache across steps; see createJob(). */
  readonly job?: RunnerJob;
  readonly cancelTimings?: Partial<CancelTimings>;
  /**
   * After the process exits, how long to wait for its stdout/stderr to close before killing
   * whatever still holds them. The runner waits 5 s.
   */
  readonly streamDrainMs?: number;
}

export type StepConclusion = 'success' | 'failure' | 'cancelled' | 'skipped';

export interface ActionResult {
  readonly stage: 'main' | 'post';
  readonly conclusion: StepConclusion;
  readonly exitCode: number | null;
  readonly signal: NodeJS.Signals | null;
  readonly stdout: string;
  readonly stderr: string;
  readonly durationMs: number;
  /** When the process ended, in ms since it started; null if it never started (skipped). */
  readonly exitedAtMs: number | null;
  readonly timedOut: boolean;
  readonly cancelled: boolean;
  readonly signalsSent: readonly SignalRecord[];
  /** True when processes the action left behind had to be killed. */
  readonly orphansKilled: boolean;
  readonly outputs: Readonly<Record<string, string>>;
  readonly state: Readonly<Record<string, string>>;
  readonly exportedEnv: Readonly<Record<string, string>>;
  /** GITHUB_PATH entries in the order written (duplicates keep their last position). */
  readonly addedPath: readonly string[];
  /** The step summary as written by the action (unmasked). */
  readonly summary: string;
  readonly annotations: readonly Annotation[];
  readonly masks: readonly string[];
  readonly debug: readonly string[];
  readonly groups: readonly LogGroup[];
  readonly commands: readonly WorkflowCommandRecord[];
  /** stdout and stderr lines in arrival order, as the runner prints them, masked. */
  readonly log: string;
  /** `log` as it reads with step debug logging on (`::debug::` lines included). */
  readonly logWithDebug: string;
  /** Errors the runner would raise while reading the file commands (each fails the step). */
  readonly fileCommandErrors: readonly string[];
  /** The inputs the step received, after defaults. */
  readonly inputs: Readonly<Record<string, string>>;
  /** The environment the process received. */
  readonly env: Readonly<Record<string, string>>;
  readonly job: RunnerJob;
  /** True when `secret` can be read in anything the runner would show: log (debug included) or summary. */
  leaked(secret: string): boolean;
  unmaskedSecrets(secrets: readonly string[]): string[];
  /** Removes the job folders if the harness created them. */
  dispose(): Promise<void>;
}

export interface RunningAction {
  readonly result: Promise<ActionResult>;
  /** Cancels the step the runner's way: SIGINT, then SIGTERM, then SIGKILL to the tree. */
  cancel(): Promise<ActionResult>;
  /** Resolves with the first raw stdout/stderr line matching; rejects on timeout or process end. */
  waitForLine(match: string | RegExp, timeoutMs?: number): Promise<string>;
}
