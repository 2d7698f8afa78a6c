import type { Service, ServiceEvent, Task } from '@aws-sdk/client-ecs';
import { withinDeadline } from '../../common/src/deadline.js';
import { errorMessage } from '../../common/src/errors.js';
import type { Logger } from '../../common/src/logger.js';
import { splitRunnerLines } from '../../common/src/untrusted.js';
import type { EcsApi, LogsApi } from './aws.js';
import type { JsonObject } from './render.js';

/** Why a deployment failed, gathered after the verdict: what users otherwise dig out of three console pages. */
export interface Diagnosis {
  verdict: string;
  rolloutStateReason?: string;
  events: string[];
  tasks: TaskDiagnosis[];
  /** What could not be gathered, and why (a throttled call, the cancel's deadline). */
  notes: string[];
  serviceUrl: string;
}

export interface TaskDiagnosis {
  taskId: string;
  stopCode?: string;
  stoppedReason?: string;
  url: string;
  containers: Array<{ name: string; exitCode?: number; reason?: string; healthStatus?: string; logs?: string[]; logUrl?: string; logNote?: string }>;
}

const nameOf = (arnOrName: string) => arnOrName.split('/').pop() as string;

export function consoleUrls(region: string, cluster: string, service: string) {
  const base = `https://${region}.console.aws.amazon.com`;
  // The CloudWatch console double-encodes log group and stream names and writes % as $.
  const cw = (text: string) => encodeURIComponent(encodeURIComponent(text)).replace(/%/g, '$');
  return {
    service: `${base}/ecs/v2/clusters/${nameOf(cluster)}/services/${nameOf(service)}/deployments?region=${region}`,
    task: (taskId: string) => `${base}/ecs/v2/clusters/${nameOf(cluster)}/tasks/${taskId}/configuration?region=${region}`,
    logStream: (group: string, stream: string) => `${base}/cloudwatch/home?region=${region}#logsV2:log-groups/log-group/${cw(group)}/log-events/${cw(stream)}`,
  };
}

/** The awslogs stream of a container in a task: `prefix/container/taskId`, or why it cannot be known. */
export function awslogsStream(definition: JsonObject, container: string, taskId: string): { group: string; stream: string } | { note: string } {
  const defs = Array.isArray(definition.containerDefinitions) ? (definition.containerDefinitions as JsonObject[]) : [];
  const config = defs.find((c) => c.name === container)?.logConfiguration as JsonObject | undefined;
  const options = (config?.options ?? {}) as Record<string, string>;
  if (config?.logDriver !== 'awslogs') return { note: `container ${container} does not log with the awslogs driver` };
  if (!options['awslogs-group'] || !options['awslogs-stream-prefix']) return { note: `container ${container} has no awslogs-group/awslogs-stream-prefix, so its stream name is not predictable` };
  return { group: options['awslogs-group'], stream: `${options['awslogs-stream-prefix']}/${container}/${taskId}` };
}

export const LOG_LINES = 30;
export const TASKS_SHOWN = 3;
export const EVENTS_SHOWN = 10;

function failing(task: Task) {
  const containers = task.containers ?? [];
  const bad = containers.filter((c) => (c.exitCode !== undefined && c.exitCode !== 0) || c.reason || c.healthStatus === 'UNHEALTHY');
  return bad.length > 0 ? bad : containers;
}

export interface DiagnoseRequest {
  region: string;
  cluster: string;
  service: string;
  verdict: string;
  serviceState?: Service;
  events: ServiceEvent[];
  taskDefinitionArn: string;
  definition: JsonObject;
  /** Ends the diagnosis's calls: on a cancel the diagnosis gets only the time the rollback left. */
  signal?: AbortSignal;
}

export async function diagnose(request: DiagnoseRequest, deps: { ecs: EcsApi; logs: LogsApi; logger: Logger }): Promise<Diagnosis> {
  const urls = consoleUrls(request.region, request.cluster, request.service);
  const ours = request.serviceState?.deployments?.find((d) => d.taskDefinition === request.taskDefinitionArn);
  const recentEvents = (request.events.length > 0 ? request.events : [...(request.serviceState?.events ?? [])].reverse()).slice(-EVENTS_SHOWN);
  const diagnosis: Diagnosis = {
    verdict: request.verdict,
    rolloutStateReason: ours?.rolloutStateReason,
    events: recentEvents.map((e) => `${e.createdAt?.toISOString() ?? ''} ${e.message ?? ''}`),
    tasks: [],
    notes: [],
    serviceUrl: urls.service,
  };
  const signal = request.signal ?? new AbortController().signal;
  let tasks: Task[] = [];
  try {
    tasks = await withinDeadline(signal, (s) => deps.ecs.stoppedTasks(request.cluster, request.service, request.taskDefinitionArn, TASKS_SHOWN, s));
  } catch (error) {
    diagnosis.notes.push(`the stopped tasks could not be listed: ${errorMessage(error)}`);
    deps.logger.warning(`Could not list stopped tasks for the diagnosis: ${errorMessage(error)}`);
  }
  for (const task of tasks) {
    const taskId = nameOf(task.taskArn ?? '');
    const entry: TaskDiagnosis = { taskId, stopCode: task.stopCode, stoppedReason: task.stoppedReason, url: urls.task(taskId), containers: [] };
    for (const container of failing(task)) {
      const name = container.name ?? '?';
      const item: TaskDiagnosis['containers'][number] = { name, exitCode: container.exitCode, reason: container.reason, healthStatus: container.healthStatus };
      const where = awslogsStream(request.definition, name, taskId);
      if (!task.startedAt) item.logNote = 'the task never started, so the container wrote no logs';
      else if ('note' in where) item.logNote = where.note;
      else {
        item.logUrl = urls.logStream(where.group, where.stream);
        try {
          item.logs = await withinDeadline(signal, (s) => deps.logs.tail(where.group, where.stream, LOG_LINES, s));
        } catch (error) {
          item.logNote = `no logs read from ${where.group}/${where.stream}: ${errorMessage(error)}`;
        }
      }
      entry.containers.push(item);
    }
    diagnosis.tasks.push(entry);
  }
  return diagnosis;
}

/**
 * Outside text under a prefix, one line per line the runner will see: a multi-line log event (a stack trace) or an
 * event with a line break keeps the prefix on every line, so the reader sees where each line came from.
 */
export function underPrefix(prefix: string, text: string): string[] {
  return splitRunnerLines(text).map((line) => `${prefix}${line}`);
}

/** The diagnosis as plain text for the job log and the failure annotation. */
export function formatDiagnosis(d: Diagnosis): string {
  const lines = [`Verdict: ${d.verdict}`];
  if (d.rolloutStateReason) lines.push(`Rollout state reason: ${d.rolloutStateReason}`);
  if (d.events.length) lines.push('Recent service events:', ...d.events.flatMap((e) => underPrefix('  ', e)));
  if (d.tasks.length === 0 && d.notes.length === 0) lines.push('No stopped tasks of the new task definition were found.');
  for (const note of d.notes) lines.push(`Not shown: ${note}`);
  for (const t of d.tasks) {
    lines.push(`Stopped task ${t.taskId}: ${t.stopCode ?? 'no stop code'} — ${t.stoppedReason ?? 'no reason given'} (${t.url})`);
    for (const c of t.containers) {
      const health = c.healthStatus && c.healthStatus !== 'UNKNOWN' ? `, health ${c.healthStatus}` : '';
      lines.push(`  container ${c.name}: exit code ${c.exitCode ?? 'none'}${health}${c.reason ? ` — ${c.reason}` : ''}`);
      if (c.logs?.length) lines.push(`    last ${c.logs.length} log lines (${c.logUrl}):`, ...c.logs.flatMap((l) => underPrefix('    | ', l)));
      else if (c.logs) lines.push(`    the log stream is empty (${c.logUrl})`);
      if (c.logNote) lines.push(`    ${c.logNote}`);
    }
  }
  lines.push(`Deployments: ${d.serviceUrl}`);
  return lines.join('\n');
}
