/**
 * One deploy job per environment: migrations (in the new image), ECS deploys by digest, the frontend, smoke tests.
 * The release-tag environment needs the one before it, so it deploys the very image outputs that environment
 * deployed in the same run: a promotion, not a rebuild.
 */
import type { Config } from '../config/schema.js';
import { buildJobId, FRONTEND_ARTIFACT, FRONTEND_JOB } from './jobs-build.js';
import { tagCasePattern, type EnvironmentPlan } from './conditions.js';
import { awsCredentials } from './steps.js';
import type { Job, Step } from './types.js';

export const APPROVAL_NOTE = 'Required reviewers on a GitHub environment are enforced only on public repositories or on GitHub Enterprise plans; on a private repository with Free, Pro or Team the deploy job will not wait for approval.';

export function deployJob(config: Config, plan: EnvironmentPlan): Job {
  const env = plan.config;
  const region = env.region ?? config.aws.region;
  const services = config.services.filter((s) => env.services[s.name] !== undefined);
  const steps: Step[] = [];
  if (env['release-tags'] !== undefined) steps.push(releaseTagCheck(env['release-tags']));
  steps.push(awsCredentials(env.role, region));
  for (const service of services) {
    const ecsService = env.services[service.name] ?? '';
    const image = `\${{ needs.${buildJobId(service)}.outputs.image }}`;
    if (service.migrate) {
      steps.push({
        name: `Migrate ${service.name}`, uses: { ours: 'db-migrate' },
        with: { cluster: env.cluster, service: ecsService, 'container-name': service.container, image, command: service.migrate },
      });
    }
    steps.push({
      name: `Deploy ${service.name}`, uses: { ours: 'ecs-deploy' },
      with: { cluster: env.cluster, service: ecsService, 'container-name': service.container, image },
    });
  }
  if (config.frontend && env.bucket) {
    steps.push({ name: 'Download the frontend build', uses: { pinned: 'actions/download-artifact' }, with: { name: FRONTEND_ARTIFACT, path: '${{ runner.temp }}/frontend' } });
    steps.push({
      name: 'Deploy the frontend', uses: { ours: 's3-spa-deploy' },
      with: { source: '${{ runner.temp }}/frontend', bucket: env.bucket, ...(env.distribution ? { 'distribution-id': env.distribution } : {}) },
    });
  }
  const smoke = env.smoke ? (Array.isArray(env.smoke) ? { urls: env.smoke } : env.smoke) : undefined;
  if (smoke) {
    steps.push({
      name: 'Smoke test', uses: { ours: 'smoke-test' },
      with: {
        urls: smoke.urls.join('\n'),
        ...('body-contains' in smoke && smoke['body-contains'] ? { 'body-contains': smoke['body-contains'] } : {}),
        ...('expected-status' in smoke && smoke['expected-status'] ? { 'expected-status': smoke['expected-status'] } : {}),
        ...('timeout' in smoke && smoke.timeout ? { timeout: smoke.timeout } : {}),
      },
    });
  }
  const url = env.url ?? (smoke ? new URL(smoke.urls[0] ?? '').origin : undefined);
  const needs = [...services.map(buildJobId), ...(config.frontend && env.bucket ? [FRONTEND_JOB] : []), ...(plan.promotesFrom ? [plan.promotesFrom.jobId] : [])];
  return {
    id: plan.jobId, name: `Deploy ${plan.name}`,
    ...(env.approval ? { comment: `Approval: add required reviewers to the "${plan.name}" environment (Settings → Environments). ${APPROVAL_NOTE}` } : {}),
    needs, if: plan.condition, runsOn: config['runs-on'],
    permissions: { contents: 'read', 'id-token': 'write' },
    environment: { name: plan.name, ...(url ? { url } : {}) },
    // Queued deploys wait; one in flight is never cancelled (a half-applied ECS or S3 deploy is worse than a late one).
    concurrency: { group: `${config.app}-deploy-${plan.name}`, cancelInProgress: false },
    timeoutMinutes: 60,
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
