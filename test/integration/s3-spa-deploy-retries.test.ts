import { afterAll, afterEach, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { HeadObjectCommand, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { DefaultRateLimiter } from '@smithy/core/retry';
import { createHash } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createS3Api, s3ClientConfig } from '../../actions/s3-spa-deploy/src/aws.js';
import { setProcessEnv } from '../support/env.js';
import { MIB, S3SpaFixture } from './s3-fixtures.js';

// S3 throttling (503 SlowDown) costs the request that got it a backoff, and nothing more: the S3 clients retry per
// request ('standard'), not with 'adaptive' mode's client-wide rate limiter, which after one SlowDown made every later
// request of the run wait for a token (issue 15: a 300-file deploy went from 1.4 s to 8.7 s).

jest.setTimeout(60_000);

const fixture = new S3SpaFixture();
const SLOW_DOWN = '<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>SlowDown</Code><Message>Please reduce your request rate.</Message><RequestId>fault-proxy</RequestId></Error>';
const md5 = (content: string) => createHash('md5').update(content).digest('hex');
const HEADERS = { contentType: 'text/plain; charset=utf-8', cacheControl: 'public, max-age=300' };

beforeAll(() => fixture.start(), 60_000);
afterAll(() => fixture.stop(), 30_000);
afterEach(() => fixture.s3Proxy.clearFaults());

/**
 * Every wait the SDK's adaptive rate limiter makes (it waits through this static hook, and only there). The waits are
 * shortened to at most 20 ms each so a run that does throttle still ends soon; they are counted either way.
 */
function countRateLimiterWaits(): { waits: number[]; restore: () => void } {
  const limiter = DefaultRateLimiter as unknown as { setTimeoutFn: (fn: () => void, delay: number) => unknown };
  const original = limiter.setTimeoutFn;
  expect(typeof original).toBe('function');
  const waits: number[] = [];
  limiter.setTimeoutFn = (fn, delay) => {
    waits.push(delay);
    return original(fn, Math.min(delay, 20));
  };
  return { waits, restore: () => (limiter.setTimeoutFn = original) };
}

describe('in process: the clients createS3Api makes, against moto behind the fault proxy', () => {
  let restoreEnv: () => void;
  let dir = '';

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 's3-retries-'));
    restoreEnv = setProcessEnv({ AWS_ENDPOINT_URL: fixture.s3Proxy.url, AWS_ACCESS_KEY_ID: 'testing', AWS_SECRET_ACCESS_KEY: 'testing', AWS_PROFILE: undefined, AWS_ENDPOINT_URL_S3: undefined, AWS_CONFIG_FILE: '/nonexistent', AWS_SHARED_CREDENTIALS_FILE: '/nonexistent' });
  });
  afterAll(async () => {
    restoreEnv();
    await rm(dir, { recursive: true, force: true });
  });

  it('the counter sees the adaptive limiter wait after one SlowDown (so the test below can fail)', async () => {
    const bucket = await fixture.createBucket('adaptive-control');
    const client = new S3Client({ ...s3ClientConfig('us-east-1'), retryMode: 'adaptive', forcePathStyle: true });
    fixture.s3Proxy.fail({ method: 'PUT', path: `/${bucket}/first.txt`, status: 503, body: SLOW_DOWN, times: 1 });
    const counter = countRateLimiterWaits();
    try {
      await client.send(new PutObjectCommand({ Bucket: bucket, Key: 'first.txt', Body: 'one' }));
      await client.send(new PutObjectCommand({ Bucket: bucket, Key: 'second.txt', Body: 'two' }));
    } finally {
      counter.restore();
      client.destroy();
    }
    expect(counter.waits.length).toBeGreaterThan(0);
  });

  it('retries one SlowDown on a PutObject and on a HeadObject, and no later request waits for the limiter', async () => {
    const bucket = await fixture.createBucket('standard');
    const api = createS3Api('us-east-1', bucket, 16 * MIB);
    fixture.s3Proxy.fail({ method: 'PUT', path: `/${bucket}/f0.txt`, status: 503, body: SLOW_DOWN, times: 1 });
    fixture.s3Proxy.fail({ method: 'HEAD', path: `/${bucket}/f0.txt`, status: 503, body: SLOW_DOWN, times: 1 });
    const from = fixture.s3Proxy.requests.length;
    const counter = countRateLimiterWaits();
    try {
      for (let i = 0; i < 8; i++) {
        const content = `file ${i}\n`;
        const path = join(dir, `f${i}.txt`);
        await writeFile(path, content);
        expect(await api.upload(`f${i}.txt`, path, content.length, md5(content), HEADERS)).toBe(md5(content));
      }
      for (let i = 0; i < 8; i++) expect((await api.head(`f${i}.txt`))?.md5).toBe(md5(`file ${i}\n`));
    } finally {
      counter.restore();
    }
    const f0 = fixture.s3Proxy.since(from).filter((r) => r.path === `/${bucket}/f0.txt`).map((r) => `${r.method} ${r.status}`);
    expect(f0).toEqual(['PUT 503', 'PUT 200', 'HEAD 503', 'HEAD 200']);
    expect(counter.waits).toEqual([]);
    // The object the retried PutObject stored is whole.
    const head = await fixture.s3.send(new HeadObjectCommand({ Bucket: bucket, Key: 'f0.txt' }));
    expect(head.ETag).toBe(`"${md5('file 0\n')}"`);
  });
});

describe('the dist', () => {
  it('retries one SlowDown answered to the first PutObject and deploys the whole site', async () => {
    const bucket = await fixture.createBucket('dist-slowdown');
    const files = Object.fromEntries(Array.from({ length: 30 }, (_, i) => [`assets/chunk-${i}.${md5(String(i)).slice(0, 8)}.js`, `export const n = ${i};\n`]));
    const source = await fixture.writeSite('dist-slowdown', { ...files, 'index.html': '<!doctype html>' });
    fixture.s3Proxy.fail({ method: 'PUT', path: new RegExp(`^/${bucket}/assets/`), status: 503, body: SLOW_DOWN, times: 1 });
    const run = await fixture.deploy({ source, bucket, concurrency: '4' });
    expect(run.errors).toEqual([]);
    expect(run.result.outputs).toMatchObject({ uploaded: '31' });
    const puts = run.s3Requests.filter((r) => r.method === 'PUT');
    expect(puts.filter((r) => r.status === 503)).toHaveLength(1);
    expect(puts.filter((r) => r.status === 200)).toHaveLength(32);
    expect((await fixture.keys(bucket)).length).toBe(32);
  });
});
