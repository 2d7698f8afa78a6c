/**
 * The platform.yml contract. Key names follow the documented example (they are the public contract); every object
 * is strict so a typo is an error with a suggestion, never a silently ignored key. Each rule carries its message for
 * the user (what is wrong with the value and what to write); cross-field rules live in rules.ts and run even when a
 * key is missing, so one run reports every problem.
 */
import { z } from 'zod';
import { command, format, httpUrl, region, roleArn, slug, valueCheck, variableName } from './fields.js';
import { crossCheck } from './rules.js';
import { environmentExtras, frontendEntry, slackDeploys, smokeConfig, webhookConfig } from './schema-environment.js';
import { environmentDeployKeys, environmentService, migrateConfig } from './schema-deploy.js';
import { beforeAfter, customJobs } from './schema-steps.js';
import { testConfig } from './schema-test.js';
import { secretInBuildArgProblem } from './values.js';

export const SEVERITIES = ['CRITICAL', 'HIGH', 'MEDIUM', 'LOW', 'UNKNOWN'] as const;
export { TEST_SERVICES } from './schema-test.js';

const serviceConfig = z.strictObject({
  name: slug('service name', 'api'),
  dockerfile: z.string().min(1).optional().describe('Default: <context>/Dockerfile.'),
  context: z.string().min(1).default('.'),
  'ecr-repository': format(/^[a-z0-9]+(?:[._-][a-z0-9]+)*(?:\/[a-z0-9]+(?:[._-][a-z0-9]+)*)*$/, 'an ECR repository name (lower-case parts joined by . _ - or /)', 'team/api'),
  container: format(/^[A-Za-z0-9_-]{1,255}$/, 'a container name (letters, digits, _ and -)', 'api'),
  target: format(/^[A-Za-z0-9][A-Za-z0-9_.-]*$/, 'a Dockerfile stage name', 'runtime').optional(),
  'build-args': z.record(variableName('build argument name'), z.string().superRefine(valueCheck(secretInBuildArgProblem))).optional(),
  migrate: migrateConfig.optional(),
  steps: beforeAfter.optional().describe('Your steps in the build job: before the build, and after it (after the image scan).'),
});

const frontendConfig = z.strictObject({
  build: command('frontend').describe('The build command.'),
  dir: z.string().min(1).describe('The folder the build writes, deployed with s3-spa-deploy.'),
  install: command('frontend').optional().describe('Default: npm ci, pnpm install --frozen-lockfile or yarn install --frozen-lockfile (which yarn 2+ reads as --immutable).'),
  env: z.record(variableName('environment variable name'), z.string()).optional().describe('Environment of the install and build commands.'),
  steps: beforeAfter.optional().describe('Your steps before and after the build command.'),
});

const environmentConfig = z.strictObject({
  branch: format(/^[\w./-]+$/, 'a branch name', 'main').optional().describe('Pushes to this branch deploy here.'),
  ...environmentDeployKeys,
  approval: z.boolean().default(false).describe('Deploys wait for the GitHub environment\'s required reviewers.'),
  role: roleArn.describe('Role assumed with GitHub OIDC for this environment.'),
  region: region.optional(),
  cluster: z.string().min(1).optional().describe('The ECS cluster (required when services are mapped).'),
  services: z.record(z.string(), environmentService).default({}).describe('Our service name → ECS service name (or a list, or {ecs-services, scheduled-tasks}).'),
  bucket: format(/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/, 'an S3 bucket name (3 to 63 lower-case letters, digits, . and -)', 'keylo-staging-web').optional(),
  distribution: format(/^[A-Z0-9]{1,32}$/, 'a CloudFront distribution id (upper-case letters and digits)', 'E2ABCDEF123456').optional(),
  smoke: smokeConfig.optional(),
  url: httpUrl.optional().describe('Shown on the deployment in GitHub. Default: the first smoke URL\'s origin.'),
  ...environmentExtras,
});

const trivyConfig = z.strictObject({
  severity: z.array(z.enum(SEVERITIES)).min(1).default(['CRITICAL', 'HIGH']),
  'ignore-unfixed': z.boolean().default(false),
});

export const configSchema = z.strictObject({
  app: slug('app name', 'keylo'),
  actions: format(/^[\w.-]+\/[\w.-]+@[\w./-]+$/, 'owner/repository@ref', 'org/platform-actions@v1').describe('Where our actions come from.'),
  'runs-on': z.string().min(1).default('ubuntu-latest'),
  aws: z.strictObject({
    region,
    'build-role': roleArn.optional().describe('Role that pushes images. Default: the first environment\'s role.'),
  }),
  test: testConfig,
  services: z.array(serviceConfig).min(1),
  frontend: frontendConfig.optional(),
  frontends: z.array(frontendEntry).min(1).optional().describe('Several frontends (instead of frontend), each deployed where environments.<env>.frontends maps it.'),
  environments: z.record(slug('environment name', 'staging'), environmentConfig).refine((envs) => Object.keys(envs).length > 0, 'needs at least one environment; e.g. environments: { staging: { branch: main, role: …, cluster: …, services: { api: keylo-api-service } } }'),
  security: z.strictObject({
    trivy: z.union([z.boolean(), trivyConfig]).default(true),
    gitleaks: z.boolean().default(true),
  }).default({ trivy: true, gitleaks: true }),
  notify: z.strictObject({
    slack: z.strictObject({
      'webhook-secret': format(/^[A-Za-z_][A-Za-z0-9_]*$/, 'the name of a repository secret (the name, not the URL)', 'SLACK_WEBHOOK_URL'),
      on: z.enum(['always', 'failure', 'never']).default('always').describe('The run summary: for every pipeline, only when a job failed, or never.'),
      deploys: slackDeploys.optional().describe('A message per environment deploy: started, succeeded, failed.'),
    }).optional(),
    webhooks: z.array(webhookConfig).optional().describe('Other tools (e.g. PagerDuty Events API v2) told about deploys, with a jq-built JSON payload.'),
  }).default({}),
  jobs: customJobs.optional().describe('Your own jobs, with needs naming generated jobs or each other.'),
// `when`: the cross-field rules run even when a key is missing or mistyped, so that every problem shows in one run.
}).superRefine(crossCheck, { when: () => true });

export type Config = z.output<typeof configSchema>;
export type EnvironmentConfig = z.output<typeof environmentConfig>;
export type ServiceConfig = z.output<typeof serviceConfig>;
export type FrontendConfig = z.output<typeof frontendConfig>;
