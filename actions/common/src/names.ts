import { ConfigurationError } from './errors.js';

/**
 * AWS and OCI naming rules, checked before any call so that a newline, a path or a 100k-character value is an input
 * error, not a registered revision or an UpdateService call. Messages quote the value only as far as it is safe and
 * short (see `quoted`).
 */

// A value with any of these is shown as a JSON string (`"a\nb"`), so it reads unambiguously and stays on one line.
// eslint-disable-next-line no-control-regex -- control characters are exactly what must not reach a message raw
const NEEDS_ESCAPES = /[\u0000-\u001f\u007f-\u009f\u2028\u2029'"\\]/;
// JSON.stringify leaves these as they are; they are line or paragraph breaks in some readers.
const NOT_ESCAPED_BY_JSON = /[\u007f-\u009f\u2028\u2029]/g;

/**
 * A value (an input, a file name, an object key) as a message shows it, in full: in single quotes when it holds
 * nothing special, else as a JSON string with every control character escaped, so a line break in it cannot split an
 * annotation or a summary row, nor read as a line of our own.
 */
export function quotedInFull(value: string): string {
  if (!NEEDS_ESCAPES.test(value)) return `'${value}'`;
  return JSON.stringify(value).replace(NOT_ESCAPED_BY_JSON, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** A value quoted for an error message as `quotedInFull` shows it, cut to its first 80 characters. */
export function quoted(value: string): string {
  if (value.length <= 80) return quotedInFull(value);
  return `${quotedInFull(value.slice(0, 80))}… (${value.length} characters)`;
}

// ECS names (clusters, services, containers, task definition families): up to 255 letters, digits, hyphens and
// underscores (CreateCluster, CreateService, ContainerDefinition.name, RegisterTaskDefinition.family API references).
const ECS_NAME = /^[A-Za-z0-9_-]{1,255}$/;
const PARTITION_REGION_ACCOUNT = 'arn:aws[a-z-]*:ecs:[a-z]{2}(?:-[a-z]+)+-\\d+:\\d{12}';
const CLUSTER_ARN = new RegExp(`^${PARTITION_REGION_ACCOUNT}:cluster/[A-Za-z0-9_-]{1,255}$`);
// Services have a short ARN form (service/name) and the long one that names the cluster (service/cluster/name).
const SERVICE_ARN = new RegExp(`^${PARTITION_REGION_ACCOUNT}:service/(?:[A-Za-z0-9_-]{1,255}/)?[A-Za-z0-9_-]{1,255}$`);

export type EcsNameKind = 'cluster' | 'service' | 'container' | 'family';

const KIND_TEXT: Record<EcsNameKind, string> = {
  cluster: 'an ECS cluster name (up to 255 letters, digits, hyphens and underscores) or a cluster ARN',
  service: 'an ECS service name (up to 255 letters, digits, hyphens and underscores) or a service ARN',
  container: 'a container name (up to 255 letters, digits, hyphens and underscores)',
  family: 'a task definition family (up to 255 letters, digits, hyphens and underscores)',
};

/** Checks an ECS name, or for clusters and services also an ARN; returns it unchanged. */
export function checkEcsName(input: string, kind: EcsNameKind, value: string): string {
  const arn = kind === 'cluster' ? CLUSTER_ARN : kind === 'service' ? SERVICE_ARN : undefined;
  if (ECS_NAME.test(value) || arn?.test(value)) return value;
  throw new ConfigurationError(input, `expected ${KIND_TEXT[kind]}, got ${quoted(value)}`);
}

// The OCI distribution reference grammar (distribution/reference): an optional registry host[:port], a path of
// lower-case components separated by `/`, then `:tag` and/or `@algorithm:hex`.
const DOMAIN_COMPONENT = '(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])';
const DOMAIN = `(?:${DOMAIN_COMPONENT}(?:\\.${DOMAIN_COMPONENT})*|\\[[0-9a-fA-F:]+\\])(?::[0-9]+)?`;
const PATH_COMPONENT = '[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*';
const TAG = '[\\w][\\w.-]{0,127}';
const DIGEST = '[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*:[0-9a-fA-F]{32,}';
const REFERENCE = new RegExp(`^(?:(${DOMAIN})/)?(${PATH_COMPONENT}(?:/${PATH_COMPONENT})*)(?::(${TAG}))?(?:@(${DIGEST}))?$`);

export interface ImageReference {
  /** Registry host[:port], when the first component names one (has a `.` or `:`, or is `localhost`). */
  registry?: string;
  repository: string;
  tag?: string;
  digest?: string;
}

/** Parses an image reference by the OCI rules, or returns undefined. A sha256 digest must have 64 hex digits. */
export function parseImageReference(value: string): ImageReference | undefined {
  if (value.length > 512) return undefined;
  const match = REFERENCE.exec(value);
  if (!match) return undefined;
  const [, , , tag, digest] = match;
  let [, registry, repository] = match;
  // Without a `.`, `:` or `localhost`, the first component is a path component of Docker Hub, not a host.
  if (registry && !/[.:[]/.test(registry) && registry !== 'localhost') {
    if (!new RegExp(`^${PATH_COMPONENT}$`).test(registry)) return undefined;
    repository = `${registry}/${repository}`;
    registry = undefined;
  }
  if (repository!.length > 255) return undefined;
  if (digest?.startsWith('sha256:') && !/^sha256:[0-9a-f]{64}$/.test(digest)) return undefined;
  return { registry, repository: repository!, tag, digest };
}

/** Checks an image reference; returns it unchanged. */
export function checkImageReference(input: string, value: string): string {
  if (parseImageReference(value)) return value;
  throw new ConfigurationError(
    input,
    `expected an image reference such as 123456789012.dkr.ecr.us-east-1.amazonaws.com/api:1.2.3 or …/api@sha256:<64 hex digits> (lower-case repository), got ${quoted(value)}`,
  );
}
