import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

/**
 * Reads which AWS calls an action's source sends and checks them against the IAM policy in its README's
 * "Permissions (IAM)" section. The source is the ground truth: a call added without its permission fails the
 * policy test, naming the action and the permission, and so does a permission no call needs any more.
 */

/** The IAM service prefix of each SDK package the actions use. A new package fails until it is added here. */
export const SDK_PACKAGES: Record<string, string> = {
  '@aws-sdk/client-cloudfront': 'cloudfront',
  '@aws-sdk/client-cloudwatch-logs': 'logs',
  '@aws-sdk/client-ecr': 'ecr',
  '@aws-sdk/client-ecs': 'ecs',
  '@aws-sdk/client-s3': 's3',
  '@aws-sdk/lib-storage': 's3',
  '@aws-sdk/client-codedeploy': 'codedeploy',
  '@aws-sdk/client-eventbridge': 'events',
  '@aws-sdk/client-scheduler': 'scheduler',
};

/**
 * Calls whose IAM action is not `<prefix>:<Operation>`, or which AWS authorizes together with another action (the
 * Service Authorization Reference's "dependent actions"). Everything else maps by name.
 */
export const IAM_FOR_CALL: Record<string, string[]> = {
  's3:ListObjectsV2': ['s3:ListBucket'],
  's3:ListObjects': ['s3:ListBucket'],
  's3:HeadBucket': ['s3:ListBucket'],
  's3:HeadObject': ['s3:GetObject'],
  's3:DeleteObjects': ['s3:DeleteObject'],
  's3:ListMultipartUploads': ['s3:ListBucketMultipartUploads'],
  's3:CreateMultipartUpload': ['s3:PutObject'],
  's3:UploadPart': ['s3:PutObject'],
  's3:CompleteMultipartUpload': ['s3:PutObject'],
  // lib-storage's Upload sends PutObject, or CreateMultipartUpload/UploadPart/CompleteMultipartUpload (all
  // s3:PutObject), and AbortMultipartUpload when a part fails (leavePartsOnError is false by default).
  's3:Upload': ['s3:PutObject', 's3:AbortMultipartUpload'],
  // Registering with tags needs ecs:TagResource (tag-on-create), and with task or execution roles iam:PassRole.
  'ecs:RegisterTaskDefinition': ['ecs:RegisterTaskDefinition', 'ecs:TagResource', 'iam:PassRole'],
  'ecs:RunTask': ['ecs:RunTask', 'iam:PassRole'],
  'ecs:UpdateService': ['ecs:UpdateService', 'iam:PassRole'],
  // CreateDeployment with an AppSpec revision also reads the deployment config and registers the revision (CodeDeploy's
  // ECS blue/green permissions; the official deploy action documents the same three).
  'codedeploy:CreateDeployment': ['codedeploy:CreateDeployment', 'codedeploy:GetDeploymentConfig', 'codedeploy:RegisterApplicationRevision'],
  // A rule's or a schedule's ECS target carries a role that EventBridge assumes: writing it back passes that role.
  'events:PutTargets': ['events:PutTargets', 'iam:PassRole'],
  'scheduler:UpdateSchedule': ['scheduler:UpdateSchedule', 'iam:PassRole'],
  // build-push creates repositories with a created-by tag.
  'ecr:CreateRepository': ['ecr:CreateRepository', 'ecr:TagResource'],
};

/** Permissions a role other than the workflow's needs because of a call (ECS Exec: the task role). */
export const TASK_ROLE_FOR_CALL: Record<string, string[]> = {
  'ecs:ExecuteCommand': ['ssmmessages:CreateControlChannel', 'ssmmessages:CreateDataChannel', 'ssmmessages:OpenControlChannel', 'ssmmessages:OpenDataChannel'],
};

/** Permissions a tool the action runs needs, which no SDK call in the source shows. */
export const BEYOND_THE_SDK: Record<string, Record<string, string>> = {
  'build-push': {
    'ecr:BatchCheckLayerAvailability': 'docker push and docker pull (registry API)',
    'ecr:InitiateLayerUpload': 'docker push (registry API)',
    'ecr:UploadLayerPart': 'docker push (registry API)',
    'ecr:CompleteLayerUpload': 'docker push (registry API)',
    'ecr:PutImage': 'docker push (registry API)',
    'ecr:BatchGetImage': 'docker pull of cache-from images (registry API)',
    'ecr:GetDownloadUrlForLayer': 'docker pull of cache-from images (registry API)',
  },
};

/**
 * Actions the Service Authorization Reference gives no resource type (so only `"*"` works), or, for ListTasks, one
 * Fargate tasks do not have: it is scoped by its ecs:cluster condition instead.
 */
export const STAR_ONLY = new Set([
  'ecr:GetAuthorizationToken', 'ecs:DescribeTaskDefinition', 'ecs:ListTaskDefinitions', 'ecs:DeregisterTaskDefinition', 'ecs:ListTasks',
  'ssmmessages:CreateControlChannel', 'ssmmessages:CreateDataChannel', 'ssmmessages:OpenControlChannel', 'ssmmessages:OpenDataChannel',
]);
const NEEDS_CLUSTER_CONDITION = new Set(['ecs:ListTasks']);

export interface SourceFile { path: string; text: string }
export interface SdkCall {
  /** `<prefix>:<Operation>`, e.g. ecs:RunTask, s3:Upload. */
  operation: string;
  iamActions: string[];
  call: string;
  file: string;
}

/** The action's own sources (tests excluded) and every file they import from elsewhere (actions/common), transitively. */
export function sourceFiles(root: string, action: string): SourceFile[] {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file) || !existsSync(file)) return;
    seen.add(file);
    for (const [, spec] of readFileSync(file, 'utf8').matchAll(/(?:from|import)\s+'(\.{1,2}\/[^']+)'/g)) {
      visit(resolve(dirname(file), (spec as string).replace(/\.js$/, '.ts')));
    }
  };
  const src = join(root, 'actions', action, 'src');
  for (const entry of readdirSync(src, { recursive: true }).map(String)) {
    if (entry.endsWith('.ts') && !entry.endsWith('.test.ts')) visit(join(src, entry));
  }
  return [...seen].sort().map((file) => ({ path: relative(root, file), text: readFileSync(file, 'utf8') }));
}

/** Every SDK command sent (`new XxxCommand(`), paginator run (`paginateXxx(`) and lib-storage Upload in the files. */
export function sdkCalls(files: SourceFile[]): { calls: SdkCall[]; unknown: string[] } {
  const calls: SdkCall[] = [];
  const unknown: string[] = [];
  for (const { path, text } of files) {
    const imported = new Map<string, { name: string; pkg: string }>();
    for (const [, list, pkg] of text.matchAll(/import\s+\{([^}]*)\}\s+from\s+'(@aws-sdk\/[^']+)'/g)) {
      for (const item of (list as string).split(',').map((s) => s.trim()).filter((s) => s && !s.startsWith('type '))) {
        const [name, local] = item.split(/\s+as\s+/);
        imported.set((local ?? name) as string, { name: name as string, pkg: pkg as string });
      }
    }
    // A client loaded on demand (a dynamic import of an SDK package, directly or through a loader a sibling exports)
    // gives its commands no import line: a command not imported by name belongs to the file's one lazy package.
    const lazy = lazyPackages(text, path, files);
    const found = (local: string, operationOf: (name: string) => string | undefined) => {
      const owners = /Command$/.test(local) && !imported.has(local) ? lazy.filter((pkg) => exportsCommand(pkg, local)) : [];
      const source = imported.get(local) ?? (owners.length === 1 ? { name: local, pkg: owners[0] as string } : undefined);
      if (!source && owners.length > 1) unknown.push(`${path}: ${local} may come from any of ${owners.join(', ')}`);
      if (!source) return;
      const op = operationOf(source.name);
      const prefix = SDK_PACKAGES[source.pkg];
      if (!op) return;
      if (!prefix) {
        unknown.push(`${path}: ${source.name} comes from ${source.pkg}, which has no IAM prefix in SDK_PACKAGES`);
        return;
      }
      const operation = `${prefix}:${op}`;
      calls.push({ operation, iamActions: IAM_FOR_CALL[operation] ?? [operation], call: source.name, file: path });
    };
    for (const [, local] of text.matchAll(/\bnew\s+(?:[A-Za-z_$][\w$]*\.)?([A-Za-z_$][\w$]*)\s*\(/g)) {
      found(local as string, (name) => (name.endsWith('Command') ? name.slice(0, -'Command'.length) : name === 'Upload' ? 'Upload' : undefined));
    }
    for (const [, local] of text.matchAll(/\b(paginate[A-Z]\w*|waitUntil[A-Z]\w*)\s*\(/g)) {
      if (local?.startsWith('waitUntil') && imported.has(local)) unknown.push(`${path}: ${local} is a waiter; list the calls it makes in IAM_FOR_CALL`);
      else found(local as string, (name) => name.slice('paginate'.length));
    }
  }
  return { calls, unknown };
}

/** Whether an installed SDK package has that command (its type declarations name one file per command). */
function exportsCommand(pkg: string, command: string): boolean {
  return existsSync(join(process.cwd(), 'node_modules', pkg, 'dist-types', 'commands', `${command}.d.ts`));
}

/** The SDK packages a file loads by dynamic import, itself or through an exported loader function it imports. */
function lazyPackages(text: string, path: string, files: SourceFile[]): string[] {
  const packages = new Set<string>([...text.matchAll(/\bimport\(\s*'(@aws-sdk\/[^']+)'\s*\)/g)].map((m) => m[1] as string));
  for (const [, list, spec] of text.matchAll(/import\s+\{([^}]*)\}\s+from\s+'(\.{1,2}\/[^']+)'/g)) {
    const target = join(dirname(path), (spec as string).replace(/\.js$/, '.ts'));
    const module = files.find((f) => f.path === target);
    if (!module) continue;
    for (const name of (list as string).split(',').map((n) => n.trim().split(/\s+as\s+/)[0]).filter(Boolean)) {
      const loader = new RegExp(`export const ${name}\\s*=\\s*\\(\\)\\s*=>\\s*import\\('(@aws-sdk/[^']+)'\\)`).exec(module.text);
      if (loader) packages.add(loader[1] as string);
    }
  }
  return [...packages];
}

interface Statement { Effect?: string; Action?: string | string[]; Resource?: string | string[]; Condition?: Record<string, Record<string, unknown>> }
interface Policy { Version?: string; Statement?: Statement[] }
const list = (value: string | string[] | undefined) => (value === undefined ? [] : Array.isArray(value) ? value : [value]);

/** The README's "Permissions (IAM)" section and its JSON policies: the first is the workflow's role, the rest other roles. */
export function readmePolicies(readme: string): { section?: string; policies: Policy[]; errors: string[] } {
  const start = readme.search(/^## Permissions \(IAM\)[ \t]*$/m);
  if (start < 0) return { policies: [], errors: [] };
  const rest = readme.slice(start + 1);
  const end = rest.search(/^## /m);
  const section = end < 0 ? rest : rest.slice(0, end);
  const policies: Policy[] = [];
  const errors: string[] = [];
  for (const [, json] of section.matchAll(/```json\n([\s\S]*?)```/g)) {
    try {
      policies.push(JSON.parse(json as string) as Policy);
    } catch (error) {
      errors.push(`a policy is not valid JSON (${(error as Error).message})`);
    }
  }
  return { section, policies, errors };
}

function statementProblems(statement: Statement, where: string): string[] {
  const problems: string[] = [];
  const actions = list(statement.Action);
  const resources = list(statement.Resource);
  if (statement.Effect !== 'Allow') problems.push(`${where}: a statement is not "Effect": "Allow"`);
  for (const action of actions) {
    if (action.includes('*')) problems.push(`${where}: ${action} is a wildcard; list each permission`);
    if (resources.includes('*') && !STAR_ONLY.has(action)) {
      problems.push(`${where}: ${action} is granted on "*"; scope it to an ARN (only actions AWS authorizes on "*" alone may use it)`);
    }
    if (resources.includes('*') && NEEDS_CLUSTER_CONDITION.has(action) && !JSON.stringify(statement.Condition ?? {}).includes('"ecs:cluster"')) {
      problems.push(`${where}: ${action} on "*" needs an ecs:cluster condition`);
    }
    const service = action.split(':')[0];
    const arns = resources.filter((r) => r !== '*');
    if (arns.length > 0 && !arns.some((arn) => arn.startsWith(`arn:aws:${service}:`))) {
      problems.push(`${where}: ${action} is scoped to ${arns.join(', ')}, none of which is a ${service} ARN`);
    }
  }
  if (resources.length === 0) problems.push(`${where}: a statement has no Resource`);
  return problems;
}

const granted = (policies: Policy[]) => new Set(policies.flatMap((p) => (p.Statement ?? []).flatMap((s) => list(s.Action))));

/** Everything wrong with one action's README policy, each naming the action and the permission; empty when it is right. */
export function policyProblems(action: string, readme: string, files: SourceFile[]): string[] {
  const where = `actions/${action}/README.md`;
  const { calls, unknown } = sdkCalls(files);
  const needed = new Map<string, string>();
  const taskRoleNeeds = new Map<string, string>();
  for (const call of calls) {
    for (const permission of call.iamActions) if (!needed.has(permission)) needed.set(permission, `${call.call} in ${call.file}`);
    for (const permission of TASK_ROLE_FOR_CALL[call.operation] ?? []) taskRoleNeeds.set(permission, `ECS Exec: ${call.call} in ${call.file}`);
  }
  for (const [permission, reason] of Object.entries(BEYOND_THE_SDK[action] ?? {})) if (!needed.has(permission)) needed.set(permission, reason);

  const { section, policies, errors } = readmePolicies(readme);
  if (section === undefined) return [...unknown, `${where}: no "## Permissions (IAM)" section`];
  const problems = [...unknown, ...errors.map((e) => `${where}: ${e}`)];
  if (needed.size === 0) {
    if (policies.length > 0) problems.push(`${where}: the action makes no AWS call, yet the section has a policy`);
    return problems;
  }
  if (policies.length === 0) return [...problems, `${where}: the action calls AWS, but the section has no policy JSON`];

  const [caller, ...otherRoles] = policies as [Policy, ...Policy[]];
  for (const [i, policy] of policies.entries()) {
    const label = `${where} (policy ${i + 1})`;
    if (policy.Version !== '2012-10-17') problems.push(`${label}: "Version" must be "2012-10-17"`);
    for (const statement of policy.Statement ?? []) problems.push(...statementProblems(statement, label));
  }
  const callerGrants = granted([caller]);
  for (const [permission, reason] of needed) {
    if (!callerGrants.has(permission)) problems.push(`${where}: the policy lacks ${permission} (${reason})`);
  }
  for (const permission of callerGrants) {
    if (!needed.has(permission)) problems.push(`${where}: the policy grants ${permission}, which no call of ${action} needs`);
  }
  const otherGrants = granted(otherRoles);
  for (const [permission, reason] of taskRoleNeeds) {
    if (!otherGrants.has(permission)) problems.push(`${where}: the task role policy lacks ${permission} (${reason})`);
  }
  for (const permission of otherGrants) {
    if (!taskRoleNeeds.has(permission)) problems.push(`${where}: a second policy grants ${permission}, which no call of ${action} makes a task role need`);
  }
  return problems;
}
