import { formatDuration } from '../../common/src/durations.js';
import { markdownTable } from '../../common/src/summary.js';
import { splitRunnerLines } from '../../common/src/untrusted.js';
import { formatDiagnosis } from './diagnosis.js';
import type { DeployReport } from './run.js';

const revision = (arn: string) => arn.split('/').pop() ?? arn;

export const SUCCESS_RESULTS = ['deployed', 'unchanged', 'started'];

/** A fenced block its text cannot close: the fence is longer than any run of backticks in it (CommonMark). */
function codeBlock(text: string): string {
  const fence = '`'.repeat(Math.max(3, ...(text.match(/`+/g) ?? []).map((run) => run.length + 1)));
  return `${fence}\n${text}\n${fence}`;
}

export function outputsOf(report: DeployReport): Record<string, string> {
  return {
    'task-definition-arn': report.taskDefinitionArn,
    'previous-task-definition-arn': report.previousTaskDefinitionArn,
    'deployment-id': report.deploymentId,
    'rollout-state': report.rolloutState,
    result: report.result,
  };
}

export function failureMessage(report: DeployReport): string {
  const head = `ecs-deploy ${report.result}: ${report.service} in ${report.cluster}, ${revision(report.previousTaskDefinitionArn)} → ${revision(report.taskDefinitionArn)}` +
    ` (deployment ${report.deploymentId || 'none'}): ${report.reason ?? ''}`;
  const parts = [head];
  if (report.rollback) parts.push(`rollback-on-failure: ${report.rollback}`);
  if (report.diagnosis) parts.push(formatDiagnosis(report.diagnosis));
  return parts.join('\n');
}

export function summaryMarkdown(report: DeployReport): string {
  const ok = SUCCESS_RESULTS.includes(report.result);
  const rows: string[][] = [
    ['Cluster', report.cluster],
    ['Service', report.service],
    ['Task definition', `${revision(report.previousTaskDefinitionArn)} → ${revision(report.taskDefinitionArn)}`],
    ['Images', report.images.map(([c, i]) => `${c}: ${i}`).join('\n')],
    ['Deployment', report.deploymentId || '—'],
    ['Rollout state', report.rolloutState || '—'],
    ['Result', report.result],
    ['Duration', formatDuration(report.durationMs)],
  ];
  if (report.reason) rows.push(['Reason', report.reason]);
  if (report.rollback) rows.push(['Rollback', report.rollback]);
  let text = `### ${ok ? '✅' : '❌'} ecs-deploy: ${report.result}\n\n${markdownTable(['', ''], rows)}\n`;
  // Events and the diagnosis are outside text: an event stays one list item, the diagnosis stays inside its block.
  if (!ok && report.events.length) text += `\n#### Service events\n\n${report.events.slice(-10).map((e) => `- ${splitRunnerLines(e).join(' ')}`).join('\n')}\n`;
  if (report.diagnosis) text += `\n#### Diagnosis\n\n${codeBlock(formatDiagnosis(report.diagnosis))}\n`;
  return text;
}
