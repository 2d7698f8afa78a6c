import { describe, expect, it } from '@jest/globals';
import { ManualClock } from '../../common/src/clock.js';
import { MemoryLogger } from '../../common/src/logger.js';
import type { S3Api } from './aws.js';
import type { CloudFrontApi } from './cloudfront.js';
import { getInputs } from './inputs.js';
import type { LocalFile, RemoteObject } from './plan.js';
import type { ObjectHeaders } from './rules.js';
import { CANCELLED_BEFORE_CHANGES } from './outcome.js';
import { MANIFEST_KEY, run } from './run.js';

const md5 = (c: string) => c.repeat(32).slice(0, 32);
const file = (key: string, c = 'a'): LocalFile => ({ key, path: `/src/${key}`, size: 5, md5: md5(c) });

/**
 * An in-memory bucket; `failKeys` make uploads of those keys fail. Uploads of `holdKeys` wait for `cancel` and then
 * reject as the SDK does on an abort, having stored the new content first when the key is in `landOnCancel` (the PUT
 * reached S3 before the abort). `onUpload` sees every upload as it starts.
 */
class FakeS3 implements S3Api {
  readonly objects = new Map<string, { etag: string; body?: string; headers: ObjectHeaders; md5?: string }>();
  readonly uploads: string[] = [];
  readonly calls: string[] = [];
  failKeys = new Set<string>();
  holdKeys = new Set<string>();
  landOnCancel = new Set<string>();
  /** Keys whose HeadObject after the cancel fails (a throttled S3, a deadline). */
  headFails = new Set<string>();
  onUpload: (key: string) => void = () => undefined;
  constructor(readonly cancel = new AbortController()) {}
  async list(prefix: string): Promise<RemoteObject[]> {
    this.calls.push('list');
    return [...this.objects].filter(([k]) => k.startsWith(prefix)).map(([key, o]) => ({ key, etag: o.etag, size: 5 }));
  }
  async head(key: string) {
    const o = this.objects.get(key);
    return o && { ...o.headers, etag: o.etag, md5: o.md5 };
  }
  async headAfterCancel(key: string) {
    this.calls.push(`headAfterCancel ${key}`);
    if (this.headFails.has(key)) throw new Error('TimeoutError');
    return this.head(key);
  }
  async getText(key: string) {
    return this.objects.get(key)?.body;
  }
  async upload(key: string, _path: string, _size: number, md5: string, headers: ObjectHeaders) {
    this.onUpload(key);
    if (this.failKeys.has(key)) throw new Error('InternalError: We encountered an internal error');
    if (this.holdKeys.has(key)) {
      await new Promise((resolve) => this.cancel.signal.addEventListener('abort', resolve, { once: true }));
      if (this.landOnCancel.has(key)) this.objects.set(key, { etag: md5, headers, md5 });
      throw Object.assign(new Error('Request aborted'), { name: 'AbortError' });
    }
    this.uploads.push(key);
    this.objects.set(key, { etag: md5, headers, md5 });
    return md5;
  }
  async putText(key: string, body: string, headers: ObjectHeaders) {
    this.cancel.signal.throwIfAborted();
    this.calls.push(`putText ${key}`);
    this.objects.set(key, { etag: 'x', body, headers });
  }
  async delete(keys: string[]) {
    for (const k of keys) this.objects.delete(k);
    return [];
  }
}

function setup(values: Record<string, string>, local: LocalFile[]) {
  const s3 = new FakeS3();
  const logger = new MemoryLogger();
  const invalidations: string[][] = [];
  const cloudfront: CloudFrontApi = { createInvalidation: async (_d, paths) => (invalidations.push(paths), `I${invalidations.length}`), invalidationStatus: async () => 'Completed' };
  const read = (n: string) => ({ source: 'dist', bucket: 'site', ...values })[n] ?? '';
  const go = (files = local) => run(getInputs({ read, env: { AWS_REGION: 'us-east-1', GITHUB_RUN_ID: '1' }, isDirectory: () => true }), {
    s3, cloudfront, scan: async () => ({ files, skipped: [] }), clock: new ManualClock(0), logger, random: () => 0.5, signal: s3.cancel.signal,
  });
  return { s3, invalidations, go, logger, cloudfront };
}

  const v1 = [file('index.html', '1'), file('about/index.html', '1'), file('assets/app.3f9a1c2b.js', '1'), file('config.js', '1'), file('robots.txt', '1'), file('sw.js', '1')];
  const v2 = [
    file('index.html', '2'), file('about/index.html', '2'), file('blog/new.html', '2'), file('assets/app.3f9a1c2b.js', '1'), file('assets/chunk.5e6f7a8b.js', '2'),
    file('assets/vendor.0a1b2c3d.js', '2'), file('config.js', '2'), file('robots.txt', '2'), file('sw.js', '2'),
  ];
const md5Of = (s: ReturnType<typeof setup>, key: string) => s.s3.objects.get(key)?.md5;
const site = [file('index.html', 'i'), file('about/index.html', 'b'), file('assets/app.3f9a1c2b.js', 'j'), file('robots.txt', 'r')];

describe('run', () => {
  it('uploads in phases with index.html last, writes the manifest, and an identical rerun uploads nothing', async () => {
    const s = setup({ 'distribution-id': 'E2TEST' }, site);
    const first = await s.go();
    expect(s.s3.uploads).toEqual(['assets/app.3f9a1c2b.js', 'robots.txt', 'about/index.html', 'index.html']);
    expect(first.uploaded).toHaveLength(4);
    expect(s.s3.objects.has(MANIFEST_KEY)).toBe(true);
    expect(s.invalidations[0]).toEqual(['/', '/about/', '/about/index.html', '/index.html', '/robots.txt']);
    const second = await s.go();
    expect(second.uploaded).toHaveLength(0);
    expect(second.unchanged).toBe(4);
    expect(s.invalidations).toHaveLength(1);
  });

  describe('a failed upload', () => {

    it('replaces no fixed-name file or page when a content-addressed asset fails, and says the live site is unchanged', async () => {
      const s = setup({ concurrency: '1' }, v1);
      await s.go();
      const manifest = s.s3.objects.get(MANIFEST_KEY)?.body;
      s.s3.failKeys.add('assets/vendor.0a1b2c3d.js');
      await expect(s.go(v2)).rejects.toThrow([
        '1 upload(s) failed in phase 1 of 3 (content-addressed assets), so the deploy stopped:',
        "  'assets/vendor.0a1b2c3d.js': InternalError: We encountered an internal error",
        'The live site is unchanged: no page, no fixed-name file (sw.js, config.js, robots.txt, …) and not index.html was replaced.',
        '1 of 2 new content-addressed asset(s) are in the bucket beside the old ones; no live page refers to them yet.',
        'The manifest was not written',
      ].join('\n'));
      for (const key of ['index.html', 'about/index.html', 'config.js', 'robots.txt', 'sw.js']) expect(md5Of(s, key)).toBe(md5('1'));
      expect(s.s3.objects.has('blog/new.html')).toBe(false);
      expect(s.s3.objects.get(MANIFEST_KEY)?.body).toBe(manifest);
    });

    it('names what is live, what is still the previous version and what is not there yet when a page fails', async () => {
      const s = setup({ concurrency: '1' }, v1);
      await s.go();
      s.s3.failKeys.add('about/index.html');
      const error = await s.go(v2).then(() => undefined, (e: Error) => e.message);
      expect(error).toBe([
        '1 upload(s) failed in phase 2 of 3 (fixed-name files and pages), so the deploy stopped:',
        "  'about/index.html': InternalError: We encountered an internal error",
        'The live site is mixed: all 2 new content-addressed asset(s) are in the bucket, and of the 6 fixed-name files and pages (index.html last):',
        "  new and live: 3 — 'config.js', 'robots.txt', 'sw.js'",
        "  still the previous version: 2 — 'about/index.html', 'index.html'",
        "  not in the bucket yet (new in this deploy): 1 — 'blog/new.html'",
        'The manifest was not written and nothing was deleted or invalidated; running the deploy again finishes it (what is already uploaded is skipped).',
      ].join('\n'));
      expect(['config.js', 'robots.txt', 'sw.js', 'about/index.html', 'index.html'].map((key) => md5Of(s, key))).toEqual([md5('2'), md5('2'), md5('2'), md5('1'), md5('1')]);
    });

    it('says every other file is live when index.html itself fails', async () => {
      const s = setup({}, v1);
      await s.go();
      s.s3.failKeys.add('index.html');
      await expect(s.go(v2)).rejects.toThrow([
        "  new and live: 5 — 'config.js', 'robots.txt', 'sw.js', 'about/index.html', 'blog/new.html'",
        "  still the previous version: 1 — 'index.html'",
      ].join('\n'));
    });
  });

  it('changes nothing in a dry run but reports the plan', async () => {
    const s = setup({ 'dry-run': 'true', 'distribution-id': 'E2TEST' }, site);
    const report = await s.go();
    expect(report.uploaded).toHaveLength(4);
    expect(report.invalidatedPaths).toContain('/');
    expect(s.s3.objects.size).toBe(0);
    expect(s.invalidations).toEqual([]);
  });

  it('deletes stale plain files after the upload and keeps the previous deploy\'s assets', async () => {
    const s = setup({ 'max-delete-ratio': '1' }, site);
    await s.go();
    const next = [file('index.html', 'I'), file('about/index.html', 'b'), file('assets/app.99999999.js', 'k')];
    const report = await s.go(next);
    expect(report.deleted).toEqual(['robots.txt']);
    expect(report.plan.kept).toEqual(['assets/app.3f9a1c2b.js']);
    expect(s.s3.objects.has('assets/app.3f9a1c2b.js')).toBe(true);
    await s.go([file('index.html', 'J'), file('about/index.html', 'b'), file('assets/app.88888888.js', 'l')]);
    expect(s.s3.objects.has('assets/app.3f9a1c2b.js')).toBe(false);
    expect(s.s3.objects.has('assets/app.99999999.js')).toBe(true);
  });

  describe('a cancel (SIGINT)', () => {
    const errorOf = (promise: Promise<unknown>) => promise.then(() => '', (e: Error) => e.message);

    it('before any upload: nothing was changed, and it says so', async () => {
      const s = setup({}, site);
      s.s3.cancel.abort();
      expect(await errorOf(s.go())).toBe(CANCELLED_BEFORE_CHANGES);
      expect(s.s3.uploads).toEqual([]);
    });

    it('in phase 1: nothing more starts, no fixed-name file or page is replaced, and the live site is unchanged', async () => {
      const s = setup({ concurrency: '1' }, v1);
      await s.go();
      s.s3.holdKeys.add('assets/chunk.5e6f7a8b.js');
      s.s3.onUpload = (key) => key === 'assets/chunk.5e6f7a8b.js' && setImmediate(() => s.s3.cancel.abort());
      const error = await errorOf(s.go(v2));
      expect(error.split('\n').slice(0, 3)).toEqual([
        'Cancelled in phase 1 of 3 (content-addressed assets): the uploads in flight were aborted and no new one was started.',
        'The live site is unchanged: no page, no fixed-name file (sw.js, config.js, robots.txt, …) and not index.html was replaced.',
        '0 of 2 new content-addressed asset(s) are in the bucket beside the old ones; no live page refers to them yet.',
      ]);
      expect(s.s3.uploads.slice(6)).toEqual([]);
      for (const key of ['index.html', 'about/index.html', 'config.js', 'robots.txt', 'sw.js']) expect(md5Of(s, key)).toBe(md5('1'));
      // Assets need no check: no live page loads them.
      expect(s.s3.calls.filter((c) => c.startsWith('headAfterCancel'))).toEqual([]);
    });

    it('in phase 2: asks S3 which interrupted files landed, and names each file as live, previous or either', async () => {
      const s = setup({}, v1);
      await s.go();
      for (const key of ['config.js', 'robots.txt', 'sw.js']) s.s3.holdKeys.add(key);
      s.s3.landOnCancel.add('config.js');
      s.s3.headFails.add('robots.txt');
      s.s3.onUpload = (key) => key === 'sw.js' && setImmediate(() => s.s3.cancel.abort());
      const error = await errorOf(s.go(v2));
      expect(error).toBe([
        'Cancelled in phase 2 of 3 (fixed-name files and pages): the uploads in flight were aborted and no new one was started.',
        'The live site is mixed: all 2 new content-addressed asset(s) are in the bucket, and of the 6 fixed-name files and pages (index.html last):',
        "  new and live: 3 — 'config.js', 'about/index.html', 'blog/new.html'",
        "  still the previous version: 2 — 'sw.js', 'index.html'",
        "  either version (cut off by the cancel; a HeadObject could not tell which): 1 — 'robots.txt'",
        'The manifest was not written and nothing was deleted or invalidated; running the deploy again finishes it (what is already uploaded is skipped).',
      ].join('\n'));
      expect(s.s3.calls.filter((c) => c.startsWith('headAfterCancel')).sort()).toEqual(['headAfterCancel config.js', 'headAfterCancel robots.txt', 'headAfterCancel sw.js']);
      expect(md5Of(s, 'index.html')).toBe(md5('1'));
      expect(s.logger.text('info')).toContain("either version (cut off by the cancel; a HeadObject could not tell which): 'robots.txt'");
    });

    it('after every upload: the new site is live; it names the step cut off and the ones not done', async () => {
      const s = setup({ 'distribution-id': 'E2TEST', 'max-delete-ratio': '1' }, v1);
      await s.go();
      s.cloudfront.createInvalidation = async () => {
        s.s3.cancel.abort();
        throw Object.assign(new Error('Request aborted'), { name: 'AbortError' });
      };
      const error = await errorOf(s.go(v2.filter((f) => f.key !== 'robots.txt')));
      expect(error).toBe('Cancelled after every upload finished: the new site is live. Cut off while invalidating 8 path(s) on E2TEST (it may or may not have taken effect). Not done: deleting 1 stale object(s).');
      expect(s.s3.objects.has('robots.txt')).toBe(true);
    });
  });
});
