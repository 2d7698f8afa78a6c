/**
 * A rollback: a manual run with `rollback-environment` and `rollback-release` redeploys an earlier release to one
 * environment, without building its images. The release (a tag or a commit) is resolved to its commit, and each image
 * to the digest build-push pushed for that commit (its `sha` tag), so what runs again is byte for byte what ran then.
 * - Frontends: their build artifacts are gone (kept 30 days, and only the run's own jobs can read them), so each is
 *   rebuilt from the release's commit, in a job without AWS credentials, with the environment's vars when it is built
 *   per environment, and deployed with s3-spa-deploy. Same source and lockfile; not byte for byte the same files.
 * - Your deploy steps (`before`, `after`, `after-smoke`) run on the release's tree with `ROLLBACK=true` in their env
 *   (so one can skip itself: `if: env.ROLLBACK != 'true'`), and `${{ github.sha }}` in their `with:`/`env:` and in
 *   the smoke checks reads the release's commit: `$.version == ${{ github.sha }}` then proves the release is served.
 * - Migrations are not run: redeploying does not roll a schema back.
 * The environment's approval applies as to any deploy, once: only this job names the environment.
 */
import type { Config } from '../config/schema.js';
import { guardFilterLines, ROLLBACK_INPUT, ROLLBACK_NONE, type EnvironmentPlan } from './conditions.js';
import { customSteps } from './custom.js';
import { deployConcurrency } from './jobs-deploy.js';
import { deployedServices, ecsDeployWith, imageServices, imageVariable } from './deploy-services.js';
import { buildJob, frontendArtifact, frontendDeploys, frontendPlans, type FrontendPlan } from './frontends.js';
import { smokeSteps } from './smoke.js';
import { awsCredentials, checkout } from './steps.js';
import type { DispatchInput, Job, Step } from './types.js';

export const RELEASE_INPUT = 'rollback-release';

export function rollbackInputs(plans: EnvironmentPlan[]): Record<string, DispatchInput> {
  return {
    [ROLLBACK_INPUT]: {
      description: 'Roll back: the environment to redeploy an earlier release to (none: run the pipeline as usual)',
      type: 'choice', default: ROLLBACK_NONE, options: [ROLLBACK_NONE, ...plans.map((plan) => plan.name)],
    },
    [RELEASE_INPUT]: { description: 'Roll back: the release tag or commit SHA to redeploy (e.g. v1.2.2)', type: 'string', default: '' },
  };
}

// The release's commit: every image build-push pushed carries the full commit SHA as a tag (its `sha` rule).
const RESOLVE_COMMIT = `set -euo pipefail
if ! [[ "$RELEASE" =~ ^[A-Za-z0-9][A-Za-z0-9._/+-]*$ ]]; then
  echo "::error::rollback-release must be a release tag or a commit SHA, e.g. v1.2.2"
  exit 1
fi
sha=$(git rev-parse --verify --quiet "$RELEASE^{commit}") || { echo "::error::No tag or commit named $RELEASE in this repository."; exit 1; }
# Only what could have deployed here: a commit of the environment's branch, or one a release tag names.
release_tag() {
  local matched=false filter
  while IFS= read -r filter; do
    [ -n "$filter" ] || continue
    if [[ "$1" =~ \${filter:1} ]]; then
      if [ "\${filter:0:1}" = "+" ]; then matched=true; else matched=false; fi
    fi
  done <<< "$RELEASE_TAG_FILTERS"
  [ "$matched" = true ]
}
deployed=false
if [ -n "$BRANCH" ] && git merge-base --is-ancestor "$sha" "refs/remotes/origin/$BRANCH" 2>/dev/null; then deployed=true; fi
while IFS= read -r tag; do
  if [ -n "$tag" ] && [ -n "$RELEASE_TAG_FILTERS" ] && release_tag "$tag"; then deployed=true; fi
done < <(git tag --points-at "$sha")
if [ "$deployed" != true ]; then
  echo "::error::$RELEASE is not on $DEPLOYS_FROM, so it never deployed to this environment; choose a release that did."
  exit 1
fi
echo "sha=$sha" >> "$GITHUB_OUTPUT"
echo "Rolling back to $RELEASE ($sha)"`;

// Each repository's image of that commit, by digest, as build-push's \`image\` output writes it; your steps read it as IMAGE_<SERVICE>.
const RESOLVE_IMAGES = `set -euo pipefail
while read -r output variable repository; do
  [ -n "$output" ] || continue
  found=$(aws ecr describe-images --repository-name "$repository" --image-ids "imageTag=$SHA" --query 'imageDetails[0].[registryId,imageDigest]' --output text) \\
    || { echo "::error::$repository has no image for commit $SHA (was it built by this pipeline?)"; exit 1; }
  read -r registry digest <<< "$found"
  if ! [[ "$registry" =~ ^[0-9]{12}$ && "$digest" =~ ^sha256:[0-9a-f]{64}$ ]]; then
    echo "::error::ECR did not answer with an account id and an image digest for $repository at $SHA"
    exit 1
  fi
  image="$registry.dkr.ecr.$AWS_REGION.amazonaws.com/$repository@$digest"
  echo "$output=$image" >> "$GITHUB_OUTPUT"
  echo "$variable=$image" >> "$GITHUB_ENV"
done <<< "$REPOSITORIES"`;

const condition = (plan: EnvironmentPlan) => `github.event_name == 'workflow_dispatch' && inputs.${ROLLBACK_INPUT} == '${plan.name}'`;
/** Resolves the release to its commit, refusing one that never could have deployed here (from another branch). */
function resolveStep(plan: EnvironmentPlan): Step {
  const branch = plan.config.branch ?? '';
  const filters = plan.tagFilters ?? [];
  const from = [...(branch ? [`branch ${branch}`] : []), ...(filters.length ? [`a release tag (${filters.join(' ')})`] : [])].join(' or ');
  return {
    name: 'Find the release\'s commit', id: 'release',
    env: { RELEASE: `\${{ inputs.${RELEASE_INPUT} }}`, BRANCH: branch, RELEASE_TAG_FILTERS: guardFilterLines(filters), DEPLOYS_FROM: from },
    run: RESOLVE_COMMIT,
  };
}
const releaseTree = (): Step => ({ name: 'Check out the release', env: { SHA: '${{ steps.release.outputs.sha }}' }, run: 'git checkout --quiet --detach "$SHA"' });

/** `${{ github.sha }}` → the release's commit, in the values of steps that run in the rollback job. */
const RUN_SHA = /\$\{\{\s*github\.sha\s*\}\}/g;
function atRelease(steps: Step[]): Step[] {
  const swap = (values: Record<string, string | number | boolean> | undefined) => values && Object.fromEntries(Object.entries(values).map(([key, value]) => [key, typeof value === 'string' ? value.replace(RUN_SHA, '${{ steps.release.outputs.sha }}') : value]));
  return steps.map((step) => ({ ...step, ...(step.with ? { with: swap(step.with)! } : {}), ...(step.env ? { env: swap(step.env) as Record<string, string> } : {}) }));
}

/** The rollback of one environment: a rebuild job per frontend it deploys, then `rollback-<env>`. None when it deploys nothing. */
export function rollbackJobs(config: Config, plan: EnvironmentPlan, buildRole: string): Job[] {
  const env = plan.config;
  const own = env.steps ?? {};
  const hasOwnSteps = Object.values(own).some((list) => (list ?? []).length > 0);
  const images = imageServices(config, plan);
  const frontends = frontendPlans(config).filter((frontend) => frontend.targets[plan.name]);
  if (!images.length && !frontends.length && !hasOwnSteps) return [];
  const rebuilt = (frontend: FrontendPlan) => ({ job: `rollback-${plan.name}_build-${frontend.name}`, artifact: `rollback-${frontendArtifact(frontend, plan.name)}` });
  const rebuilds = frontends.map((frontend) => buildJob(config, frontend, [], '', frontend.perEnvironment ? plan : undefined, {
    ...rebuilt(frontend), id: rebuilt(frontend).job, name: `Rebuild ${frontend.single ? 'the frontend' : frontend.name} of the release for ${plan.name}`, if: condition(plan),
    checkout: [checkout({ 'fetch-depth': 0 }), resolveStep(plan), releaseTree()],
  }));
  const deploys = frontendDeploys(config, plan.name, rebuilt);
  const steps: Step[] = [checkout({ 'fetch-depth': 0 }), resolveStep(plan)];
  if (hasOwnSteps) steps.push(releaseTree());
  if (images.length) {
    steps.push({ ...awsCredentials(buildRole, config.aws.region), name: 'AWS credentials for the registry (OIDC)' });
    steps.push({
      name: 'Find the release\'s images by digest', id: 'images',
      env: { SHA: '${{ steps.release.outputs.sha }}', REPOSITORIES: images.map((s) => `${s.name} ${imageVariable(s.name)} ${s['ecr-repository']}`).join('\n') },
      run: RESOLVE_IMAGES,
    });
  }
  steps.push(awsCredentials(env.role, env.region ?? config.aws.region));
  steps.push(...atRelease(customSteps(own.before)));
  for (const service of deployedServices(config, plan)) {
    steps.push({
      name: `Redeploy ${service.name}`, uses: { ours: 'ecs-deploy' },
      with: ecsDeployWith(env.cluster ?? '', env.services[service.name]!, service.container, `\${{ steps.images.outputs.${service.name} }}`),
    });
  }
  steps.push(...deploys.steps);
  steps.push(...atRelease([...customSteps(own.after), ...smokeSteps(env.smoke), ...customSteps(own['after-smoke'])]));
  const rollback: Job = {
    id: `rollback-${plan.name}`, name: `Roll back ${plan.name}`, needs: deploys.needs,
    if: condition(plan),
    runsOn: config['runs-on'], permissions: { contents: 'read', 'id-token': 'write' },
    environment: { name: plan.name, ...(env.url ? { url: env.url } : {}) },
    concurrency: deployConcurrency(config, plan.name),
    timeoutMinutes: 60,
    ...(hasOwnSteps || env.vars ? { env: { DEPLOY_ENVIRONMENT: plan.name, ROLLBACK: 'true', ...env.vars } } : {}),
    steps,
  };
  return [...rebuilds, rollback];
}
