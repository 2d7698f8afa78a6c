import { randomBytes } from 'node:crypto';
import { awslogsStream } from '../../common/src/awslogs.js';
import { logStreamUrl } from '../../common/src/console-urls.js';
import { type EcsTask as Task, serviceNotFound, taskDefinitionView } from '../../common/src/ecs-types.js';
import { formatDuration } from '../../common/src/durations.js';
import type { Inputs } from './inputs.js';
import { chooseContainer, logTargetOf, taskIdOf } from './plan.js';
import { type MigrateReport, SUMMARY_LOG_LINES } from './report.js';
import { type Deps, type ExecSessionResult, MigrateError } from './deps.js';

/** How long to wait for a task's ExecuteCommandAgent to go from PENDING to RUNNING. */
const AGENT_WAIT_MS = 30_000;

const agentOf = (task: Task, container: string) =>
  task.containers?.find((c) => c.name === container)?.managedAgents?.find((a) => a.name === 'ExecuteCommandAgent');

async function pickTask(inputs: Inputs, deps: Deps): Promise<Task> {
  const service = inputs.service as string;
  const described = await deps.ecs.describeService(inputs.cluster, service);
  const missing = serviceNotFound(described, service, inputs.cluster);
  if (missing || !described) throw new MigrateError(missing);
  if (!described.enableExecuteCommand) {
    throw new MigrateError(
      `Service ${service} does not have ECS Exec enabled (enableExecuteCommand is false). Turn it on and replace its tasks: ` +
      `aws ecs update-service --cluster ${inputs.cluster} --service ${service} --enable-execute-command --force-new-deployment ` +
      '(the task role also needs the ssmmessages:* permissions), or use mode run-task.',
    );
  }
  const arns = await deps.ecs.listTasks({ cluster: inputs.cluster, serviceName: service, desiredStatus: 'RUNNING' });
  const running = arns.length ? (await deps.ecs.describeTasks(inputs.cluster, arns)).filter((t) => t.lastStatus === 'RUNNING') : [];
  if (running.length === 0) throw new MigrateError(`Service ${service} has no RUNNING task to exec into`);
  // Prefer a task of the service's current revision with ECS Exec on, the newest first.
  const score = (t: Task) => (t.enableExecuteCommand ? 2 : 0) + (t.taskDefinitionArn === described.taskDefinition ? 1 : 0);
  return [...running].sort((a, b) => score(b) - score(a) || (b.startedAt?.getTime() ?? 0) - (a.startedAt?.getTime() ?? 0))[0] as Task;
}

async function awaitAgent(inputs: Inputs, task: Task, container: string, deps: Deps): Promise<void> {
  const id = taskIdOf(task.taskArn as string);
  const end = deps.clock.now() + Math.min(AGENT_WAIT_MS, inputs.startTimeoutMs);
  let current = task;
  for (;;) {
    const agent = agentOf(current, container);
    if (agent?.lastStatus === 'RUNNING') return;
    const status = agent ? agent.lastStatus ?? 'UNKNOWN' : 'missing';
    if (agent?.lastStatus !== 'PENDING' || deps.clock.now() >= end || deps.signal?.aborted) {
      throw new MigrateError(
        `Cannot exec into task ${id}: the ExecuteCommandAgent of container ${container} is ${status}` +
        `${agent?.reason ? ` (${agent.reason})` : ''}. Tasks started before enableExecuteCommand was turned on have no agent: ` +
        'force a new deployment; a STOPPED agent usually means the task role lacks ssmmessages:* permissions.',
      );
    }
    await deps.clock.sleep(1000, deps.signal);
    current = (await deps.ecs.describeTasks(inputs.cluster, [task.taskArn as string]))[0] ?? current;
  }
}

export async function runExec(inputs: Inputs, deps: Deps): Promise<MigrateReport> {
  const { clock, logger } = deps;
  const started = clock.now();
  if (!deps.session) throw new MigrateError('mode exec needs the Session Manager client');
  const command = inputs.command as NonNullable<Inputs['command']>;
  const task = await pickTask(inputs, deps);
  const taskArn = task.taskArn as string;
  const { definition } = await deps.ecs.describeTaskDefinition(task.taskDefinitionArn as string);
  const container = chooseContainer(taskDefinitionView(definition), inputs.containerName);
  const name = container.name as string;
  const target = logTargetOf(container, inputs.region);
  const report: MigrateReport = {
    result: 'failed', mode: 'exec', cluster: inputs.cluster, taskArn, container: name, command: command.text, stoppedReason: '',
    logUrl: 'note' in target ? '' : logStreamUrl(target.region, target.group, awslogsStream(target, taskIdOf(taskArn))),
    durationMs: 0, reason: '', containers: [], log: { lines: 0, printed: 0, tail: [], lagMs: undefined },
  };
  await awaitAgent(inputs, task, name, deps);
  const nonce = randomBytes(12).toString('hex');
  const commandLine = deps.session.commandLine(command.form === 'exec' ? command.argv : command.text, nonce);
  logger.info(`ECS Exec into task ${taskArn} (container ${name}): ${command.text}`);
  const session = await deps.ecs.executeCommand({ cluster: inputs.cluster, task: taskArn, container: name, command: commandLine });

  const stopSession = new AbortController();
  let timedOut = false;
  const onAbort = () => stopSession.abort();
  deps.signal?.addEventListener('abort', onAbort, { once: true });
  if (deps.signal?.aborted) onAbort();
  const left = Math.max(1, started + inputs.timeoutMs - clock.now());
  void clock.sleep(left, stopSession.signal).then(() => {
    if (!stopSession.signal.aborted) {
      timedOut = true;
      stopSession.abort();
    }
  });
  const tail: string[] = [];
  const onOutput = (line: string) => {
    report.log.lines += 1;
    tail.push(line);
    if (tail.length > SUMMARY_LOG_LINES) tail.shift();
    if (report.log.printed < inputs.maxLogLines) {
      report.log.printed += 1;
      deps.printLine(line);
    }
  };
  let result: ExecSessionResult;
  try {
    result = await deps.session.run({ streamUrl: session.streamUrl, tokenValue: session.tokenValue, nonce, onOutput, signal: stopSession.signal });
  } finally {
    deps.signal?.removeEventListener('abort', onAbort);
    if (!stopSession.signal.aborted) stopSession.abort();
  }
  report.log.tail = tail;
  if (report.log.lines > report.log.printed) report.log.note = `${report.log.lines - report.log.printed} more output line(s) not shown here (max-log-lines ${inputs.maxLogLines})`;
  report.exitCode = result.exitCode;
  if (result.closedBy === 'sentinel' && result.exitCode !== undefined) {
    report.result = result.exitCode === 0 ? 'succeeded' : 'failed';
    report.reason = `the command exited with code ${result.exitCode}`;
  } else if (result.closedBy === 'aborted' || deps.signal?.aborted || timedOut) {
    report.result = timedOut ? 'timed-out' : 'cancelled';
    // ECS Exec cannot stop what it started: the process lives on in the container after the session ends.
    report.reason = `${timedOut ? `timed out after ${formatDuration(inputs.timeoutMs)}` : 'the workflow was cancelled'}; the session was closed, ` +
      `but the command may still be running in task ${taskIdOf(taskArn)} (ECS Exec cannot stop it)`;
  } else {
    report.reason = `the session ended without the command's exit status (${result.closedBy}${result.detail ? `: ${result.detail}` : ''}); the command may have been interrupted`;
  }
  if (report.log.note) logger.info(report.log.note);
  return { ...report, durationMs: clock.now() - started };
}
