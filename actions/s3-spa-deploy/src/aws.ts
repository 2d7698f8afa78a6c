import { CloudFrontClient, CreateInvalidationCommand, GetInvalidationCommand, ListInvalidationsCommand } from '@aws-sdk/client-cloudfront';
import {
  DeleteObjectsCommand, GetObjectCommand, HeadObjectCommand, PutObjectCommand, S3Client, paginateListObjectsV2,
} from '@aws-sdk/client-s3';
import { Upload } from '@aws-sdk/lib-storage';
import { createReadStream } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { awsClientConfig, isRetryableAwsError } from '../../common/src/aws.js';
import { retry } from '../../common/src/backoff.js';
import { systemClock } from '../../common/src/clock.js';
import { withStep } from '../../common/src/errors.js';
import type { KnownObject, RemoteObject } from './plan.js';
import type { ObjectHeaders } from './rules.js';

/** What s3-spa-deploy asks of S3: run.ts is tested against fakes of this. Keys here are full object keys. */
export interface S3Api {
  list(prefix: string): Promise<RemoteObject[]>;
  head(key: string): Promise<KnownObject | undefined>;
  getText(key: string): Promise<string | undefined>;
  /** Uploads a file (multipart at or above `multipartThreshold`), storing its MD5 in metadata; returns the new ETag. */
  upload(key: string, path: string, size: number, md5: string, headers: ObjectHeaders): Promise<string>;
  putText(key: string, body: string, headers: ObjectHeaders): Promise<void>;
  delete(keys: string[]): Promise<string[]>;
}

export interface CloudFrontApi {
  createInvalidation(distributionId: string, paths: string[], callerReference: string): Promise<string>;
  invalidationStatus(distributionId: string, id: string): Promise<string>;
}

/**
 * The SDK does not retry a request whose body is a stream (it cannot rewind it: "non-retryable streaming
 * request"), so one S3 500/503 on one file would fail the whole deploy. Single-part uploads are retried here,
 * each attempt with a fresh stream; multipart parts are buffers, which the SDK retries itself.
 */
export const UPLOAD_ATTEMPTS = 4;
const SMALL_FILE_BYTES = 1024 * 1024;
const UPLOAD_BACKOFF = { initialMs: 400, maxMs: 5_000, factor: 2 };

const unquote = (etag: string | undefined) => (etag ?? '').replace(/^"|"$/g, '');
const notFound = (error: unknown) => ['NotFound', 'NoSuchKey'].includes((error as Error).name) || (error as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode === 404;

/**
 * The S3 clients' settings. Retries are per request ('standard': exponential backoff with jitter), not 'adaptive':
 * adaptive mode turns on a client-wide token bucket at the first throttling answer, so one SlowDown on one PutObject
 * held back every later request of the run (a 300-file deploy went from 1.4 s to 8.7 s). S3 throttles per prefix,
 * and a deploy's concurrency is already bounded by the `concurrency` input. Content-MD5 already protects every
 * PutObject body; the SDK's default extra CRC32 (aws-chunked with a trailer) would cost CPU on both ends for no
 * added integrity.
 */
export function s3ClientConfig(region: string) {
  return {
    ...awsClientConfig(region, 's3-spa-deploy'), retryMode: 'standard', requestChecksumCalculation: 'WHEN_REQUIRED', responseChecksumValidation: 'WHEN_REQUIRED',
  } as const;
}

export function createS3Api(region: string, bucket: string, multipartThreshold: number): S3Api {
  const config = s3ClientConfig(region);
  const s3 = new S3Client(config);
  // PutObject retries are ours (below), the same for buffers and streams: the SDK's would multiply them.
  const putOnce = new S3Client({ ...config, maxAttempts: 1 });
  return {
    async list(prefix) {
      const objects: RemoteObject[] = [];
      for await (const page of paginateListObjectsV2({ client: s3 }, { Bucket: bucket, Prefix: prefix || undefined })) {
        for (const o of page.Contents ?? []) objects.push({ key: o.Key as string, etag: unquote(o.ETag), size: o.Size ?? 0 });
      }
      return objects;
    },
    async head(key) {
      try {
        const out = await s3.send(new HeadObjectCommand({ Bucket: bucket, Key: key }));
        return {
          etag: unquote(out.ETag), md5: out.Metadata?.md5, contentType: out.ContentType ?? '', cacheControl: out.CacheControl ?? '',
          contentEncoding: out.ContentEncoding || undefined,
        };
      } catch (error) {
        if (notFound(error)) return undefined;
        throw error;
      }
    },
    async getText(key) {
      try {
        const out = await s3.send(new GetObjectCommand({ Bucket: bucket, Key: key }));
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
      if (size >= multipartThreshold) {
        const upload = new Upload({ client: s3, params: { ...params, Body: createReadStream(path) }, partSize: multipartThreshold, queueSize: 4 });
        const out = await upload.done();
        return unquote(out.ETag);
      }
      const put = async () => {
        // Most SPA files are small: a buffer costs less per request than a stream. Content-MD5 makes S3 reject a
        // body that was corrupted on the way.
        const body = size <= SMALL_FILE_BYTES ? await readFile(path) : createReadStream(path);
        const out = await putOnce.send(new PutObjectCommand({ ...params, Body: body, ContentLength: size, ContentMD5: Buffer.from(md5, 'hex').toString('base64') }));
        return unquote(out.ETag);
      };
      try {
        return await retry(put, { policy: UPLOAD_BACKOFF, clock: systemClock, retryable: isRetryableAwsError, attempts: UPLOAD_ATTEMPTS });
      } catch (error) {
        // retry() gives up on a retryable failure only once the attempts are used up.
        throw isRetryableAwsError(error) ? withStep(`after ${UPLOAD_ATTEMPTS} attempts`, error) : error;
      }
    },
    async putText(key, body, headers) {
      await s3.send(new PutObjectCommand({ Bucket: bucket, Key: key, Body: body, ContentType: headers.contentType, CacheControl: headers.cacheControl }));
    },
    async delete(keys) {
      const failed: string[] = [];
      for (let i = 0; i < keys.length; i += 1000) {
        const out = await s3.send(new DeleteObjectsCommand({ Bucket: bucket, Delete: { Objects: keys.slice(i, i + 1000).map((Key) => ({ Key })), Quiet: true } }));
        failed.push(...(out.Errors ?? []).map((e) => `${e.Key}: ${e.Code} ${e.Message}`));
      }
      return failed;
    },
  };
}

export function createCloudFrontApi(region: string): CloudFrontApi {
  const cloudfront = new CloudFrontClient(awsClientConfig(region, 's3-spa-deploy'));
  async function findByCallerReference(distributionId: string, callerReference: string): Promise<string | undefined> {
    const listed = await cloudfront.send(new ListInvalidationsCommand({ DistributionId: distributionId, MaxItems: 10 }));
    for (const summary of listed.InvalidationList?.Items ?? []) {
      const out = await cloudfront.send(new GetInvalidationCommand({ DistributionId: distributionId, Id: summary.Id }));
      if (out.Invalidation?.InvalidationBatch?.CallerReference === callerReference) return summary.Id;
    }
    return undefined;
  }
  return {
    async createInvalidation(distributionId, paths, callerReference) {
      try {
        const out = await cloudfront.send(new CreateInvalidationCommand({
          DistributionId: distributionId,
          InvalidationBatch: { CallerReference: callerReference, Paths: { Quantity: paths.length, Items: paths } },
        }));
        return out.Invalidation?.Id as string;
      } catch (error) {
        // A reused CallerReference means this batch was already sent (a retry after a lost response). AWS documents
        // InvalidationBatchAlreadyExists for it, and users report InvalidArgument "…caller reference that was used…".
        const reused = (error as Error).name === 'InvalidationBatchAlreadyExists' || /caller reference that was used/i.test((error as Error).message);
        const existing = reused ? await findByCallerReference(distributionId, callerReference) : undefined;
        if (existing) return existing;
        throw error;
      }
    },
    async invalidationStatus(distributionId, id) {
      const out = await cloudfront.send(new GetInvalidationCommand({ DistributionId: distributionId, Id: id }));
      return out.Invalidation?.Status ?? 'Unknown';
    },
  };
}
