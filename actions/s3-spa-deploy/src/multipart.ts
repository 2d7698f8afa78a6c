import {
  AbortMultipartUploadCommand, CompleteMultipartUploadCommand, CreateMultipartUploadCommand, type CreateMultipartUploadCommandInput, S3Client,
  UploadPartCommand,
} from '@aws-sdk/client-s3';
import { open } from 'node:fs/promises';
import pLimit, { type LimitFunction } from 'p-limit';
import { errorMessage } from '../../common/src/errors.js';
import { CANCEL_WINDOW, type CancelClock } from '../../common/src/deadline.js';
import { MultipartLeftOpenError } from './outcome.js';

/**
 * A multipart upload that is never left open. An open upload is billed for its parts until it is aborted, and
 * @aws-sdk/lib-storage's abort() only stops waiting: the parts in flight carry on, and AbortMultipartUpload is sent
 * after they end, which on a cancel is after the runner's SIGKILL. Here the cancel aborts the part requests at once and
 * AbortMultipartUpload follows within the cancel's deadline. Parts are read into buffers, which the SDK retries itself.
 */

/**
 * Parts in flight (each a buffer of up to the part size) across every multipart upload of a run: the uploads share one
 * limiter (`partLimiter`), so memory stays at PARTS_IN_FLIGHT × part size however many big files upload at once.
 */
export const PARTS_IN_FLIGHT = 8;

export const partLimiter = (): LimitFunction => pLimit(PARTS_IN_FLIGHT);

/** AbortMultipartUpload after a failed part; after a cancel, the cancel's budget bounds it (CANCEL_WINDOW). */
export const CLEANUP_MS = 10_000;

async function readPart(path: string, offset: number, length: number): Promise<Buffer> {
  const file = await open(path, 'r');
  try {
    const buffer = Buffer.alloc(length);
    const { bytesRead } = await file.read(buffer, 0, length, offset);
    if (bytesRead !== length) throw new Error(`${path} changed while it was uploaded (read ${bytesRead} of ${length} bytes at ${offset})`);
    return buffer;
  } finally {
    await file.close();
  }
}

/**
 * Every part, at most `limit` allows at once. The first failure (or the cancel) aborts the parts still in flight, and
 * this returns only once every part request has ended: a part that lands after AbortMultipartUpload would be billed.
 */
async function uploadParts(
  s3: S3Client, upload: { Bucket: string; Key: string; UploadId: string }, path: string, size: number, partSize: number, cancel: AbortSignal | undefined,
  limit: LimitFunction,
): Promise<Array<{ PartNumber: number; ETag?: string }>> {
  const stop = new AbortController();
  const signal = cancel ? AbortSignal.any([stop.signal, cancel]) : stop.signal;
  let failure: { error: unknown } | undefined;
  const results = await Promise.allSettled(Array.from({ length: Math.ceil(size / partSize) }, (_, i) => limit(async () => {
    signal.throwIfAborted();
    const offset = i * partSize;
    const body = await readPart(path, offset, Math.min(partSize, size - offset));
    const out = await s3.send(new UploadPartCommand({ ...upload, PartNumber: i + 1, Body: body }), { abortSignal: signal });
    return { PartNumber: i + 1, ETag: out.ETag };
  }).catch((error: unknown) => {
    failure ??= { error };
    stop.abort();
    throw error;
  })));
  if (failure) throw failure.error;
  cancel?.throwIfAborted();
  return results.map((r) => (r as PromiseFulfilledResult<{ PartNumber: number; ETag?: string }>).value);
}

/**
 * Uploads `path` (`size` bytes) in parts of `partSize`; returns the ETag S3 gives the whole object. `parts`: the
 * limiter of part uploads this upload shares with the others of the run.
 */
export async function uploadMultipart(
  s3: S3Client, params: CreateMultipartUploadCommandInput & { Bucket: string; Key: string }, path: string, size: number, partSize: number, deadlines: CancelClock,
  parts: LimitFunction = partLimiter(),
): Promise<string> {
  const { Bucket, Key } = params;
  // Not cut at the cancel itself: an upload S3 created whose id we never learned could not be aborted.
  const create = deadlines.afterCancel(CANCEL_WINDOW.multipartGraceMs);
  const { UploadId } = await s3.send(new CreateMultipartUploadCommand(params), { abortSignal: create.signal }).finally(create.dispose);
  try {
    const done = await uploadParts(s3, { Bucket, Key, UploadId: UploadId as string }, path, size, partSize, deadlines.signal, parts);
    const complete = deadlines.afterCancel(CANCEL_WINDOW.multipartGraceMs);
    const out = await s3.send(new CompleteMultipartUploadCommand({ Bucket, Key, UploadId, MultipartUpload: { Parts: done } }), { abortSignal: complete.signal })
      .finally(complete.dispose);
    return out.ETag ?? '';
  } catch (error) {
    try {
      await s3.send(new AbortMultipartUploadCommand({ Bucket, Key, UploadId }), { abortSignal: deadlines.within(CLEANUP_MS) });
    } catch (abortError) {
      throw new MultipartLeftOpenError(`${errorMessage(error)}; the multipart upload ${UploadId} could not be aborted (${errorMessage(abortError)}): its parts are billed until it is aborted`, { cause: error });
    }
    throw error;
  }
}
