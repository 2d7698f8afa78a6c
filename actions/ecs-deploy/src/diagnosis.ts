import { awslogsStream, awslogsTarget } from '../../common/src/awslogs.js';
import { logStreamUrl, serviceConsoleUrl, taskConsoleUrl } from '../../common/src/console-urls.js';
import { withinDeadline } from '../../common/src/deadline.js';
import { type EcsContainerDefinition, type EcsService, type EcsServiceEvent, type EcsTask, taskDefinitionView } from '../../common/src/ecs-types.js';
import { errorMessage } from '../../common/src/errors.js';
import type { Logger } from '../../common/src/logger.js';
import { splitRunnerLines } from '../../common/src/untrusted.js';
import type { LogsApi } from '../../common/src/logs.js';
import type { EcsApi } from './aws.js';
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

/** A container of the definition by name (an empty one when it has none by that name: no logConfiguration, so a note). */
const containerDefinition = (definition: JsonObject, name: string): EcsContainerDefinition =>
  taskDefinitionView(definition).containerDefinitions?.find((c) => c.name === name) ?? { name };

export const LOG_LINES = 30;
export const TASKS_SHOWN = 3;
export const EVENTS_SHOWN = 10;

function failing(task: EcsTask) {
  const containers = task.containers ?? [];
  const bad = containers.filter((c) => (c.exitCode !== undefined && c.exitCode !== 0) || c.reason || c.healthStatus === 'UNHEALTHY');
  return bad.length > 0 ? bad : containers;
}

export interface DiagnoseRequest {
  region: string;
  cluster: string;
  service: string;
  verdict: string;
  serviceState?: EcsService;
  events: EcsServiceEvent[];
  taskDefinitionArn: string;
  definition: JsonObject;
  /** Ends the diagnosis's calls: on a cancel the diagnosis gets only the time the rollback left. */
  signal?: AbortSignal;
}

/** The Logs of the region a stream is in: a container's awslogs-region may differ from the cluster's. */
export interface DiagnosisLogs {
  forRegion(region: string): Pick<LogsApi, 'tail'>;
}

export async function diagnose(request: DiagnoseRequest, deps: { ecs: EcsApi; logs: DiagnosisLogs; logger: Logger }): Promise<Diagnosis> {
  const ours = request.serviceState?.deployments?.find((d) => d.taskDefinition === request.taskDefinitionArn);
  const recentEvents = (request.events.length > 0 ? request.events : [...(request.serviceState?.events ?? [])].reverse()).slice(-EVENTS_SHOWN);
  const diagnosis: Diagnosis = {
    verdict: request.verdict,
    rolloutStateReason: ours?.rolloutStateReason,
    events: recentEvents.map((e) => `${e.createdAt?.toISOString() ?? ''} ${e.message ?? ''}`),
    tasks: [],
    notes: [],
    serviceUrl: serviceConsoleUrl(request.region, request.cluster, request.service),
  };
  const signal = request.signal ?? new AbortController().signal;
  let tasks: EcsTask[] = [];
  try {
    tasks = await withinDeadline(signal, (s) => deps.ecs.stoppedTasks(request.cluster, request.service, request.taskDefinitionArn, TASKS_SHOWN, s));
  } catch (error) {
    diagnosis.notes.push(`the stopped tasks could not be listed: ${errorMessage(error)}`);
    deps.logger.warning(`Could not list stopped tasks for the diagnosis: ${errorMessage(error)}`);
  }
  for (const task of tasks) {
    const taskId = nameOf(task.taskArn ?? '');
    const entry: TaskDiagnosis = { taskId, stopCode: task.stopCode, stoppedReason: task.stoppedReason, url: taskConsoleUrl(request.region, request.cluster, taskId), containers: [] };
    for (const container of failing(task)) {
      const name = container.name ?? '?';
      const item: TaskDiagnosis['containers'][number] = { name, exitCode: container.exitCode, reason: container.reason, healthStatus: container.healthStatus };
      const where = awslogsTarget(containerDefinition(request.definition, name), request.region);
      if (!task.startedAt) item.logNote = 'the task never started, so the container wrote no logs';
      else if ('note' in where) item.logNote = where.note;
      else {
        const stream = awslogsStream(where, taskId);
        item.logUrl = logStreamUrl(where.region, where.group, stream);
        try {
          item.logs = await withinDeadline(signal, (s) => deps.logs.forRegion(where.region).tail(where.group, stream, LOG_LINES, s));
        } catch (error) {
          item.logNote = `no logs read from ${where.group}/${stream}: ${errorMessage(error)}`;
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
