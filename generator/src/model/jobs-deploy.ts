/**
 * One deploy job per environment: migrations (in the new image), ECS deploys by digest, the frontend, smoke tests.
 * The release-tag environment needs the one before it, so it deploys the very image outputs that environment
 * deployed in the same run: a promotion, not a rebuild.
 */
import type { Config } from '../config/schema.js';
import { buildJobId } from './jobs-build.js';
import { tagCasePattern, type EnvironmentPlan } from './conditions.js';
import { customSteps } from './custom.js';
import { frontendDeploys } from './frontends.js';
import { deployNotices } from './notify-deploy.js';
import { smokeSteps, smokeUrls } from './smoke.js';
import { awsCredentials, checkout } from './steps.js';
import type { Job, Step } from './types.js';

export const APPROVAL_NOTE = 'Required reviewers on a GitHub environment are enforced only on public repositories or on GitHub Enterprise plans; on a private repository with Free, Pro or Team the deploy job will not wait for approval.';

export function deployJob(config: Config, plan: EnvironmentPlan): Job {
  const env = plan.config;
  const region = env.region ?? config.aws.region;
  const services = config.services.filter((s) => env.services[s.name] !== undefined);
  const own = env.steps ?? {};
  const hasOwnSteps = Object.values(own).some((list) => (list ?? []).length > 0);
  // An environment that deploys with its own steps only (kubectl on EKS, Terraform) gets every image, as IMAGE_<NAME>.
  const images = services.length === 0 && hasOwnSteps ? config.services : services;
  const notices = deployNotices(config, plan.name);
  const steps: Step[] = [];
  if (env['release-tags'] !== undefined) steps.push(releaseTagCheck(env['release-tags']));
  steps.push(...notices.start);
  // Your steps read the repository (Terraform, manifests, an E2E suite); the generated ones need nothing from it.
  if (hasOwnSteps) steps.push(checkout());
  steps.push(awsCredentials(env.role, region));
  steps.push(...customSteps(own.before));
  for (const service of services) {
    const ecsService = env.services[service.name] ?? '';
    const image = `\${{ needs.${buildJobId(service)}.outputs.image }}`;
    if (service.migrate) {
      steps.push({
        name: `Migrate ${service.name}`, uses: { ours: 'db-migrate' },
        with: { cluster: env.cluster ?? '', service: ecsService, 'container-name': service.container, image, command: service.migrate },
      });
    }
    steps.push({
      name: `Deploy ${service.name}`, uses: { ours: 'ecs-deploy' },
      with: { cluster: env.cluster ?? '', service: ecsService, 'container-name': service.container, image },
    });
  }
  const frontends = frontendDeploys(config, plan.name);
  steps.push(...frontends.steps);
  steps.push(...customSteps(own.after));
  steps.push(...smokeSteps(env.smoke));
  steps.push(...customSteps(own['after-smoke']));
  steps.push(...notices.end);
  const firstSmoke = smokeUrls(env.smoke)[0];
  const url = env.url ?? (firstSmoke ? new URL(firstSmoke).origin : undefined);
  const jobEnv = hasOwnSteps || env.vars
    ? { DEPLOY_ENVIRONMENT: plan.name, ...Object.fromEntries(images.map((service) => [`IMAGE_${service.name.replace(/-/g, '_').toUpperCase()}`, `\${{ needs.${buildJobId(service)}.outputs.image }}`])), ...env.vars }
    : undefined;
  const needs = [...images.map(buildJobId), ...frontends.needs, ...(plan.promotesFrom ? [plan.promotesFrom.jobId] : [])];
  return {
    id: plan.jobId, name: `Deploy ${plan.name}`,
    ...(env.approval ? { comment: `Approval: add required reviewers to the "${plan.name}" environment (Settings → Environments). ${APPROVAL_NOTE}` } : {}),
    needs, if: plan.condition, runsOn: config['runs-on'],
    permissions: { contents: 'read', 'id-token': 'write' },
    environment: { name: plan.name, ...(url ? { url } : {}) },
    // Queued deploys wait; one in flight is never cancelled (a half-applied ECS or S3 deploy is worse than a late one).
    concurrency: { group: `${config.app}-deploy-${plan.name}`, cancelInProgress: false },
    timeoutMinutes: 60,
    ...(jobEnv ? { env: jobEnv } : {}),
    steps,
  };
}

/** A manual run can start on any tag; only the configured release tags may deploy here. */
function releaseTagCheck(pattern: string): Step {
  return {
    name: `Only release tags (${pattern}) deploy here`,
    env: { REF_TYPE: '${{ github.ref_type }}', REF_NAME: '${{ github.ref_name }}' },
    run: `case "$REF_TYPE:$REF_NAME" in
  tag:${tagCasePattern(pattern)}) echo "Release $REF_NAME" ;;
  *) echo "::error::This environment deploys release tags matching ${pattern}; $REF_TYPE $REF_NAME is not one."; exit 1 ;;
esac`,
  };
}
