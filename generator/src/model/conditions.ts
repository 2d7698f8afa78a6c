/**
 * When each environment deploys. Branch environments deploy on pushes to (or a manual run on) their branch; the
 * release-tag environment, always the last, deploys on its tags after the environment before it deployed the same
 * build in the same run, so production receives exactly what passed staging.
 */
import type { Config, EnvironmentConfig } from '../config/schema.js';

export interface EnvironmentPlan {
  name: string;
  config: EnvironmentConfig;
  /** The job id, `deploy-<name>`. */
  jobId: string;
  /** The environment this one promotes from (release-tag environments only). */
  promotesFrom?: EnvironmentPlan;
  /** The `if:` of the deploy job. */
  condition: string;
}

/** The `if:` of jobs that skip pull requests, and of the jobs that run only for them. */
export const NOT_PR = "github.event_name != 'pull_request'";
export const PR_ONLY = "github.event_name == 'pull_request'";
const ON_TAG = "startsWith(github.ref, 'refs/tags/')";

export function planEnvironments(config: Config): EnvironmentPlan[] {
  const entries = Object.entries(config.environments);
  const tagEnv = entries.find(([, env]) => env['release-tags'] !== undefined);
  const tagIndex = tagEnv ? entries.indexOf(tagEnv) : -1;
  const plans: EnvironmentPlan[] = [];
  entries.forEach(([name, env], index) => {
    const jobId = `deploy-${name}`;
    if (env['release-tags'] !== undefined) {
      plans.push({ name, config: env, jobId, promotesFrom: plans[index - 1], condition: `${NOT_PR} && ${ON_TAG}` });
      return;
    }
    const onBranch = `github.ref == 'refs/heads/${env.branch}'`;
    // The environment right before the release-tag one also deploys on release tags: that is the promotion's first leg.
    const condition = index === tagIndex - 1 ? `${NOT_PR} && (${onBranch} || ${ON_TAG})` : `${NOT_PR} && ${onBranch}`;
    plans.push({ name, config: env, jobId, condition });
  });
  return plans;
}

/** A shell `case` pattern for a GitHub tag filter (our schema allows no '/', so `*` means the same in both). */
export function tagCasePattern(pattern: string): string {
  return pattern.replace(/[^\w.*+-]/g, '');
}
