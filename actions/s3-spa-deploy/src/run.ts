import { createHash } from 'node:crypto';
import pLimit from 'p-limit';
import { backoffDelay, retry } from '../../common/src/backoff.js';
import type { Clock } from '../../common/src/clock.js';
import { withStep } from '../../common/src/errors.js';
import type { Logger } from '../../common/src/logger.js';
import type { CloudFrontApi, S3Api } from './aws.js';
import { type ScanOptions, type ScanResult, skippedWarning } from './files.js';
import type { Inputs } from './inputs.js';
import { planInvalidation } from './invalidation.js';
import { isSameRelease, type KnownObject, type Manifest, nextManifest, objectsToHead, type Plan, type PlannedUpload, planDeploy, type RemoteObject } from './plan.js';
import { describeStop } from './outcome.js';
import { planLines } from './report.js';
import { uploadPhases } from './upload.js';
import { NO_CACHE } from './rules.js';

/** Where each deploy's file list is kept, so the next one knows hashes, headers and which assets are recent. */
export const MANIFEST_KEY = '.s3-spa-deploy/manifest.json';

export interface DeployReport {
  dryRun: boolean;
  uploaded: PlannedUpload[];
  unchanged: number;
  deleted: string[];
  kept: number;
  bytesUploaded: number;
  invalidationId: string;
  invalidatedPaths: string[];
  durationMs: number;
  plan: Plan;
  warnings: string[];
}

export interface Deps {
  s3: S3Api;
  cloudfront?: CloudFrontApi;
  scan: (dir: string, options: ScanOptions) => Promise<ScanResult>;
  clock: Clock;
  logger: Logger;
  random: () => number;
  /** The runner's cancel (SIGINT/SIGTERM). */
  signal?: AbortSignal;
}

export class DeployError extends Error {}

async function readManifest(inputs: Inputs, deps: Deps): Promise<Manifest | undefined> {
  const text = await deps.s3.getText(inputs.prefix + MANIFEST_KEY);
  if (!text) return undefined;
  try {
    const parsed = JSON.parse(text) as Manifest;
    if (parsed.version === 1 && Array.isArray(parsed.deploys)) return parsed;
  } catch {
    // fall through: an unreadable manifest costs one full comparison by HeadObject, not a failed deploy
  }
  deps.logger.warning(`${inputs.prefix + MANIFEST_KEY} is not a manifest this action wrote; comparing objects one by one`);
  return undefined;
}

async function invalidate(inputs: Inputs, paths: string[], deps: Deps, deadline: number): Promise<string> {
  const cloudfront = deps.cloudfront as CloudFrontApi;
  const distributionId = inputs.distributionId as string;
  // Same run attempt and paths → same reference: a retried call returns the invalidation already made.
  const callerReference = `s3-spa-deploy-${inputs.runToken}-${createHash('sha256').update(paths.join('\n')).digest('hex').slice(0, 16)}`;
  try {
    return await retry(() => cloudfront.createInvalidation(distributionId, paths, callerReference), {
      policy: { initialMs: 5000, maxMs: 60_000, factor: 2 }, clock: deps.clock, random: deps.random, deadline,
      retryable: (error) => (error as Error).name === 'TooManyInvalidationsInProgress',
      beforeRetry: (_error, _attempt, wait) => {
        deps.logger.info(`CloudFront has too many invalidations in progress on ${distributionId}; retrying in ${Math.round(wait / 1000)} s`);
        return undefined;
      },
    });
  } catch (error) {
    throw withStep(`Could not invalidate ${paths.length} path(s) on ${distributionId}`, error);
  }
}

async function waitForInvalidation(inputs: Inputs, id: string, deps: Deps, deadline: number): Promise<void> {
  const cloudfront = deps.cloudfront as CloudFrontApi;
  for (let attempt = 1; ; attempt++) {
    const status = await cloudfront.invalidationStatus(inputs.distributionId as string, id);
    if (status === 'Completed') return;
    if (deps.clock.now() >= deadline) throw new DeployError(`invalidation ${id} is still ${status} after the timeout`);
    await deps.clock.sleep(Math.min(deadline - deps.clock.now(), backoffDelay(attempt, { initialMs: 5000, maxMs: 20_000, factor: 1.5 }, deps.random)));
  }
}

export async function run(inputs: Inputs, deps: Deps): Promise<DeployReport> {
  const started = deps.clock.now();
  const deadline = started + inputs.timeoutMs;
  const { files: local, skipped } = await deps.scan(inputs.source, { exclude: inputs.exclude, concurrency: inputs.concurrency, symlinks: inputs.symlinks });
  if (local.length === 0) throw new DeployError(`source '${inputs.source}' has no files to deploy`);
  const warnings: string[] = [];
  if (skipped.length > 0) warnings.push(skippedWarning(skipped));
  if (!local.some((f) => f.key === 'index.html')) warnings.push(`source '${inputs.source}' has no index.html at its top`);
  const remoteList = (await deps.s3.list(inputs.prefix).catch((error: unknown) => {
    throw withStep(`Could not list s3://${inputs.bucket}/${inputs.prefix}`, error);
  })).filter((o) => o.key !== inputs.prefix + MANIFEST_KEY);
  const remote = new Map<string, RemoteObject>(remoteList.map((o) => [o.key.slice(inputs.prefix.length), { ...o, key: o.key.slice(inputs.prefix.length) }]));
  const manifest = await readManifest(inputs, deps);
  const heads = new Map<string, KnownObject>();
  const limit = pLimit(inputs.concurrency);
  await Promise.all(objectsToHead(local, remote, manifest).map((key) => limit(async () => {
    const known = await deps.s3.head(inputs.prefix + key);
    if (known) heads.set(key, known);
  })));
  const plan = planDeploy(local, remote, manifest, heads, inputs);
  const uploads = plan.phases.flat();
  const report: DeployReport = {
    dryRun: inputs.dryRun, uploaded: uploads, unchanged: plan.unchanged.length, deleted: plan.deletes, kept: plan.kept.length,
    bytesUploaded: uploads.reduce((sum, u) => sum + u.file.size, 0), invalidationId: '', invalidatedPaths: [], durationMs: 0, plan, warnings,
  };
  const changed = [...uploads.map((u) => u.file.key), ...plan.deletes];
  const paths = inputs.distributionId ? planInvalidation(changed, inputs.invalidate, inputs.maxInvalidationPaths) : [];
  report.invalidatedPaths = paths;
  // The plan goes to the log before anything changes, so a failed upload still shows what was intended.
  deps.logger.info(`Plan: ${uploads.length} upload(s), ${plan.unchanged.length} unchanged, ${plan.deletes.length} delete(s), ${plan.kept.length} kept`);
  for (const line of planLines(report)) deps.logger.info(`  ${line}`);
  if (paths.length > 0) deps.logger.info(`  invalidate ${paths.join(' ')}`);
  if (inputs.dryRun) return { ...report, durationMs: deps.clock.now() - started };

  const etags = new Map<string, string>();
  const stopped = await uploadPhases(plan, { s3: deps.s3, prefix: inputs.prefix, concurrency: inputs.concurrency, logger: deps.logger, signal: deps.signal }, etags);
  if (stopped) {
    const { message, details } = describeStop(plan, stopped);
    for (const line of details) deps.logger.info(line);
    throw new DeployError(message);
  }
  const files: Record<string, KnownObject> = {};
  const uploadByKey = new Map(uploads.map((u) => [u.file.key, u]));
  for (const f of local) {
    const upload = uploadByKey.get(f.key);
    const headers = upload?.headers ?? (manifest?.deploys[0]?.files[f.key] ?? heads.get(f.key)) as KnownObject;
    files[f.key] = { md5: f.md5, etag: etags.get(f.key) ?? remote.get(f.key)?.etag ?? '', contentType: headers.contentType, cacheControl: headers.cacheControl, contentEncoding: headers.contentEncoding };
  }
  const at = new Date(deps.clock.now()).toISOString();
  // The same release again replaces its own entry, so the history still reaches the release before it.
  const latest = manifest?.deploys[0];
  const history = manifest && latest && isSameRelease(latest, local) ? { ...manifest, deploys: manifest.deploys.slice(1) } : manifest;
  await deps.s3.putText(inputs.prefix + MANIFEST_KEY, JSON.stringify(nextManifest(history, { id: inputs.runToken, at, files }, inputs.keepOldAssets)), { contentType: 'application/json', cacheControl: NO_CACHE });

  if (paths.length > 0) {
    report.invalidationId = await invalidate(inputs, paths, deps, deadline);
    deps.logger.info(`Invalidation ${report.invalidationId}: ${paths.join(' ')}`);
    if (inputs.waitForInvalidation) await waitForInvalidation(inputs, report.invalidationId, deps, deadline);
  }
  if (plan.deletes.length > 0) {
    const failed = await deps.s3.delete(plan.deletes.map((key) => inputs.prefix + key));
    if (failed.length) warnings.push(`${failed.length} stale object(s) could not be deleted: ${failed.slice(0, 5).join('; ')}`);
  }
  return { ...report, durationMs: deps.clock.now() - started };
}
