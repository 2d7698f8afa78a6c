import type { EcsTask as Task } from '../../common/src/ecs-types.js';
import type { ExitCodeFrom } from './inputs.js';

/** Exit codes of a container ECS killed when the task stopped (SIGKILL, SIGTERM), not of one that failed by itself. */
export const KILLED_AT_STOP = [137, 143];

export interface TaskVerdict {
  ok: boolean;
  /** The main container's exit code, when it has one. */
  exitCode?: number;
  /** One line: why it failed, or what succeeded. */
  summary: string;
  /** Each container's state, for the log and summary. */
  containers: string[];
}

export interface VerdictPolicy {
  mainContainer: string;
  essentialContainers: string[];
  exitCodeFrom: ExitCodeFrom;
}

function containerLine(c: NonNullable<Task['containers']>[number]): string {
  const code = c.exitCode === undefined ? 'no exit code' : `exit code ${c.exitCode}`;
  return `${c.name}: ${c.lastStatus ?? 'UNKNOWN'}, ${code}${c.reason ? ` (${c.reason})` : ''}`;
}

/**
 * Judges a STOPPED task. Only a task whose essential container exited by itself (stopCode EssentialContainerExited)
 * can succeed; then `container` looks at the main container's exit code alone (sidecars killed at stop with 137/143,
 * or failing non-essential containers, do not matter), and `all-essential` needs every essential container to have
 * exited 0. A missing exit code is never a success: ECS leaves it empty when the container did not run to the end.
 */
export function judgeStoppedTask(task: Task, policy: VerdictPolicy): TaskVerdict {
  const containers = task.containers ?? [];
  const lines = containers.map(containerLine);
  const main = containers.find((c) => c.name === policy.mainContainer);
  const exitCode = main?.exitCode;
  const reasons = containers.filter((c) => c.reason).map((c) => `${c.name}: ${c.reason}`);
  const because = [task.stoppedReason, ...reasons].filter(Boolean).join('; ');
  const fail = (summary: string): TaskVerdict => ({ ok: false, exitCode, summary, containers: lines });
  if (task.stopCode === 'TaskFailedToStart') return fail(`the task failed to start: ${because || 'no reason given'}`);
  if (task.stopCode && task.stopCode !== 'EssentialContainerExited') {
    return fail(`the task was stopped (${task.stopCode}) before the migration finished: ${because || 'no reason given'}`);
  }
  if (!main) return fail(`the stopped task has no container '${policy.mainContainer}'`);
  if (exitCode === undefined) return fail(`container ${policy.mainContainer} has no exit code: ${because || 'it did not run to completion'}`);
  if (exitCode !== 0) return fail(`container ${policy.mainContainer} exited with code ${exitCode}${main.reason ? ` (${main.reason})` : ''}`);
  if (policy.exitCodeFrom === 'all-essential') {
    const failed = containers.filter((c) => policy.essentialContainers.includes(c.name ?? '') && c.exitCode !== 0);
    if (failed.length > 0) {
      const list = failed.map((c) => `${c.name} ${c.exitCode === undefined ? 'has no exit code' : `exited with code ${c.exitCode}`}`).join(', ');
      return fail(`exit-code-from all-essential: ${list}`);
    }
    return { ok: true, exitCode, summary: 'every essential container exited with code 0', containers: lines };
  }
  const ignored = containers.filter((c) => c.name !== policy.mainContainer && c.exitCode !== undefined && c.exitCode !== 0);
  const note = ignored.length
    ? ` (not judged: ${ignored.map((c) => `${c.name} ${c.exitCode}${KILLED_AT_STOP.includes(c.exitCode as number) ? ', killed at stop' : ''}`).join('; ')})`
    : '';
  return { ok: true, exitCode, summary: `container ${policy.mainContainer} exited with code 0${note}`, containers: lines };
}
