/**
 * What each key holds and an example of it, so that a missing key or a value of the wrong kind is reported as
 * what to write ("must be a mapping of our service name to its ECS service name, not a list; e.g. services: { api:
 * keylo-api-service }") and never in the schema library's words ("expected record, got a list").
 */

type Entry = readonly [what: string, example: string];

/** Keyed by the dotted path with `*` for an environment name or a list position. */
const KEYS: Record<string, Entry> = {
  app: ['the app\'s name', 'app: keylo'],
  actions: ['where the actions come from, as owner/repository@ref', 'actions: org/platform-actions@v1'],
  'runs-on': ['a runner label', 'runs-on: ubuntu-latest'],
  aws: ['a mapping with the AWS region', 'aws: { region: us-east-1 }'],
  'aws.region': ['an AWS region', 'region: us-east-1'],
  'aws.build-role': ['the IAM role ARN that pushes images', 'build-role: arn:aws:iam::111111111111:role/ecr-push'],
  test: ['a mapping with the test commands', 'test: { run: [npm ci, npm test] }'],
  'test.node-version': ['a Node.js version', 'node-version: 20'],
  'test.package-manager': ['npm, pnpm or yarn', 'package-manager: npm'],
  'test.run': ['a list of commands', 'run: [npm ci, npm test]'],
  'test.run.*': ['a command', '- npm test'],
  'test.services': ['a list of postgres, mysql, redis or containers', 'services: [postgres, redis]'],
  'test.services.*': ['postgres, mysql, redis, or a mapping with type (or name) and image', '- { type: postgres, image: pgvector/pgvector:pg16 }'],
  'test.services.*.type': ['postgres, mysql or redis', 'type: postgres'],
  'test.services.*.image': ['an image name', 'image: postgres:17-alpine'],
  'test.env': ['a mapping of variable names to values', 'env: { LOG_LEVEL: debug }'],
  'test.env.*': ['text', 'LOG_LEVEL: "debug"'],
  'test.node': ['a mapping with version and package-manager', 'node: { version: 20, package-manager: npm }'],
  'test.python': ['a mapping with version and package-manager (pip, poetry or uv)', 'python: { version: "3.12", package-manager: poetry }'],
  'test.php': ['a mapping with version and extensions', 'php: { version: "8.3", extensions: [pdo_pgsql] }'],
  'test.working-directory': ['a folder from the repository root', 'working-directory: backend'],
  'test.jobs': ['a mapping of test job names to their settings', 'jobs: { backend: { python: {}, run: [pytest] }, frontend: { run: [npm ci, npm test] } }'],
  'test.jobs.*': ['a test job: run, and its toolchains, services and env', 'backend: { python: {}, run: [pytest] }'],
  'test.jobs.*.run': ['a list of commands', 'run: [pytest]'],
  'test.steps': ['a mapping with before and after', 'steps: { after: [{ name: Coverage, run: npx codecov }] }'],
  'test.steps.before': ['a list of steps', 'before: [{ name: Seed, run: npm run seed }]'],
  'test.steps.after': ['a list of steps', 'after: [{ name: Coverage, run: npx codecov }]'],
  'test.steps.*.*': ['a step with name and run or uses', '- { name: Seed, run: npm run seed }'],
  'frontends': ['a list of frontends, each with name, build and dir', 'frontends: [{ name: app, build: npm run build, dir: dist }]'],
  'frontends.*': ['a mapping with name, build and dir', '- { name: app, build: npm run build, dir: dist }'],
  'environments.*.vars': ['a mapping of variable names to values', 'vars: { VITE_API_URL: https://api.staging.example.com }'],
  'environments.*.steps': ['a mapping with before, after and after-smoke', 'steps: { before: [{ name: Terraform, run: terraform apply -auto-approve }] }'],
  'environments.*.steps.*': ['a list of steps', '- { name: Terraform, run: terraform apply -auto-approve }'],
  'environments.*.frontends': ['a mapping of frontend name to its bucket and distribution', 'frontends: { app: { bucket: app-staging-web, distribution: E2ABCDEF123456 } }'],
  jobs: ['a mapping of job ids to jobs', 'jobs: { e2e: { needs: [deploy-staging], steps: [{ name: E2E, run: npm run e2e }] } }'],
  'jobs.*': ['a job with steps (and needs)', 'e2e: { needs: [deploy-staging], steps: [{ name: E2E, run: npm run e2e }] }'],
  'jobs.*.needs': ['a list of job ids', 'needs: [deploy-staging]'],
  'jobs.*.steps': ['a list of steps', 'steps: [{ name: E2E, run: npm run e2e }]'],
  'notify.slack.deploys': ['a mapping with on and environments', 'deploys: { on: [succeeded, failed], environments: [production] }'],
  'notify.webhooks': ['a list of webhooks', 'webhooks: [{ name: pagerduty, url: https://events.pagerduty.com/v2/enqueue, payload: "{…}" }]'],
  services: ['a list of services, one per image', 'services: [{ name: api, ecr-repository: keylo-api, container: keylo-api }]'],
  'services.*': ['a mapping with name, ecr-repository and container', '- { name: api, ecr-repository: keylo-api, container: keylo-api }'],
  'services.*.name': ['the service\'s name', 'name: api'],
  'services.*.dockerfile': ['the Dockerfile\'s path', 'dockerfile: apps/api/Dockerfile'],
  'services.*.context': ['the build context folder', 'context: .'],
  'services.*.ecr-repository': ['the ECR repository name', 'ecr-repository: keylo-api'],
  'services.*.container': ['the container\'s name in the task definition', 'container: keylo-api'],
  'services.*.target': ['a Dockerfile stage name', 'target: runtime'],
  'services.*.build-args': ['a mapping of build argument names to values', 'build-args: { NODE_ENV: production }'],
  'services.*.build-args.*': ['text', 'NODE_ENV: "production"'],
  'services.*.migrate': ['the migration command', 'migrate: npm run migrate'],
  frontend: ['a mapping with the build command and its output folder', 'frontend: { build: npm run build, dir: dist }'],
  'frontend.build': ['the build command', 'build: npm run build'],
  'frontend.dir': ['the folder the build writes', 'dir: dist'],
  'frontend.install': ['the install command', 'install: npm ci'],
  environments: ['a mapping of environment names to their settings', 'environments: { staging: { branch: main, role: …, cluster: …, services: { api: keylo-api-service } } }'],
  'environments.*': ['a mapping with branch or release-tags, role, cluster and services', 'staging: { branch: main, role: arn:aws:iam::111111111111:role/deploy, cluster: keylo-staging, services: { api: keylo-api-service } }'],
  'environments.*.branch': ['the branch whose pushes deploy here', 'branch: main'],
  'environments.*.release-tags': ['a tag pattern', 'release-tags: v*.*.*'],
  'environments.*.approval': ['true or false', 'approval: true'],
  'environments.*.role': ['the IAM role ARN assumed with GitHub OIDC', 'role: arn:aws:iam::111111111111:role/keylo-deploy-staging'],
  'environments.*.region': ['an AWS region', 'region: eu-west-1'],
  'environments.*.cluster': ['the ECS cluster\'s name', 'cluster: keylo-staging'],
  'environments.*.services': ['a mapping of our service name to its ECS service name', 'services: { api: keylo-api-service }'],
  'environments.*.services.*': ['the ECS service\'s name', 'api: keylo-api-service'],
  'environments.*.bucket': ['the S3 bucket\'s name', 'bucket: keylo-staging-web'],
  'environments.*.distribution': ['the CloudFront distribution id', 'distribution: E2ABCDEF123456'],
  'environments.*.smoke': ['a list of URLs, or a mapping with urls (and body-contains, expected-status, timeout)', 'smoke: [https://staging.example.com/health]'],
  'environments.*.smoke.*': ['a URL', '- https://staging.example.com/health'],
  'environments.*.smoke.urls': ['a list of URLs', 'urls: [https://staging.example.com/health]'],
  'environments.*.smoke.urls.*': ['a URL', '- https://staging.example.com/health'],
  'environments.*.smoke.body-contains': ['the text the response must contain', 'body-contains: "ok"'],
  'environments.*.smoke.expected-status': ['status codes, ranges or classes as text', 'expected-status: "200-399"'],
  'environments.*.smoke.timeout': ['a duration', 'timeout: 5m'],
  'environments.*.url': ['a URL', 'url: https://staging.example.com'],
  security: ['a mapping with trivy and gitleaks', 'security: { trivy: true, gitleaks: true }'],
  'security.trivy': ['true, false or a mapping with severity and ignore-unfixed', 'trivy: { severity: [CRITICAL, HIGH], ignore-unfixed: true }'],
  'security.trivy.severity': ['a list of severities', 'severity: [CRITICAL, HIGH]'],
  'security.trivy.ignore-unfixed': ['true or false', 'ignore-unfixed: true'],
  'security.gitleaks': ['true or false', 'gitleaks: true'],
  notify: ['a mapping with slack', 'notify: { slack: { webhook-secret: SLACK_WEBHOOK_URL } }'],
  'notify.slack': ['a mapping with webhook-secret', 'slack: { webhook-secret: SLACK_WEBHOOK_URL }'],
  'notify.slack.webhook-secret': ['the name of the repository secret holding the webhook URL', 'webhook-secret: SLACK_WEBHOOK_URL'],
  'notify.slack.on': ['always, failure or never', 'on: failure'],
};

export function keyInfo(path: ReadonlyArray<string | number>): { what: string; example: string } | undefined {
  const keys = path.map(String);
  const matches = (pattern: string) => {
    const parts = pattern.split('.');
    return parts.length === keys.length && parts.every((part, i) => part === keys[i] || part === '*');
  };
  // An exact key wins over a `*` (e.g. environments.*.services over a record key named "services").
  const pattern = Object.keys(KEYS).filter(matches).sort((a, b) => b.split('*').length - a.split('*').length).pop();
  const entry = pattern ? KEYS[pattern] : undefined;
  return entry ? { what: entry[0], example: entry[1] } : undefined;
}

/** A value as the user wrote it, in words: `a list`, `the text "nope"`, `empty`. */
export function describeValue(value: unknown): string {
  if (value === null || value === undefined) return 'empty';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  if (typeof value === 'string') return `the text ${JSON.stringify(value)}`;
  return `${typeof value === 'number' ? 'the number' : ''} ${String(value)}`.trim();
}

/** "must be <what>, not <what it is>; e.g. <example>" — or the kind the schema expects when the key has no entry. */
export function wrongKind(path: ReadonlyArray<string | number>, value: unknown, expected: string): string {
  const info = keyInfo(path);
  const kinds: Record<string, string> = { object: 'a mapping', record: 'a mapping', array: 'a list', string: 'text', boolean: 'true or false', number: 'a number' };
  const what = info?.what ?? kinds[expected] ?? expected;
  return `must be ${what}, not ${describeValue(value)}${info ? `; e.g. ${info.example}` : ''}`;
}

export function missingKey(parent: ReadonlyArray<string | number>, key: string): string {
  const info = keyInfo([...parent, key]);
  return `missing required key "${key}"${info ? ` (${info.what}), e.g. ${info.example}` : ''}`;
}
