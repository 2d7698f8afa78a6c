/**
 * One deploy job per environment: migrations (in the new image), ECS deploys by digest, the frontend, smoke tests.
 * The release-tag environment needs the one before it, so it deploys the very image outputs that environment
 * deployed in the same run: a promotion, not a rebuild.
 */
import type { Config } from '../config/schema.js';
import { guardFilterLines, type EnvironmentPlan } from './conditions.js';
import { customSteps } from './custom.js';
import { deployOutputs, imageNeeds, imageServices, imageSource, serviceDeploySteps } from './deploy-services.js';
import { frontendDeploys } from './frontends.js';
import type { ImagePlan } from './images.js';
import { deployNotices } from './notify-deploy.js';
import { smokeSteps, smokeUrls } from './smoke.js';
import { awsCredentials, checkout } from './steps.js';
import type { Job, Step } from './types.js';

export const APPROVAL_NOTE = 'Required reviewers on a GitHub environment are enforced only on public repositories or on GitHub Enterprise plans; on a private repository with Free, Pro or Team the deploy job will not wait for approval.';

export function deployJob(config: Config, plan: EnvironmentPlan, images: ImagePlan): Job {
  const env = plan.config;
  const region = env.region ?? config.aws.region;
  const own = env.steps ?? {};
  const hasOwnSteps = Object.values(own).some((list) => (list ?? []).length > 0);
  const notices = deployNotices(config, plan.name);
  const steps: Step[] = [];
  if (plan.tagFilters) steps.push(releaseTagCheck(plan.tagFilters));
  steps.push(...notices.start);
  // Your steps read the repository (Terraform, manifests, an E2E suite); the generated ones need nothing from it.
  if (hasOwnSteps) steps.push(checkout());
  steps.push(awsCredentials(env.role, region));
  steps.push(...customSteps(own.before));
  steps.push(...serviceDeploySteps(config, plan, images));
  const frontends = frontendDeploys(config, plan.name);
  steps.push(...frontends.steps);
  steps.push(...customSteps(own.after));
  steps.push(...smokeSteps(env.smoke));
  steps.push(...customSteps(own['after-smoke']));
  steps.push(...notices.end);
  const firstSmoke = smokeUrls(env.smoke)[0];
  const url = env.url ?? (firstSmoke ? new URL(firstSmoke).origin : undefined);
  // Your steps get the environment's name, its vars, and each image this environment deploys as IMAGE_<SERVICE>.
  const jobEnv = hasOwnSteps || env.vars
    ? {
      DEPLOY_ENVIRONMENT: plan.name,
      ...Object.fromEntries(imageServices(config, plan).map((service) => [`IMAGE_${service.name.replace(/-/g, '_').toUpperCase()}`, imageSource(plan, service.name, images)])),
      ...env.vars,
    }
    : undefined;
  const needs = [...imageNeeds(config, plan, images), ...frontends.needs];
  const outputs = deployOutputs(config, plan, images);
  return {
    id: plan.jobId, name: `Deploy ${plan.name}`,
    ...(env.approval ? { comment: `Approval: add required reviewers to the "${plan.name}" environment (Settings → Environments). ${APPROVAL_NOTE}` } : {}),
    needs, if: plan.condition, runsOn: config['runs-on'],
    permissions: { contents: 'read', 'id-token': 'write' },
    environment: { name: plan.name, ...(url ? { url } : {}) },
    concurrency: deployConcurrency(config, plan.name),
    timeoutMinutes: 60,
    ...(Object.keys(outputs).length ? { outputs } : {}),
    ...(jobEnv ? { env: jobEnv } : {}),
    steps,
  };
}

/**
 * One deploy of an environment at a time per ref, and none in flight is ever cancelled (a half-applied ECS or S3
 * deploy is worse than a late one). GitHub keeps one running and one pending job per group, and a newer pending job
 * replaces (cancels) the pending one whatever cancel-in-progress says, so a group shared by every ref would let a
 * push to main cancel a release run's deploy waiting there. Per ref, a newer push only replaces an older pending push
 * of the same branch (it carries that commit too), and a release tag is its own ref. (`queue: max`, which keeps every
 * pending job, is not yet known to actionlint.)
 */
export function deployConcurrency(config: Config, environment: string): { group: string; cancelInProgress: boolean } {
  return { group: `${config.app}-deploy-${environment}-\${{ github.ref }}`, cancelInProgress: false };
}

// Bash reads each filter line: "+regex" includes, "-regex" excludes, the last match decides (GitHub's order rule).
const TAG_GUARD = `[ "$REF_TYPE" = tag ] || exit 0
matched=false
while IFS= read -r filter; do
  [ -n "$filter" ] || continue
  if [[ "$REF_NAME" =~ \${filter:1} ]]; then
    if [ "\${filter:0:1}" = "+" ]; then matched=true; else matched=false; fi
  fi
done <<< "$TAG_FILTERS"
if [ "$matched" != true ]; then
  echo "::error::This environment deploys release tags matching $TAG_PATTERNS; tag $REF_NAME is not one."
  exit 1
fi
echo "Release $REF_NAME"`;

/** A manual run can start on any tag; only the release tags (as GitHub's push filter reads them) may deploy. */
export function releaseTagCheck(filters: string[]): Step {
  return {
    name: `Only release tags (${filters.join(' ')}) deploy here`,
    env: { REF_TYPE: '${{ github.ref_type }}', REF_NAME: '${{ github.ref_name }}', TAG_PATTERNS: filters.join(' '), TAG_FILTERS: guardFilterLines(filters) },
    run: TAG_GUARD,
  };
}
