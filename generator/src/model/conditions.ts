/**
 * When each environment deploys, and what it promotes. The environments are one chain in the config's order:
 * - a branch environment deploys on pushes to (or a manual run on) its branch, from the builds of that run;
 * - an environment on the same branch as the one right before it deploys in the same run after that one, behind
 *   its own approval, the very images that one deployed (its job outputs): "main → staging, then production";
 * - the release-tag environment (the last) deploys on its tags after the one before it deployed the same images in
 *   the same run; every environment that leads to it by promotion runs on those tags too.
 * So every environment after the first of a run deploys only what passed the one before it.
 */
import type { Config, EnvironmentConfig } from '../config/schema.js';
import { compileFilter, releaseTagFilters } from '../config/ref-filter.js';
import { tagPatterns } from '../config/schema-deploy.js';

export interface EnvironmentPlan {
  name: string;
  config: EnvironmentConfig;
  /** The job id, `deploy-<name>`. */
  jobId: string;
  /** The environment this one promotes from in the same run (its deploy job's image outputs). */
  promotesFrom?: EnvironmentPlan;
  /** The `if:` of the deploy job. */
  condition: string;
  /** Set when the job runs on release tags: the filters (GitHub's syntax, `!` excludes) a tag must pass. */
  tagFilters?: string[];
}

/** The `if:` of jobs that skip pull requests, and of the jobs that run only for them. */
export const NOT_PR = "github.event_name != 'pull_request'";
export const PR_ONLY = "github.event_name == 'pull_request'";
const ON_TAG = "startsWith(github.ref, 'refs/tags/')";

/** The manual run's inputs that redeploy an earlier release instead of building (see rollback.ts). */
export const ROLLBACK_INPUT = 'rollback-environment';
export const ROLLBACK_NONE = 'none';
/** Builds (and so deploys) run on pushes and manual runs, not on pull requests nor on a manual rollback. */
export const PIPELINE_RUN = `${NOT_PR} && (github.event_name != 'workflow_dispatch' || inputs.${ROLLBACK_INPUT} == '${ROLLBACK_NONE}')`;

export function planEnvironments(config: Config): EnvironmentPlan[] {
  const entries = Object.entries(config.environments);
  const allFilters = entries.flatMap(([, env]) => releaseTagFilters(tagPatterns(env['release-tags']), env['pre-releases'] ?? false));
  // Whether entry i promotes from entry i - 1 in the same run: a release-tag environment, or the same branch.
  const promotes = entries.map(([, env], i) => i > 0 && (env['release-tags'] !== undefined || (env.branch !== undefined && env.branch === entries[i - 1]?.[1].branch)));
  // Runs on release tags: the release-tag environment, and every environment that leads to it by promotion.
  const onTags = entries.map(([, env]) => env['release-tags'] !== undefined);
  for (let i = entries.length - 2; i >= 0; i -= 1) if (onTags[i + 1] && promotes[i + 1]) onTags[i] = true;
  const plans: EnvironmentPlan[] = [];
  entries.forEach(([name, env], index) => {
    const jobId = `deploy-${name}`;
    const promotesFrom = promotes[index] ? plans[index - 1] : undefined;
    const tagFilters = onTags[index] ? allFilters : undefined;
    const triggers = [...(env.branch !== undefined ? [`github.ref == 'refs/heads/${env.branch}'`] : []), ...(onTags[index] ? [ON_TAG] : [])];
    const condition = `${NOT_PR} && ${triggers.length > 1 ? `(${triggers.join(' || ')})` : triggers[0]}`;
    plans.push({ name, config: env, jobId, condition, ...(promotesFrom ? { promotesFrom } : {}), ...(tagFilters ? { tagFilters } : {}) });
  });
  return plans;
}

/** The push tag filters of the whole pipeline (the release-tag environment's, pre-releases excluded unless asked). */
export function pushTagFilters(config: Config): string[] {
  return Object.values(config.environments).flatMap((env) => releaseTagFilters(tagPatterns(env['release-tags']), env['pre-releases'] ?? false));
}

/** Each filter as `+regex` or `-regex` (negated), one a line: what the tag guard step's bash reads. */
export function guardFilterLines(filters: string[]): string {
  return filters.map(compileFilter).map((f) => `${f.negated ? '-' : '+'}${f.regex}`).join('\n');
}
