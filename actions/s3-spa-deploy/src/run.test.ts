import { describe, expect, it } from '@jest/globals';
import { ManualClock } from '../../common/src/clock.js';
import { MemoryLogger } from '../../common/src/logger.js';
import type { CloudFrontApi, S3Api } from './aws.js';
import { getInputs } from './inputs.js';
import type { LocalFile, RemoteObject } from './plan.js';
import type { ObjectHeaders } from './rules.js';
import { MANIFEST_KEY, run } from './run.js';

const md5 = (c: string) => c.repeat(32).slice(0, 32);
const file = (key: string, c = 'a'): LocalFile => ({ key, path: `/src/${key}`, size: 5, md5: md5(c) });

/** An in-memory bucket; `failKeys` make uploads of those keys fail. */
class FakeS3 implements S3Api {
  readonly objects = new Map<string, { etag: string; body?: string; headers: ObjectHeaders; md5?: string }>();
  readonly uploads: string[] = [];
  failKeys = new Set<string>();
  async list(prefix: string): Promise<RemoteObject[]> {
    return [...this.objects].filter(([k]) => k.startsWith(prefix)).map(([key, o]) => ({ key, etag: o.etag, size: 5 }));
  }
  async head(key: string) {
    const o = this.objects.get(key);
    return o && { ...o.headers, etag: o.etag, md5: o.md5 };
  }
  async getText(key: string) {
    return this.objects.get(key)?.body;
  }
  async upload(key: string, _path: string, _size: number, md5: string, headers: ObjectHeaders) {
    if (this.failKeys.has(key)) throw new Error('InternalError: We encountered an internal error');
    this.uploads.push(key);
    this.objects.set(key, { etag: md5, headers, md5 });
    return md5;
  }
  async putText(key: string, body: string, headers: ObjectHeaders) {
    this.objects.set(key, { etag: 'x', body, headers });
  }
  async delete(keys: string[]) {
    for (const k of keys) this.objects.delete(k);
    return [];
  }
}

function setup(values: Record<string, string>, local: LocalFile[]) {
  const s3 = new FakeS3();
  const invalidations: string[][] = [];
  const cloudfront: CloudFrontApi = { createInvalidation: async (_d, paths) => (invalidations.push(paths), `I${invalidations.length}`), invalidationStatus: async () => 'Completed' };
  const read = (n: string) => ({ source: 'dist', bucket: 'site', ...values })[n] ?? '';
  const go = (files = local) => run(getInputs({ read, env: { AWS_REGION: 'us-east-1', GITHUB_RUN_ID: '1' }, isDirectory: () => true }), {
    s3, cloudfront, scan: async () => files, clock: new ManualClock(0), logger: new MemoryLogger(), random: () => 0.5,
  });
  return { s3, invalidations, go };
}

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

  it('uploads no HTML when an asset fails, and leaves the manifest as it was', async () => {
    const s = setup({}, site);
    s.s3.failKeys.add('robots.txt');
    await expect(s.go()).rejects.toThrow('1 upload(s) of assets failed, so no HTML was uploaded and the live site was left as it was:\nrobots.txt: InternalError');
    expect(s.s3.uploads.filter((k) => k.endsWith('.html'))).toEqual([]);
    expect(s.s3.objects.has(MANIFEST_KEY)).toBe(false);
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
});
