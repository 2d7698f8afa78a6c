import pLimit from 'p-limit';
import { errorMessage } from '../../common/src/errors.js';
import type { Logger } from '../../common/src/logger.js';
import type { S3Api } from './aws.js';
import { MultipartLeftOpenError, type UploadProgress } from './outcome.js';
import { PHASE_NAMES, type Plan } from './plan.js';

export interface UploadContext {
  s3: S3Api;
  prefix: string;
  concurrency: number;
  logger: Logger;
  /** The runner's cancel: no upload starts after it, and the S3 adapter aborts the ones in flight. */
  signal?: AbortSignal;
}

/**
 * Runs the plan's phases in order, each with at most `concurrency` uploads at once. A phase starts only when the one
 * before it finished without a failure; after a failure or a cancel nothing new starts. Returns the progress of the
 * phase that stopped, or undefined when every upload finished. `etags` receives the ETag of each finished upload.
 */
export async function uploadPhases(plan: Plan, ctx: UploadContext, etags: Map<string, string>): Promise<UploadProgress | undefined> {
  const done = new Set<string>();
  const limit = pLimit(ctx.concurrency);
  for (const [phase, uploads] of plan.phases.entries()) {
    if (uploads.length === 0) continue;
    if (ctx.signal?.aborted) return { phase, done, failed: [], interrupted: [], cancelled: true };
    ctx.logger.info(`Phase ${phase + 1} of ${PHASE_NAMES.length} (${PHASE_NAMES[phase]}): ${uploads.length} upload(s)`);
    const failed: UploadProgress['failed'][number][] = [];
    const interrupted: Array<{ key: string; note?: string }> = [];
    await Promise.all(uploads.map((u) => limit(async () => {
      if (failed.length > 0 || ctx.signal?.aborted) return;
      const { key, path, size, md5 } = u.file;
      try {
        etags.set(key, await ctx.s3.upload(ctx.prefix + key, path, size, md5, u.headers));
        done.add(key);
      } catch (error) {
        // A multipart upload that could not be aborted stays billed: that must reach the report, cancel or not.
        if (ctx.signal?.aborted) interrupted.push(error instanceof MultipartLeftOpenError ? { key, note: error.message } : { key });
        else failed.push({ key, message: errorMessage(error) });
      }
    })));
    const cancelled = ctx.signal?.aborted === true;
    if (failed.length > 0 || cancelled) return { phase, done, failed, interrupted, cancelled };
  }
  return undefined;
}
