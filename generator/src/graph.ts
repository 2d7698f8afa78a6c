/** A mermaid flowchart of the pipeline's jobs and their `needs`. */
import { PR_ONLY } from './model/conditions.js';
import type { Workflow } from './model/types.js';

const nodeId = (jobId: string) => jobId.replace(/[^A-Za-z0-9]/g, '_');

export function mermaidGraph(workflow: Workflow): string {
  const lines = ['flowchart LR'];
  for (const job of workflow.jobs) {
    const marks: string[] = [];
    if (job.if === PR_ONLY) marks.push('pull requests only');
    if (job.id.startsWith('rollback-') && job.if?.startsWith("github.event_name == 'workflow_dispatch'")) marks.push('manual rollback only');
    if (job.environment) marks.push(`environment ${job.environment.name}`);
    if (job.comment?.startsWith('Approval')) marks.push('approval');
    if (job.if?.startsWith('always()')) marks.push('always');
    const label = marks.length ? `${job.name}<br/><i>${marks.join(' · ')}</i>` : job.name;
    lines.push(`  ${nodeId(job.id)}["${label.replace(/"/g, '#quot;')}"]`);
  }
  for (const job of workflow.jobs) {
    // A job that waits for every other one (the notifier) gets one dotted edge, not an edge from each job.
    const waitsForAll = job.if?.startsWith('always()') && job.needs.length === workflow.jobs.filter((j) => j !== job && j.if !== PR_ONLY).length;
    if (waitsForAll) lines.push(`  ${nodeId(job.needs[job.needs.length - 1] ?? '')} -. every job .-> ${nodeId(job.id)}`);
    else for (const need of job.needs) lines.push(`  ${nodeId(need)} --> ${nodeId(job.id)}`);
  }
  return lines.join('\n');
}
