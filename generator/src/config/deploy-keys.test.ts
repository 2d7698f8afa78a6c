/**
 * The keys for workloads, migrations and promotion: each accepted in its documented forms, and each bad value refused
 * with one error naming the key path and what to write.
 */
import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { parseConfig } from './load.js';
import { examplePath, problemsOf } from '../../test/support.js';

const example = readFileSync(examplePath, 'utf8');
const edit = (...changes: Array<[string, string]>) => changes.reduce((text, [from, to]) => {
  expect(text).toContain(from);
  return text.replace(from, to);
}, example);
const config = (text: string) => parseConfig(text, 'platform.yml').config;
/** Only the key path and message of each problem (line numbers are tested in errors.test.ts). */
const problems = (text: string) => problemsOf(text).map((line) => line.replace(/^platform\.yml:\d+:\d+: /, ''));

const MIGRATE = '    migrate: npm run migrate              # optional: db-migrate before this service deploys';
const WORKER = '  - name: worker\n    ecr-repository: keylo-api\n    dockerfile: apps/api/Dockerfile\n    container: worker\n';
const STAGING = 'services: { api: keylo-api-service }\n    bucket: keylo-staging-web';

describe('services[].migrate', () => {
  it('takes a command (run-task before the deploy) or {command, mode, when}', () => {
    expect(config(example).services[0]!.migrate).toBe('npm run migrate');
    expect(config(edit([MIGRATE, '    migrate: { command: php artisan migrate --force, mode: exec, when: after }'])).services[0]!.migrate)
      .toEqual({ command: 'php artisan migrate --force', mode: 'exec', when: 'after' });
    expect(config(edit([MIGRATE, '    migrate: { command: npm run migrate }'])).services[0]!.migrate).toEqual({ command: 'npm run migrate', mode: 'run-task', when: 'before' });
  });

  it('refuses an unknown mode or when, and exec before the deploy (the old task has no new migrations)', () => {
    expect(problems(edit([MIGRATE, '    migrate: { command: npm run migrate, mode: ssh }']))).toEqual(['services.0.migrate.mode: "ssh" is not one of run-task, exec']);
    expect(problems(edit([MIGRATE, '    migrate: { command: npm run migrate, when: during }']))).toEqual(['services.0.migrate.when: "during" is not one of before, after']);
    expect(problems(edit([MIGRATE, '    migrate: { command: php artisan migrate --force, mode: exec }']))).toEqual([
      'services.0.migrate.when: mode exec runs the command in a task that is already running, which before the deploy is the old version without the new migrations: write when: after (or mode: run-task, which runs the new image before the deploy)',
    ]);
    expect(problems(edit([MIGRATE, '    migrate: { run: npm run migrate }']))[0]).toMatch(/^services\.0\.migrate/);
  });
});

describe('one image, several workloads', () => {
  it('services sharing an ECR repository and build share one build', () => {
    const text = edit(['frontend:', `${WORKER}frontend:`], [STAGING, 'services: { api: keylo-api-service, worker: keylo-worker }\n    bucket: keylo-staging-web'],
      ['services: { api: keylo-api-service }\n    bucket: keylo-production-web', 'services: { api: keylo-api-service, worker: keylo-worker }\n    bucket: keylo-production-web']);
    expect(config(text).services.map((s) => s.name)).toEqual(['api', 'worker']);
  });

  it('refuses two services pushing one repository from different builds', () => {
    expect(problems(edit(['frontend:', `${WORKER.replace('apps/api/Dockerfile', 'apps/worker/Dockerfile')}frontend:`]))).toEqual([
      'services.1.ecr-repository: "keylo-api" is also api\'s repository, but worker builds differently (dockerfile): both builds would push the same tag. '
        + 'Services that deploy one image share its build: give worker the same dockerfile, context, target and build-args as api, or its own repository',
    ]);
  });

  it('an environment maps a service to one ECS service, several, or {ecs-services, scheduled-tasks}', () => {
    const services = (value: string) => config(edit([STAGING, `services: { api: ${value} }\n    bucket: keylo-staging-web`])).environments.staging!.services.api;
    expect(services('[keylo-api, keylo-api-canary]')).toEqual(['keylo-api', 'keylo-api-canary']);
    expect(services('{ ecs-services: keylo-api, scheduled-tasks: [keylo-scheduler, schedule/default/keylo-nightly] }'))
      .toEqual({ 'ecs-services': 'keylo-api', 'scheduled-tasks': ['keylo-scheduler', 'schedule/default/keylo-nightly'] });
  });

  it('refuses a bad ECS service name, a bad rule name and an unknown key, naming the path', () => {
    const bad = (value: string) => problems(edit([STAGING, `services: { api: ${value} }\n    bucket: keylo-staging-web`]));
    expect(bad('[keylo-api, "keylo api"]')).toEqual(['environments.staging.services.api.1: "keylo api" is not an ECS service name (letters, digits, _ and -); e.g. keylo-api-service']);
    expect(bad('{ ecs-services: keylo-api, scheduled-tasks: ["rule with space"] }')).toEqual([
      'environments.staging.services.api.scheduled-tasks.0: "rule with space" is not an EventBridge rule name or schedule/<group>/<name>; e.g. fibonacco-scheduler',
    ]);
    expect(bad('{ ecs-service: keylo-api }')[0]).toMatch(/^environments\.staging\.services\.api/);
  });

  it('refuses a service that would reach an environment without passing the one before', () => {
    const text = edit(['frontend:', `${WORKER}frontend:`],
      ['services: { api: keylo-api-service }\n    bucket: keylo-production-web', 'services: { api: keylo-api-service, worker: keylo-worker }\n    bucket: keylo-production-web']);
    expect(problems(text)).toEqual([
      'environments.production.services.worker: "worker" would reach production without passing staging, the environment before it: every environment deploys only what passed the one before. Map worker in staging too, or remove it here',
    ]);
  });
});

describe('promotion keys', () => {
  const TAGS = 'release-tags: v*.*.*';
  it('release-tags takes one GitHub filter pattern or a list; pre-releases a boolean', () => {
    expect(config(edit([TAGS, 'release-tags: [v*.*.*, "!v0.*"]\n    pre-releases: true'])).environments.production).toMatchObject({ 'release-tags': ['v*.*.*', '!v0.*'], 'pre-releases': true });
    expect(config(edit([TAGS, 'release-tags: "v[0-9]+.[0-9]+.[0-9]+"'])).environments.production!['release-tags']).toBe('v[0-9]+.[0-9]+.[0-9]+');
  });

  it('refuses a bad pattern in a list by its index, a list starting with !, pre-releases without release-tags or not a boolean', () => {
    expect(problems(edit([TAGS, 'release-tags: [v*.*.*, "v[0-9"]']))).toEqual([expect.stringMatching(/^environments\.production\.release-tags\.1: "v\[0-9": the "\[" at position 2 is never closed/)]);
    expect(problems(edit([TAGS, 'release-tags: ["!v0.*", v*]']))).toEqual(['environments.production.release-tags.0: "!v0.*" excludes tags, but no pattern before it includes any: start with the tags to deploy, e.g. [v*.*.*, "!v0.*"]']);
    expect(problems(edit(['    branch: main', '    branch: main\n    pre-releases: true']))).toEqual(['environments.staging.pre-releases: goes with release-tags (it says whether tags such as v1.2.3-rc.1 deploy here); this environment deploys a branch']);
    expect(problems(edit([TAGS, `${TAGS}\n    pre-releases: sometimes`]))[0]).toMatch(/^environments\.production\.pre-releases: /);
  });

  it('one branch feeds several environments when they are next to each other: a promotion chain', () => {
    expect(config(edit([`    ${TAGS}`, '    branch: main'])).environments.production!.branch).toBe('main');
  });
});
