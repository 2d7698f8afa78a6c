/**
 * The five seed teams' configs (generator/examples/*.yml) generate without warnings, pass actionlint with zero
 * findings, and say in the workflow what each team's document asks for: their toolchains and test services, their
 * own steps at the named points, frontends per environment, smoke tests per URL, and their notices. actionlint, GitHub's
 * parser and its evaluator run over them in github-semantics.test.ts (one start of each for every config), shellcheck
 * in test/integration/gen-workflow-shellcheck.test.ts.
 */
import { beforeAll, describe, expect, it } from '@jest/globals';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { writeGenerated } from './generate.js';
import { readWorkflow, repoRoot, tempRepo, type JobYaml } from '../test/support.js';

const examplesDir = join(repoRoot, 'generator', 'examples');
const TEAMS = ['atlantic', 'caja', 'credlink', 'fibonacco', 'keylo'];

interface Generated { jobs: Record<string, JobYaml>; notes: string[]; text: string }
const generated = new Map<string, Generated>();
const names = (job: JobYaml) => job.steps.map((step) => String(step.name));
const step = (job: JobYaml, name: string) => {
  const found = job.steps.find((s) => s.name === name);
  if (!found) throw new Error(`no step "${name}" in ${names(job).join(', ')}`);
  return found;
};

beforeAll(() => {
  for (const team of TEAMS) {
    const dir = tempRepo(join(examplesDir, `${team}.yml`));
    const { notes } = writeGenerated({ cwd: dir, config: 'platform.yml', out: '.github/workflows' });
    const { text, workflow } = readWorkflow(dir);
    generated.set(team, { jobs: workflow.jobs, notes, text });
  }
});

describe('the seed teams\' examples', () => {
  it('are the five teams, each generating with no note but the approval one (actionlint: github-semantics.test.ts)', () => {
    expect(readdirSync(examplesDir).filter((f) => f.endsWith('.yml')).sort()).toEqual(TEAMS.map((t) => `${t}.yml`));
    for (const [team, g] of generated) expect([team, g.notes.filter((note) => !note.includes('approval is the GitHub environment'))]).toEqual([team, []]);
  });

  it('KeyLo: Postgres with its own credentials, Codecov after the tests, Expo per channel, Slack for production only', () => {
    const { jobs } = generated.get('keylo')!;
    const test = jobs.test! as JobYaml & { services: Record<string, { image: string; env: Record<string, string> }>; env: Record<string, string> };
    expect(test.services.postgres).toMatchObject({ image: 'postgres:15', env: { POSTGRES_USER: 'keylo', POSTGRES_PASSWORD: 'test123', POSTGRES_DB: 'keylo_test' } });
    expect(test.env.DATABASE_URL).toBe('postgresql://keylo:test123@localhost:5432/keylo_test');
    expect(names(test).slice(-2)).toEqual(['npm audit --audit-level moderate', 'Upload coverage to Codecov']);
    expect(step(test, 'Upload coverage to Codecov').uses).toBe('codecov/codecov-action@671740ac38dd9b0130fbe1cec585b89eea48d3de');
    const production = jobs['deploy-production']!;
    expect((production as JobYaml & { env: Record<string, string> }).env).toMatchObject({ EXPO_CHANNEL: 'production', DEPLOY_ENVIRONMENT: 'production' });
    expect(step(production, 'Smoke test https://api.keylo.bs/health').with!['json-assert']).toBe('$.status == healthy\n$.version == ${{ github.sha }}');
    expect(names(production)).toContain('Slack: post the deploy result notice');
    expect(names(jobs['deploy-staging']!).filter((n) => n.startsWith('Slack'))).toEqual([]);
  });

  it('Caja: Python and Node test jobs in parallel, a Terraform plan reviewed before each deploy (prod: before its approval) and applied, the web app built per environment, PagerDuty on a failed prod deploy', () => {
    const { jobs } = generated.get('caja')!;
    expect(jobs['test-backend']!.needs).toBeUndefined();
    expect(step(jobs['test-backend']!, 'Set up Python').with).toEqual({ 'python-version': '3.11', cache: 'pip', 'cache-dependency-path': 'backend/requirements*.txt' });
    expect(names(jobs['test-backend']!)).not.toContain('Set up Node.js');
    expect(step(jobs['test-frontend']!, 'Set up Node.js').with).toEqual({ 'node-version': '20', cache: 'npm', 'cache-dependency-path': 'frontend/package-lock.json' });
    expect(step(jobs['test-frontend']!, 'npm ci')['working-directory']).toBe('frontend');
    for (const env of ['dev', 'staging', 'prod']) {
      const build = jobs[`build-frontend-web-${env}`]! as JobYaml & { env: Record<string, string> };
      expect(build.env.VITE_API_URL).toMatch(/^https:\/\/(dev\.|staging\.)?caja\.example\.com\/api$/);
      expect(jobs[`deploy-${env}`]!.needs).toContain(`build-frontend-web-${env}`);
    }
    const prod = names(jobs['deploy-prod']!);
    expect(prod.indexOf('Terraform apply (the reviewed plan)')).toBeLessThan(prod.indexOf('Migrate backend'));
    // The plan is made and shown before the approval, then the approved deploy applies that very file.
    const review = jobs['review-prod']! as JobYaml & { env: Record<string, string> };
    expect([review.needs, review.if]).toEqual([jobs['deploy-prod']!.needs!.filter((n) => n !== 'review-prod'), jobs['deploy-prod']!.if]);
    expect(jobs['deploy-prod']!.needs).toContain('review-prod');
    expect((review as { environment?: unknown }).environment).toBeUndefined();
    expect(step(review, 'AWS credentials (OIDC)').with!['role-to-assume']).toBe('arn:aws:iam::222222222222:role/caja-plan-prod');
    expect(names(review).slice(-4)).toEqual(['Terraform plan', 'Show infrastructure/plan.txt in the run\'s summary', 'Pack the reviewed files', 'Keep the reviewed files for deploy-prod']);
    expect(prod.slice(prod.indexOf('Check out'), prod.indexOf('Check out') + 3)).toEqual(['Check out', 'Download the files review-prod kept', 'Restore the reviewed files (infrastructure/plan.tfplan)']);
    expect(String(step(jobs['deploy-prod']!, 'Terraform apply (the reviewed plan)').run)).not.toContain('-auto-approve');
    expect(prod.indexOf('Smoke test https://caja.example.com/api/health')).toBeLessThan(prod.indexOf('End-to-end tests'));
    expect(step(jobs['deploy-prod']!, 'Webhook pagerduty: deploy result').if).toBe('failure()');
    expect(names(jobs['deploy-staging']!).some((n) => n.startsWith('Webhook'))).toBe(false);
    expect(jobs['terraform-check']!.needs).toBeUndefined();
  });

  it('Fibonacco: PHP with pgvector, one image for app and worker, migrations by ECS Exec after the deploy, two sites', () => {
    const { jobs } = generated.get('fibonacco')!;
    const backend = jobs['test-backend']! as JobYaml & { services: Record<string, { image: string }> };
    expect(backend.services.postgres!.image).toBe('pgvector/pgvector:pg16');
    expect(names(backend).slice(1, 4)).toEqual(['Set up PHP', 'Find the Composer cache', 'Cache Composer downloads']);
    expect(step(backend, 'Cache Composer downloads').with!.key).toBe("composer-${{ runner.os }}-${{ hashFiles('composer.lock') }}");
    expect(names(backend)).not.toContain('Set up Node.js');
    expect(Object.keys(jobs).filter((id) => id.startsWith('build-'))).toEqual(['build-app', 'build-frontend-app-dev', 'build-frontend-app-production', 'build-frontend-learn']);
    // app and worker deploy in parallel after one approval; Pulumi runs once, before them; each has its verdict.
    expect(names(jobs['start-production']!)).toEqual(expect.arrayContaining(['Pulumi up (infrastructure)', 'Slack: post the deploy started notice']));
    expect((jobs['start-production'] as JobYaml & { environment: unknown }).environment).toEqual({ name: 'production', url: 'https://api.fibonacco.com' });
    expect(names(jobs['deploy-production_app']!)).toEqual(['AWS credentials (OIDC)', 'Deploy app', 'Migrate app (ECS Exec in a running task)', 'Slack: compose the app deploy result notice', 'Slack: post the app deploy result notice']);
    expect(step(jobs['deploy-production_worker']!, 'Slack: compose the worker deploy result notice').env).toMatchObject({ SERVICE: 'worker', ENVIRONMENT: 'production' });
    expect(names(jobs['deploy-production']!)).toEqual(expect.arrayContaining(['Deploy learn', 'Deploy app', 'Smoke test https://learn.fibonacco.com/', 'Slack: post the deploy result notice']));
    expect(jobs['deploy-production']!.needs).toEqual(expect.arrayContaining(['deploy-production_app', 'deploy-production_worker']));
    expect(step(jobs['build-frontend-learn']!, 'Build')['working-directory']).toBe('learning-center');
  });

  it('CredLink: terraform plan with the environment\'s tfvars reviewed, then that plan applied before its deploy', () => {
    const { jobs } = generated.get('credlink')!;
    for (const env of ['dev', 'staging', 'prod']) {
      const deploy = jobs[`deploy-${env}`]! as JobYaml & { env: Record<string, string> };
      expect(deploy.env.TFVARS).toBe(`environments/${env}.tfvars`);
      expect(names(deploy).indexOf('terraform apply the reviewed plan')).toBeLessThan(names(deploy).indexOf('Migrate sign'));
      expect(deploy.needs).toContain(`review-${env}`);
      expect(step(jobs[`review-${env}`]!, 'terraform plan -var-file for this environment').run).toContain('-var-file="$TFVARS" -out=plan.tfplan');
    }
  });

  it('Atlantic: EKS by kubectl with the image by digest, no ECS deploy, RabbitMQ in the tests, production after staging', () => {
    const { jobs, text } = generated.get('atlantic')!;
    expect(text).not.toMatch(/ecs-deploy|db-migrate/);
    const test = jobs.test! as JobYaml & { services: Record<string, { image: string; options: string; ports: string[] }> };
    expect(test.services.rabbitmq).toEqual({ image: 'rabbitmq:3.13-management-alpine', ports: ['5672:5672'], options: '--health-cmd "rabbitmq-diagnostics -q ping" --health-interval 5s --health-timeout 5s --health-retries 12' });
    const staging = jobs['deploy-staging']! as JobYaml & { env: Record<string, string> };
    expect(staging.needs).toEqual(['build-api']);
    expect(staging.env.IMAGE_API).toBe('${{ needs.build-api.outputs.image }}');
    const production = jobs['deploy-production']! as JobYaml & { env: Record<string, string> };
    expect(production.needs).toEqual(['deploy-staging']);
    expect(production.env.IMAGE_API).toBe('${{ needs.deploy-staging.outputs.image-api }}');
    expect(names(production)).toEqual(['Check out', 'AWS credentials (OIDC)', 'kubectl for the EKS cluster', 'kubectl apply the manifests', 'Deploy the new image', 'Smoke test https://api.atlantic.example.com/health']);
  });
});
