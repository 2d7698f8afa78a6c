import { invalidParameter } from '../../core/errors.js';
import type { ExecSessionBroker } from '../ssm-session/broker.js';
import { requireCluster } from './clusters.js';
import { executeCommandAgentStatus } from './managed-agents.js';
import { ecsArn, nameFromNameOrArn, type EcsState, type Json } from './model.js';

/**
 * The message ECS answers both for a task run without enableExecuteCommand and for one whose
 * ExecuteCommandAgent is not RUNNING (seen verbatim in keidarcy/e1s#206 and alphagov/govuk-infrastructure#344,
 * curly apostrophe included).
 */
export const EXEC_NOT_ENABLED_MESSAGE = 'The execute command failed because execute command was not enabled when the task was run '
  + 'or the execute command agent isn’t running. Wait and try again or run a new task with execute command enabled and try again.';

/**
 * ExecuteCommand: opens a Session Manager session to a container of a RUNNING task whose ExecuteCommandAgent is
 * RUNNING; the session is served by services/ssm-session (the command really runs, on this machine).
 * Without a broker (an ECS module built on its own) the operation answers a server error.
 */
export function executeCommand(state: EcsState, input: Json, broker: ExecSessionBroker | undefined): Json {
  const command = input.command;
  if (typeof command !== 'string' || command.trim() === '') throw invalidParameter('command must not be empty.'); // not confirmed
  // Reported as the answer to interactive: false (boto/boto3#2822).
  if (input.interactive !== true) throw invalidParameter('Interactive is the only mode supported currently.');
  const cluster = requireCluster(state, input.cluster);
  const ref = typeof input.task === 'string' ? input.task : '';
  const task = state.tasks.get(nameFromNameOrArn(ref));
  if (!task || task.clusterName !== cluster.name) throw invalidParameter('The referenced task was not found.'); // not confirmed
  const containerName = typeof input.container === 'string' && input.container !== '' ? input.container : undefined;
  const container = containerName === undefined ? task.containers[0] : task.containers.find((c) => c.name === containerName);
  // Not confirmed: the texts ECS uses for an unknown container / a missing name in a multi-container task.
  if (!container) throw invalidParameter(`The container ${containerName} does not exist in the task.`);
  if (containerName === undefined && task.containers.length > 1) {
    throw invalidParameter('The task has more than one container: specify the container name.');
  }
  if (task.lastStatus !== 'RUNNING' || executeCommandAgentStatus(task) !== 'RUNNING') throw invalidParameter(EXEC_NOT_ENABLED_MESSAGE);
  if (!broker) throw new Error('ExecuteCommand needs the simulator\'s session endpoint');

  const session = broker.create({ taskArn: task.arn, containerName: container.name, command });
  return {
    clusterArn: cluster.arn,
    containerArn: ecsArn(state, `container/${task.clusterName}/${task.id}/${container.containerId}`),
    containerName: container.name,
    interactive: true,
    session,
    taskArn: task.arn,
  };
}
