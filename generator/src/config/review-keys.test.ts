/**
 * environments.<env>.review: the review job runs when the deploy would and right before it, outside the approval
 * (with its own role where there is one), shows its summary file as text, and hands its files to the deploy job,
 * which restores them after its checkout. Bad values are refused naming the key.
 */
import { describe, expect, it } from '@jest/globals';
import { planEnvironments } from '../model/conditions.js';
import { planWorkflow } from '../model/pipeline.js';
import { withReview } from '../model/review.js';
import type { Job } from '../model/types.js';
import { parseConfig } from './load.js';
import { problems, withExample } from '../../test/support.js';

type Tree = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
const plan = (text: string) => planWorkflow(parseConfig(text, 'platform.yml').config, { config: 'platform.yml', out: '.github/workflows', generatorVersion: '1.0.0' });
const PLAN_ROLE = 'arn:aws:iam::222222222222:role/keylo-plan-production';
const review = (extra: Tree = {}): Tree => ({
  steps: [{ name: 'Plan', 'working-directory': 'infra', run: 'terraform plan -out=plan.tfplan > /dev/null\nterraform show -no-color plan.tfplan > plan.txt' }],
  summary: 'infra/plan.txt', files: ['infra/plan.tfplan'], ...extra,
});
const apply = { before: [{ name: 'Apply', 'working-directory': 'infra', run: 'terraform apply plan.tfplan' }] };

describe('environments.<env>.review', () => {
  it('runs before the approval-gated deploy, with the deploy\'s needs and if:, and the deploy restores its files after checkout', () => {
    const workflow = plan(withExample((c) => {
      c.environments.production.review = review({ role: PLAN_ROLE });
      c.environments.production.steps = apply;
    }));
    const job = (id: string) => workflow.jobs.find((j) => j.id === id)!;
    const ids = workflow.jobs.map((j) => j.id);
    expect(ids.indexOf('review-production')).toBe(ids.indexOf('deploy-production') - 1);
    const [reviewJob, deploy] = [job('review-production'), job('deploy-production')];
    expect(deploy.needs).toEqual([...reviewJob.needs, 'review-production']);
    expect(reviewJob.if).toBe(deploy.if);
    expect(reviewJob.environment).toBeUndefined();
    expect(reviewJob.concurrency).toBeUndefined();
    expect(reviewJob.env).toMatchObject({ DEPLOY_ENVIRONMENT: 'production', IMAGE_API: '${{ needs.deploy-staging.outputs.image-api }}' });
    expect(reviewJob.steps.map((s) => s.name)).toEqual([
      'Only release tags (v*.*.* !v*.*.*-*) deploy here', 'Check out', 'AWS credentials (OIDC)', 'Plan',
      "Show infra/plan.txt in the run's summary", 'Pack the reviewed files', 'Keep the reviewed files for deploy-production',
    ]);
    expect(reviewJob.steps[2]!.with!['role-to-assume']).toBe(PLAN_ROLE);
    expect(reviewJob.steps.at(-1)!.with).toMatchObject({ name: 'review-production', 'retention-days': 30 });
    const names = deploy.steps.map((s) => s.name);
    expect(names.slice(names.indexOf('Check out'), names.indexOf('Check out') + 4)).toEqual(['Check out', 'Download the files review-production kept', 'Restore the reviewed files (infra/plan.tfplan)', 'AWS credentials (OIDC)']);
    // staging has no review: untouched
    expect(ids).not.toContain('review-staging');
    expect(job('deploy-staging').needs).not.toContain('review-staging');
  });

  it('the summary goes to the step summary only (never the log), fenced longer than any ~ run in it', () => {
    const workflow = plan(withExample((c) => {
      c.environments.staging.review = review({ files: undefined });
    }));
    const summary = workflow.jobs.find((j) => j.id === 'review-staging')!.steps.find((s) => s.name?.startsWith('Show'))!;
    expect(summary.env).toMatchObject({ SUMMARY_FILE: 'infra/plan.txt' });
    const script = String(summary.run);
    expect(script).toContain('>> "$GITHUB_STEP_SUMMARY"');
    expect(script.split('\n').filter((line) => line.includes('$SUMMARY_FILE') && !line.includes('GITHUB_STEP_SUMMARY') && /\b(cat|head)\b/.test(line)).every((line) => line.trim().startsWith('head -c'))).toBe(true);
    // staging deploy has no own steps and no files: the review only gates it (its role defaults to staging's)
    expect(workflow.jobs.find((j) => j.id === 'review-staging')!.steps.find((s) => s.name === 'AWS credentials (OIDC)')!.with!['role-to-assume']).toBe('arn:aws:iam::111111111111:role/keylo-deploy-staging');
    expect(workflow.jobs.find((j) => j.id === 'deploy-staging')!.needs).toContain('review-staging');
  });

  it('hooks into a deploy made of several jobs: the review goes before the one that starts it, every job that checks out gets the files', () => {
    const config = parseConfig(withExample((c) => {
      c.environments.production.review = review({ role: PLAN_ROLE });
      c.environments.production.steps = apply;
    }), 'platform.yml').config;
    const plan = planEnvironments(config).find((p) => p.name === 'production')!;
    const checkout = { name: 'Check out', uses: { pinned: 'actions/checkout' } } as const;
    const job = (id: string, needs: string[], steps: Job['steps']): Job => ({ id, name: id, needs, runsOn: 'ubuntu-latest', permissions: {}, timeoutMinutes: 5, if: plan.condition, steps });
    const jobs = withReview(config, plan, [
      job('start-production', ['deploy-staging'], [checkout, { name: 'Apply', run: 'terraform apply plan.tfplan' }]),
      job('deploy-production_api', ['start-production'], [{ name: 'Deploy api', run: 'true' }]),
      job('deploy-production', ['deploy-production_api'], [checkout, { name: 'E2E', run: 'true' }]),
    ]);
    expect(jobs.map((j) => [j.id, j.needs])).toEqual([
      ['review-production', ['deploy-staging']], ['start-production', ['deploy-staging', 'review-production']],
      ['deploy-production_api', ['start-production']], ['deploy-production', ['deploy-production_api']],
    ]);
    expect(jobs.map((j) => j.steps.filter((s) => s.name.startsWith('Restore')).length)).toEqual([0, 1, 0, 1]);
  });

  it('refuses the deploy role before an approval, files nobody applies, unpinned actions and paths outside the repository', () => {
    expect(problems(withExample((c) => {
      c.environments.production.review = review({ files: ['../plan.tfplan'], steps: [{ name: 'Plan', uses: 'hashicorp/setup-terraform@v3' }] });
    }))).toEqual([
      expect.stringMatching(/^environments\.production\.review: needs its own "role": the review runs before "production"'s approval/),
      expect.stringMatching(/^environments\.production\.review\.steps\.0\.uses: step "Plan": "hashicorp\/setup-terraform@v3" is pinned to "v3"/),
      expect.stringMatching(/^environments\.production\.review\.files: are handed to "production"'s deploy job, but it has no steps of yours/),
      expect.stringMatching(/^environments\.production\.review\.files\.0: "\.\.\/plan\.tfplan" leaves the repository/),
    ]);
  });
});
