import { toDate, type Json, type TaskRecord } from './model.js';

/** The agent ECS Exec needs in every container of a task run with enableExecuteCommand. */
export const EXECUTE_COMMAND_AGENT = 'ExecuteCommandAgent';

export type ManagedAgentStatus = 'PENDING' | 'RUNNING' | 'STOPPED';

/**
 * Status of the ExecuteCommandAgent in `task`'s containers, or undefined when the task was not run with
 * enableExecuteCommand. It starts with the containers, so it is RUNNING exactly while the task is RUNNING
 * (ExecuteCommand needs RUNNING; a stopping task no longer accepts sessions).
 */
export function executeCommandAgentStatus(task: TaskRecord): ManagedAgentStatus | undefined {
  if (task.enableExecuteCommand !== true) return undefined;
  if (task.lastStatus === 'RUNNING') return 'RUNNING';
  return task.startedAt === undefined && task.lastStatus !== 'STOPPED' ? 'PENDING' : 'STOPPED';
}

/** `containers[].managedAgents` as DescribeTasks reports it. */
export function managedAgentsView(task: TaskRecord): Json[] | undefined {
  const lastStatus = executeCommandAgentStatus(task);
  if (lastStatus === undefined) return undefined;
  return [{ name: EXECUTE_COMMAND_AGENT, lastStatus, lastStartedAt: toDate(task.startedAt) }];
}
