/**
 * Frontends: the single `frontend` (job build-frontend, as before) or several `frontends`, each built once and
 * handed to every environment as an artifact, or built once per environment when its build reads the environment's
 * values (a Vite app's VITE_API_URL is baked into the bundle), and deployed with s3-spa-deploy where mapped.
 */
import type { Config } from '../config/schema.js';
import { customSteps } from './custom.js';
import type { EnvironmentPlan } from './conditions.js';
import { nodeSetting } from './jobs-test.js';
import { checkout } from './steps.js';
import { installCommand, nodeSteps, within, type NodeSetting } from './toolchains.js';
import type { Job, Step } from './types.js';
import type { CustomStep } from '../config/schema-steps.js';

export interface FrontendPlan {
  name: string;
  /** The single `frontend` key: its job and artifact keep their names (build-frontend, frontend). */
  single: boolean;
  build: string;
  /** The build's output folder, from the repository root. */
  output: string;
  install: string;
  dir?: string;
  node: NodeSetting;
  env: Record<string, string>;
  perEnvironment: boolean;
  steps: { before?: CustomStep[]; after?: CustomStep[] };
  /** Environment → where it deploys there. */
  targets: Record<string, { bucket: string; distribution?: string }>;
}

export function frontendPlans(config: Config): FrontendPlan[] {
  if (config.frontend) {
    const frontend = config.frontend;
    const node = nodeSetting(config.test, config.test.run ?? [], true)!;
    const targets = Object.fromEntries(Object.entries(config.environments).flatMap(([name, env]) => (env.bucket ? [[name, { bucket: env.bucket, ...(env.distribution ? { distribution: env.distribution } : {}) }]] : [])));
    return [{
      name: 'frontend', single: true, build: frontend.build, output: frontend.dir, install: frontend.install ?? installCommand(node.manager),
      node, env: frontend.env ?? {}, perEnvironment: false, steps: frontend.steps ?? {}, targets,
    }];
  }
  return (config.frontends ?? []).map((entry) => {
    const node = nodeSetting(entry, [], true)!;
    const dir = entry['working-directory'];
    const targets = Object.fromEntries(Object.entries(config.environments).flatMap(([name, env]) => {
      const target = env.frontends?.[entry.name];
      return target ? [[name, target]] : [];
    }));
    return {
      name: entry.name, single: false, build: entry.build, output: within(dir, entry.dir), install: entry.install ?? installCommand(node.manager),
      ...(dir ? { dir } : {}), node, env: entry.env, perEnvironment: entry['per-environment'], steps: entry.steps ?? {}, targets,
    };
  });
}

/** The build job's id and its artifact's name; `environment` only for a frontend built per environment. */
export function frontendJobId(plan: FrontendPlan, environment?: string): string {
  if (plan.single) return 'build-frontend';
  return `build-frontend-${plan.name}${plan.perEnvironment && environment ? `-${environment}` : ''}`;
}
export function frontendArtifact(plan: FrontendPlan, environment?: string): string {
  if (plan.single) return 'frontend';
  return `frontend-${plan.name}${plan.perEnvironment && environment ? `-${environment}` : ''}`;
}

/** How a build job differs when it rebuilds an earlier release for a rollback (see rollback.ts). */
export interface RebuildOptions { id: string; name: string; if: string; checkout: Step[]; artifact: string }

export function buildJob(config: Config, plan: FrontendPlan, gates: string[], when: string, environment?: EnvironmentPlan, rebuild?: RebuildOptions): Job {
  const workIn = plan.dir ? { workingDirectory: plan.dir } : {};
  const env = { ...plan.env, ...(environment ? environment.config.vars : {}) };
  const keep = rebuild
    ? { name: 'Keep the rebuilt release for the rollback', artifact: rebuild.artifact, days: 1 }
    : { name: environment ? `Keep the build for ${environment.name}` : 'Keep the build for every environment', artifact: frontendArtifact(plan, environment?.name), days: 30 };
  const steps: Step[] = [
    ...(rebuild ? rebuild.checkout : [checkout()]),
    ...nodeSteps(plan.node, plan.dir),
    ...customSteps(plan.steps.before),
    { name: 'Install dependencies', ...workIn, run: plan.install },
    { name: 'Build', ...workIn, run: plan.build },
    ...customSteps(plan.steps.after),
    {
      name: keep.name, uses: { pinned: 'actions/upload-artifact' },
      with: { name: keep.artifact, path: plan.output, 'if-no-files-found': 'error', 'retention-days': keep.days },
    },
  ];
  const label = plan.single ? 'frontend' : plan.name;
  return {
    id: rebuild?.id ?? frontendJobId(plan, environment?.name), name: rebuild?.name ?? (environment ? `Build ${label} for ${environment.name}` : `Build ${label}`), needs: gates,
    // Built per environment only when that environment deploys in this run.
    if: rebuild?.if ?? (environment ? `${when} && (${environment.condition})` : when),
    runsOn: config['runs-on'], permissions: { contents: 'read' }, timeoutMinutes: 30,
    ...(Object.keys(env).length ? { env } : {}),
    steps,
  };
}

/** `when`: the `if:` of builds (PIPELINE_RUN, or NOT_PR without rollbacks); a per-environment build also needs its environment's condition. */
export function frontendBuildJobs(config: Config, gates: string[], environments: EnvironmentPlan[], when: string): Job[] {
  return frontendPlans(config).flatMap((plan) => {
    if (!plan.perEnvironment) return [buildJob(config, plan, gates, when)];
    return environments.filter((environment) => plan.targets[environment.name]).map((environment) => buildJob(config, plan, gates, when, environment));
  });
}

/** The frontends an environment deploys: the build jobs it needs and its deploy steps (`artifact`: another artifact name, for a rollback's rebuild). */
export function frontendDeploys(config: Config, environment: string, rebuilt?: (plan: FrontendPlan) => { job: string; artifact: string }): { needs: string[]; steps: Step[] } {
  const needs: string[] = [];
  const steps: Step[] = [];
  for (const plan of frontendPlans(config)) {
    const target = plan.targets[environment];
    if (!target) continue;
    const artifact = rebuilt ? rebuilt(plan).artifact : frontendArtifact(plan, environment);
    needs.push(rebuilt ? rebuilt(plan).job : frontendJobId(plan, environment));
    const folder = `\${{ runner.temp }}/${artifact}`;
    const label = plan.single ? 'the frontend' : plan.name;
    steps.push({ name: `Download ${plan.single ? 'the frontend build' : `the ${plan.name} build`}`, uses: { pinned: 'actions/download-artifact' }, with: { name: artifact, path: folder } });
    steps.push({
      name: `Deploy ${label}`, uses: { ours: 's3-spa-deploy' },
      with: { source: folder, bucket: target.bucket, ...(target.distribution ? { 'distribution-id': target.distribution } : {}) },
    });
  }
  return { needs, steps };
}
