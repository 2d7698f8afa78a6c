/**
 * The config's own steps and jobs, as model steps and jobs. Their rules (pinned actions, no `${{ }}` in run:) were
 * checked by the schema; here a job's `needs` is checked against the jobs the pipeline really has, since only the
 * planner knows every generated job id.
 */
import { GenerationError } from '../generation-error.js';
import type { Config } from '../config/schema.js';
import type { CustomStep } from '../config/schema-steps.js';
import { closest } from '../config/suggest.js';
import { awsCredentials, checkout } from './steps.js';
import type { Job, Permission, Step } from './types.js';

export function customSteps(steps: CustomStep[] | undefined): Step[] {
  return (steps ?? []).map((step) => ({
    name: step.name,
    ...(step.id ? { id: step.id } : {}),
    ...(step.if ? { if: step.if } : {}),
    ...(step.uses ? { uses: { raw: step.uses } } : {}),
    ...(step.with ? { with: step.with } : {}),
    ...(step.env ? { env: step.env } : {}),
    ...(step['working-directory'] ? { workingDirectory: step['working-directory'] } : {}),
    ...(step.shell ? { shell: step.shell } : {}),
    ...(step['continue-on-error'] !== undefined ? { continueOnError: step['continue-on-error'] } : {}),
    ...(step['timeout-minutes'] !== undefined ? { timeoutMinutes: step['timeout-minutes'] } : {}),
    ...(step.run ? { run: step.run } : {}),
  }));
}

/** The config's jobs; `generated` are the pipeline's own job ids, which `needs` may name along with other custom jobs. */
export function customJobs(config: Config, generated: string[]): Job[] {
  const entries = Object.entries(config.jobs ?? {});
  const ids = [...generated, ...entries.map(([id]) => id)];
  const problems: string[] = [];
  for (const [id] of entries) {
    if (generated.includes(id)) problems.push(`jobs.${id}: the pipeline already has a job "${id}"; give yours another id, e.g. ${id}-custom`);
  }
  const jobs = entries.map(([id, job]): Job => {
    for (const [i, need] of job.needs.entries()) {
      if (need === id) problems.push(`jobs.${id}.needs.${i}: a job cannot need itself`);
      else if (!ids.includes(need)) {
        const guess = closest(need, ids);
        problems.push(`jobs.${id}.needs.${i}: no job "${need}" in the pipeline (${ids.join(', ')})${guess ? `; did you mean "${guess}"?` : ''}`);
      }
    }
    const permissions: Record<string, Permission> = { ...job.permissions };
    const steps: Step[] = [];
    if (job.checkout) steps.push(checkout());
    if (job.role) {
      permissions['id-token'] = 'write';
      steps.push(awsCredentials(job.role, job.region ?? config.aws.region));
    }
    steps.push(...customSteps(job.steps));
    return {
      id, name: job.name ?? id, needs: job.needs, ...(job.if ? { if: job.if } : {}), runsOn: job['runs-on'] ?? config['runs-on'],
      permissions, timeoutMinutes: job['timeout-minutes'], ...(Object.keys(job.env).length ? { env: job.env } : {}), steps,
    };
  });
  problems.push(...cycles(jobs));
  if (problems.length) throw new GenerationError(problems);
  return jobs;
}

/** A cycle among the custom jobs' needs (GitHub refuses the workflow). */
function cycles(jobs: Job[]): string[] {
  const byId = new Map(jobs.map((job) => [job.id, job]));
  const state = new Map<string, 'open' | 'done'>();
  const found: string[] = [];
  const visit = (id: string, path: string[]) => {
    if (state.get(id) === 'done' || !byId.has(id)) return;
    if (state.get(id) === 'open') {
      found.push(`jobs.${id}.needs: the jobs need each other in a circle (${[...path.slice(path.indexOf(id)), id].join(' → ')}); remove one of these needs`);
      return;
    }
    state.set(id, 'open');
    for (const need of byId.get(id)!.needs) if (need !== id) visit(need, [...path, id]);
    state.set(id, 'done');
  };
  for (const job of jobs) visit(job.id, []);
  return found;
}
