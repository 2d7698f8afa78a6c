/**
 * `gen-workflow init`, second half: writes a starter platform.yml from what init-inspect found, one the schema
 * accepts as written. Every guess says where it came from; every value a repository cannot tell us (roles,
 * clusters, buckets, URLs) is a valid placeholder marked TODO, so the user's first `gen-workflow` run already works.
 */
import { existsSync, writeFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { Document, isMap, isScalar, type Node } from 'yaml';
import { inspectRepository, provenance, slugify, within, type RepoFacts } from './init-inspect.js';

export { inspectRepository, type RepoFacts } from './init-inspect.js';

export function starterConfig(facts: RepoFacts, options: { actions?: string } = {}): string {
  const actions = options.actions ?? 'org/platform-actions@v1';
  const source = /^([\w.-]+)\/([\w.-]+)@([\w./-]+)$/.exec(actions);
  if (!source) throw new Error(`actions "${actions}" is not owner/repository@ref, e.g. org/platform-actions@v1`);
  const notes = provenance.get(facts) ?? { contexts: new Map<string, string>() };
  const { app, frontend } = facts;
  const doc = new Document(null, { aliasDuplicateObjects: false });
  const note = (value: unknown, comment?: string, flow = false) => {
    const node = doc.createNode(value) as Node & { flow?: boolean };
    if (comment) node.comment = ` ${comment}`;
    if (flow) node.flow = true;
    return node;
  };
  const todo = (value: unknown, comment: string) => note(value, `TODO: ${comment}`);

  const prefixed = (name: string) => (name === app ? app : `${app}-${name}`);
  const images = facts.dockerfiles.length ? facts.dockerfiles : [{ name: app, dockerfile: 'Dockerfile', context: '.' }];
  // The service whose package declares the migration runs it (else the first), so only one deploy migrates.
  const migrateDir = notes.migrate?.dir;
  const migrateWith = images.find((d) => migrateDir && (d.dockerfile.startsWith(`${migrateDir}/`) || d.name === slugify(basename(migrateDir))))?.name ?? images[0]?.name;
  const migrateFrom = notes.migrate ? `from the "${notes.migrate.script}" script in ${within(notes.migrate.dir, 'package.json')}` : 'your migration command';
  const services = images.map((image) => {
    const item = note({
      name: image.name,
      dockerfile: facts.dockerfiles.length ? image.dockerfile : todo(image.dockerfile, 'no Dockerfile found; add one or point this at yours'),
      context: image.context,
      'ecr-repository': todo(prefixed(image.name), 'your ECR repository'),
      container: todo(prefixed(image.name), 'the container name in your task definition'),
      ...(facts.migrateScript && image.name === migrateWith ? { migrate: note(facts.migrateScript, `${migrateFrom}; runs in the new image before this service deploys`) } : {}),
    });
    const why = notes.contexts.get(image.dockerfile) ?? `context ${image.context}`;
    item.commentBefore = facts.dockerfiles.length ? ` found ${image.dockerfile}; ${why}` : ' no Dockerfile found: one service for the whole app';
    return item;
  });
  const environment = (name: string, account: string, trigger: Record<string, unknown>) => ({
    ...trigger,
    role: todo(`arn:aws:iam::${account}:role/${app}-deploy-${name}`, 'your OIDC deploy role'),
    cluster: todo(`${app}-${name}`, 'your ECS cluster'),
    services: Object.fromEntries(images.map((image) => [image.name, todo(prefixed(image.name), 'the ECS service name')])),
    ...(frontend ? { bucket: todo(`${app}-${name}-web`, 'your S3 bucket'), distribution: todo(`E2${name.toUpperCase()}`, 'your CloudFront distribution id') } : {}),
    smoke: note([`https://${name === 'production' ? '' : `${name}.`}example.com/health`], 'TODO: URLs that must answer after the deploy', true),
  });
  const branch = notes.branch?.name ?? 'main';

  doc.contents = doc.createNode({
    app: note(app, notes.app ?? 'names the ECR repositories, clusters and buckets below'),
    actions: note(actions, 'where the deploy actions come from (owner/repository@ref)'),
    aws: { region: todo('us-east-1', 'your AWS region') },
    test: {
      'node-version': note(/^\d+$/.test(facts.nodeVersion) ? Number(facts.nodeVersion) : facts.nodeVersion, notes.nodeVersion ?? 'set your Node.js version'),
      'package-manager': note(facts.packageManager, notes.packageManager),
      run: facts.testCommands.length ? facts.testCommands : [todo(`${facts.packageManager} test`, 'no package.json found; your test commands')],
      ...(facts.services.length ? { services: note(facts.services, `${notes.services ?? 'what the tests need'}; started as containers, their URLs in env`, true) } : {}),
    },
    services,
    ...(frontend ? { frontend: { build: frontend.build, dir: note(frontend.dir, 'the folder the build writes') } } : {}),
    environments: {
      staging: environment('staging', '111111111111', { branch: note(branch, notes.branch?.from ?? 'change it if your default branch differs') }),
      production: environment('production', '222222222222', {
        'release-tags': note('v*.*.*', 'pushing a tag such as v1.2.3 deploys to production'),
        approval: note(true, 'waits for the GitHub environment\'s required reviewers'),
      }),
    },
    security: { trivy: note({ severity: note(['CRITICAL', 'HIGH'], undefined, true), 'ignore-unfixed': true }, undefined, true), gitleaks: true },
    notify: { slack: note({ 'webhook-secret': 'SLACK_WEBHOOK_URL' }, 'remove if you do not use Slack', true) },
  });

  doc.commentBefore = [
    ' Starter config written by gen-workflow init. Edit it, then run: npx gen-workflow',
    ` yaml-language-server: $schema=https://raw.githubusercontent.com/${source[1]}/${source[2]}/${source[3]}/generator/platform.schema.json`,
  ].join('\n');
  const above = (path: Array<string | number>, text: string) => {
    const parent = path.length === 1 ? doc.contents : doc.getIn(path.slice(0, -1), true);
    const key = isMap(parent) ? parent.items.find((pair) => isScalar(pair.key) && pair.key.value === path[path.length - 1])?.key : undefined;
    if (!isScalar(key)) return;
    key.commentBefore = ` ${text}`;
    key.spaceBefore = path.length === 1;
  };
  above(['aws'], 'The AWS region. Images are pushed with the first environment\'s role unless you set build-role.');
  above(['test'], 'The test job runs on every push and pull request; nothing is built or deployed unless it passes.');
  if (facts.testCommands.length) above(['test', 'run'], notes.scripts ?? 'one step each, in order');
  above(['services'], 'One image per service: built, scanned by Trivy, pushed to ECR, then deployed to ECS.');
  if (frontend) above(['frontend'], `The single-page app, uploaded to S3 and served by CloudFront: ${notes.frontend ?? 'your frontend build'}.`);
  above(['environments'], `Pushes to ${branch} deploy to staging; release tags promote the same images to production.`);
  for (const env of ['staging', 'production']) above(['environments', env, 'services'], 'our service name: the ECS service it deploys to');
  above(['security'], 'Trivy scans dependencies and images; gitleaks scans the history for committed secrets.');
  above(['notify'], 'A Slack message with the pipeline\'s result.');
  return doc.toString({ lineWidth: 0, flowCollectionPadding: false });
}

export function writeStarterConfig(dir: string, file: string, options: { force: boolean; actions?: string }): { path: string; facts: RepoFacts } {
  const path = resolve(dir, file);
  const refuse = () => Object.assign(new Error(`${file} already exists; use --force to overwrite it`), { code: 'EEXIST' });
  if (!options.force && existsSync(path)) throw refuse();
  const facts = inspectRepository(dir);
  try {
    // `wx` also refuses a file that appeared while we were looking at the repository.
    writeFileSync(path, starterConfig(facts, { actions: options.actions }), { flag: options.force ? 'w' : 'wx' });
  } catch (error) {
    throw (error as NodeJS.ErrnoException).code === 'EEXIST' ? refuse() : error;
  }
  return { path, facts };
}
