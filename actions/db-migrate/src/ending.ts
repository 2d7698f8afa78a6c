import { formatDuration } from '../../common/src/durations.js';
import type { EcsTask as Task } from '../../common/src/ecs-types.js';
import type { Inputs } from './inputs.js';
import type { FollowStats } from './log-follower.js';
import type { RunTaskPlan } from './plan.js';
import type { MigrateReport } from './report.js';
import { CANCEL_REASON, type StopOutcome } from './stop.js';
import { judgeStoppedTask } from './verdict.js';
import type { WaitEnd } from './wait.js';

/** How a run-task migration ended, told in the report: the verdict, or what the timeout or the cancel did. */

export interface Ending {
  end: WaitEnd;
  /** The task as last described, after any stop. */
  task: Task | undefined;
  stop: StopOutcome | undefined;
  /** The cancel came once the task had already STOPPED by itself. */
  cancelledAfterEnd: boolean;
}

const CANCEL_AFTER_END = '; the workflow was cancelled only after the migration had ended (the task was not stopped)';

/** What became of our StopTask, for the reason of a cancelled or timed-out run. */
function stopText(stop: StopOutcome | undefined, task: Task | undefined, reason?: string): string {
  if (!stop?.accepted) {
    return `StopTask failed${stop ? ` after ${stop.attempts} attempt(s)` : ''} (${stop?.error ?? 'not sent'}): the task may still be running; stop it by hand`;
  }
  const withReason = reason ? ` with reason "${reason}"` : '';
  if (task?.lastStatus === 'STOPPED') return `the task was stopped${withReason}`;
  return `the task was stopped${withReason} (last status ${task?.lastStatus ?? 'unknown'})`;
}

export function judge(report: MigrateReport, ending: Ending, plan: RunTaskPlan, inputs: Inputs): void {
  const { end, task } = ending;
  report.stopCode = task?.stopCode;
  report.stoppedReason = task?.stoppedReason ?? '';
  report.containers = (task?.containers ?? []).map((c) => `${c.name}: ${c.lastStatus ?? 'UNKNOWN'}${c.exitCode === undefined ? '' : `, exit code ${c.exitCode}`}${c.reason ? ` (${c.reason})` : ''}`);
  // Only a container that has STOPPED has an exit code worth reporting (moto, for one, shows 0 on a PENDING one).
  const main = task?.containers?.find((c) => c.name === plan.mainContainer);
  report.exitCode = main?.lastStatus === 'STOPPED' ? main.exitCode : undefined;
  const byVerdict = (stopped: Task, note = ''): void => {
    const verdict = judgeStoppedTask(stopped, { mainContainer: plan.mainContainer, essentialContainers: plan.essentialContainers, exitCodeFrom: inputs.exitCodeFrom });
    report.result = verdict.ok ? 'succeeded' : 'failed';
    report.reason = `${verdict.summary}${note}`;
    report.exitCode = verdict.exitCode;
  };
  if (end.state === 'cancelled') {
    // The migration may have exited by itself before our StopTask reached it: then that is what happened.
    if (task?.lastStatus === 'STOPPED' && task.stopCode === 'EssentialContainerExited') byVerdict(task, CANCEL_AFTER_END);
    else {
      report.result = 'cancelled';
      report.reason = `the workflow was cancelled; ${stopText(ending.stop, task, CANCEL_REASON)}`;
    }
  } else if (end.state === 'start-timeout' || end.state === 'run-timeout') {
    report.result = 'timed-out';
    const budget = end.state === 'start-timeout' ? `start-timeout ${formatDuration(inputs.startTimeoutMs)}` : `timeout ${formatDuration(inputs.timeoutMs)}`;
    report.reason = `${end.reason} (${budget}); ${stopText(ending.stop, task)}`;
  } else if (end.state === 'missing' || !task) {
    report.result = 'failed';
    report.reason = 'reason' in end ? end.reason : 'the task could not be described';
  } else {
    byVerdict(task, ending.cancelledAfterEnd ? CANCEL_AFTER_END : '');
  }
}

/** Applies max-log-lines to what was printed and says how much is only in CloudWatch. */
export function withNote(stats: FollowStats, maxLogLines: number, logUrl: string): MigrateReport['log'] {
  const notes: string[] = [];
  if (stats.lines > stats.printed) notes.push(`${stats.lines - stats.printed} more log line(s) not shown here (max-log-lines ${maxLogLines}); the full log: ${logUrl}`);
  if (stats.problem) notes.push(`The log may be incomplete: ${stats.problem}; the full log: ${logUrl}`);
  return { lines: stats.lines, printed: stats.printed, tail: stats.tail, lagMs: stats.lagMs, note: notes.join('\n') || undefined };
}
