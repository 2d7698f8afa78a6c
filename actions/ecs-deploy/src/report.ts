import { formatDuration } from '../../common/src/durations.js';
import { markdownTable } from '../../common/src/summary.js';
import { splitRunnerLines } from '../../common/src/untrusted.js';
import { formatDiagnosis } from './diagnosis.js';
import { perService, revisionName as revision, SUCCESS_RESULTS, verdictLine } from './services.js';
import type { DeployReport, RunReport } from './types.js';

export { SUCCESS_RESULTS } from './services.js';

/** A fenced block its text cannot close: the fence is longer than any run of backticks in it (CommonMark). */
function codeBlock(text: string): string {
  const fence = '`'.repeat(Math.max(3, ...(text.match(/`+/g) ?? []).map((run) => run.length + 1)));
  return `${fence}\n${text}\n${fence}`;
}

const several = (report: RunReport) => report.services.length > 1;

export function outputsOf(report: RunReport): Record<string, string> {
  const each = (value: (r: DeployReport) => string, single: string) => (several(report) ? perService(report.services, value) : single);
  const outputs: Record<string, string> = {
    'task-definition-arn': report.taskDefinitionArn,
    'previous-task-definition-arn': each((r) => r.previousTaskDefinitionArn, report.previousTaskDefinitionArn),
    'deployment-id': each((r) => r.deploymentId, report.deploymentId),
    'rollout-state': each((r) => r.rolloutState, report.rolloutState),
    result: report.result,
  };
  if (report.services.some((r) => r.kind === 'codedeploy')) {
    outputs['codedeploy-deployment-id'] = each((r) => r.codeDeployDeploymentId ?? '', report.codeDeployDeploymentId ?? '');
  }
  if (report.scheduled) outputs['scheduled-tasks-moved'] = report.scheduled.moved.join('\n');
  return outputs;
}

/** One service's failure: its verdict, what the rollback did, the controller's account, the diagnosis. */
function serviceFailure(report: DeployReport): string[] {
  const parts: string[] = [];
  if (report.rollback) parts.push(`rollback-on-failure: ${report.rollback}`);
  if (report.controllerNotes?.length) parts.push(['CodeDeploy:', ...report.controllerNotes.map((l) => `  ${l}`)].join('\n'));
  if (report.diagnosis) parts.push(formatDiagnosis(report.diagnosis));
  return parts;
}

export function failureMessage(report: RunReport): string {
  if (!several(report)) {
    const head = `ecs-deploy ${report.result}: ${report.service} in ${report.cluster}, ${revision(report.previousTaskDefinitionArn)} → ${revision(report.taskDefinitionArn)}` +
      ` (deployment ${report.deploymentId || 'none'}): ${report.reason ?? ''}`;
    return [head, ...serviceFailure(report), ...(report.scheduled?.problems ?? []).map((p) => `scheduled-tasks: ${p}`)].join('\n');
  }
  const parts = [`ecs-deploy ${report.result}: ${report.reason ?? ''} (cluster ${report.cluster}, ${revision(report.taskDefinitionArn)})`];
  parts.push(...report.services.map(verdictLine));
  for (const service of report.services.filter((r) => !SUCCESS_RESULTS.includes(r.result))) {
    const details = serviceFailure(service);
    if (details.length) parts.push(`--- ${service.service} ---`, ...details);
  }
  parts.push(...(report.scheduled?.problems ?? []).map((p) => `scheduled-tasks: ${p}`));
  return parts.join('\n');
}

function scheduledSection(report: RunReport): string {
  const s = report.scheduled;
  if (!s) return '';
  const lines = [...s.lines, ...s.problems.map((p) => `❌ ${p}`)];
  return `\n#### Scheduled tasks\n\n${lines.length ? lines.map((l) => `- ${splitRunnerLines(l).join(' ')}`).join('\n') : '- not moved: the services did not all succeed'}\n`;
}

function failureSections(report: DeployReport, heading: string): string {
  let text = '';
  const ok = SUCCESS_RESULTS.includes(report.result);
  // Events and the diagnosis are outside text: an event stays one list item, the diagnosis stays inside its block.
  if (!ok && report.events.length) text += `\n${heading} Service events\n\n${report.events.slice(-10).map((e) => `- ${splitRunnerLines(e).join(' ')}`).join('\n')}\n`;
  if (report.controllerNotes?.length) text += `\n${heading} CodeDeploy\n\n${codeBlock(report.controllerNotes.join('\n'))}\n`;
  if (report.diagnosis) text += `\n${heading} Diagnosis\n\n${codeBlock(formatDiagnosis(report.diagnosis))}\n`;
  return text;
}

export function summaryMarkdown(report: RunReport): string {
  const ok = SUCCESS_RESULTS.includes(report.result);
  if (several(report)) {
    const rows = report.services.map((r) => [r.service, `${SUCCESS_RESULTS.includes(r.result) ? '✅' : '❌'} ${r.result}`, r.deploymentId || '—', r.rolloutState || '—', formatDuration(r.durationMs), r.reason ?? '']);
    let text = `### ${ok ? '✅' : '❌'} ecs-deploy: ${report.result}\n\n${revision(report.taskDefinitionArn)} to ${report.services.length} services of ${report.cluster}\n\n`;
    text += `${markdownTable(['Service', 'Result', 'Deployment', 'State', 'Duration', 'Reason'], rows)}\n`;
    for (const r of report.services) text += failureSections(r, `#### ${r.service}:`);
    return text + scheduledSection(report);
  }
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
  if (report.serviceDeploymentArn) rows.splice(5, 0, ['Service deployment', report.serviceDeploymentArn]);
  if (report.reason) rows.push(['Reason', report.reason]);
  if (report.rollback) rows.push(['Rollback', report.rollback]);
  const text = `### ${ok ? '✅' : '❌'} ecs-deploy: ${report.result}\n\n${markdownTable(['', ''], rows)}\n`;
  return text + failureSections(report, '####') + scheduledSection(report);
}
