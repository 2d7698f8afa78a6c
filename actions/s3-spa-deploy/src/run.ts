import pLimit from 'p-limit';
import type { Clock } from '../../common/src/clock.js';
import { withStep } from '../../common/src/errors.js';
import type { Logger } from '../../common/src/logger.js';
import type { S3Api } from './aws.js';
import type { CloudFrontApi } from './cloudfront.js';
import { type CdnContext, invalidate, waitForInvalidation } from './cdn.js';
import { showKey } from './display.js';
import { type ScanOptions, type ScanResult, skippedWarning } from './files.js';
import type { Inputs } from './inputs.js';
import { planInvalidation } from './invalidation.js';
import { CANCELLED_BEFORE_CHANGES, describeCancelAfterUploads, describeStop, type UploadProgress } from './outcome.js';
import { isSameRelease, type KnownObject, type Manifest, nextManifest, objectsToHead, type Plan, type PlannedUpload, planDeploy, type RemoteObject } from './plan.js';
import { type DeployReport, planLines } from './report.js';
import { NO_CACHE } from './rules.js';
import { uploadPhases } from './upload.js';

/** Where each deploy's file list is kept, so the next one knows hashes, headers and which assets are recent. */
export const MANIFEST_KEY = '.s3-spa-deploy/manifest.json';

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

/** What the bucket holds and what this deploy will change: reads only, so a cancel here leaves everything as it was. */
async function prepare(inputs: Inputs, deps: Deps) {
  const { files: local, skipped } = await deps.scan(inputs.source, { exclude: inputs.exclude, concurrency: inputs.concurrency, symlinks: inputs.symlinks, signal: deps.signal });
  if (local.length === 0) throw new DeployError(`source ${showKey(inputs.source)} has no files to deploy`);
  const warnings: string[] = [];
  // Printed as they arise (a deploy that fails later still shows them), and kept for the summary.
  const warn = (warning: string) => {
    warnings.push(warning);
    deps.logger.warning(warning);
  };
  if (skipped.length > 0) warn(skippedWarning(skipped));
  if (!local.some((f) => f.key === 'index.html')) warn(`source ${showKey(inputs.source)} has no index.html at its top`);
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
  return { local, remote, manifest, heads, warnings, warn, plan: planDeploy(local, remote, manifest, heads, inputs) };
}

type Prepared = Awaited<ReturnType<typeof prepare>>;

/** The manifest after this deploy: every file with the ETag the bucket now has and its headers. */
function manifestText(inputs: Inputs, deps: Deps, prepared: Prepared, uploads: PlannedUpload[], etags: Map<string, string>): string {
  const { local, remote, manifest, heads } = prepared;
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
  return JSON.stringify(nextManifest(history, { id: inputs.runToken, at, files }, inputs.keepOldAssets));
}

/**
 * After a cancel cut uploads off: whether each interrupted page or fixed-name file now holds the new content (a
 * HeadObject within the cancel's deadline). Content-addressed assets are not asked about: no live page loads them.
 */
async function checkInterrupted(plan: Plan, stopped: UploadProgress, inputs: Inputs, s3: S3Api): Promise<UploadProgress> {
  const final = new Map([...plan.phases[1], ...plan.phases[2]].map((u) => [u.file.key, u]));
  const interrupted = await Promise.all(stopped.interrupted.map(async (cut) => {
    const upload = final.get(cut.key);
    if (!upload) return cut;
    const found = await s3.headAfterCancel(inputs.prefix + cut.key).catch(() => 'unknown' as const);
    if (found === 'unknown') return cut;
    const landed = found?.md5 === upload.file.md5 && found.cacheControl === upload.headers.cacheControl && found.contentType === upload.headers.contentType;
    return { ...cut, landed };
  }));
  return { ...stopped, interrupted };
}

export async function run(inputs: Inputs, deps: Deps): Promise<DeployReport> {
  const started = deps.clock.now();
  const deadline = started + inputs.timeoutMs;
  const cancelled = () => deps.signal?.aborted === true;
  const prepared = await prepare(inputs, deps).catch((error: unknown) => {
    throw cancelled() ? new DeployError(CANCELLED_BEFORE_CHANGES) : error;
  });
  if (cancelled()) throw new DeployError(CANCELLED_BEFORE_CHANGES);
  const { plan, warnings, warn } = prepared;
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
    // Act first (the uploads in flight are already aborted), then find out what is live, then explain.
    const { message, details } = describeStop(plan, stopped.cancelled ? await checkInterrupted(plan, stopped, inputs, deps.s3) : stopped);
    for (const line of details) deps.logger.info(line);
    throw new DeployError(message);
  }

  const cdn: CdnContext | undefined = deps.cloudfront && inputs.distributionId
    ? { cloudfront: deps.cloudfront, distributionId: inputs.distributionId, runToken: inputs.runToken, clock: deps.clock, random: deps.random, logger: deps.logger, signal: deps.signal }
    : undefined;
  const steps: Array<[string, () => Promise<void>]> = [
    ['writing the manifest', () => deps.s3.putText(inputs.prefix + MANIFEST_KEY, manifestText(inputs, deps, prepared, uploads, etags), { contentType: 'application/json', cacheControl: NO_CACHE })],
  ];
  if (cdn && paths.length > 0) {
    steps.push([`invalidating ${paths.length} path(s) on ${cdn.distributionId}`, async () => {
      report.invalidationId = await invalidate(cdn, paths, deadline);
      deps.logger.info(`Invalidation ${report.invalidationId}: ${paths.join(' ')}`);
    }]);
    if (inputs.waitForInvalidation) steps.push(['waiting for the invalidation to complete', () => waitForInvalidation(cdn, report.invalidationId, deadline)]);
  }
  if (plan.deletes.length > 0) {
    steps.push([`deleting ${plan.deletes.length} stale object(s)`, async () => {
      const failed = await deps.s3.delete(plan.deletes.map((key) => inputs.prefix + key));
      if (failed.length) warn(`${failed.length} stale object(s) could not be deleted: ${failed.slice(0, 5).join('; ')}`);
    }]);
  }
  for (const [i, [, step]] of steps.entries()) {
    const what = steps.slice(i).map(([name]) => name);
    if (cancelled()) throw new DeployError(describeCancelAfterUploads(undefined, what));
    try {
      await step();
    } catch (error) {
      if (cancelled()) throw new DeployError(describeCancelAfterUploads(what[0], what.slice(1)));
      throw error;
    }
  }
  return { ...report, durationMs: deps.clock.now() - started };
}
