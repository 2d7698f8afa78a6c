/**
 * `environments.<env>.review`: a review point before the environment's approval. A job of its own runs the team's
 * steps (e.g. `terraform plan -out`), shows a file of theirs in the run's summary for the reviewers, and keeps the
 * files they name; the approval-gated deploy job then gets exactly those files back (Terraform applies the reviewed
 * plan, not a new one). The review runs *before* the approval, so it must not hold the deploy role of an environment
 * that has one: its role is then its own, e.g. one that can only read (the plan needs state and describe calls).
 */
import { z } from 'zod';
import { roleArn, region } from './fields.js';
import { customStep } from './schema-steps.js';
import { relativePath } from './schema-test.js';

export const reviewConfig = z.strictObject({
  name: z.string().trim().min(1).optional().describe('Shown in the run. Default: Review <environment>.'),
  role: roleArn.optional().describe('Assumed with GitHub OIDC before the steps. Default: the environment\'s role; required when the environment has approval (the review runs before it).'),
  region: region.optional().describe('Default: the environment\'s region.'),
  steps: z.array(customStep).min(1).describe('Your steps that make what is reviewed, e.g. terraform plan -out (after checkout and AWS credentials).'),
  summary: relativePath('summary file', 'infrastructure/plan.txt').optional()
    .describe('A text file your steps write (e.g. terraform show -no-color plan.tfplan), shown in the run\'s summary for the reviewers, as text.'),
  files: z.array(relativePath('file', 'infrastructure/plan.tfplan')).min(1).optional()
    .describe('Files (or folders) your steps write, handed to the deploy job at the same paths after its checkout, e.g. the saved plan it applies.'),
});
export type ReviewConfig = z.output<typeof reviewConfig>;

type Loose = Record<string, unknown>;
type Issue = (path: Array<string | number>, message: string) => void;
const mapping = (value: unknown): Loose | undefined => (value && typeof value === 'object' && !Array.isArray(value) ? value as Loose : undefined);

/** The review's rules across the environment's keys (defensive: the schema reports malformed parts). */
export function reviewRules(envs: ReadonlyArray<readonly [string, Loose]>, issue: Issue): void {
  for (const [name, env] of envs) {
    const review = mapping(env.review);
    if (!review) continue;
    const at = ['environments', name, 'review'];
    if (env.approval === true && review.role === undefined) {
      issue(at, `needs its own "role": the review runs before "${name}"'s approval, so it must not get the deploy role the approval guards; `
        + `give it a role that can only read (terraform plan reads the state and describes resources), e.g. role: arn:aws:iam::111111111111:role/app-plan-${name}`);
    }
    const steps = Object.values(mapping(env.steps) ?? {}).some((list) => Array.isArray(list) && list.length > 0);
    if (review.files !== undefined && !steps) {
      issue([...at, 'files'], `are handed to "${name}"'s deploy job, but it has no steps of yours to use them; add steps.before, e.g. terraform apply plan.tfplan`);
    }
  }
}
