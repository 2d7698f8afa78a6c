/**
 * `gen-workflow init`, second half: writes a starter platform.yml from what init-inspect found, one the schema
 * accepts as written. Every guess says where it came from; every value a repository cannot tell us (roles,
 * clusters, buckets, URLs) is a valid placeholder marked TODO, so the user's first `gen-workflow` run already works.
 * What the repository needs from the config beyond this (EKS deploys, infrastructure code) is a note saying which keys.
 */
import { existsSync, writeFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { Document, isMap, isScalar, type Node } from 'yaml';
import { inspectRepository, type ImageFacts, type RepoFacts, type TestJobFacts } from './init-inspect.js';
import { shellArg } from './init/files.js';

export { inspectRepository, type RepoFacts } from './init-inspect.js';

/** Comment text wrapped to lines a reader can take in, the lines after the first indented by `hang`. */
export function wrapComment(text: string, hang = '  ', width = 116): string {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line.trim() && line.length + word.length + 1 > width) { lines.push(line); line = hang; }
    line = line.trim() ? `${line} ${word}` : `${line}${word}`;
  }
  lines.push(line);
  // yaml writes `#` before each line; the space keeps `# text` readable.
  return lines.map((l) => ` ${l}`).join('\n');
}

export function starterConfig(facts: RepoFacts, options: { actions?: string } = {}): string {
  const actions = options.actions ?? 'org/platform-actions@v1';
  const source = /^([\w.-]+)\/([\w.-]+)@([\w./-]+)$/.exec(actions);
  if (!source) throw new Error(`actions "${actions}" is not owner/repository@ref, e.g. org/platform-actions@v1`);
  const { app, frontend } = facts;
  // With toolchain keys, the frontend names its own folder and Node setting (the build job's cache keys on its lockfile).
  const web = frontend && facts.testJobs ? facts.testJobs.find((job) => job.stack === 'node' && job.dir === frontend.project) : undefined;
  const eks = facts.target?.kind === 'eks';
  const doc = new Document(null, { aliasDuplicateObjects: false });
  const note = (value: unknown, comment?: string, flow = false) => {
    const node = doc.createNode(value) as Node & { flow?: boolean };
    if (comment) node.comment = ` ${comment}`;
    if (flow) node.flow = true;
    return node;
  };
  const todo = (value: unknown, comment: string) => note(value, `TODO: ${comment}`);
  const above = (node: Node, lines: Array<string | undefined>) => {
    const text = lines.filter((l): l is string => !!l).map((l) => wrapComment(l)).join('\n');
    if (text) node.commentBefore = text;
    return node;
  };

  const prefixed = (name: string) => (name === app ? app : `${app}-${name}`);
  const images: ImageFacts[] = facts.images.length ? facts.images : [{ name: app, dockerfile: 'Dockerfile', context: '.' }];
  const services = images.map((image) => {
    const item = note({
      name: image.nameTodo ? todo(image.name, 'a guess, see above') : image.name,
      dockerfile: facts.images.length ? image.dockerfile : todo(image.dockerfile, 'no Dockerfile found; add one or point this at yours'),
      context: image.context,
      'ecr-repository': todo(prefixed(image.name), 'your ECR repository'),
      container: image.container ? note(image.container, image.containerFrom) : todo(prefixed(image.name), eks ? 'the container name in your Deployment' : 'the container name in your task definition'),
      ...(image.migrate ? { migrate: note(image.migrate, `${image.migrateFrom}; runs in the new image before this service deploys`) } : {}),
    });
    const found = facts.images.length ? `found ${image.dockerfile}; ${[image.nameFrom, image.contextWhy ?? `context ${image.context}`].filter(Boolean).join('; ')}` : 'no Dockerfile found: one service for the whole app';
    return above(item, [found, image.nameTodo && `TODO: ${image.nameTodo}`, image.migrateTodo && `TODO: ${image.migrateTodo}`]);
  });
  const environment = (name: string, account: string, trigger: Record<string, unknown>) => ({
    ...trigger,
    role: todo(`arn:aws:iam::${account}:role/${app}-deploy-${name}`, 'your OIDC deploy role'),
    cluster: todo(`${app}-${name}`, eks ? 'your EKS cluster (ecs-deploy cannot deploy to it: see the note at the top)' : 'your ECS cluster'),
    services: Object.fromEntries(images.map((image) => [image.name, eks
      ? todo(image.workload ?? prefixed(image.name), image.workload ? `the ${image.workloadFrom}; EKS, see the note at the top` : 'your Deployment; EKS, see the note at the top')
      : todo(prefixed(image.name), 'the ECS service name')])),
    ...(frontend && !web ? { bucket: todo(`${app}-${name}-web`, 'your S3 bucket'), distribution: todo(`E2${name.toUpperCase()}`, 'your CloudFront distribution id') } : {}),
    ...(web ? { frontends: { web: { bucket: todo(`${app}-${name}-web`, 'your S3 bucket'), distribution: todo(`E2${name.toUpperCase()}`, 'your CloudFront distribution id') } } } : {}),
    smoke: note([`https://${name === 'production' ? '' : `${name}.`}example.com/health`], 'TODO: URLs that must answer after the deploy', true),
  });
  const branch = facts.branch ?? { name: 'main', from: 'change it if your default branch differs' };
  const version = /^\d+$/.test(facts.nodeVersion) ? Number(facts.nodeVersion) : facts.nodeVersion;
  const run = facts.testCommands.length
    ? facts.testCommands.map((command) => (command.note ? above(doc.createNode(command.run) as Node, [command.note]) : command.run))
    : [todo(`${facts.packageManager} test`, 'no package.json, pyproject.toml or composer.json found; your test commands')];

  doc.contents = doc.createNode({
    app: note(app, facts.appFrom ?? 'names the ECR repositories, clusters and buckets below'),
    actions: note(actions, 'where the deploy actions come from (owner/repository@ref)'),
    aws: { region: todo('us-east-1', 'your AWS region') },
    test: facts.testJobs ? testSection(facts, note, above) : {
      'node-version': note(version, facts.nodeVersionFrom ?? 'set your Node.js version'),
      'package-manager': note(facts.packageManager, facts.packageManagerFrom),
      run,
      ...(facts.testServices.length ? { services: note(facts.testServices, `${facts.testServicesFrom ?? 'what the tests need'}; started as containers, their URLs in env`, true) } : {}),
      ...(facts.testEnv ? { env: note(facts.testEnv, undefined, true) } : {}),
    },
    services,
    ...(frontend && !web ? { frontend: { build: frontend.build, dir: note(frontend.dir, 'the folder the build writes'), ...(frontend.install ? { install: note(frontend.install, 'installs in that folder (the default installs at the root)') } : {}) } } : {}),
    ...(web ? { frontends: [webFrontend(frontend!, web, note)] } : {}),
    environments: {
      staging: environment('staging', '111111111111', { branch: note(branch.name, branch.from) }),
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
    ...(facts.notes.length ? ['', ' Read this first:', ...facts.notes.map((n) => wrapComment(`- ${n}`))] : []),
  ].join('\n');
  const keyComment = (path: Array<string | number>, lines: Array<string | undefined>) => {
    const parent = path.length === 1 ? doc.contents : doc.getIn(path.slice(0, -1), true);
    const key = isMap(parent) ? parent.items.find((pair) => isScalar(pair.key) && pair.key.value === path[path.length - 1])?.key : undefined;
    if (!isScalar(key)) return;
    above(key, lines);
    key.spaceBefore = path.length === 1;
  };
  keyComment(['aws'], ['The AWS region. Images are pushed with the first environment\'s role unless you set build-role.']);
  const several = (facts.testJobs?.length ?? 0) > 1;
  keyComment(['test'], [several ? 'The test jobs run in parallel on every push and pull request; nothing is built or deployed unless they pass.' : 'The test job runs on every push and pull request; nothing is built or deployed unless it passes.']);
  if (several) for (const job of facts.testJobs!) keyComment(['test', 'jobs', job.name], [job.note]);
  else if (facts.testJobs) keyComment(['test', 'run'], [facts.testJobs[0]!.note]);
  else if (facts.testCommands.length) keyComment(['test', 'run'], [facts.testCommandsFrom ?? 'one step each, in order']);
  if (facts.testEnv && !facts.testJobs) keyComment(['test', 'env'], [facts.testEnvFrom]);
  keyComment(['services'], [`One image per service: built, scanned by Trivy, pushed to ECR, then deployed to ${eks ? 'ECS (not EKS: see the note at the top)' : 'ECS'}.`]);
  if (frontend) keyComment([web ? 'frontends' : 'frontend'], [`The single-page app, uploaded to S3 and served by CloudFront: ${frontend.from ?? 'your frontend build'}.`]);
  keyComment(['environments'], [`Pushes to ${branch.name} deploy to staging; release tags promote the same images to production.`]);
  for (const env of ['staging', 'production']) keyComment(['environments', env, 'services'], [eks ? 'our service name: the Kubernetes Deployment it runs as' : 'our service name: the ECS service it deploys to']);
  keyComment(['security'], ['Trivy scans dependencies and images; gitleaks scans the history for committed secrets.']);
  keyComment(['notify'], ['A Slack message with the pipeline\'s result.']);
  return doc.toString({ lineWidth: 0, flowCollectionPadding: false });
}

type Note = (value: unknown, comment?: string, flow?: boolean) => Node;

const DEFAULT_INSTALL: Record<string, string> = { npm: 'npm ci', pnpm: 'pnpm install --frozen-lockfile', yarn: 'yarn install --frozen-lockfile' };

/** The SPA as a `frontends` entry run in its project's folder with that project's Node setting. */
function webFrontend(frontend: NonNullable<RepoFacts['frontend']>, job: TestJobFacts, note: Note): Record<string, unknown> {
  const strip = (command: string) => (job.dir && command.startsWith(`cd ${shellArg(job.dir)} && `) ? command.slice(`cd ${shellArg(job.dir)} && `.length) : command);
  const node = job.toolchain.node!;
  const install = frontend.install ? strip(frontend.install) : undefined;
  return {
    name: 'web',
    ...(job.dir ? { 'working-directory': job.dir } : {}),
    build: strip(frontend.build),
    dir: note(job.dir && frontend.dir.startsWith(`${job.dir}/`) ? frontend.dir.slice(job.dir.length + 1) : frontend.dir, 'the folder the build writes, in the working directory'),
    ...(install && install !== DEFAULT_INSTALL[String(node['package-manager'])] ? { install } : {}),
    node: note(node, undefined, true),
  };
}

/**
 * `test` with toolchain keys: one job, or `jobs` run in parallel. The service containers go to the jobs of the
 * backend stacks (Python, PHP) when there are any, else to every job; Laravel's DB_* settings to the PHP job.
 */
function testSection(facts: RepoFacts, note: Note, above: (node: Node, lines: string[]) => Node): Record<string, unknown> {
  const jobs = facts.testJobs!;
  const backend = jobs.some((job) => job.stack !== 'node');
  const job = (facts_: RepoFacts['testJobs'] & object, index: number) => {
    const entry = facts_[index]!;
    const [[key, value]] = Object.entries(entry.toolchain) as [[string, Record<string, unknown>]];
    const commands = entry.commands.map((command) => (command.note ? above(note(command.run), [command.note]) : command.run));
    return {
      [key]: note(value, entry.toolchainFrom, true),
      ...(entry.dir ? { 'working-directory': entry.dir } : {}),
      run: commands,
      ...(facts.testServices.length && (!backend || entry.stack !== 'node') ? { services: note(facts.testServices, `${facts.testServicesFrom ?? 'what the tests need'}; started as containers, their URLs in env`, true) } : {}),
      ...(facts.testEnv && entry.stack === 'php' ? { env: note(facts.testEnv, facts.testEnvFrom, true) } : {}),
    };
  };
  if (jobs.length === 1) return job(jobs, 0);
  return { jobs: Object.fromEntries(jobs.map((entry, i) => [entry.name, job(jobs, i)])) };
}

/**
 * Writes the starter to `file` (absolute, or relative to `dir`) from what `dir`, the repository root, holds.
 * Returns what init should say besides the file (the same notes the file starts with).
 */
export function writeStarterConfig(dir: string, file: string, options: { force: boolean; actions?: string; show?: (path: string) => string }): { path: string; facts: RepoFacts; notes: string[] } {
  const path = resolve(dir, file);
  const shown = options.show?.(path) ?? basename(file);
  const refuse = () => Object.assign(new Error(`${shown} already exists; use --force to overwrite it`), { code: 'EEXIST' });
  if (!options.force && existsSync(path)) throw refuse();
  const facts = inspectRepository(dir);
  try {
    // `wx` also refuses a file that appeared while we were looking at the repository.
    writeFileSync(path, starterConfig(facts, { actions: options.actions }), { flag: options.force ? 'w' : 'wx' });
  } catch (error) {
    throw (error as NodeJS.ErrnoException).code === 'EEXIST' ? refuse() : error;
  }
  return { path, facts, notes: facts.notes };
}
