/**
 * A rollback: a manual run with `rollback-environment` and `rollback-release` redeploys an earlier release's images
 * to one environment, without building. The release (a tag or a commit) is resolved to its commit, and each image to
 * the digest build-push pushed for that commit (its `sha` tag), so what runs again is byte for byte what ran then.
 * Migrations are not run (a schema is not rolled back by redeploying) and the frontend is not redeployed (its
 * build artifact has expired by then); the environment's approval applies as to any deploy.
 */
import type { Config } from '../config/schema.js';
import { ROLLBACK_INPUT, ROLLBACK_NONE, type EnvironmentPlan } from './conditions.js';
import { deployConcurrency } from './jobs-deploy.js';
import { deployedServices, ecsDeployWith } from './deploy-services.js';
import { awsCredentials, checkout } from './steps.js';
import type { DispatchInput, Job, Step } from './types.js';

export const RELEASE_INPUT = 'rollback-release';

export function rollbackInputs(plans: EnvironmentPlan[]): Record<string, DispatchInput> {
  return {
    [ROLLBACK_INPUT]: {
      description: 'Roll back: the environment to redeploy an earlier release to (none: run the pipeline as usual)',
      type: 'choice', default: ROLLBACK_NONE, options: [ROLLBACK_NONE, ...plans.map((plan) => plan.name)],
    },
    [RELEASE_INPUT]: { description: 'Roll back: the release tag or commit SHA whose images to redeploy (e.g. v1.2.2)', type: 'string', default: '' },
  };
}

// The release's commit: every image build-push pushed carries the full commit SHA as a tag (its `sha` rule).
const RESOLVE_COMMIT = `set -euo pipefail
if ! [[ "$RELEASE" =~ ^[A-Za-z0-9][A-Za-z0-9._/+-]*$ ]]; then
  echo "::error::rollback-release must be a release tag or a commit SHA, e.g. v1.2.2"
  exit 1
fi
sha=$(git rev-parse --verify --quiet "$RELEASE^{commit}") || { echo "::error::No tag or commit named $RELEASE in this repository."; exit 1; }
echo "sha=$sha" >> "$GITHUB_OUTPUT"
echo "Rolling back to $RELEASE ($sha)"`;

// Each repository's image of that commit, by digest, as build-push's \`image\` output writes it.
const RESOLVE_IMAGES = `set -euo pipefail
while IFS='=' read -r output repository; do
  [ -n "$output" ] || continue
  found=$(aws ecr describe-images --repository-name "$repository" --image-ids "imageTag=$SHA" --query 'imageDetails[0].[registryId,imageDigest]' --output text) \\
    || { echo "::error::$repository has no image for commit $SHA (was it built by this pipeline?)"; exit 1; }
  read -r registry digest <<< "$found"
  echo "$output=$registry.dkr.ecr.$AWS_REGION.amazonaws.com/$repository@$digest" >> "$GITHUB_OUTPUT"
done <<< "$REPOSITORIES"`;

export function rollbackJob(config: Config, plan: EnvironmentPlan, buildRole: string): Job | undefined {
  const services = deployedServices(config, plan);
  if (services.length === 0) return undefined;
  const env = plan.config;
  const steps: Step[] = [
    checkout({ 'fetch-depth': 0 }),
    { name: 'Find the release\'s commit', id: 'release', env: { RELEASE: `\${{ inputs.${RELEASE_INPUT} }}` }, run: RESOLVE_COMMIT },
    { ...awsCredentials(buildRole, config.aws.region), name: 'AWS credentials for the registry (OIDC)' },
    {
      name: 'Find the release\'s images by digest', id: 'images',
      env: { SHA: '${{ steps.release.outputs.sha }}', REPOSITORIES: services.map((s) => `${s.name}=${s['ecr-repository']}`).join('\n') },
      run: RESOLVE_IMAGES,
    },
    awsCredentials(env.role, env.region ?? config.aws.region),
    ...services.map((service): Step => ({
      name: `Redeploy ${service.name}`, uses: { ours: 'ecs-deploy' },
      with: ecsDeployWith(env.cluster ?? '', env.services[service.name]!, service.container, `\${{ steps.images.outputs.${service.name} }}`),
    })),
  ];
  return {
    id: `rollback-${plan.name}`, name: `Roll back ${plan.name}`, needs: [],
    if: `github.event_name == 'workflow_dispatch' && inputs.${ROLLBACK_INPUT} == '${plan.name}'`,
    runsOn: config['runs-on'], permissions: { contents: 'read', 'id-token': 'write' },
    environment: { name: plan.name, ...(env.url ? { url: env.url } : {}) },
    concurrency: deployConcurrency(config, plan.name),
    timeoutMinutes: 60,
    steps,
  };
}
