import { retry, type BackoffPolicy } from '../../common/src/backoff.js';
import type { Clock } from '../../common/src/clock.js';
import { truncate } from '../../common/src/summary.js';
import type { Logger } from '../../common/src/logger.js';
import type { EcrApi } from './aws.js';
import { isTransientDockerFailure, parsePushOutput, pushArgv, type PushResult } from './docker-args.js';
import type { DockerCli } from './docker.js';

/** Registry hiccups clear in seconds; a few tries over ~15 s, not minutes of a job spent on a dead registry. */
export const PUSH_BACKOFF: BackoffPolicy = { initialMs: 2_000, maxMs: 10_000, factor: 2 };

export class DockerCommandError extends Error {
  constructor(readonly what: string, readonly code: number, readonly stderr: string) {
    super(`${what} failed (exit ${code}): ${truncate(lastLines(stderr, 6), 1_500)}`);
    this.name = 'DockerCommandError';
  }
}

export const lastLines = (text: string, n: number): string => text.trim().split(/\r?\n/).slice(-n).join('\n');

export interface PushDeps {
  docker: DockerCli;
  ecr: EcrApi;
  clock: Clock;
  logger: Logger;
  random: () => number;
}

export interface PushedTags {
  digest: string;
  results: PushResult[];
  /** docker push runs over all tags, first ones included. */
  attempts: number;
  /** The image's size as ECR reports it (from the check of the first tag). */
  sizeBytes?: number;
}

/** Pushes one reference, retrying transient registry failures; the digest docker printed is returned. */
export async function pushReference(reference: string, attempts: number, deps: PushDeps): Promise<PushResult & { attempts: number }> {
  let used = 0;
  const result = await retry(async (n) => {
    used = n;
    const out = await deps.docker.run(pushArgv(reference), { echo: true });
    if (out.code !== 0) throw new DockerCommandError(`docker push ${reference}`, out.code, out.stderr || out.stdout);
    const parsed = parsePushOutput(out.stdout);
    if (!parsed) throw new Error(`docker push ${reference} succeeded but printed no "digest: sha256:… size: N" line`);
    return parsed;
  }, {
    policy: PUSH_BACKOFF, clock: deps.clock, random: deps.random, attempts,
    retryable: (error) => error instanceof DockerCommandError && isTransientDockerFailure(error.stderr),
    beforeRetry: (error, n, waitMs) => {
      deps.logger.warning(`Push of ${reference} failed (attempt ${n} of ${attempts}), retrying in ${Math.round(waitMs / 100) / 10}s: ${lastLines((error as DockerCommandError).stderr, 1)}`);
      return undefined;
    },
  });
  return { ...result, attempts: used };
}

/**
 * Pushes every reference, then asks the registry (through ECR) what each tag holds: the digest output is a
 * promise to deploy exactly that image, so what docker printed must be what the registry serves.
 */
export async function pushAll(repository: string, references: readonly string[], attempts: number, deps: PushDeps): Promise<PushedTags> {
  const results: PushResult[] = [];
  let total = 0;
  for (const reference of references) {
    const pushed = await pushReference(reference, attempts, deps);
    total += pushed.attempts;
    results.push({ tag: pushed.tag, digest: pushed.digest, size: pushed.size });
  }
  const digests = new Set(results.map((r) => r.digest));
  if (digests.size !== 1) {
    throw new Error(`docker push reported different digests for the tags of one build: ${results.map((r) => `${r.tag}=${r.digest}`).join(', ')}`);
  }
  const digest = results[0]?.digest as string;
  let sizeBytes: number | undefined;
  for (const { tag } of results) {
    const held = await deps.ecr.describeTag(repository, tag);
    if (held?.digest !== digest) {
      throw new Error(`The registry holds ${held ? held.digest : 'nothing'} for ${repository}:${tag}, but docker push reported ${digest}`);
    }
    sizeBytes ??= held.sizeBytes;
  }
  return { digest, results, attempts: total, sizeBytes };
}
