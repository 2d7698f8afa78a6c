import type { Clock } from '../../common/src/clock.js';
import type { Logger } from '../../common/src/logger.js';
import type { EcsApi } from './aws.js';
import type { LogsApi } from '../../common/src/logs.js';

// What run.ts and exec.ts both take, in a module of its own so neither imports the other's (no import cycle).

/** The outcome of one ECS Exec session, as the session client (src/session) reports it. */
export interface ExecSessionResult {
  exitCode: number | undefined;
  closedBy: 'sentinel' | 'channel-closed' | 'aborted' | 'error';
  detail?: string;
}

/** The Session Manager client, injected so the orchestration is tested without a websocket. */
export interface ExecSessionClient {
  /** The ExecuteCommand `command`: the user's command, then a sentinel line carrying its exit status. */
  commandLine(command: string[] | string, nonce: string): string;
  run(options: { streamUrl: string; tokenValue: string; nonce: string; onOutput: (line: string) => void; signal?: AbortSignal }): Promise<ExecSessionResult>;
}

export interface Timings {
  /** Between GetLogEvents polls while the task runs [1000]. */
  logPollMs: number;
  /** After the stream is drained, how long to keep asking for late events [2000; 500 when cancelled]. */
  lateEventsMs: number;
  /** After our StopTask (timeout), how long to wait for STOPPED before judging [20000; 2000 when cancelled]. */
  stopWaitMs: number;
}

export interface Deps {
  ecs: EcsApi;
  /** The stream's own region's Logs (awslogs-region may differ from the cluster's). */
  logs: { forRegion(region: string): Pick<LogsApi, 'page'> };
  clock: Clock;
  logger: Logger;
  /** Prints one line of the migration's own output to the job log. */
  printLine: (line: string) => void;
  signal?: AbortSignal;
  session?: ExecSessionClient;
  timings?: Partial<Timings>;
  /** Jitter of retry waits [Math.random]. */
  random?: () => number;
}

/** A failure before any task started (nothing to stop, nothing to judge). */
export class MigrateError extends Error {
  override name = 'MigrateError';
}
