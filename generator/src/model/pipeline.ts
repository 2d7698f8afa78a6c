/** config → the pipeline model. Pure: no I/O, the same config always gives the same model. */
import type { Config } from '../config/schema.js';
import { NOT_PR, PIPELINE_RUN, planEnvironments, PR_ONLY, pushTagFilters } from './conditions.js';
import { customJobs } from './custom.js';
import { frontendBuildJobs } from './frontends.js';
import { planImages } from './images.js';
import { assertUniqueJobIds } from './job-ids.js';
import { serviceBuildJob } from './jobs-build.js';
import { rollbackInputs, rollbackJobs } from './rollback.js';
import { APPROVAL_NOTE, deployJobs } from './jobs-deploy.js';
import { notifyJob } from './jobs-notify.js';
import { withReview } from './review.js';
import { testJobs } from './jobs-test.js';
import { dependencyScanJob, driftJob, secretsScanJob } from './jobs-verify.js';
import type { GenerationPaths, Job, Workflow } from './types.js';

export const WORKFLOW_FILE = 'pipeline.yml';

export function parseActionsSource(actions: string): { repository: string; ref: string } {
  const at = actions.lastIndexOf('@');
  return { repository: actions.slice(0, at), ref: actions.slice(at + 1) };
}

export function planWorkflow(config: Config, paths: GenerationPaths): Workflow {
  const trivySetting = config.security.trivy;
  const trivy = trivySetting === false ? undefined : {
    severity: (trivySetting === true ? ['CRITICAL', 'HIGH'] : trivySetting.severity).join(','),
    ignoreUnfixed: trivySetting === true ? false : trivySetting['ignore-unfixed'],
  };
  const verify: Job[] = [driftJob(config, paths), ...testJobs(config)];
  if (config.security.gitleaks) verify.push(secretsScanJob(config));
  const gates = verify.map((job) => job.id);
  if (trivy) verify.push(dependencyScanJob(config, trivy));

  const buildRole = config.aws['build-role'] ?? Object.values(config.environments)[0]?.role ?? '';
  const environments = planEnvironments(config);
  const rollbacks = environments.flatMap((plan) => rollbackJobs(config, plan, buildRole));
  // Without a rollback job the manual run has no rollback input, and an `if:` naming it is an error (actionlint).
  const buildsRun = rollbacks.length ? PIPELINE_RUN : NOT_PR;
  const frontends = frontendBuildJobs(config, gates, environments, buildsRun);
  const images = planImages(config, frontends.map((job) => job.id));
  const builds = images.builds.map((build) => serviceBuildJob(config, build, buildRole, gates, trivy, buildsRun));
  const deploys = environments.flatMap((plan) => withReview(config, plan, deployJobs(config, plan, images)));

  const generated = [...verify, ...builds, ...frontends, ...deploys, ...rollbacks];
  const jobs = [...generated, ...customJobs(config, [...generated.map((job) => job.id), 'notify'])];
  const notify = notifyJob(config, jobs.filter((job) => job.if !== PR_ONLY).map((job) => job.id));
  const notes = environments.filter((plan) => plan.config.approval).map((plan) => `${plan.name}: approval is the GitHub environment "${plan.name}" with required reviewers. ${APPROVAL_NOTE}`);

  return {
    name: `${config.app} pipeline`,
    file: WORKFLOW_FILE,
    triggers: {
      branches: environments.flatMap((plan) => (plan.config.branch ? [plan.config.branch] : [])),
      tags: pushTagFilters(config),
      ...(rollbacks.length ? { dispatchInputs: rollbackInputs(environments.filter((plan) => rollbacks.some((job) => job.id === `rollback-${plan.name}`))) } : {}),
    },
    env: { AWS_REGION: config.aws.region },
    jobs: assertUniqueJobIds(notify ? [...jobs, notify] : jobs),
    notes,
  };
}
