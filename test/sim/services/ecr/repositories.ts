import type { RequestContext } from '../../core/service-module.js';
import { enumValidation, invalidParameter, lifecyclePolicyNotFound, repositoryAlreadyExists, repositoryNotFound } from './errors.js';

type Json = Record<string, unknown>;

export const TAG_MUTABILITIES = ['MUTABLE', 'IMMUTABLE'] as const;
export type TagMutability = (typeof TAG_MUTABILITIES)[number];

export interface EcrRepository {
  name: string;
  createdAt: number;
  imageTagMutability: TagMutability;
  scanOnPush: boolean;
  encryptionType: string;
  kmsKey?: string;
  lifecyclePolicy?: { text: string; setAt: number };
  /** First sim time the simulator saw each digest in this repository: ECR's imagePushedAt. */
  pushedAt: Map<string, number>;
}

export interface EcrState {
  region: string;
  accountId: string;
  /** host:port of the registry, or ECR's own host name when the simulator has none. */
  registryHost: string;
  repositories: Map<string, EcrRepository>;
}

// The CreateRepository API reference's pattern for repositoryName.
const REPOSITORY_NAME = /^(?:[a-z0-9]+(?:[._-][a-z0-9]+)*\/)*[a-z0-9]+(?:[._-][a-z0-9]+)*$/;

export function repositoryView(state: EcrState, repo: EcrRepository): Json {
  return {
    repositoryArn: `arn:aws:ecr:${state.region}:${state.accountId}:repository/${repo.name}`,
    registryId: state.accountId,
    repositoryName: repo.name,
    repositoryUri: `${state.registryHost}/${repo.name}`,
    createdAt: new Date(repo.createdAt),
    imageTagMutability: repo.imageTagMutability,
    imageScanningConfiguration: { scanOnPush: repo.scanOnPush },
    encryptionConfiguration: { encryptionType: repo.encryptionType, ...(repo.kmsKey ? { kmsKey: repo.kmsKey } : {}) },
  };
}

export function requireRepository(state: EcrState, input: Json): EcrRepository {
  const name = requireName(input);
  const repo = state.repositories.get(name);
  if (!repo) throw repositoryNotFound(name, state.accountId);
  return repo;
}

function requireName(input: Json): string {
  const name = input.repositoryName;
  if (typeof name !== 'string' || name === '') {
    // Not confirmed: the SDK refuses a missing required member before sending.
    throw invalidParameter("1 validation error detected: Value null at 'repositoryName' failed to satisfy constraint: Member must not be null");
  }
  return name;
}

function mutabilityOf(value: unknown): TagMutability {
  if (value === undefined) return 'MUTABLE';
  if (!TAG_MUTABILITIES.includes(value as TagMutability)) throw enumValidation(value, 'imageTagMutability', TAG_MUTABILITIES);
  return value as TagMutability;
}

export function createRepository(state: EcrState, input: Json, ctx: RequestContext): Json {
  const name = requireName(input);
  if (name.length < 2 || name.length > 256 || !REPOSITORY_NAME.test(name)) {
    // Not confirmed.
    throw invalidParameter(`Invalid parameter at 'repositoryName' failed to satisfy constraint: 'must satisfy regular expression '${REPOSITORY_NAME.source.slice(1, -1)}''`);
  }
  if (state.repositories.has(name)) throw repositoryAlreadyExists(name, state.accountId);
  const scanning = input.imageScanningConfiguration as { scanOnPush?: boolean } | undefined;
  const encryption = input.encryptionConfiguration as { encryptionType?: string; kmsKey?: string } | undefined;
  const repo: EcrRepository = {
    name,
    createdAt: ctx.now,
    imageTagMutability: mutabilityOf(input.imageTagMutability),
    scanOnPush: scanning?.scanOnPush === true,
    encryptionType: encryption?.encryptionType ?? 'AES256',
    kmsKey: encryption?.kmsKey,
    pushedAt: new Map(),
  };
  state.repositories.set(name, repo);
  return { repository: repositoryView(state, repo) };
}

export function describeRepositories(state: EcrState, input: Json): Json {
  const names = input.repositoryNames as string[] | undefined;
  if (names !== undefined) {
    if (input.nextToken !== undefined || input.maxResults !== undefined) {
      // Not confirmed.
      throw invalidParameter('Cannot specify repositoryNames together with maxResults or nextToken');
    }
    return { repositories: names.map((name) => repositoryView(state, requireRepository(state, { repositoryName: name }))) };
  }
  const all = [...state.repositories.values()];
  const page = paginate(all, input, 1000);
  return { repositories: page.items.map((repo) => repositoryView(state, repo)), ...(page.nextToken ? { nextToken: page.nextToken } : {}) };
}

export function putLifecyclePolicy(state: EcrState, input: Json, ctx: RequestContext): Json {
  const repo = requireRepository(state, input);
  const text = input.lifecyclePolicyText;
  let rules: unknown;
  try {
    rules = typeof text === 'string' ? (JSON.parse(text) as { rules?: unknown }).rules : undefined;
  } catch {
    rules = undefined;
  }
  if (typeof text !== 'string' || !Array.isArray(rules) || rules.length === 0) {
    // Not confirmed: ECR validates every rule; the simulator only checks the document's outline.
    throw invalidParameter("Invalid parameter at 'LifecyclePolicyText' failed to satisfy constraint: 'Lifecycle policy validation failure: object has missing required properties ([\"rules\"])'");
  }
  repo.lifecyclePolicy = { text, setAt: ctx.now };
  return { registryId: state.accountId, repositoryName: repo.name, lifecyclePolicyText: text };
}

export function getLifecyclePolicy(state: EcrState, input: Json): Json {
  const repo = requireRepository(state, input);
  if (!repo.lifecyclePolicy) throw lifecyclePolicyNotFound(repo.name, state.accountId);
  return {
    registryId: state.accountId,
    repositoryName: repo.name,
    lifecyclePolicyText: repo.lifecyclePolicy.text,
    // The simulator never runs the policy; reporting the time it was set is not confirmed ECR behaviour.
    lastEvaluatedAt: new Date(repo.lifecyclePolicy.setAt),
  };
}

export function putImageTagMutability(state: EcrState, input: Json): Json {
  const repo = requireRepository(state, input);
  if (input.imageTagMutability === undefined) throw enumValidation(undefined, 'imageTagMutability', TAG_MUTABILITIES);
  repo.imageTagMutability = mutabilityOf(input.imageTagMutability);
  return { registryId: state.accountId, repositoryName: repo.name, imageTagMutability: repo.imageTagMutability };
}

export function putImageScanningConfiguration(state: EcrState, input: Json): Json {
  const repo = requireRepository(state, input);
  const scanning = input.imageScanningConfiguration as { scanOnPush?: boolean } | undefined;
  repo.scanOnPush = scanning?.scanOnPush === true;
  return { registryId: state.accountId, repositoryName: repo.name, imageScanningConfiguration: { scanOnPush: repo.scanOnPush } };
}

/** Opaque offset tokens over a list that only grows at the end between calls. */
export function paginate<T>(items: T[], input: Json, max: number): { items: T[]; nextToken?: string } {
  const maxResults = input.maxResults === undefined ? max : Number(input.maxResults);
  if (!Number.isInteger(maxResults) || maxResults < 1 || maxResults > max) {
    // Not confirmed.
    throw invalidParameter(`1 validation error detected: Value '${String(input.maxResults)}' at 'maxResults' failed to satisfy constraint: Member must have value between 1 and ${max}`);
  }
  let offset = 0;
  if (input.nextToken !== undefined) {
    const match = /^o:(\d+)$/.exec(Buffer.from(String(input.nextToken), 'base64url').toString('utf8'));
    // Not confirmed.
    if (!match) throw invalidParameter('Invalid parameter at \'nextToken\' failed to satisfy constraint: \'Invalid pagination token\'');
    offset = Number(match[1]);
  }
  const page = items.slice(offset, offset + maxResults);
  const next = offset + maxResults;
  return { items: page, ...(next < items.length ? { nextToken: Buffer.from(`o:${next}`, 'utf8').toString('base64url') } : {}) };
}
