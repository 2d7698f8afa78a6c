/**
 * Errors a person can act on: every problem in one run, in the user's words with what to write instead (never the
 * schema library's), YAML mistakes at the line where they start, and values that are certainly wrong refused at
 * generation rather than at deploy time.
 */
import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { parseConfig } from './load.js';
import { examplePath, problemsOf } from '../../test/support.js';

const example = readFileSync(examplePath, 'utf8');

/** The example with each `[from, to]` replacement made (each `from` must exist, so a stale test fails loudly). */
function edit(...changes: Array<[string, string]>): string {
  return changes.reduce((text, [from, to]) => {
    expect(text).toContain(from);
    return text.replace(from, to);
  }, example);
}

const STAGING_SERVICES = 'services: { api: keylo-api-service }\n    bucket: keylo-staging-web';

describe('every problem in one run', () => {
  it('a missing key does not hide a misspelt key or an unknown service name', () => {
    expect(problemsOf(edit(['    cluster: keylo-staging\n', ''], ['    branch: main', '    brnch: main'], [STAGING_SERVICES, STAGING_SERVICES.replace('{ api:', '{ apii:')]))).toEqual([
      'platform.yml:20:3: environments.staging: missing required key "cluster" (the ECS cluster\'s name), e.g. cluster: keylo-staging',
      'platform.yml:20:3: environments.staging: needs "branch" (deploy on pushes to it, e.g. branch: main) or "release-tags" (deploy on release tags, e.g. release-tags: v*.*.*)',
      'platform.yml:21:5: environments.staging.brnch: unknown key "brnch"; did you mean "branch"?',
      'platform.yml:23:17: environments.staging.services.apii: no service named "apii" in services (api); did you mean "api"?',
    ]);
  });
});

describe('what to write instead, never the schema library\'s words', () => {
  it.each([
    ['a list where a mapping goes', [STAGING_SERVICES, STAGING_SERVICES.replace('{ api: keylo-api-service }', '[api]')],
      'platform.yml:24:15: environments.staging.services: must be a mapping of our service name to its ECS service name, not a list; e.g. services: { api: keylo-api-service }'],
    ['an environment name the record refuses', ['  staging:', '  Staging:'],
      'platform.yml:20:3: environments.Staging: "Staging" is not a valid environment name (lower-case letters, digits and \'-\', starting with a letter, at most 40); e.g. staging'],
    ['text where true, false or a mapping goes', ['trivy: { severity: [CRITICAL, HIGH], ignore-unfixed: true }', 'trivy: yes'],
      'platform.yml:38:10: security.trivy: must be true, false or a mapping with severity and ignore-unfixed, not the text "yes"; e.g. trivy: { severity: [CRITICAL, HIGH], ignore-unfixed: true }'],
    ['one URL where a list goes', ['smoke: [https://staging-api.keylo.bs/health]', 'smoke: https://staging-api.keylo.bs/health'],
      'platform.yml:27:12: environments.staging.smoke: must be a list of URLs, or a mapping with urls (and body-contains, expected-status, timeout), not the text "https://staging-api.keylo.bs/health"; e.g. smoke: [https://staging.example.com/health]'],
    ['an empty value', ['cluster: keylo-staging', 'cluster:'], 'platform.yml:23:13: environments.staging.cluster: must be the ECS cluster\'s name, not empty; e.g. cluster: keylo-staging'],
    ['an empty list', ['  run: [npm ci, npm run lint, npm run type-check, npm run test:unit]', '  run: []'], 'platform.yml:7:8: test.run: needs at least one entry; e.g. run: [npm ci, npm test]'],
    ['a list where a version goes', ['node-version: 20', 'node-version: [20]'], 'platform.yml:6:17: test.node-version: must be a Node.js version, not a list; e.g. node-version: 20'],
    ['a variable name the record refuses', ['  services: [postgres, redis]', '  services: [postgres, redis]\n  env: { "1BAD": x }'],
      'platform.yml:9:10: test.env.1BAD: "1BAD" is not a valid environment variable name (letters, digits and _, not starting with a digit); e.g. NODE_ENV'],
    ['a bucket name', ['bucket: keylo-staging-web', 'bucket: Keylo_Staging'], 'platform.yml:25:13: environments.staging.bucket: "Keylo_Staging" is not an S3 bucket name (3 to 63 lower-case letters, digits, . and -); e.g. keylo-staging-web'],
    ['a webhook URL where the secret\'s name goes', ['webhook-secret: SLACK_WEBHOOK_URL', 'webhook-secret: https://hooks.slack.com/services/T0/B0/x'],
      'platform.yml:41:28: notify.slack.webhook-secret: "https://hooks.slack.com/services/T0/B0/x" is not the name of a repository secret (the name, not the URL); e.g. SLACK_WEBHOOK_URL'],
  ])('%s', (_, [from, to], message) => {
    expect(problemsOf(edit([from!, to!]))).toEqual([message]);
  });

  it('none of the messages carries zod\'s wording', () => {
    const broken = [
      edit([STAGING_SERVICES, STAGING_SERVICES.replace('{ api: keylo-api-service }', '[api]')]), edit(['  staging:', '  Staging:']), edit(['approval: true', 'approval: 1']),
      edit(['  run: [npm ci, npm run lint, npm run type-check, npm run test:unit]', '  run: {}']), edit(['gitleaks: true', 'gitleaks: "no"']), edit(['app: keylo', 'app: 42']),
      edit(['environments:\n', 'environments: []\nx:\n']), edit(['    container: keylo-api\n', '    container: keylo-api\n    build-args: [A=1]\n']),
    ];
    const messages = broken.flatMap(problemsOf);
    expect(messages.length).toBeGreaterThan(7);
    for (const wording of ['Invalid key in record', 'expected record', 'got a list', 'has the wrong type', 'Invalid input', 'Too small', 'received', 'expected boolean', 'expected string']) {
      expect([wording, messages.filter((m) => m.includes(wording))]).toEqual([wording, []]);
    }
  });
});

describe('role ARNs say what is wrong', () => {
  const ARN = 'role: arn:aws:iam::222222222222:role/keylo-deploy-production';
  it.each([
    ['arn:aws:iam::22222222222:role/keylo-deploy-production', 'the account id "22222222222" has 11 digits; AWS account ids have 12; e.g. arn:aws:iam::111111111111:role/keylo-deploy-production'],
    ['arn:aws:iam::222222222222:user/keylo-deploy-production', 'it names an IAM user, not a role; GitHub OIDC assumes a role: write role/<name>; e.g. arn:aws:iam::222222222222:role/keylo-deploy-production'],
    ['arn:aws:iam:us-east-1:222222222222:role/deploy', 'IAM ARNs have no region ("us-east-1"): write two colons after iam; e.g. arn:aws:iam::222222222222:role/deploy'],
    ['arn:aws:sts::222222222222:assumed-role/deploy/session', 'that is an assumed-role session (sts); write the role itself; e.g. arn:aws:iam::222222222222:role/deploy'],
    ['keylo-deploy-production', 'write the whole ARN, not only the role name; e.g. arn:aws:iam::111111111111:role/keylo-deploy-production'],
    ['"222222222222"', 'that is an account id; the role ARN names the account and the role; e.g. arn:aws:iam::222222222222:role/deploy'],
    ['arn:aws:iam::ACCOUNT:role/deploy', 'the account id "ACCOUNT" must be digits only; e.g. arn:aws:iam::111111111111:role/deploy'],
    ['arn:aws:s3:::keylo-bucket', 'it is an s3 ARN; GitHub OIDC assumes an IAM role; e.g. arn:aws:iam::111111111111:role/deploy'],
  ])('%s', (value, reason) => {
    const shown = JSON.stringify(value.replace(/^"|"$/g, ''));
    expect(problemsOf(edit([ARN, `role: ${value}`]))).toEqual([`platform.yml:31:11: environments.production.role: ${shown} is not an IAM role ARN: ${reason}`]);
  });
});

describe('release-tag patterns say what GitHub accepts', () => {
  const ACCEPTS = 'GitHub tag filters accept * (any characters but /), ** (any characters), ? (zero or one of the character before), '
    + '+ (one or more of the character before), [0-9a-z] (one listed character or range) and a leading ! (exclude what earlier patterns matched), e.g. v*.*.* or v[0-9]+.[0-9]+.[0-9]+';
  it.each([
    ['refs/tags/v*', '"refs/tags/v*": write the tag pattern without "refs/tags/", e.g. v*'],
    ["'v(0|1)'", `"v(0|1)" is a regular expression, but tag filters are glob patterns: ${ACCEPTS}`],
    ['"^v1"', `"^v1" contains a character a git tag cannot have (space, ~, ^ or :): ${ACCEPTS}`],
    ['"v[0-9"', `"v[0-9": the "[" at position 2 is never closed with "]": ${ACCEPTS}`],
    ['"v[9-0]"', `"v[9-0]": "9-0" is not a range GitHub's filter takes (a-z, A-Z or 0-9, low to high): ${ACCEPTS}`],
    ['"+v"', `"+v": "+" at position 1 repeats the character before it, and there is none there to repeat (write \\+ for the character itself): ${ACCEPTS}`],
    ['"v*, release-*"', '"v*, release-*" is several patterns in one: give release-tags a list, e.g. [v*.*.*, release-*]'],
  ])('%s', (value, message) => {
    expect(problemsOf(edit(['release-tags: v*.*.*', `release-tags: ${value}`]))).toEqual([`platform.yml:29:19: environments.production.release-tags: ${message}`]);
  });
});

describe('YAML syntax errors at the line where the problem starts', () => {
  it.each([
    ['an unclosed double quote', ['region: us-east-1', 'region: "us-east-1'], ['platform.yml:4:11: YAML: the double quote opened here is never closed: add the closing " at the end of the value'], null],
    ['an unclosed quote with quoted values after it', ['region: us-east-1', 'region: "us-east-1'], ['platform.yml:4:11: YAML: the double quote opened here is never closed: add the closing " at the end of the value'],
      ['webhook-secret: SLACK_WEBHOOK_URL', 'webhook-secret: "SLACK_WEBHOOK_URL"']],
    ['an unclosed single quote', ['cluster: keylo-staging', "cluster: 'keylo-staging"], ['platform.yml:23:14: YAML: the single quote opened here is never closed: add the closing \' at the end of the value'], null],
    ['an unclosed {', [STAGING_SERVICES, STAGING_SERVICES.replace('keylo-api-service }', 'keylo-api-service')], ['platform.yml:24:15: YAML: the { opened here is never closed: add the closing }'], null],
    ['a tab: one error, not seven', ['    cluster: keylo-staging', '\tcluster: keylo-staging'],
      ['platform.yml:23:1: YAML: a tab indents this line, and YAML indents with spaces only: replace the tab with spaces so the key lines up with the keys around it'], null],
    ['a duplicate key, named, with the first one\'s line', ['    cluster: keylo-staging', '    cluster: keylo-staging\n    cluster: other'],
      ['platform.yml:24:5: environments.staging.cluster: YAML: "cluster" appears twice in environments.staging (first at line 23); keep one of them'], null],
    ['a missing colon', ['cluster: keylo-staging', 'cluster keylo-staging'], ['platform.yml:23:5: YAML: "cluster keylo-staging" is not "key: value" (a colon and a space after the key), so YAML reads it together with the next line'], null],
  ])('%s', (_, change, expected, also) => {
    // Every row has four entries: jest passes a `done` callback in place of a missing last one.
    expect(problemsOf(edit(change as [string, string], ...(also ? [also as [string, string]] : [])))).toEqual(expected);
  });
});

describe('values that are certainly wrong fail at generation', () => {
  it('an unknown region, with the nearest; a region newer than the generator passes', () => {
    expect(problemsOf(edit(['region: us-east-1', 'region: us-eest-1']))).toEqual(['platform.yml:4:11: aws.region: "us-eest-1" is not an AWS region; did you mean "us-east-1"?']);
    expect(problemsOf(edit(['region: us-east-1', 'region: US-EAST-1']))).toEqual(['platform.yml:4:11: aws.region: "US-EAST-1" is not an AWS region; did you mean "us-east-1"?']);
    expect(problemsOf(edit(['    approval: true\n', '    approval: true\n    region: eu-wset-1\n']))).toEqual(['platform.yml:31:13: environments.production.region: "eu-wset-1" is not an AWS region; did you mean "eu-west-1"?']);
    expect(problemsOf(edit(['region: us-east-1', 'region: virginia']))).toEqual(['platform.yml:4:11: aws.region: "virginia" is not an AWS region: write a region code such as us-east-1 (N. Virginia), eu-west-1 (Ireland) or ap-southeast-2 (Sydney)']);
    expect(parseConfig(edit(['region: us-east-1', 'region: eu-central-3']), 'p.yml').config.aws.region).toBe('eu-central-3');
  });

  it('a smoke timeout that does not parse, or that no timer can wait', () => {
    const smoke = (timeout: string) => edit(['smoke: [https://staging-api.keylo.bs/health]', `smoke: { urls: [https://staging-api.keylo.bs/health], timeout: ${timeout} }`]);
    expect(problemsOf(smoke('soon'))).toEqual(['platform.yml:27:68: environments.staging.smoke.timeout: "soon" is not a duration: write a number with a unit (ms, s, m, h), e.g. 90s, 5m or 1h30m']);
    expect(problemsOf(smoke('900h'))).toEqual(['platform.yml:27:68: environments.staging.smoke.timeout: "900h" is longer than the smoke test can wait (at most 596h)']);
    expect(parseConfig(smoke('1h30m'), 'p.yml').config.environments.staging?.smoke).toEqual({ urls: ['https://staging-api.keylo.bs/health'], timeout: '1h30m' });
  });

  it('a secret in build-args, which would be baked into the image', () => {
    expect(problemsOf(edit(['    container: keylo-api\n', '    container: keylo-api\n    build-args: { NODE_ENV: production, NPM_TOKEN: "${{ secrets.NPM_TOKEN }}" }\n']))).toEqual([
      'platform.yml:15:52: services.0.build-args.NPM_TOKEN: ${{ secrets.NPM_TOKEN }} would bake the secret into the image: build arguments are stored in the image\'s config and history, where anyone who can pull the image reads them. '
        + 'Use a build secret instead (RUN --mount=type=secret,id=… in the Dockerfile, see https://docs.docker.com/build/building/secrets/); build-push does not pass build secrets yet, so remove it from build-args',
    ]);
    expect(parseConfig(edit(['    container: keylo-api\n', '    container: keylo-api\n    build-args: { GIT_SHA: "${{ github.sha }}" }\n']), 'p.yml').config.services[0]?.['build-args']).toEqual({ GIT_SHA: '${{ github.sha }}' });
  });

  it('${{ anywhere it would land in a run: script (or a migration\'s shell)', () => {
    const HEAD = 'which GitHub pastes into the run: script before the shell runs it (a branch name or a pull request title would run as code)';
    expect(problemsOf(edit(['npm run lint', '"npm run lint -- ${{ github.event.pull_request.title }}"']))).toEqual([
      `platform.yml:7:17: test.run.1: contains \${{ github.event.pull_request.title }}, ${HEAD}; pass it through the test job's env (e.g. env: { TITLE: "\${{ github.event.pull_request.title }}" }) and write "$TITLE" in the command`,
    ]);
    expect(problemsOf(edit(['build: npm run build --workspace=apps/web', 'build: "npm run build -- --base ${{ github.ref_name }}"']))).toEqual([
      `platform.yml:17:10: frontend.build: contains \${{ github.ref_name }}, ${HEAD}; write "$GITHUB_REF_NAME" instead (GitHub sets it in every step's environment)`,
    ]);
    expect(problemsOf(edit(['build: npm run build --workspace=apps/web', 'build: npm run build --workspace=apps/web\n  install: "npm ci --token ${{ secrets.NPM }}"']))).toEqual([
      `platform.yml:18:12: frontend.install: contains \${{ secrets.NPM }}, ${HEAD}; pass it through the frontend's env (e.g. env: { NPM: "\${{ secrets.NPM }}" }) and write "$NPM" in the command`,
    ]);
    expect(problemsOf(edit(['migrate: npm run migrate', 'migrate: "npm run migrate -- ${{ github.sha }}"']))).toEqual([
      'platform.yml:15:14: services.0.migrate: contains ${{ github.sha }}, which GitHub pastes into the container\'s command before the shell runs it (a branch name or a pull request title would run as code); '
        + 'the command runs in the image, so give it the value through the image or the task definition instead',
    ]);
  });
});

describe('cross-field rules say how to fix them', () => {
  it('one branch feeding environments that are not next to each other: how to chain them instead', () => {
    const qa = '  qa:\n    branch: develop\n    role: arn:aws:iam::111111111111:role/keylo-deploy-qa\n    cluster: keylo-qa\n    services: { api: keylo-api-service }\n    bucket: keylo-qa-web\n  production:\n';
    expect(problemsOf(edit(['  production:\n', qa], ['    release-tags: v*.*.*', '    branch: main']))).toEqual([
      'platform.yml:35:5: environments.production.branch: branch "main" already deploys to "staging", and "qa" (the environment right before "production") deploys another branch: '
        + 'environments on one branch promote in order, each from the one right before it. Put "production" right after the last environment on main, '
        + 'or give it release-tags: v*.*.* (pushing a tag such as v1.2.3 deploys the same images once "staging" has them), with approval: true to wait for a reviewer',
    ]);
  });

  it('an unknown service gets "did you mean", or the list when nothing is close', () => {
    expect(problemsOf(edit([STAGING_SERVICES, STAGING_SERVICES.replace('{ api:', '{ aip:')]))).toEqual(['platform.yml:24:17: environments.staging.services.aip: no service named "aip" in services (api); did you mean "api"?']);
    expect(problemsOf(edit([STAGING_SERVICES, STAGING_SERVICES.replace('{ api:', '{ payments:')]))).toEqual(['platform.yml:24:17: environments.staging.services.payments: no service named "payments" in services (api)']);
  });
});
