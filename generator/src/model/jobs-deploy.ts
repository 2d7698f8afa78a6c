/**
 * An environment's deploy: migrations (in the new image), ECS deploys by digest, the frontends, smoke tests. With one
 * service (or none: EKS, Terraform) it is one job, `deploy-<env>`. With several, each service deploys in a job of its
 * own, in parallel, between a start job and the finishing `deploy-<env>`:
 *
 *   start-<env>            the GitHub environment (the one approval), tag guard, "started", your `before` steps
 *   deploy-<env>_<service> its migration before/after its ecs-deploy, and its own verdict (notice)
 *   deploy-<env>           frontends, your `after` steps, smoke tests, `after-smoke`; the image outputs
 *
 * Only the start job names the environment: GitHub asks for a protected environment's approval for every job that
 * names it, and jobs that reach it at different times are separate reviews. `_` cannot occur in a service or
 * environment name, so `deploy-<env>_<service>` never meets another job's id. The next environment needs
 * `deploy-<env>`, which needs every service job, and promotes the images in its outputs: a promotion, not a rebuild.
 */
import type { Config, ServiceConfig } from '../config/schema.js';
import { guardFilterLines, type EnvironmentPlan } from './conditions.js';
import { customSteps } from './custom.js';
import { deployedServices, deployOutputs, imageNeeds, imageServices, imageSource, imageVariable, oneServiceSteps, serviceDeploySteps } from './deploy-services.js';
import { frontendDeploys } from './frontends.js';
import type { ImagePlan } from './images.js';
import { deployNotices } from './notify-deploy.js';
import { smokeSteps, smokeUrls } from './smoke.js';
import { awsCredentials, checkout } from './steps.js';
import type { Job, Step } from './types.js';

export const APPROVAL_NOTE = 'Required reviewers on a GitHub environment are enforced only on public repositories or on GitHub Enterprise plans; on a private repository with Free, Pro or Team the deploy job will not wait for approval.';

const hasSteps = (list: unknown[] | undefined) => (list ?? []).length > 0;

/** The job id of one service's deploy when an environment deploys its services in parallel. */
export const serviceJobId = (plan: EnvironmentPlan, service: string) => `${plan.jobId}_${service}`;
export const startJobId = (plan: EnvironmentPlan) => `start-${plan.name}`;

/** Whether the environment deploys its services in parallel jobs (two or more services, unless turned off). */
export function deploysInParallel(config: Config, plan: EnvironmentPlan): boolean {
  return deployedServices(config, plan).length > 1 && plan.config['parallel-services'] !== false;
}

/** What every job of an environment's deploy shares. */
function common(config: Config, plan: EnvironmentPlan, images: ImagePlan) {
  const env = plan.config;
  const own = env.steps ?? {};
  const hasOwnSteps = Object.values(own).some(hasSteps);
  // Your steps get the environment's name, its vars, and each image this environment deploys as IMAGE_<SERVICE>.
  const jobEnv = hasOwnSteps || env.vars
    ? {
      DEPLOY_ENVIRONMENT: plan.name,
      ...Object.fromEntries(imageServices(config, plan).map((service) => [imageVariable(service.name), imageSource(plan, service.name, images)])),
      ...env.vars,
    }
    : undefined;
  const firstSmoke = smokeUrls(env.smoke)[0];
  const url = env.url ?? (firstSmoke ? new URL(firstSmoke).origin : undefined);
  return {
    own, credentials: awsCredentials(env.role, env.region ?? config.aws.region), jobEnv, url,
    frontends: frontendDeploys(config, plan.name), notices: deployNotices(config, plan.name),
    base: { if: plan.condition, runsOn: config['runs-on'], timeoutMinutes: 60 },
    environment: {
      ...(env.approval ? { comment: `Approval: add required reviewers to the "${plan.name}" environment (Settings → Environments). ${APPROVAL_NOTE}` } : {}),
      environment: { name: plan.name, ...(url ? { url } : {}) },
    },
  };
}

/** The jobs of one environment's deploy, in order; the last is `deploy-<env>`, which the next environment needs. */
export function deployJobs(config: Config, plan: EnvironmentPlan, images: ImagePlan): Job[] {
  return deploysInParallel(config, plan) ? parallelDeploy(config, plan, images) : [deployJob(config, plan, images)];
}

function deployJob(config: Config, plan: EnvironmentPlan, images: ImagePlan): Job {
  const c = common(config, plan, images);
  const steps: Step[] = [];
  if (plan.tagFilters) steps.push(releaseTagCheck(plan.tagFilters));
  steps.push(...c.notices.start);
  // Your steps read the repository (Terraform, manifests, an E2E suite); the generated ones need nothing from it.
  if (Object.values(c.own).some(hasSteps)) steps.push(checkout());
  steps.push(c.credentials);
  steps.push(...customSteps(c.own.before));
  steps.push(...serviceDeploySteps(config, plan, images));
  steps.push(...c.frontends.steps);
  steps.push(...customSteps(c.own.after));
  steps.push(...smokeSteps(plan.config.smoke));
  steps.push(...customSteps(c.own['after-smoke']));
  steps.push(...c.notices.end);
  const outputs = deployOutputs(config, plan, images);
  return {
    id: plan.jobId, name: `Deploy ${plan.name}`, ...c.environment,
    needs: [...imageNeeds(config, plan, images), ...c.frontends.needs], ...c.base,
    permissions: { contents: 'read', 'id-token': 'write' },
    concurrency: deployConcurrency(config, plan.name),
    ...(Object.keys(outputs).length ? { outputs } : {}),
    ...(c.jobEnv ? { env: c.jobEnv } : {}),
    steps,
  };
}

function parallelDeploy(config: Config, plan: EnvironmentPlan, images: ImagePlan): Job[] {
  const c = common(config, plan, images);
  const services = deployedServices(config, plan);
  const names = services.map((service) => service.name).join(', ');
  const startId = startJobId(plan);
  // The start job waits for everything this environment deploys, so the approval is asked once all is ready.
  const startSteps: Step[] = [];
  if (plan.tagFilters) startSteps.push(releaseTagCheck(plan.tagFilters));
  startSteps.push(...c.notices.start);
  startSteps.push({ name: `Deploy ${plan.name}: ${names} in parallel`, env: { SERVICES: names }, run: 'echo "Deploying $SERVICES, each in a job of its own"' });
  if (hasSteps(c.own.before)) startSteps.push(checkout(), c.credentials, ...customSteps(c.own.before));
  // Its end notice only when it fails (the tag guard, your steps): success is the services' and the finish's to tell.
  startSteps.push(...deployNotices(config, plan.name, { ends: ['failed'] }).end);
  const start: Job = {
    id: startId, name: `Start deploying ${plan.name}`, ...c.environment,
    needs: [...imageNeeds(config, plan, images), ...c.frontends.needs], ...c.base,
    permissions: { contents: 'read', ...(hasSteps(c.own.before) ? { 'id-token': 'write' as const } : {}) },
    concurrency: deployConcurrency(config, plan.name),
    ...(c.jobEnv ? { env: c.jobEnv } : {}),
    steps: startSteps,
  };
  const serviceJobs = services.map((service) => serviceJob(config, plan, images, service, startId, c.credentials));
  const after = [c.own.after, c.own['after-smoke']].some(hasSteps);
  const finishSteps: Step[] = [];
  if (after) finishSteps.push(checkout());
  if (after || c.frontends.steps.length) finishSteps.push(c.credentials);
  finishSteps.push(...c.frontends.steps, ...customSteps(c.own.after), ...smokeSteps(plan.config.smoke), ...customSteps(c.own['after-smoke']));
  if (!finishSteps.length) finishSteps.push({ name: `Every service of ${plan.name} is deployed`, env: { SERVICES: names }, run: 'echo "Deployed $SERVICES"' });
  finishSteps.push(...c.notices.end);
  const outputs = deployOutputs(config, plan, images);
  const finish: Job = {
    id: plan.jobId, name: `Deploy ${plan.name}`,
    // The image needs too: a job's outputs can only read the jobs it needs.
    needs: [startId, ...serviceJobs.map((job) => job.id), ...imageNeeds(config, plan, images), ...c.frontends.needs], ...c.base,
    permissions: { contents: 'read', ...(after || c.frontends.steps.length ? { 'id-token': 'write' as const } : {}) },
    concurrency: { group: `${config.app}-deploy-${plan.name}_finish-\${{ github.ref }}`, cancelInProgress: false },
    ...(Object.keys(outputs).length ? { outputs } : {}),
    ...(c.jobEnv ? { env: c.jobEnv } : {}),
    steps: finishSteps,
  };
  return [start, ...serviceJobs, finish];
}

/** One service's deploy in its own job: its migration before or after its ecs-deploy, and its own verdict. */
function serviceJob(config: Config, plan: EnvironmentPlan, images: ImagePlan, service: ServiceConfig, startId: string, credentials: Step): Job {
  const notices = deployNotices(config, plan.name, { service: service.name });
  return {
    id: serviceJobId(plan, service.name), name: `Deploy ${service.name} to ${plan.name}`,
    needs: [startId, ...imageNeeds(config, plan, images, service)], if: plan.condition, runsOn: config['runs-on'],
    permissions: { contents: 'read', 'id-token': 'write' },
    // One deploy of this service at a time per ref (the service groups never meet another job's: `_service-`).
    concurrency: { group: `${config.app}-deploy-${plan.name}_service-${service.name}-\${{ github.ref }}`, cancelInProgress: false },
    timeoutMinutes: 60,
    steps: [credentials, ...oneServiceSteps(plan, service, images), ...notices.end],
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
