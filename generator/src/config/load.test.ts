import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { parseConfig } from './load.js';
import { examplePath, problemsOf } from '../../test/support.js';
import { closest } from './suggest.js';

const example = readFileSync(examplePath, 'utf8');

/** The example with one line replaced (the line must exist, so a stale test fails loudly). */
function edit(from: string, to: string): string {
  expect(example).toContain(from);
  return example.replace(from, to);
}

describe('parseConfig', () => {
  it('accepts the documented example as is, with its values and the defaults', () => {
    const { config, hash } = parseConfig(example, 'platform.yml');
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(config.app).toBe('keylo');
    expect(config.test).toEqual({ 'node-version': 20, run: ['npm ci', 'npm run lint', 'npm run type-check', 'npm run test:unit'], services: ['postgres', 'redis'] });
    expect(config.services).toEqual([{ name: 'api', dockerfile: 'apps/api/Dockerfile', context: '.', 'ecr-repository': 'keylo-api', container: 'keylo-api', migrate: 'npm run migrate' }]);
    expect(Object.keys(config.environments)).toEqual(['staging', 'production']);
    expect(config.environments.production).toMatchObject({ 'release-tags': 'v*.*.*', approval: true, smoke: ['https://api.keylo.bs/health', 'https://api.keylo.bs/api/health'] });
    expect(config.environments.staging!.approval).toBe(false);
    expect(config.security).toEqual({ trivy: { severity: ['CRITICAL', 'HIGH'], 'ignore-unfixed': true }, gitleaks: true });
    expect(config.notify).toEqual({ slack: { 'webhook-secret': 'SLACK_WEBHOOK_URL', on: 'always' } });
    expect(config['runs-on']).toBe('ubuntu-latest');
  });

  it('the hash ignores CRLF line ends and changes with the content', () => {
    expect(parseConfig(example.replace(/\n/g, '\r\n'), 'p.yml').hash).toBe(parseConfig(example, 'p.yml').hash);
    expect(parseConfig(edit('node-version: 20', 'node-version: 22'), 'p.yml').hash).not.toBe(parseConfig(example, 'p.yml').hash);
  });

  it.each([
    ['a typo in a key', ['    clustr: keylo-staging', '    cluster: keylo-staging'], [
      'platform.yml:20:3: environments.staging: missing required key "cluster" (the ECS cluster\'s name), e.g. cluster: keylo-staging',
      'platform.yml:23:5: environments.staging.clustr: unknown key "clustr"; did you mean "cluster"?',
    ]],
    ['a typo in a top-level key', ['notifi:', 'notify:'], ['platform.yml:40:1: notifi: unknown key "notifi"; did you mean "notify"?']],
    ['underscore instead of hyphen', ['    ecr_repository: keylo-api', '    ecr-repository: keylo-api'], [
      'platform.yml:10:5: services.0: missing required key "ecr-repository" (the ECR repository name), e.g. ecr-repository: keylo-api',
      'platform.yml:13:5: services.0.ecr_repository: unknown key "ecr_repository"; did you mean "ecr-repository"?',
    ]],
    ['a key nobody would guess', ['  gitleaks: true\n  sonar: true', '  gitleaks: true'], ['platform.yml:40:3: security.sonar: unknown key "sonar" (known keys: trivy, gitleaks)']],
    ['a mistyped enum value', ['[postgress, redis]', '[postgres, redis]'], ['platform.yml:8:14: test.services.0: "postgress" is not one of postgres, mysql, redis; did you mean "postgres"?']],
    ['a mistyped severity', ['[CRITICAL, HIHG]', '[CRITICAL, HIGH]'], ['platform.yml:38:33: security.trivy.severity.1: "HIHG" is not one of CRITICAL, HIGH, MEDIUM, LOW, UNKNOWN; did you mean "HIGH"?']],
    ['a wrong type', ['approval: nope', 'approval: true'], ['platform.yml:30:15: environments.production.approval: must be true or false, not the text "nope"; e.g. approval: true']],
    ['a bad role ARN', ['role: arn:aws:iam::2222:role/keylo-deploy-production', 'role: arn:aws:iam::222222222222:role/keylo-deploy-production'], [
      'platform.yml:31:11: environments.production.role: "arn:aws:iam::2222:role/keylo-deploy-production" is not an IAM role ARN: the account id "2222" has 4 digits; AWS account ids have 12; e.g. arn:aws:iam::111111111111:role/keylo-deploy-production',
    ]],
  ])('%s → a precise error', (_, [to, from], expected) => {
    expect(problemsOf(edit(from!, to!))).toEqual(expected);
  });

  it('cross-field rules name the environment and the key', () => {
    expect(problemsOf(edit('    services: { api: keylo-api-service }\n    bucket: keylo-staging-web', '    services: { api: keylo-api-service, web: keylo-web }\n    bucket: keylo-staging-web'))).toEqual([
      'platform.yml:24:41: environments.staging.services.web: no service named "web" in services (api)',
    ]);
    expect(problemsOf(edit('    branch: main\n', '    branch: main\n    release-tags: v*\n'))).toEqual([
      'platform.yml:20:3: environments.staging: has both "branch" and "release-tags": keep branch (deploy pushes to it, e.g. branch: main) or release-tags (deploy pushed tags, e.g. release-tags: v*.*.*)',
      'platform.yml:22:5: environments.staging.release-tags: only the last environment can deploy on release tags (it promotes what passed the one before it); move this environment to the end',
      'platform.yml:19:1: environments: at most one environment can deploy on release tags (the last one)',
    ].sort((a, b) => Number(a.split(':')[1]) - Number(b.split(':')[1])));
    expect(problemsOf(edit('    bucket: keylo-staging-web\n', ''))).toEqual([
      'platform.yml:20:3: environments.staging: has no "bucket", but the config has a frontend to deploy; e.g. bucket: keylo-staging-web',
      'platform.yml:25:5: environments.staging.distribution: needs "bucket" (the S3 bucket the distribution serves)',
    ]);
    expect(problemsOf(edit('  run: [npm ci, npm run lint', '  run: ["npm ci ${{ github.head_ref }}", npm run lint'))).toEqual([
      'platform.yml:7:9: test.run.0: contains ${{ github.head_ref }}, which GitHub pastes into the run: script before the shell runs it (a branch name or a pull request title would run as code); write "$GITHUB_HEAD_REF" instead (GitHub sets it in every step\'s environment)',
    ]);
  });

  it('YAML syntax errors and a non-mapping document are reported with their line', () => {
    expect(problemsOf('app: keylo\nservices: [\n')).toEqual(['platform.yml:2:11: YAML: the [ opened here is never closed: add the closing ]']);
    expect(problemsOf('- just\n- a list\n')).toEqual(['platform.yml:1:1: the file must be a mapping of keys (app, actions, aws, test, services, environments, …), not a list; e.g. app: keylo']);
    expect(problemsOf('app: keylo\napp: other\n')).toEqual(['platform.yml:2:1: app: YAML: "app" appears twice at the top level (first at line 1); keep one of them']);
  });
});

describe('closest', () => {
  it('suggests within a small distance only', () => {
    expect(closest('clustr', ['cluster', 'role'])).toBe('cluster');
    expect(closest('Region', ['region'])).toBe('region');
    expect(closest('xyz', ['cluster', 'role'])).toBeUndefined();
  });
});
