/**
 * The review point before an environment's approval (`environments.<env>.review`): a `review-<env>` job that runs
 * when the deploy would, right before it (same needs, same `if:`), with the team's steps (e.g. `terraform plan -out`).
 * It shows their summary file in the run's summary, where the reviewers look before approving, and keeps the files
 * they name as an artifact. The deploy job needs it, and restores those files after its checkout, so the approval
 * covers exactly what is applied: `terraform apply plan.tfplan` applies the reviewed plan (and Terraform refuses it
 * when the state moved since, rather than applying something else).
 */
import type { Config } from '../config/schema.js';
import type { ReviewConfig } from '../config/schema-review.js';
import type { EnvironmentPlan } from './conditions.js';
import { customSteps } from './custom.js';
import { releaseTagCheck } from './jobs-deploy.js';
import { awsCredentials, checkout } from './steps.js';
import type { Job, Step } from './types.js';

/** GitHub keeps at most 1 MiB of summary per step; the rest of the file stays in the artifact. */
export const SUMMARY_LIMIT = 1_000_000;
/** The approval can wait up to 30 days; the reviewed files must outlive it. */
const RETENTION_DAYS = 30;

// The file is outside text (a plan shows resource values): it goes to the summary only, never to the log where a line
// could read as a workflow command, inside a ~~~ fence longer than any run of ~ in it, so nothing in it ends the fence.
const SUMMARY_SCRIPT = `if [ ! -f "$SUMMARY_FILE" ]; then
  echo "::error::The review's summary file $SUMMARY_FILE was not written by its steps."
  exit 1
fi
longest=$(grep -o '~~*' "$SUMMARY_FILE" | awk '{ if (length($0) > n) n = length($0) } END { print n + 0 }')
width=$(( longest < 3 ? 3 : longest + 1 ))
fence=$(printf '%*s' "$width" '' | tr ' ' '~')
size=$(wc -c < "$SUMMARY_FILE")
{
  printf '### %s\\n\\n%s\\n' "$TITLE" "$fence"
  head -c "$LIMIT" "$SUMMARY_FILE"
  printf '\\n%s\\n' "$fence"
  if [ "$size" -gt "$LIMIT" ]; then
    printf '\\nCut at %s of %s bytes: the whole file is in the artifact of this job.\\n' "$LIMIT" "$size"
  fi
} >> "$GITHUB_STEP_SUMMARY"`;

const PACK_SCRIPT = `mapfile -t files <<< "$REVIEW_FILES"
tar -cf "$RUNNER_TEMP/review.tar" -- "\${files[@]}"`;

export const reviewJobId = (environment: string) => `review-${environment}`;

function reviewJob(config: Config, plan: EnvironmentPlan, review: ReviewConfig, entry: Job): Job {
  const env = plan.config;
  const steps: Step[] = [];
  if (plan.tagFilters) steps.push(releaseTagCheck(plan.tagFilters));
  steps.push(checkout());
  steps.push(awsCredentials(review.role ?? env.role, review.region ?? env.region ?? config.aws.region));
  steps.push(...customSteps(review.steps));
  if (review.summary) {
    steps.push({
      name: `Show ${review.summary} in the run's summary`,
      env: { SUMMARY_FILE: review.summary, TITLE: `${plan.name}: ${review.summary} (for the reviewers)`, LIMIT: String(SUMMARY_LIMIT) },
      run: SUMMARY_SCRIPT,
    });
  }
  if (review.files) {
    steps.push({ name: 'Pack the reviewed files', env: { REVIEW_FILES: review.files.join('\n') }, run: PACK_SCRIPT });
    steps.push({
      name: `Keep the reviewed files for ${plan.jobId}`, uses: { pinned: 'actions/upload-artifact' },
      with: { name: reviewJobId(plan.name), path: '${{ runner.temp }}/review.tar', 'if-no-files-found': 'error', 'retention-days': RETENTION_DAYS },
    });
  }
  return {
    id: reviewJobId(plan.name), name: review.name ?? `Review ${plan.name}`,
    comment: `Runs before "${plan.name}"'s deploy${env.approval ? ' and its approval' : ''}; its summary shows what the deploy applies.`,
    needs: entry.needs, ...(entry.if ? { if: entry.if } : {}), runsOn: entry.runsOn,
    permissions: { contents: 'read', 'id-token': 'write' },
    timeoutMinutes: 30,
    env: { DEPLOY_ENVIRONMENT: plan.name, ...entry.env },
    steps,
  };
}

const isCheckout = (step: Step) => !!step.uses && 'pinned' in step.uses && step.uses.pinned === 'actions/checkout';

/** A job of the environment after its review: the reviewed files back right after its checkout (if it checks out). */
function restoreFiles(job: Job, id: string, files: string[]): Job {
  const at = job.steps.findIndex(isCheckout);
  if (at === -1) return job;
  const restore: Step[] = [
    { name: `Download the files ${id} kept`, uses: { pinned: 'actions/download-artifact' }, with: { name: id, path: '${{ runner.temp }}/review' } },
    { name: `Restore the reviewed files (${files.join(', ')})`, run: 'tar -xf "$RUNNER_TEMP/review/review.tar"' },
  ];
  return { ...job, steps: [...job.steps.slice(0, at + 1), ...restore, ...job.steps.slice(at + 1)] };
}

/**
 * An environment's deploy jobs (one, or several when its services deploy in parallel) with its review hooked in:
 * the review takes the needs and `if:` of the jobs that start the deploy (those needing no other job of it: the one
 * behind the approval), they need the review, and every job of the deploy that checks out gets the files back.
 */
export function withReview(config: Config, plan: EnvironmentPlan, jobs: Job[]): Job[] {
  const review = plan.config.review;
  if (!review) return jobs;
  const own = new Set(jobs.map((job) => job.id));
  const entries = jobs.filter((job) => !job.needs.some((need) => own.has(need)));
  const id = reviewJobId(plan.name);
  const hooked = jobs.map((job) => {
    const needing = entries.includes(job) ? { ...job, needs: [...job.needs, id] } : job;
    return review.files ? restoreFiles(needing, id, review.files) : needing;
  });
  // The config rules require the environment's own steps with files, and with them a deploy job checks out.
  if (review.files && !hooked.some((job) => job.steps.some((step) => step.name.startsWith(`Download the files ${id}`)))) {
    throw new Error(`${plan.jobId} has no checkout to restore the reviewed files into; this is a gen-workflow bug, please report it with your config`);
  }
  return [reviewJob(config, plan, review, entries[0]!), ...hooked];
}
