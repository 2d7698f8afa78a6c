/**
 * The rendered workflow is a mapping of job id → job, so two jobs with one id would silently become one (a service
 * named `frontend` once replaced the frontend build, and its deploys got an empty image). Ids are made distinct where
 * they are chosen (images.ts); this is the last guard, failing generation instead of writing a pipeline that lies.
 */
import type { Job } from './types.js';

export function assertUniqueJobIds(jobs: Job[]): Job[] {
  const seen = new Map<string, string>();
  for (const job of jobs) {
    const other = seen.get(job.id);
    if (other !== undefined) throw new Error(`two jobs would have the id "${job.id}" ("${other}" and "${job.name}"); this is a gen-workflow bug, please report it with your config`);
    seen.set(job.id, job.name);
  }
  return jobs;
}
