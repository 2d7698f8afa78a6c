import { clientException, invalidParameter } from '../../core/errors.js';
import type { RequestContext } from '../../core/service-module.js';
import { ecsArn, toDate, type EcsState, type Json, type TaskDefinitionRecord } from './model.js';
import { validateTaskDefinition } from './task-definition-validation.js';

export function registerTaskDefinition(state: EcsState, input: Json, ctx: RequestContext): Json {
  const valid = validateTaskDefinition(input);
  const revisions = state.taskDefinitions.get(valid.family) ?? [];
  // Revisions keep counting up even after earlier ones are deregistered.
  const revision = revisions.length + 1;
  const record: TaskDefinitionRecord = {
    arn: ecsArn(state, `task-definition/${valid.family}:${revision}`),
    family: valid.family,
    revision,
    status: 'ACTIVE',
    registeredAt: ctx.now,
    registeredBy: callerArn(state, ctx),
    body: valid.body,
    cpu: valid.cpu,
    memory: valid.memory,
    tags: valid.tags,
  };
  revisions.push(record);
  state.taskDefinitions.set(valid.family, revisions);
  const out: Json = { taskDefinition: taskDefinitionView(record) };
  if (record.tags.length > 0) out.tags = record.tags;
  return out;
}

export function describeTaskDefinition(state: EcsState, input: Json): Json {
  const record = resolveTaskDefinition(state, stringInput(input.taskDefinition));
  if (!record) throw clientException('Unable to describe task definition.');
  const out: Json = { taskDefinition: taskDefinitionView(record) };
  if (Array.isArray(input.include) && input.include.includes('TAGS')) out.tags = record.tags;
  return out;
}

export function deregisterTaskDefinition(state: EcsState, input: Json, ctx: RequestContext): Json {
  const ref = stringInput(input.taskDefinition);
  // A bare family is refused: ECS will not pick a revision to deregister (message not confirmed).
  if (!ref.includes(':')) throw clientException('Revision must be specified.');
  const record = resolveTaskDefinition(state, ref);
  // Message not confirmed against AWS.
  if (!record) throw clientException('The specified task definition does not exist.');
  if (record.status === 'ACTIVE') {
    record.status = 'INACTIVE';
    record.deregisteredAt = ctx.now;
  }
  return { taskDefinition: taskDefinitionView(record) };
}

export function listTaskDefinitions(state: EcsState, input: Json): Json {
  const status = input.status === undefined ? 'ACTIVE' : input.status;
  const prefix = typeof input.familyPrefix === 'string' ? input.familyPrefix : undefined;
  let arns = [...state.taskDefinitions.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .flatMap(([, revisions]) => revisions)
    .filter((td) => td.status === status && (prefix === undefined || td.family === prefix))
    .map((td) => td.arn);
  if (input.sort === 'DESC') arns = arns.reverse();
  return paginate(arns, input, 'taskDefinitionArns', 100);
}

/** Family, family:revision or full ARN; a bare family means its latest ACTIVE revision. */
export function resolveTaskDefinition(state: EcsState, ref: string): TaskDefinitionRecord | undefined {
  const spec = ref.startsWith('arn:') ? ref.slice(ref.indexOf('task-definition/') + 'task-definition/'.length) : ref;
  if (ref.startsWith('arn:') && !ref.includes(':task-definition/')) return undefined;
  const [family, revisionText] = spec.split(':');
  const revisions = state.taskDefinitions.get(family ?? '');
  if (!revisions) return undefined;
  if (revisionText === undefined) return [...revisions].reverse().find((td) => td.status === 'ACTIVE');
  const revision = Number(revisionText);
  return Number.isInteger(revision) ? revisions[revision - 1] : undefined;
}

export function taskDefinitionView(record: TaskDefinitionRecord): Json {
  return {
    taskDefinitionArn: record.arn,
    family: record.family,
    revision: record.revision,
    status: record.status,
    ...record.body,
    registeredAt: toDate(record.registeredAt),
    deregisteredAt: toDate(record.deregisteredAt),
    registeredBy: record.registeredBy,
  };
}

export function callerArn(state: EcsState, _ctx: RequestContext): string {
  return `arn:aws:iam::${state.accountId}:root`;
}

export function stringInput(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

/** ECS list pagination: opaque nextToken (here: base64 offset) and maxResults capped at `max`. */
export function paginate(items: string[], input: Json, key: string, max: number): Json {
  const limit = input.maxResults === undefined ? max : Number(input.maxResults);
  if (!Number.isInteger(limit) || limit < 1 || limit > max) {
    throw invalidParameter(`maxResults must be between 1 and ${max}.`);
  }
  let offset = 0;
  if (typeof input.nextToken === 'string') {
    offset = Number(Buffer.from(input.nextToken, 'base64').toString('utf8'));
    if (!Number.isInteger(offset) || offset < 0) throw invalidParameter('Invalid nextToken.');
  }
  const page = items.slice(offset, offset + limit);
  const out: Json = { [key]: page };
  if (offset + limit < items.length) out.nextToken = Buffer.from(String(offset + limit), 'utf8').toString('base64');
  return out;
}
