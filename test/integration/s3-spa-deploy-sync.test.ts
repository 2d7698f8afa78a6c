import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { DeleteObjectCommand } from '@aws-sdk/client-s3';
import { createHash, randomBytes } from 'node:crypto';
import { IMMUTABLE, MANIFEST_KEY, MIB, S3SpaFixture, SHORT, spaFiles, writesIn, type DeployRun } from './s3-fixtures.js';

// s3-spa-deploy's committed dist, run as the runner runs it, against moto's S3 (and the simulator's CloudFront):
// what a deploy uploads, with which headers, what a rebuild leaves alone, and what it deletes.

jest.setTimeout(60_000);

const fixture = new S3SpaFixture();
const md5 = (content: string | Buffer) => createHash('md5').update(content).digest('hex');
/** Keys of the objects the run PUT, in the order the requests arrived (multipart parts excluded). */
const putKeys = (run: DeployRun, bucket: string) =>
  run.s3Requests.filter((r) => r.method === 'PUT' && !r.query.includes('partNumber')).map((r) => r.path.slice(`/${bucket}/`.length));

beforeAll(() => fixture.start(), 60_000);
afterAll(() => fixture.stop(), 30_000);

describe('first deploy, then an identical fresh rebuild', () => {
  const files = spaFiles('v1');
  let bucket = '';
  let source = '';

  it('uploads every file with the SPA content types and cache rules, md5 metadata, no ACL, index.html last', async () => {
    bucket = await fixture.createBucket('first');
    source = await fixture.writeSite('first', files);
    const run = await fixture.deploy({ source, bucket });
    expect(run.errors).toEqual([]);
    expect(run.result.conclusion).toBe('success');
    const bytes = Object.values(files).reduce((sum, content) => sum + Buffer.byteLength(content), 0);
    expect(run.result.outputs).toEqual({
      uploaded: '10', unchanged: '0', deleted: '0', 'bytes-uploaded': String(bytes), 'invalidation-id': '', 'invalidated-paths': '',
    });

    const objects = await fixture.objects(bucket);
    expect([...objects.keys()].sort()).toEqual([...Object.keys(files), MANIFEST_KEY].sort());
    const expected: Array<[string, string, string]> = [
      ['index.html', 'text/html; charset=utf-8', 'no-cache'],
      ['assets/app.3f9a1c2b.js', 'text/javascript; charset=utf-8', IMMUTABLE],
      ['assets/app.3f9a1c2b.js.map', 'application/json; charset=utf-8', IMMUTABLE],
      ['assets/index.4f2a9c1e.css', 'text/css; charset=utf-8', IMMUTABLE],
      ['assets/engine.0d1e2f3a.wasm', 'application/wasm', IMMUTABLE],
      ['assets/inter.9a8b7c6d.woff2', 'font/woff2', IMMUTABLE],
      ['logo.svg', 'image/svg+xml; charset=utf-8', SHORT],
      ['site.webmanifest', 'application/manifest+json; charset=utf-8', 'no-cache'],
      ['sw.js', 'text/javascript; charset=utf-8', 'no-cache'],
      ['robots.txt', 'text/plain; charset=utf-8', SHORT],
    ];
    for (const [key, contentType, cacheControl] of expected) {
      const content = files[key] as string | Buffer;
      expect({ key, ...objects.get(key) }).toMatchObject({ key, contentType, cacheControl, contentEncoding: '', etag: md5(content), metadata: { md5: md5(content) } });
    }

    const puts = run.s3Requests.filter((r) => r.method === 'PUT');
    expect(puts).toHaveLength(11);
    expect(puts.filter((r) => 'x-amz-acl' in r.headers || Object.keys(r.headers).some((h) => h.startsWith('x-amz-grant')))).toEqual([]);
    expect(await fixture.grants(bucket, 'index.html')).toEqual([expect.objectContaining({ Permission: 'FULL_CONTROL', Grantee: expect.objectContaining({ Type: 'CanonicalUser' }) })]);
    // index.html goes live only after every asset it references, and the manifest records the finished deploy.
    expect(putKeys(run, bucket).slice(-2)).toEqual(['index.html', MANIFEST_KEY]);
  });

  it('uploads nothing when the same site is built again (new mtimes, same bytes)', async () => {
    await fixture.writeSite('first', files);
    const before = await fixture.objects(bucket);
    const run = await fixture.deploy({ source, bucket });
    expect(run.errors).toEqual([]);
    expect(run.result.outputs).toMatchObject({ uploaded: '0', unchanged: '10', deleted: '0', 'bytes-uploaded': '0' });
    // The manifest knew every ETag: no HeadObject, and the only write is the manifest of this deploy.
    expect(run.s3Requests.filter((r) => r.method === 'HEAD')).toEqual([]);
    expect(putKeys(run, bucket)).toEqual([MANIFEST_KEY]);
    expect(writesIn(run.s3Requests)).toHaveLength(1);
    const after = await fixture.objects(bucket);
    for (const key of Object.keys(files)) expect(after.get(key)).toEqual(before.get(key));
  });
});

describe('a changed asset and index.html, with a CloudFront distribution', () => {
  it('uploads exactly those two and invalidates only / and /index.html', async () => {
    const bucket = await fixture.createBucket('changed');
    const distributionId = fixture.createDistribution();
    const source = await fixture.writeSite('changed', spaFiles('v1'));
    expect((await fixture.deploy({ source, bucket, 'distribution-id': distributionId })).result.conclusion).toBe('success');

    const v2 = spaFiles('v2', { 'assets/app.5e6f7a8b.js': 'console.log("app v2");\n' });
    delete v2['assets/app.3f9a1c2b.js'];
    await fixture.writeSite('changed', v2);
    const run = await fixture.deploy({ source, bucket, 'distribution-id': distributionId });
    expect(run.errors).toEqual([]);
    expect(run.result.outputs).toMatchObject({ uploaded: '2', unchanged: '8', deleted: '0', 'invalidated-paths': '/\n/index.html' });
    expect(putKeys(run, bucket)).toEqual(['assets/app.5e6f7a8b.js', 'index.html', MANIFEST_KEY]);

    const invalidations = fixture.sim.control.cloudfront.invalidations(distributionId);
    expect(invalidations).toHaveLength(2);
    const last = invalidations[1];
    expect(last?.paths).toEqual(['/', '/index.html']);
    expect(run.result.outputs['invalidation-id']).toBe(last?.id);
    expect(run.cloudfrontRequests.map((r) => `${r.method} ${r.path}`)).toEqual([`POST /2020-05-31/distribution/${distributionId}/invalidation`]);
    // The previous page's bundle stays for clients that still have it open.
    expect(await fixture.keys(bucket)).toContain('assets/app.3f9a1c2b.js');
  });
});

describe('deletions with a grace period for the previous deploy\'s assets (keep-old-assets 1)', () => {
  it('keeps v1\'s bundle through v2, deletes it at v3, and deletes plain stale files at once', async () => {
    const bucket = await fixture.createBucket('grace');
    const site = (version: string, bundle: string, extra: Record<string, string> = {}) => ({
      'index.html': `<script src="/assets/${bundle}"></script> ${version}`, [`assets/${bundle}`]: `// ${version}`, 'about.txt': 'about', ...extra,
    });
    const deploy = async (files: Record<string, string>) => {
      const run = await fixture.deploy({ source: await fixture.writeSite('grace', files), bucket, 'keep-old-assets': '1' });
      expect(run.errors).toEqual([]);
      return run;
    };

    await deploy(site('v1', 'app.1a2b3c4d.js', { 'stale-v1.txt': 'only in v1' }));
    const v2 = await deploy(site('v2', 'app.5e6f7a8b.js'));
    expect(v2.result.outputs).toMatchObject({ uploaded: '2', unchanged: '1', deleted: '1' });
    expect(v2.result.log).toContain("keep (previous deploy's asset) assets/app.1a2b3c4d.js");
    expect(v2.result.log).toContain('delete stale-v1.txt');
    expect(await fixture.keys(bucket)).toEqual([MANIFEST_KEY, 'about.txt', 'assets/app.1a2b3c4d.js', 'assets/app.5e6f7a8b.js', 'index.html']);

    const v3 = await deploy(site('v3', 'app.9c0d1e2f.js'));
    expect(v3.result.outputs).toMatchObject({ uploaded: '2', unchanged: '1', deleted: '1' });
    expect(await fixture.keys(bucket)).toEqual([MANIFEST_KEY, 'about.txt', 'assets/app.5e6f7a8b.js', 'assets/app.9c0d1e2f.js', 'index.html']);
    // Deletions come after the new index.html is live.
    const order = v3.s3Requests.map((r) => `${r.method} ${r.query.startsWith('delete') ? 'DeleteObjects' : r.path}`);
    expect(order.indexOf('POST DeleteObjects')).toBeGreaterThan(order.indexOf(`PUT /${bucket}/index.html`));
  });
});

describe('multipart uploads above multipart-threshold', () => {
  it('uploads a 6 MiB file in parts and never again for the same bytes, with or without the manifest', async () => {
    const bucket = await fixture.createBucket('multipart');
    const video = randomBytes(6 * MIB);
    const files = { 'index.html': '<video src="/media/intro.7f8e9d0c.bin"></video>', 'media/intro.7f8e9d0c.bin': video };
    const source = await fixture.writeSite('multipart', files);
    const inputs = { source, bucket, 'multipart-threshold': '5MiB' };

    const first = await fixture.deploy(inputs);
    expect(first.errors).toEqual([]);
    expect(first.result.outputs).toMatchObject({ uploaded: '2', 'bytes-uploaded': String(video.length + files['index.html'].length) });
    const parts = first.s3Requests.filter((r) => r.method === 'PUT' && /partNumber=/.test(r.query));
    expect(parts.map((r) => r.path)).toEqual([`/${bucket}/media/intro.7f8e9d0c.bin`, `/${bucket}/media/intro.7f8e9d0c.bin`]);
    const stored = (await fixture.objects(bucket)).get('media/intro.7f8e9d0c.bin');
    expect(stored).toMatchObject({ size: video.length, contentType: 'application/octet-stream', cacheControl: IMMUTABLE, metadata: { md5: md5(video) } });
    expect(stored?.etag).toMatch(/^[0-9a-f]{32}-2$/);

    await fixture.writeSite('multipart', files);
    const rebuild = await fixture.deploy(inputs);
    expect(rebuild.result.outputs).toMatchObject({ uploaded: '0', unchanged: '2' });
    expect(putKeys(rebuild, bucket)).toEqual([MANIFEST_KEY]);

    // Without the manifest the multipart ETag says nothing about the bytes: the md5 metadata, read by HeadObject, does.
    await fixture.s3.send(new DeleteObjectCommand({ Bucket: bucket, Key: MANIFEST_KEY }));
    await fixture.writeSite('multipart', files);
    const noManifest = await fixture.deploy(inputs);
    expect(noManifest.errors).toEqual([]);
    expect(noManifest.result.outputs).toMatchObject({ uploaded: '0', unchanged: '2' });
    expect(noManifest.s3Requests.filter((r) => r.method === 'HEAD').map((r) => r.path)).toContain(`/${bucket}/media/intro.7f8e9d0c.bin`);
    expect(putKeys(noManifest, bucket)).toEqual([MANIFEST_KEY]);
    expect((await fixture.objects(bucket)).get('media/intro.7f8e9d0c.bin')?.etag).toBe(stored?.etag);
  });
});

describe('precompressed siblings', () => {
  it('serves app.js.br as JavaScript with Content-Encoding br (and .css.gz as gzip), unchanged on a rebuild', async () => {
    const bucket = await fixture.createBucket('precompressed');
    const files = {
      'index.html': '<script src="/assets/app.3f9a1c2b.js"></script>',
      'assets/app.3f9a1c2b.js': 'console.log("app");',
      'assets/app.3f9a1c2b.js.br': Buffer.from([0x1b, 0x12, 0x00, 0xf8, 0x25]),
      'assets/index.4f2a9c1e.css.gz': Buffer.from([0x1f, 0x8b, 0x08, 0x00]),
    };
    const source = await fixture.writeSite('precompressed', files);
    const run = await fixture.deploy({ source, bucket, precompressed: 'true' });
    expect(run.errors).toEqual([]);
    const objects = await fixture.objects(bucket);
    expect(objects.get('assets/app.3f9a1c2b.js.br')).toMatchObject({ contentEncoding: 'br', contentType: 'text/javascript; charset=utf-8', cacheControl: IMMUTABLE });
    expect(objects.get('assets/index.4f2a9c1e.css.gz')).toMatchObject({ contentEncoding: 'gzip', contentType: 'text/css; charset=utf-8', cacheControl: IMMUTABLE });
    expect(objects.get('assets/app.3f9a1c2b.js')).toMatchObject({ contentEncoding: '', contentType: 'text/javascript; charset=utf-8' });

    await fixture.writeSite('precompressed', files);
    const rebuild = await fixture.deploy({ source, bucket, precompressed: 'true' });
    expect(rebuild.result.outputs).toMatchObject({ uploaded: '0', unchanged: '4' });
  });
});
