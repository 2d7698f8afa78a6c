/**
 * Workflows already in the repository that deploy (ECS updates, kubectl, S3 syncs, Pulumi or Terraform applies).
 * Once pipeline.yml deploys too, both would deploy every push: `init` and `generate` name them and say what to do
 * with them. Workflows gen-workflow wrote itself are not counted.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { HEADER_MARK } from './render.js';

export interface DeployingWorkflow {
  /** The file name under the workflows folder. */
  file: string;
  /** Each job that deploys, with what it runs (`aws ecs update-service`, `kubectl apply`). */
  jobs: Array<{ id: string; does: string[] }>;
}

// A command or action that changes what runs in an environment, with how it is named to the user.
const RUN_PATTERNS: Array<[RegExp, string]> = [
  [/\baws\s+ecs\s+(update-service|deploy|run-task|register-task-definition)\b/, 'aws ecs $1'],
  [/\baws\s+s3\s+(sync|cp)\b/, 'aws s3 $1'],
  [/\baws\s+cloudfront\s+create-invalidation\b/, 'aws cloudfront create-invalidation'],
  [/\bkubectl\s+(apply|set\s+image|rollout\s+restart|create)\b/, 'kubectl $1'],
  [/\bhelm\s+(upgrade|install)\b/, 'helm $1'],
  [/\bpulumi\s+up\b/, 'pulumi up'],
  [/\bterraform\s+apply\b/, 'terraform apply'],
  [/\bcopilot\s+(svc\s+)?deploy\b/, 'copilot deploy'],
  [/\b(serverless|sls|cdk|eb)\s+deploy\b/, '$1 deploy'],
  [/\bdocker\s+push\b/, 'docker push'],
];
const USES_PATTERNS: Array<[RegExp, string]> = [
  [/^aws-actions\/amazon-ecs-deploy-task-definition@/, 'amazon-ecs-deploy-task-definition'],
  [/^(azure\/k8s-deploy|azure\/setup-kubectl|steebchen\/kubectl)@/, 'kubectl'],
  [/^pulumi\/actions@/, 'pulumi/actions'],
  [/^docker\/build-push-action@/, 'docker/build-push-action'],
];

type Yaml = Record<string, unknown>;
const mapping = (value: unknown): Yaml => (value && typeof value === 'object' && !Array.isArray(value) ? value as Yaml : {});

export function deployingWorkflows(workflowsDir: string): DeployingWorkflow[] {
  if (!existsSync(workflowsDir)) return [];
  const found: DeployingWorkflow[] = [];
  for (const file of readdirSync(workflowsDir).filter((name) => /\.ya?ml$/.test(name)).sort()) {
    let workflow: Yaml;
    try {
      const text = readFileSync(join(workflowsDir, file), 'utf8');
      // Ours are skipped before parsing: a generated pipeline is the largest file here.
      if (text.slice(0, 400).includes(HEADER_MARK)) continue;
      workflow = mapping(parse(text));
    } catch { continue; }
    const jobs: DeployingWorkflow['jobs'] = [];
    for (const [jobId, job] of Object.entries(mapping(workflow.jobs))) {
      const steps = Array.isArray(mapping(job).steps) ? mapping(job).steps as unknown[] : [];
      const seen = new Set<string>();
      for (const step of steps.map(mapping)) {
        if (typeof step.run === 'string') for (const [pattern, label] of RUN_PATTERNS) {
          const match = pattern.exec(step.run);
          if (match) seen.add(label.replace('$1', (match[1] ?? '').replace(/\s+/g, ' ')));
        }
        if (typeof step.uses === 'string') for (const [pattern, label] of USES_PATTERNS) if (pattern.test(step.uses)) seen.add(label);
      }
      // A job that only pushes images is a build, not a deploy, unless it also changes a service.
      if ([...seen].some((what) => what !== 'docker push' && what !== 'docker/build-push-action')) jobs.push({ id: jobId, does: [...seen] });
    }
    if (jobs.length) found.push({ file, jobs });
  }
  return found;
}

const INFRASTRUCTURE = /pulumi|terraform|cdk deploy|serverless deploy|sls deploy/;
const KUBERNETES = /kubectl|helm/;

/** What the workflow deploys, and what to do with it now that pipeline.yml deploys (what to keep, what to remove). */
export function deployingWorkflowAdvice(workflow: DeployingWorkflow, where: string, options: { eks: boolean }): string {
  const jobs = (filter: (does: string) => boolean) => workflow.jobs.filter((job) => job.does.some(filter)).map((job) => job.id);
  const what = `${where}/${workflow.file} already deploys: ${workflow.jobs.map((job) => `${job.does.join(', ')} (job ${job.id})`).join('; ')}.`;
  const kubernetes = jobs((does) => KUBERNETES.test(does));
  if (options.eks || kubernetes.length) {
    return `${what} Keep its Kubernetes deploy${kubernetes.length ? ` (${kubernetes.join(', ')})` : ''} for now, since ecs-deploy cannot deploy to EKS, and remove from it what pipeline.yml now does (tests, image builds), so each image is built once.`;
  }
  const infrastructure = jobs((does) => INFRASTRUCTURE.test(does));
  const app = workflow.jobs.filter((job) => job.does.some((does) => !INFRASTRUCTURE.test(does))).map((job) => job.id);
  if (infrastructure.length) {
    return `${what} pipeline.yml deploys the images and the frontend but does not run ${infrastructure.join(', ')}: keep ${infrastructure.length > 1 ? 'those jobs' : 'that job'} and remove ${app.join(', ') || 'the others'} once pipeline.yml has deployed to staging, or every push will deploy twice.`;
  }
  return `${what} pipeline.yml deploys the same services: once it has deployed to staging, delete ${workflow.file} (or remove ${app.join(', ')} and keep the rest), or every push will deploy twice.`;
}
