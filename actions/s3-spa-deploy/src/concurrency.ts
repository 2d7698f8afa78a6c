// Its own module: the input parse, the S3 adapter (sockets) and the uploader all read it, without importing each other.
/**
 * Requests in flight by default (uploads, and HEADs when there is no manifest). Far from S3 each request waits a round
 * trip, so this many at once decides a first deploy's time: 1,000 files at 80 ms a round trip take ~5 s at 16 and ~1.3 s
 * at 64 (bench/s3-sync.ts). Near S3 it stays under the per-prefix limits, 3,500 PUT/s and 5,500 GET/HEAD/s: a small
 * PutObject takes ≳ 20 ms, so 64 in flight is ≲ 3,200 PUT/s; a SlowDown answer is retried on its own request only.
 */
export const DEFAULT_CONCURRENCY = 64;
