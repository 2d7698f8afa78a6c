import { formatDuration } from '../../common/src/durations.js';
import type { DeployReport, Result, RunReport } from './types.js';

/**
 * `services`: several services of one cluster deployed from one revision in parallel. The step's result is the
 * services' common result, or `failed` when they failed differently; it succeeds only if every service did. Pure.
 */

export const SUCCESS_RESULTS: readonly Result[] = ['deployed', 'unchanged', 'started'];

export const revisionName = (arn: string): string => arn.split('/').pop() ?? arn;

export function overallResult(results: Result[]): Result {
  const failures = results.filter((r) => !SUCCESS_RESULTS.includes(r));
  if (failures.length > 0) return failures.every((r) => r === failures[0]) ? (failures[0] as Result) : 'failed';
  if (results.includes('deployed')) return 'deployed';
  return results.includes('started') ? 'started' : 'unchanged';
}

/** `api: deployed — api:1 → api:2, deployment ecs-svc/1, 12 s` (and the reason of a failure). */
export function verdictLine(report: DeployReport): string {
  const deployment = report.deploymentId ? `, deployment ${report.deploymentId}` : '';
  const reason = !SUCCESS_RESULTS.includes(report.result) && report.reason ? `: ${report.reason}` : '';
  return `${report.service}: ${report.result} — ${revisionName(report.previousTaskDefinitionArn)} → ${revisionName(report.taskDefinitionArn)}${deployment}, ${formatDuration(report.durationMs)}${reason}`;
}

export function combineReports(reports: DeployReport[], durationMs: number): RunReport {
  if (reports.length === 1) return { ...(reports[0] as DeployReport), services: reports };
  const first = reports[0] as DeployReport;
  const result = overallResult(reports.map((r) => r.result));
  const failed = reports.filter((r) => !SUCCESS_RESULTS.includes(r.result));
  const previous = new Set(reports.map((r) => r.previousTaskDefinitionArn));
  return {
    result,
    cluster: first.cluster,
    service: reports.map((r) => r.service).join(', '),
    taskDefinitionArn: first.taskDefinitionArn,
    previousTaskDefinitionArn: previous.size === 1 ? first.previousTaskDefinitionArn : '',
    deploymentId: '',
    rolloutState: '',
    images: first.images,
    durationMs,
    reason: failed.length ? `${failed.length} of ${reports.length} services did not deploy: ${failed.map((r) => `${r.service} ${r.result}`).join(', ')}` : undefined,
    events: [],
    services: reports,
  };
}

/** `name=value` lines, one per service: the per-service outputs when `services` names several. */
export function perService(reports: DeployReport[], value: (report: DeployReport) => string): string {
  return reports.map((r) => `${r.service}=${value(r)}`).join('\n');
}
