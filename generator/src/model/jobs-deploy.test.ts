/**
 * An environment's services deploy in parallel: a start job holding the GitHub environment (one approval), one job
 * per service (its migration before or after its deploy, its own verdict), then deploy-<env> (frontends, your after
 * steps, smoke tests, the image outputs the next environment promotes). Which of these jobs run on which event is
 * checked with GitHub's evaluator in github-semantics.test.ts; here the shape, over the model.
 */
import { describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseConfig } from '../config/load.js';
import { configsDir } from '../../test/support.js';
import { planWorkflow } from './pipeline.js';
import type { Job } from './types.js';

const paths = { config: 'platform.yml', out: '.github/workflows', generatorVersion: '0.0.0-test' };
const plan = (text: string) => planWorkflow(parseConfig(text, 'platform.yml').config, paths);
const byId = (jobs: Job[]) => Object.fromEntries(jobs.map((job) => [job.id, job]));
const stepNames = (job: Job) => job.steps.map((step) => step.name);

const WORKLOADS = readFileSync(join(configsDir, 'one-image-many-workloads.yml'), 'utf8');

describe('services of one environment deploy in parallel', () => {
  const workflow = plan(WORKLOADS);
  const jobs = byId(workflow.jobs);

  it('start-<env>, one job per service, then deploy-<env>; only the start job names the environment', () => {
    expect(workflow.jobs.map((job) => job.id).filter((id) => /(staging|production)/.test(id) && !id.startsWith('rollback-'))).toEqual([
      'start-staging', 'deploy-staging_app', 'deploy-staging_worker', 'deploy-staging_scheduler', 'deploy-staging',
      'start-production', 'deploy-production_app', 'deploy-production_worker', 'deploy-production_scheduler', 'deploy-production',
    ]);
    expect(workflow.jobs.filter((job) => job.environment && !job.id.startsWith('rollback-')).map((job) => job.id)).toEqual(['start-staging', 'start-production']);
    expect(jobs['start-production']!.comment).toMatch(/^Approval: add required reviewers to the "production" environment/);
    expect(jobs['deploy-production_app']!.comment).toBeUndefined();
  });

  it('the promotion chain: production starts after every staging job and deploys the digests staging deployed', () => {
    expect(jobs['deploy-staging']!.needs).toEqual(['start-staging', 'deploy-staging_app', 'deploy-staging_worker', 'deploy-staging_scheduler', 'build-app']);
    expect(jobs['start-production']!.needs).toEqual(['deploy-staging']);
    expect(jobs['deploy-production_worker']!.needs).toEqual(['start-production', 'deploy-staging']);
    expect(jobs['deploy-production_worker']!.steps.find((s) => s.name === 'Deploy worker')!.with).toMatchObject({
      services: 'fibonacco-queue-worker\nfibonacco-queue-worker-high', 'container-name': 'queue-worker', image: '${{ needs.deploy-staging.outputs.image-worker }}',
    });
    expect(jobs['deploy-staging']!.outputs).toEqual({
      'image-app': '${{ needs.build-app.outputs.image }}', 'image-worker': '${{ needs.build-app.outputs.image }}', 'image-scheduler': '${{ needs.build-app.outputs.image }}',
    });
  });

  it('each service keeps its migration order; smoke tests run once, after every service', () => {
    expect(stepNames(jobs['deploy-production_app']!)).toEqual(['AWS credentials (OIDC)', 'Deploy app', 'Migrate app (ECS Exec in a running task)']);
    expect(stepNames(jobs['deploy-production_scheduler']!)).toEqual(['AWS credentials (OIDC)', 'Deploy scheduler']);
    expect(stepNames(jobs['deploy-production']!)).toEqual(['Smoke test']);
    expect(workflow.jobs.filter((job) => !job.id.startsWith('rollback-') && job.steps.some((s) => s.name === 'Smoke test' && s.with?.urls === 'https://fibonacco.example/health')).map((job) => job.id)).toEqual(['deploy-production']);
  });

  it('per-ref concurrency: every deploy job has a group of its own, which no other job of the pipeline shares but the rollback', () => {
    const groups = workflow.jobs.filter((job) => !job.id.startsWith('rollback-') && job.concurrency).map((job) => job.concurrency!);
    expect(groups.every((group) => group.group.endsWith('-${{ github.ref }}') && !group.cancelInProgress)).toBe(true);
    expect(new Set(groups.map((group) => group.group)).size).toBe(groups.length);
    expect(jobs['rollback-production']!.concurrency).toEqual(jobs['start-production']!.concurrency);
    expect(jobs['deploy-production_app']!.concurrency!.group).toBe('fibonacco-deploy-production_service-app-${{ github.ref }}');
  });

  it('parallel-services: false keeps one job, the services one after the other', () => {
    const one = byId(plan(WORKLOADS.replace('    approval: true\n', '    approval: true\n    parallel-services: false\n')).jobs);
    expect(Object.keys(one).filter((id) => id.includes('production') && !id.startsWith('rollback-'))).toEqual(['deploy-production']);
    expect(stepNames(one['deploy-production']!)).toEqual(['AWS credentials (OIDC)', 'Deploy app', 'Migrate app (ECS Exec in a running task)', 'Deploy worker', 'Deploy scheduler', 'Smoke test']);
    expect(one['deploy-production']!.environment).toEqual({ name: 'production', url: 'https://fibonacco.example' });
  });
});

const NAMES = `app: shop
actions: org/platform-actions@v1
aws: { region: us-east-1 }
test: { run: [npm test] }
services:
  - { name: eu, ecr-repository: shop/eu, container: eu }
  - { name: start, ecr-repository: shop/start, container: start }
environments:
  prod:
    branch: develop
    role: arn:aws:iam::111111111111:role/deploy
    cluster: c
    services: { eu: eu, start: start }
    steps:
      before: [{ name: Terraform apply, run: terraform apply -auto-approve }]
      after-smoke: [{ name: E2E, run: npm run e2e }]
  prod-eu:
    branch: main
    role: arn:aws:iam::111111111111:role/deploy
    cluster: c
    services: { eu: eu, start: start }
notify:
  slack: { webhook-secret: SLACK, deploys: { on: [started, succeeded, failed] } }
  webhooks:
    - { name: pager, url: "https://events.example.com/", on: [failed], payload: "{service: $service}" }
`;

describe('job ids, your steps and notices when services deploy in parallel', () => {
  const workflow = plan(NAMES);
  const jobs = byId(workflow.jobs);

  it('never collide: a service named start, an environment named like another\'s service job', () => {
    expect(workflow.jobs.map((job) => job.id).filter((id) => /^(start|deploy)-/.test(id))).toEqual([
      'start-prod', 'deploy-prod_eu', 'deploy-prod_start', 'deploy-prod', 'start-prod-eu', 'deploy-prod-eu_eu', 'deploy-prod-eu_start', 'deploy-prod-eu',
    ]);
  });

  it('your before steps run once in the start job, after the approval; after-smoke once in deploy-<env>', () => {
    expect(stepNames(jobs['start-prod']!)).toEqual([
      'Slack: compose the deploy started notice', 'Slack: post the deploy started notice', 'Deploy prod: eu, start in parallel',
      'Check out', 'AWS credentials (OIDC)', 'Terraform apply',
      'Slack: compose the deploy result notice', 'Slack: post the deploy result notice', 'Webhook pager: deploy result',
    ]);
    expect(stepNames(jobs['deploy-prod']!).slice(0, 3)).toEqual(['Check out', 'AWS credentials (OIDC)', 'E2E']);
    expect(jobs['start-prod']!.env).toMatchObject({ DEPLOY_ENVIRONMENT: 'prod', IMAGE_EU: '${{ needs.build-eu.outputs.image }}' });
    expect(jobs['start-prod']!.permissions).toEqual({ contents: 'read', 'id-token': 'write' });
    // Without steps before, the start job has no AWS credentials at all.
    expect(jobs['start-prod-eu']!.permissions).toEqual({ contents: 'read' });
  });

  it('one verdict per service, one for the environment; the start job speaks at its end only when it fails', () => {
    const ends = (job: Job) => job.steps.filter((s) => /result/.test(s.name)).map((s) => [s.name, s.if, s.env?.SERVICE]);
    expect(ends(jobs['start-prod']!)).toEqual([
      ['Slack: compose the deploy result notice', 'failure()', undefined], ['Slack: post the deploy result notice', 'failure()', undefined], ['Webhook pager: deploy result', 'failure()', undefined],
    ]);
    expect(ends(jobs['deploy-prod_eu']!)).toEqual([
      ['Slack: compose the eu deploy result notice', 'always()', 'eu'], ['Slack: post the eu deploy result notice', 'always()', undefined], ['Webhook pager: eu deploy result', 'failure()', 'eu'],
    ]);
    expect(jobs['deploy-prod_eu']!.steps.some((s) => s.name.includes('started'))).toBe(false);
    expect(ends(jobs['deploy-prod']!).map(([, when]) => when)).toEqual(['always()', 'always()', 'failure()']);
  });

  it('the Slack text names the service when there is one (jq, run by bash)', () => {
    const run = (job: string, step: string, env: Record<string, string>) => {
      const compose = jobs[job]!.steps.find((s) => s.name === step)!;
      const temp = mkdtempSync(join(tmpdir(), 'notice-'));
      const facts = { REF_NAME: 'main', SHA: 'abcdef0123', ACTOR: 'me', RUN_URL: 'https://x/runs/1' };
      const result = spawnSync('bash', ['--noprofile', '--norc', '-eo', 'pipefail', '-c', compose.run!], { encoding: 'utf8', env: { PATH: process.env.PATH ?? '', RUNNER_TEMP: temp, ...compose.env, ...facts, ...env } });
      expect(result.stderr).toBe('');
      return (JSON.parse(readFileSync(join(temp, 'slack-deploy.json'), 'utf8')) as { text: string }).text;
    };
    expect(run('deploy-prod_eu', 'Slack: compose the eu deploy result notice', { STATUS: 'failure' })).toBe(':x: *shop* deploy of *eu* to *prod* failed (main @ abcdef0, by me) <https://x/runs/1|Open the run>');
    // The environment's own verdict has no SERVICE at all.
    expect(jobs['deploy-prod']!.steps.find((s) => s.name === 'Slack: compose the deploy result notice')!.env!.SERVICE).toBeUndefined();
    expect(run('deploy-prod', 'Slack: compose the deploy result notice', { STATUS: 'success' })).toBe(':white_check_mark: *shop* deploy to *prod* succeeded (main @ abcdef0, by me) <https://x/runs/1|Open the run>');
  });
});
