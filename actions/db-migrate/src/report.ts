import { formatDuration } from '../../common/src/durations.js';
import { markdownTable } from '../../common/src/summary.js';
import type { Mode } from './inputs.js';
import type { FollowStats } from './log-follower.js';

export type Result = 'succeeded' | 'failed' | 'timed-out' | 'cancelled';

export interface MigrateReport {
  result: Result;
  mode: Mode;
  cluster: string;
  taskArn: string;
  container: string;
  command: string;
  /** The task definition revision that ran or was to run (run-task mode); with `image`, set once registered. */
  taskDefinition?: string;
  /** How it relates to the `image` input: registered by this step for it, or already having it. */
  taskDefinitionNote?: string;
  exitCode?: number;
  stopCode?: string;
  stoppedReason: string;
  logUrl: string;
  durationMs: number;
  /** One line: what succeeded, or why it failed. */
  reason: string;
  /** Each container's last state (run-task mode). */
  containers: string[];
  log: Pick<FollowStats, 'lines' | 'printed' | 'tail' | 'lagMs'> & { note?: string };
}

export const SUMMARY_LOG_LINES = 20;

export function outputsOf(report: MigrateReport): Record<string, string> {
  return {
    'task-arn': report.taskArn,
    'task-definition-arn': report.taskDefinition ?? '',
    'exit-code': report.exitCode === undefined ? '' : String(report.exitCode),
    'stopped-reason': report.stoppedReason,
    'log-url': report.logUrl,
    result: report.result,
  };
}

export function failureMessage(report: MigrateReport): string {
  const code = report.exitCode === undefined ? '' : ` (exit code ${report.exitCode})`;
  const lines = [`db-migrate ${report.result}${code}: ${report.reason}`];
  if (report.taskArn) lines.push(`task: ${report.taskArn}`);
  if (report.stoppedReason) lines.push(`stopped reason: ${report.stoppedReason}`);
  for (const container of report.containers) lines.push(`container ${container}`);
  if (report.logUrl) lines.push(`logs: ${report.logUrl}`);
  return lines.join('\n');
}

/** `5000 lines (5000 printed), ≤ 1.2s behind (median 0.6s)` — the log's closing note. */
export function logDeliveryLine(log: MigrateReport['log']): string {
  const printed = log.printed === log.lines ? `all printed` : `${log.printed} printed`;
  const lag = log.lagMs ? `, printed at most ${formatDuration(log.lagMs.max)} after the container wrote them (median ${formatDuration(log.lagMs.p50)})` : '';
  return `${log.lines} log line(s), ${printed}${lag}`;
}

export function summaryMarkdown(report: MigrateReport): string {
  const ok = report.result === 'succeeded';
  const rows: string[][] = [
    ['Command', report.command],
    ['Task', report.taskArn || '—'],
    ...(report.taskDefinition ? [['Task definition', `${report.taskDefinition}${report.taskDefinitionNote ? `\n${report.taskDefinitionNote}` : ''}`]] : []),
    ['Container', report.container || '—'],
    ['Exit code', report.exitCode === undefined ? '—' : String(report.exitCode)],
    ['Duration', formatDuration(report.durationMs)],
    ['Result', `${report.result}: ${report.reason}`],
  ];
  if (report.stoppedReason) rows.push(['Stopped reason', report.stoppedReason]);
  if (report.containers.length) rows.push(['Containers', report.containers.join('\n')]);
  if (report.logUrl) rows.push(['Logs', `[CloudWatch Logs](${report.logUrl})`]);
  let text = `### ${ok ? '✅' : '❌'} db-migrate: ${report.result}\n\n${markdownTable(['', ''], rows)}\n`;
  const tail = report.log.tail.slice(-SUMMARY_LOG_LINES);
  if (tail.length) {
    // A fence longer than any backtick run in the lines, so a log line cannot end the block.
    const longest = Math.max(2, ...tail.map((l) => Math.max(0, ...(l.match(/`+/g) ?? []).map((run) => run.length))));
    const fence = '`'.repeat(longest + 1);
    text += `\n#### Last ${tail.length} log line(s) of ${report.log.lines}\n\n${fence}\n${tail.join('\n')}\n${fence}\n`;
  }
  if (report.log.note) text += `\n${report.log.note}\n`;
  return text;
}
