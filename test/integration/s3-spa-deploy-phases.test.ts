import { afterAll, afterEach, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { ListMultipartUploadsCommand } from '@aws-sdk/client-s3';
import { randomBytes } from 'node:crypto';
import type { ProxiedRequest } from '../support/fault-proxy.js';
import { MANIFEST_KEY, MIB, S3SpaFixture, type SiteFiles } from './s3-fixtures.js';

// What a deploy that stops part-way leaves live, against moto's bucket: content-addressed assets go first, every file
// a live page loads by a fixed name goes with the pages, index.html last. The fault proxy fails one chosen upload on
// every attempt, or holds one in flight while the step is cancelled as the runner cancels it; the error must say
// exactly which files are new, and a cancel must leave no multipart upload open.

jest.setTimeout(60_000);

const fixture = new S3SpaFixture();

beforeAll(() => fixture.start(), 60_000);
afterAll(() => fixture.stop(), 30_000);
afterEach(() => fixture.s3Proxy.clearFaults());

/** A release: every file changes between versions, the hashed ones by name, the others in place. */
const release = (v: string, hash: string): SiteFiles => ({
  'index.html': `<script src="/config.js"></script><script src="/assets/app.${hash}.js"></script> ${v}`,
  'about/index.html': `about ${v}`,
  [`assets/app.${hash}.js`]: `navigator.serviceWorker.register("/sw.js"); // ${v}`,
  [`assets/vendor.${hash}.js`]: `// vendor ${v}`,
  'config.js': `window.API = "https://api.example.com/${v}";`,
  'sw.js': `// service worker ${v}`,
  'robots.txt': `# ${v}`,
});
const v1 = release('v1', '1a2b3c4d');
const v2: SiteFiles = { ...release('v2', '5e6f7a8b'), 'blog/new.html': 'new page v2' };
const FIXED = ['config.js', 'sw.js', 'robots.txt', 'about/index.html', 'index.html'];

async function deployed(label: string): Promise<{ bucket: string; source: string; manifest: string }> {
  const bucket = await fixture.createBucket(label);
  const source = await fixture.writeSite(label, v1);
  expect((await fixture.deploy({ source, bucket, concurrency: '1' })).errors).toEqual([]);
  await fixture.writeSite(label, v2);
  return { bucket, source, manifest: await fixture.text(bucket, MANIFEST_KEY) };
}

const contents = (bucket: string, keys: string[]) => Promise.all(keys.map((key) => fixture.text(bucket, key)));

describe('a failed upload', () => {
  it('when a content-addressed asset fails, no fixed-name file or page was replaced, and the error says so', async () => {
    const { bucket, source, manifest } = await deployed('asset-fails');
    fixture.s3Proxy.fail({ method: 'PUT', path: `/${bucket}/assets/vendor.5e6f7a8b.js`, status: 500 });
    const run = await fixture.deploy({ source, bucket, concurrency: '1' });
    expect(run.result.conclusion).toBe('failure');
    expect(run.errors).toHaveLength(1);
    expect(run.errors[0]).toContain("1 upload(s) failed in phase 1 of 3 (content-addressed assets), so the deploy stopped:\n  'assets/vendor.5e6f7a8b.js': after 4 attempts: InternalError");
    expect(run.errors[0]).toContain('The live site is unchanged: no page, no fixed-name file (sw.js, config.js, robots.txt, …) and not index.html was replaced.');
    expect(await contents(bucket, FIXED)).toEqual(FIXED.map((key) => v1[key]));
    expect(run.s3Requests.filter((r) => r.method === 'PUT').map((r) => r.path.slice(bucket.length + 2))).not.toContain('sw.js');
    expect(await fixture.keys(bucket)).not.toContain('blog/new.html');
    expect(await fixture.text(bucket, MANIFEST_KEY)).toBe(manifest);
  });

  it('when a page fails, the error names each fixed-name file and page as live, previous or not there yet', async () => {
    const { bucket, source, manifest } = await deployed('page-fails');
    fixture.s3Proxy.fail({ method: 'PUT', path: `/${bucket}/about/index.html`, status: 500 });
    const run = await fixture.deploy({ source, bucket, concurrency: '1' });
    expect(run.result.conclusion).toBe('failure');
    expect(run.errors).toHaveLength(1);
    expect(run.errors[0]).toContain([
      "  'about/index.html': after 4 attempts: InternalError: fault injected by the test proxy (HTTP 500)",
      'The live site is mixed: all 2 new content-addressed asset(s) are in the bucket, and of the 6 fixed-name files and pages (index.html last):',
      "  new and live: 3 — 'config.js', 'robots.txt', 'sw.js'",
      "  still the previous version: 2 — 'about/index.html', 'index.html'",
      "  not in the bucket yet (new in this deploy): 1 — 'blog/new.html'",
    ].join('\n'));
    // What the error says is what the bucket holds.
    expect(await contents(bucket, ['config.js', 'robots.txt', 'sw.js'])).toEqual([v2['config.js'], v2['robots.txt'], v2['sw.js']]);
    expect(await contents(bucket, ['about/index.html', 'index.html'])).toEqual([v1['about/index.html'], v1['index.html']]);
    expect(await fixture.keys(bucket)).not.toContain('blog/new.html');
    expect(await fixture.text(bucket, MANIFEST_KEY)).toBe(manifest);
    expect(run.result.log).toContain("still the previous version: 'index.html'");
  });

  it('a rerun after the failure finishes the deploy, uploading only what is missing', async () => {
    const { bucket, source } = await deployed('rerun');
    fixture.s3Proxy.fail({ method: 'PUT', path: `/${bucket}/about/index.html`, status: 500 });
    expect((await fixture.deploy({ source, bucket, concurrency: '1' })).result.conclusion).toBe('failure');
    fixture.s3Proxy.clearFaults();
    const rerun = await fixture.deploy({ source, bucket });
    expect(rerun.errors).toEqual([]);
    expect(rerun.result.outputs).toMatchObject({ uploaded: '3' });
    expect(await contents(bucket, [...FIXED, 'blog/new.html'])).toEqual([...FIXED, 'blog/new.html'].map((key) => v2[key]));
  });
});

/** Starts a deploy and resolves once the proxy has seen a request of it matching `held` (the one the test holds). */
async function startHeld(inputs: Record<string, string>, held: (r: ProxiedRequest) => boolean, timeoutMs = 20_000) {
  const from = fixture.s3Proxy.requests.length;
  const started = fixture.startDeploy(inputs);
  const until = Date.now() + timeoutMs;
  while (!fixture.s3Proxy.since(from).some(held)) {
    if (Date.now() > until) throw new Error('the held request never arrived');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return started;
}

describe('a cancel (SIGINT, then SIGTERM 7.5 s later)', () => {
  it('aborts a multipart upload in flight on S3, leaves none open, and reports, all before SIGTERM', async () => {
    const bucket = await fixture.createBucket('cancel-multipart');
    const source = await fixture.writeSite('cancel-multipart', { 'index.html': 'v1' });
    expect((await fixture.deploy({ source, bucket })).errors).toEqual([]);
    await fixture.writeSite('cancel-multipart', { 'index.html': 'v2', 'media/intro.7f8e9d0c.bin': randomBytes(12 * MIB) });
    const key = `/${bucket}/media/intro.7f8e9d0c.bin`;
    fixture.s3Proxy.fail({ method: 'PUT', path: key, query: /partNumber=2/, status: 0, holdMs: 60_000 });

    const { running, finished } = await startHeld({ source, bucket, 'multipart-threshold': '5MiB' }, (r) => r.path === key && /partNumber=2/.test(r.query));
    const run = await finished(await running.cancel());

    expect(run.result.signalsSent.map((s) => s.signal)).toEqual(['SIGINT']);
    const sigint = run.result.signalsSent[0]?.atMs ?? 0;
    expect((run.result.exitedAtMs ?? Infinity) - sigint).toBeLessThan(7_500);
    const open = await fixture.s3.send(new ListMultipartUploadsCommand({ Bucket: bucket }));
    expect(open.Uploads ?? []).toEqual([]);
    // AbortMultipartUpload was sent (moto may answer 500 while a cut-off part is still arriving; the SDK retries it).
    expect(run.s3Requests.filter((r) => r.method === 'DELETE' && r.path === key && /uploadId=/.test(r.query)).map((r) => r.status).at(-1)).toBe(204);
    expect(run.errors).toHaveLength(1);
    expect(run.errors[0]).toContain('Cancelled in phase 1 of 3 (content-addressed assets): the uploads in flight were aborted and no new one was started.');
    expect(run.errors[0]).toContain('The live site is unchanged');
    expect(await fixture.text(bucket, 'index.html')).toBe('v1');
    expect(await fixture.keys(bucket)).not.toContain('media/intro.7f8e9d0c.bin');
  });

  it('in the last phases: asks S3 what landed and names each fixed-name file and page, before SIGTERM', async () => {
    const { bucket, source, manifest } = await deployed('cancel-pages');
    fixture.s3Proxy.fail({ method: 'PUT', path: `/${bucket}/sw.js`, status: 0, holdMs: 60_000 });

    const { running, finished } = await startHeld({ source, bucket, concurrency: '1' }, (r) => r.method === 'PUT' && r.path === `/${bucket}/sw.js`);
    const run = await finished(await running.cancel());

    expect(run.result.signalsSent.map((s) => s.signal)).toEqual(['SIGINT']);
    expect(run.errors).toHaveLength(1);
    expect(run.errors[0]).toBe([
      'Cancelled in phase 2 of 3 (fixed-name files and pages): the uploads in flight were aborted and no new one was started.',
      'The live site is mixed: all 2 new content-addressed asset(s) are in the bucket, and of the 6 fixed-name files and pages (index.html last):',
      "  new and live: 2 — 'config.js', 'robots.txt'",
      "  still the previous version: 3 — 'sw.js', 'about/index.html', 'index.html'",
      "  not in the bucket yet (new in this deploy): 1 — 'blog/new.html'",
      'The manifest was not written and nothing was deleted or invalidated; running the deploy again finishes it (what is already uploaded is skipped).',
    ].join('\n'));
    expect(run.s3Requests.filter((r) => r.method === 'HEAD' && r.path === `/${bucket}/sw.js`)).toHaveLength(1);
    expect(await contents(bucket, ['config.js', 'robots.txt'])).toEqual([v2['config.js'], v2['robots.txt']]);
    expect(await contents(bucket, ['sw.js', 'about/index.html', 'index.html'])).toEqual([v1['sw.js'], v1['about/index.html'], v1['index.html']]);
    expect(await fixture.text(bucket, MANIFEST_KEY)).toBe(manifest);
  });
});
