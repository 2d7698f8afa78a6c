import { DeleteObjectsCommand, GetObjectCommand, HeadObjectCommand, ListObjectsV2Command, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { createReadStream } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { isRetryableAwsError } from '../../common/src/aws.js';
import { awsClientConfig } from '../../common/src/aws-client.js';
import { proxyAgents } from '../../common/src/proxy.js';
import { retry } from '../../common/src/backoff.js';
import { systemClock } from '../../common/src/clock.js';
import { CANCEL_WINDOW, CancelClock } from '../../common/src/deadline.js';
import { withStep } from '../../common/src/errors.js';
import { oneLine, showKey } from './display.js';
import { PARTS_IN_FLIGHT, partLimiter, uploadMultipart } from './multipart.js';
import type { KnownObject, RemoteObject } from './plan.js';
import type { ObjectHeaders } from './rules.js';
import { DEFAULT_CONCURRENCY } from './concurrency.js';

/** What s3-spa-deploy asks of S3: run.ts is tested against fakes of this. Keys here are full object keys. */
export interface S3Api {
  list(prefix: string): Promise<RemoteObject[]>;
  head(key: string): Promise<KnownObject | undefined>;
  /** HeadObject after a cancel, to tell what is live: not cut by the cancel, but within the cancel's deadline. */
  headAfterCancel(key: string): Promise<KnownObject | undefined>;
  getText(key: string): Promise<string | undefined>;
  /** Uploads a file (multipart at or above `multipartThreshold`), storing its MD5 in metadata; returns the new ETag. */
  upload(key: string, path: string, size: number, md5: string, headers: ObjectHeaders): Promise<string>;
  putText(key: string, body: string, headers: ObjectHeaders): Promise<void>;
  delete(keys: string[]): Promise<string[]>;
}

/**
 * The SDK does not retry a request whose body is a stream (it cannot rewind it: "non-retryable streaming
 * request"), so one S3 500/503 on one file would fail the whole deploy. Single-part uploads are retried here,
 * each attempt with a fresh stream; multipart parts are buffers, which the SDK retries itself.
 */
export const UPLOAD_ATTEMPTS = 4;
const SMALL_FILE_BYTES = 1024 * 1024;
const UPLOAD_BACKOFF = { initialMs: 400, maxMs: 5_000, factor: 2 };

/**
 * A key of a listing made with EncodingType url, which S3 form-encodes: a space is `+`, a `+` is `%2B` (as boto3 and
 * the AWS SDK for Java decode it). moto 5 writes a `+` as it is, so against moto a key with a `+` would read as a space.
 */
export const decodeKey = (key: string) => decodeURIComponent(key.replace(/\+/g, '%20'));
const unquote = (etag: string | undefined) => (etag ?? '').replace(/^"|"$/g, '');
const notFound = (error: unknown) => ['NotFound', 'NoSuchKey'].includes((error as Error).name) || (error as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode === 404;

/**
 * The S3 clients' settings. Retries are per request ('standard': exponential backoff with jitter), not 'adaptive':
 * adaptive mode turns on a client-wide token bucket at the first throttling answer, so one SlowDown on one PutObject
 * held back every later request of the run (a 300-file deploy went from 1.4 s to 8.7 s). S3 throttles per prefix,
 * and a deploy's concurrency is already bounded by the `concurrency` input. Content-MD5 already protects every
 * PutObject body; the SDK's default extra CRC32 (aws-chunked with a trailer) would cost CPU on both ends for no
 * added integrity. `sockets`: kept-alive connections per client, at least the requests a deploy has in flight (the
 * SDK's default of 50 would queue the rest behind them, a round trip each).
 */
export function s3ClientConfig(region: string, sockets = DEFAULT_CONCURRENCY + PARTS_IN_FLIGHT) {
  const base = awsClientConfig(region, 's3-spa-deploy');
  const agents = { keepAlive: true, maxSockets: sockets };
  return {
    ...base, retryMode: 'standard', requestChecksumCalculation: 'WHEN_REQUIRED', responseChecksumValidation: 'WHEN_REQUIRED',
    requestHandler: base.requestHandler ? proxyAgents(process.env, agents) : { httpAgent: agents, httpsAgent: agents },
  } as const;
}

/**
 * `cancel` is the runner's SIGINT: it aborts every request in flight and stops the single-part retries; multipart
 * uploads in flight are aborted on S3 too (multipart.ts), within the cancel's deadline (common/deadline.ts).
 * `concurrency`: the requests run.ts keeps in flight (the `concurrency` input), plus the parts of multipart uploads.
 */
export function createS3Api(region: string, bucket: string, multipartThreshold: number, cancel?: AbortSignal, concurrency = DEFAULT_CONCURRENCY): S3Api {
  const config = s3ClientConfig(region, concurrency + PARTS_IN_FLIGHT);
  const s3 = new S3Client(config);
  // PutObject retries are ours (below), the same for buffers and streams: the SDK's would multiply them.
  const putOnce = new S3Client({ ...config, maxAttempts: 1 });
  const deadlines = new CancelClock(cancel);
  const parts = partLimiter();
  const options = { abortSignal: cancel };
  // A retry wait ends at the cancel, and nothing is retried after it.
  const clock = { now: systemClock.now, sleep: (ms: number) => systemClock.sleep(ms, cancel) };
  const retryable = (error: unknown) => !cancel?.aborted && isRetryableAwsError(error);
  async function head(key: string, abortSignal: AbortSignal | undefined): Promise<KnownObject | undefined> {
    try {
      const out = await s3.send(new HeadObjectCommand({ Bucket: bucket, Key: key }), { abortSignal });
      return {
        etag: unquote(out.ETag), md5: out.Metadata?.md5, contentType: out.ContentType ?? '', cacheControl: out.CacheControl ?? '',
        contentEncoding: out.ContentEncoding || undefined,
      };
    } catch (error) {
      if (notFound(error)) return undefined;
      throw error;
    }
  }
  return {
    async list(prefix) {
      const objects: RemoteObject[] = [];
      let ContinuationToken: string | undefined;
      do {
        // Keys URL-encoded: XML 1.0 parsers turn a `\r` in a key into `\n`, so a key with one came back as another
        // key, which the plan then deleted (a no-op) and uploaded again on every run.
        const page = await s3.send(new ListObjectsV2Command({ Bucket: bucket, Prefix: prefix || undefined, ContinuationToken, EncodingType: 'url' }), options);
        for (const o of page.Contents ?? []) objects.push({ key: decodeKey(o.Key as string), etag: unquote(o.ETag), size: o.Size ?? 0 });
        ContinuationToken = page.IsTruncated ? page.NextContinuationToken : undefined;
      } while (ContinuationToken);
      return objects;
    },
    head: (key) => head(key, cancel),
    headAfterCancel: (key) => head(key, deadlines.within(CANCEL_WINDOW.budgetMs)),
    async getText(key) {
      try {
        const out = await s3.send(new GetObjectCommand({ Bucket: bucket, Key: key }), options);
        return await out.Body?.transformToString('utf-8');
      } catch (error) {
        if (notFound(error)) return undefined;
        throw error;
      }
    },
    async upload(key, path, size, md5, headers) {
      const params = {
        Bucket: bucket, Key: key, ContentType: headers.contentType, CacheControl: headers.cacheControl,
        ContentEncoding: headers.contentEncoding, Metadata: { md5 },
      };
      if (size >= multipartThreshold) return unquote(await uploadMultipart(s3, params, path, size, multipartThreshold, deadlines, parts));
      const put = async () => {
        // Most SPA files are small: a buffer costs less per request than a stream. Content-MD5 makes S3 reject a
        // body that was corrupted on the way.
        const body = size <= SMALL_FILE_BYTES ? await readFile(path) : createReadStream(path);
        const out = await putOnce.send(new PutObjectCommand({ ...params, Body: body, ContentLength: size, ContentMD5: Buffer.from(md5, 'hex').toString('base64') }), options);
        return unquote(out.ETag);
      };
      try {
        return await retry(put, { policy: UPLOAD_BACKOFF, clock, retryable, attempts: UPLOAD_ATTEMPTS });
      } catch (error) {
        // retry() gives up on a retryable failure only once the attempts are used up.
        throw retryable(error) ? withStep(`after ${UPLOAD_ATTEMPTS} attempts`, error) : error;
      }
    },
    async putText(key, body, headers) {
      await s3.send(new PutObjectCommand({ Bucket: bucket, Key: key, Body: body, ContentType: headers.contentType, CacheControl: headers.cacheControl }), options);
    },
    async delete(keys) {
      const failed: string[] = [];
      for (let i = 0; i < keys.length; i += 1000) {
        const out = await s3.send(new DeleteObjectsCommand({ Bucket: bucket, Delete: { Objects: keys.slice(i, i + 1000).map((Key) => ({ Key })), Quiet: true } }), options);
        failed.push(...(out.Errors ?? []).map((e) => `${showKey(e.Key ?? '')}: ${e.Code} ${oneLine(e.Message ?? '')}`));
      }
      return failed;
    },
  };
}
