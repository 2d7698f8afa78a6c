import { afterAll, afterEach, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { GetObjectCommand, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { MANIFEST_KEY, S3SpaFixture, spaFiles, writesIn } from './s3-fixtures.js';

// What s3-spa-deploy refuses to do, and what a failure leaves behind: the delete guard, an upload that keeps failing,
// dry-run, and bad inputs — each checked against moto's bucket and the requests the action sent.

jest.setTimeout(60_000);

const fixture = new S3SpaFixture();
/** Upload attempts per file: one, plus the retries the action makes itself because the SDK cannot rewind a stream. */
const UPLOAD_ATTEMPTS = 4;

beforeAll(() => fixture.start(), 60_000);
afterAll(() => fixture.stop(), 30_000);
afterEach(() => {
  fixture.s3Proxy.clearFaults();
  fixture.cloudfrontProxy.clearFaults();
});

describe('max-delete-ratio', () => {
  it('refuses a deploy that would delete more than half the objects, before changing anything', async () => {
    const bucket = await fixture.createBucket('guard');
    const v1 = { 'index.html': 'v1', 'a.txt': 'a', 'b.txt': 'b', 'c.txt': 'c', 'd.txt': 'd' };
    const source = await fixture.writeSite('guard', v1);
    expect((await fixture.deploy({ source, bucket })).errors).toEqual([]);
    const before = await fixture.objects(bucket);

    await fixture.writeSite('guard', { 'index.html': 'v2', 'a.txt': 'a' });
    const run = await fixture.deploy({ source, bucket });
    expect(run.result.conclusion).toBe('failure');
    expect(run.errors).toHaveLength(1);
    expect(run.errors[0]).toContain('would delete 3 of the 5 objects');
    expect(run.errors[0]).toContain('max-delete-ratio 0.5');
    expect(writesIn(run.s3Requests)).toEqual([]);
    expect(await fixture.objects(bucket)).toEqual(before);

    const allowed = await fixture.deploy({ source, bucket, 'max-delete-ratio': '0.8' });
    expect(allowed.errors).toEqual([]);
    expect(allowed.result.outputs).toMatchObject({ uploaded: '1', deleted: '3' });
  });
});

describe('an upload that fails', () => {
  it('stops before any page or fixed-name file when one asset answers 500 on every attempt; the live index.html stays', async () => {
    const bucket = await fixture.createBucket('upload-fails');
    const v1 = spaFiles('v1');
    const source = await fixture.writeSite('upload-fails', v1);
    expect((await fixture.deploy({ source, bucket })).errors).toEqual([]);
    const manifestBefore = await fixture.text(bucket, MANIFEST_KEY);

    await fixture.writeSite('upload-fails', spaFiles('v2', { 'assets/chunk.5e6f7a8b.js': 'export const v = 2;' }));
    fixture.s3Proxy.fail({ method: 'PUT', path: `/${bucket}/assets/chunk.5e6f7a8b.js`, status: 500 });
    const run = await fixture.deploy({ source, bucket });
    expect(run.result.conclusion).toBe('failure');
    expect(run.errors).toHaveLength(1);
    expect(run.errors[0]).toContain('The live site is unchanged');
    // The plan is logged before the first upload, so a failed deploy still shows what it meant to do.
    expect(run.result.log).toMatch(/^Plan: \d+ upload\(s\)/m);
    expect(run.errors[0]).toContain(`'assets/chunk.5e6f7a8b.js': after ${UPLOAD_ATTEMPTS} attempts: InternalError`);
    expect(run.s3Requests.filter((r) => r.injected)).toHaveLength(UPLOAD_ATTEMPTS);
    // Only content-addressed names were written: no page, and no sw.js, robots.txt or site.webmanifest.
    expect(run.s3Requests.filter((r) => r.method === 'PUT' && !/\.[0-9a-f]{8}\./.test(r.path))).toEqual([]);
    expect(run.s3Requests.filter((r) => r.method === 'POST' || r.method === 'DELETE')).toEqual([]);
    expect(await fixture.text(bucket, 'index.html')).toBe(v1['index.html']);
    expect(await fixture.text(bucket, MANIFEST_KEY)).toBe(manifestBefore);
  });

  it('retries a single 500 with the whole file again', async () => {
    const bucket = await fixture.createBucket('upload-retried');
    const content = 'export const retried = true;\n'.repeat(100);
    const source = await fixture.writeSite('upload-retried', { 'index.html': 'v1', 'assets/chunk.0f1e2d3c.js': content });
    fixture.s3Proxy.fail({ method: 'PUT', path: `/${bucket}/assets/chunk.0f1e2d3c.js`, status: 500, times: 1 });
    const run = await fixture.deploy({ source, bucket });
    expect(run.errors).toEqual([]);
    expect(run.result.outputs).toMatchObject({ uploaded: '2' });
    expect(run.s3Requests.filter((r) => r.method === 'PUT' && r.path.endsWith('chunk.0f1e2d3c.js')).map((r) => r.status)).toEqual([500, 200]);
    expect(await fixture.text(bucket, 'assets/chunk.0f1e2d3c.js')).toBe(content);
  });
});

describe('dry-run', () => {
  it('prints the plan and sets the outputs, and changes nothing in S3 or CloudFront', async () => {
    const bucket = await fixture.createBucket('dry-run');
    const distributionId = fixture.createDistribution();
    const source = await fixture.writeSite('dry-run', spaFiles('v1'));
    expect((await fixture.deploy({ source, bucket, 'distribution-id': distributionId })).errors).toEqual([]);
    const before = await fixture.objects(bucket);
    const invalidationsBefore = fixture.sim.control.cloudfront.invalidations(distributionId).length;

    const v2 = spaFiles('v2', { 'assets/app.5e6f7a8b.js': 'console.log("v2");' });
    delete v2['robots.txt'];
    await fixture.writeSite('dry-run', v2);
    const run = await fixture.deploy({ source, bucket, 'distribution-id': distributionId, 'dry-run': 'true' });
    expect(run.errors).toEqual([]);
    expect(run.result.conclusion).toBe('success');
    expect(run.result.outputs).toEqual({
      uploaded: '2', unchanged: '8', deleted: '1', 'bytes-uploaded': String(Buffer.byteLength('console.log("v2");') + Buffer.byteLength(v2['index.html'] as string)),
      'invalidation-id': '', 'invalidated-paths': '/\n/index.html\n/robots.txt',
    });
    const log = run.result.log.split('\n');
    const at = log.findIndex((line) => line.startsWith('Plan: '));
    expect(log[at]).toBe('Plan: 2 upload(s), 8 unchanged, 1 delete(s), 0 kept');
    const planLines: string[] = [];
    for (const line of log.slice(at + 1)) {
      if (!line.startsWith('  ')) break;
      planLines.push(line.trim());
    }
    expect(planLines).toEqual([
      'upload (asset, new) assets/app.5e6f7a8b.js [text/javascript; charset=utf-8; public, max-age=31536000, immutable]',
      'upload (entry, content) index.html [text/html; charset=utf-8; no-cache]',
      'delete robots.txt',
      'invalidate / /index.html /robots.txt',
    ]);
    expect(run.result.summary).toContain('dry run (nothing changed)');
    expect(writesIn(run.s3Requests)).toEqual([]);
    expect(run.cloudfrontRequests).toEqual([]);
    expect(await fixture.objects(bucket)).toEqual(before);
    expect(fixture.sim.control.cloudfront.invalidations(distributionId)).toHaveLength(invalidationsBefore);
  });
});

describe('bad inputs', () => {
  let bucket = '';
  let source = '';
  let notAFolder = '';

  beforeAll(async () => {
    bucket = await fixture.createBucket('inputs');
    source = await fixture.writeSite('inputs', spaFiles('v1'));
    notAFolder = await fixture.writeFile('not-a-folder.txt', 'a file');
  });

  const cases: Array<[string, string, () => Record<string, string>]> = [
    ['source', 'empty', () => ({ source: '' })],
    ['source', 'a file, not a folder', () => ({ source: notAFolder })],
    ['source', 'a folder that does not exist', () => ({ source: `${source}-missing` })],
    ['bucket', 'Not_A_Bucket', () => ({ bucket: 'Not_A_Bucket' })],
    ['distribution-id', 'my-distribution', () => ({ 'distribution-id': 'my-distribution' })],
    ['invalidate', 'some', () => ({ invalidate: 'some' })],
    ['max-delete-ratio', '2', () => ({ 'max-delete-ratio': '2' })],
    ['keep-old-assets', '-1', () => ({ 'keep-old-assets': '-1' })],
    ['concurrency', '0', () => ({ concurrency: '0' })],
    ['multipart-threshold', '1MiB', () => ({ 'multipart-threshold': '1MiB' })],
    ['cache-control', 'a line without a colon', () => ({ 'cache-control': '*.js public, max-age=60' })],
    ['wait-for-invalidation', 'true without distribution-id', () => ({ 'wait-for-invalidation': 'true' })],
    ['symlinks', 'follow', () => ({ symlinks: 'follow' })],
  ];

  it.each(cases)('fails on %s (%s) with one error naming it, before any AWS call', async (input, _what, bad) => {
    const overrides = bad();
    const run = await fixture.deploy({ source, bucket, ...overrides });
    expect(run.result.conclusion).toBe('failure');
    expect(run.errors).toHaveLength(1);
    expect(run.errors[0]).toMatch(new RegExp(`^Input '${input}': `));
    expect(run.s3Requests).toEqual([]);
    expect(run.cloudfrontRequests).toEqual([]);
    expect(await fixture.keys(bucket)).toEqual([]);
  });
});

describe('FaultProxy', () => {
  const client = () => new S3Client({
    region: 'us-east-1', endpoint: fixture.s3Proxy.url, forcePathStyle: true, maxAttempts: 1,
    credentials: { accessKeyId: 'testing', secretAccessKey: 'testing' },
  });
  const get = async (s3: S3Client, bucket: string, key: string) =>
    (await s3.send(new GetObjectCommand({ Bucket: bucket, Key: key })).then((out) => out.Body?.transformToString())
      .catch((error: Error & { $metadata?: { httpStatusCode?: number } }) => `${error.$metadata?.httpStatusCode} ${error.name}`));

  it('forwards to the upstream, records every request, and fails only the matching ones, as many times as asked', async () => {
    const bucket = await fixture.createBucket('proxy');
    const s3 = client();
    const from = fixture.s3Proxy.requests.length;
    await s3.send(new PutObjectCommand({ Bucket: bucket, Key: 'dir/a b.txt', Body: 'hello' }));
    await s3.send(new PutObjectCommand({ Bucket: bucket, Key: 'other.txt', Body: 'other' }));
    fixture.s3Proxy.fail({ method: 'GET', path: `/${bucket}/dir/a b.txt`, status: 503, times: 2 });
    const answers = [await get(s3, bucket, 'dir/a b.txt'), await get(s3, bucket, 'other.txt'), await get(s3, bucket, 'dir/a b.txt'), await get(s3, bucket, 'dir/a b.txt')];
    expect(answers).toEqual(['503 InternalError', 'other', '503 InternalError', 'hello']);
    const seen = fixture.s3Proxy.since(from).map((r) => [r.method, r.path, r.status, r.injected]);
    expect(seen).toEqual([
      ['PUT', `/${bucket}/dir/a b.txt`, 200, false], ['PUT', `/${bucket}/other.txt`, 200, false],
      ['GET', `/${bucket}/dir/a b.txt`, 503, true], ['GET', `/${bucket}/other.txt`, 200, false],
      ['GET', `/${bucket}/dir/a b.txt`, 503, true], ['GET', `/${bucket}/dir/a b.txt`, 200, false],
    ]);
    expect(fixture.s3Proxy.since(from)[0]?.bodyBytes).toBeGreaterThanOrEqual(5);
    s3.destroy();
  });

  it('can let the upstream act and lose the answer (afterUpstream)', async () => {
    const bucket = await fixture.createBucket('proxy-lost');
    const s3 = client();
    fixture.s3Proxy.fail({ method: 'PUT', path: /\/lost\.txt$/, status: 500, afterUpstream: true });
    await expect(s3.send(new PutObjectCommand({ Bucket: bucket, Key: 'lost.txt', Body: 'arrived' }))).rejects.toMatchObject({ $metadata: { httpStatusCode: 500 } });
    expect(await fixture.text(bucket, 'lost.txt')).toBe('arrived');
    s3.destroy();
  });
});
