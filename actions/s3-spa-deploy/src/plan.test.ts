import { describe, expect, it } from '@jest/globals';
import { planInvalidation } from './invalidation.js';
import { type KnownObject, type LocalFile, type Manifest, nextManifest, objectsToHead, type PlanOptions, planDeploy, type RemoteObject, uploadKind } from './plan.js';
import { headersFor } from './rules.js';

const options: PlanOptions = { cacheControl: [], contentType: [], precompressed: false, delete: true, keepOldAssets: 1, maxDeleteRatio: 0.5 };
const md5 = (c: string) => c.repeat(32).slice(0, 32);
const file = (key: string, c = 'a', size = 10): LocalFile => ({ key, path: `/src/${key}`, size, md5: md5(c) });
const remoteOf = (...objects: Array<[string, string]>) => new Map<string, RemoteObject>(objects.map(([key, etag]) => [key, { key, etag, size: 10 }]));
const known = (key: string, etag: string, c = 'a'): KnownObject => ({ ...headersFor(key, options), etag, md5: md5(c) });
const manifestOf = (...deploys: Array<Record<string, KnownObject>>): Manifest => ({ version: 1, deploys: deploys.map((files, i) => ({ id: `d${i}`, at: '', files })) });

describe('planDeploy', () => {
  it('uploads everything to an empty bucket: content-addressed assets, then fixed names and pages, index.html last', () => {
    const keys = ['index.html', 'about/index.html', 'assets/app.3f9a1c2b.js', 'robots.txt', 'sw.js', 'config.js', '404.html', 'assets/app.3f9a1c2b.js.map'];
    const plan = planDeploy(keys.map((k) => file(k)), new Map(), undefined, new Map(), options);
    expect(plan.phases.map((p) => p.map((u) => u.file.key))).toEqual([
      ['assets/app.3f9a1c2b.js', 'assets/app.3f9a1c2b.js.map'],
      ['robots.txt', 'sw.js', 'config.js', 'about/index.html', '404.html'],
      ['index.html'],
    ]);
    expect(plan.phases.flat().every((u) => u.reason === 'new')).toBe(true);
  });

  // Only what no live page can load goes before the pages: a fixed-name file replaced while an asset failed would
  // run the old index.html with the new service worker or config.
  it.each([
    ['assets/app.3f9a1c2b.js', 'asset', 0],
    ['assets/index-BxY2s9Kd.css', 'asset', 0],
    ['static/js/main.a1b2c3d4.chunk.js', 'asset', 0],
    ['assets/app.3f9a1c2b.js.map', 'asset', 0],
    ['assets/app.3f9a1c2b.js.br', 'asset', 0],
    ['assets/index.4f2a9c1e.css.gz', 'asset', 0],
    ['sw.js', 'fixed name', 1],
    ['service-worker.js', 'fixed name', 1],
    ['config.js', 'fixed name', 1],
    ['env-config.js', 'fixed name', 1],
    ['robots.txt', 'fixed name', 1],
    ['manifest.json', 'fixed name', 1],
    ['site.webmanifest', 'fixed name', 1],
    ['favicon.ico', 'fixed name', 1],
    ['assets/icon-settings.svg', 'fixed name', 1],
    ['assets/logo-abcdefgh.png', 'fixed name', 1],
    ['app.js.br', 'fixed name', 1],
    ['index.html.br', 'fixed name', 1],
    ['about/index.html', 'page', 1],
    ['404.html', 'page', 1],
    ['docs/page.htm', 'page', 1],
    ['docs/page.3f9a1c2b.html', 'page', 1],
    ['index.html', 'entry', 2],
  ])('%s is a %s, uploaded in phase index %d', (key, kind, phase) => {
    expect(uploadKind(key)).toBe(kind);
    const plan = planDeploy([file(key)], new Map(), undefined, new Map(), options);
    expect(plan.phases.map((p) => p.length)).toEqual([0, 1, 2].map((i) => (i === phase ? 1 : 0)));
    expect(plan.phases[phase]?.[0]?.kind).toBe(kind);
  });

  it('skips files whose single-part ETag is their MD5 and whose headers the manifest confirms', () => {
    const manifest = manifestOf({ 'index.html': known('index.html', md5('a')) });
    const plan = planDeploy([file('index.html')], remoteOf(['index.html', md5('a')]), manifest, new Map(), options);
    expect(plan.unchanged.map((f) => f.key)).toEqual(['index.html']);
  });

  it('re-uploads same content whose headers changed, and changed content', () => {
    const manifest = manifestOf({ 'a.txt': { ...known('a.txt', md5('a')), cacheControl: 'max-age=1' }, 'b.txt': known('b.txt', md5('b')) });
    const plan = planDeploy([file('a.txt'), file('b.txt', 'c')], remoteOf(['a.txt', md5('a')], ['b.txt', md5('b')]), manifest, new Map(), options);
    expect(plan.phases[1].map((u) => [u.file.key, u.reason])).toEqual([['a.txt', 'headers'], ['b.txt', 'content']]);
  });

  it('knows multipart objects by the manifest, or by HeadObject metadata when the manifest does not match', () => {
    const local = [file('big.bin', 'm'), file('other.bin', 'o')];
    const remote = remoteOf(['big.bin', 'ffff-3'], ['other.bin', 'eeee-2']);
    const manifest = manifestOf({ 'big.bin': known('big.bin', 'ffff-3', 'm') });
    expect(objectsToHead(local, remote, manifest)).toEqual(['other.bin']);
    const heads = new Map([['other.bin', known('other.bin', 'eeee-2', 'o')]]);
    expect(planDeploy(local, remote, manifest, heads, options).unchanged).toHaveLength(2);
    expect(planDeploy(local, remote, manifest, new Map(), options).phases[1].map((u) => u.reason)).toEqual(['content']);
  });

  it('does not HEAD a single-part object whose MD5 already differs', () => {
    expect(objectsToHead([file('a.txt', 'b')], remoteOf(['a.txt', md5('a')]), undefined)).toEqual([]);
    expect(objectsToHead([file('a.txt', 'a')], remoteOf(['a.txt', md5('a')]), undefined)).toEqual(['a.txt']);
  });

  it('keeps the previous deploy\'s fingerprinted assets and deletes the rest of what is stale', () => {
    const prev = { 'assets/app.11111111.js': known('assets/app.11111111.js', md5('p')), 'old.txt': known('old.txt', md5('o')) };
    const older = { 'assets/app.00000000.js': known('assets/app.00000000.js', md5('q')) };
    const remote = remoteOf(['assets/app.11111111.js', md5('p')], ['assets/app.00000000.js', md5('q')], ['old.txt', md5('o')], ['index.html', md5('i')], ['a', md5('a')], ['b', md5('a')]);
    const local = [file('index.html', 'i'), file('a'), file('b'), file('assets/app.22222222.js', 'n')];
    const plan = planDeploy(local, remote, manifestOf(prev, older), new Map(), options);
    expect(plan.kept).toEqual(['assets/app.11111111.js']);
    expect(plan.deletes).toEqual(['assets/app.00000000.js', 'old.txt']);
    expect(planDeploy(local, remote, manifestOf(prev, older), new Map(), { ...options, delete: false }).deletes).toEqual([]);
    expect(planDeploy(local, remote, manifestOf(prev, older), new Map(), { ...options, keepOldAssets: 2 }).kept).toEqual(['assets/app.00000000.js', 'assets/app.11111111.js']);
  });

  it('keeps stale fingerprinted assets of unknown age when there is no manifest yet', () => {
    const plan = planDeploy([file('index.html'), file('x'), file('y')], remoteOf(['assets/app.11111111.js', md5('p')], ['x', md5('a')], ['y', md5('a')]), undefined, new Map(), options);
    expect(plan.kept).toEqual(['assets/app.11111111.js']);
  });

  it('refuses to delete more than max-delete-ratio of the objects', () => {
    const remote = remoteOf(['a', md5('a')], ['b', md5('a')], ['c', md5('a')]);
    expect(() => planDeploy([file('a')], remote, undefined, new Map(), options)).toThrow('would delete 2 of the 3 objects under the prefix (67%), more than max-delete-ratio 0.5');
    expect(planDeploy([file('a')], remote, undefined, new Map(), { ...options, maxDeleteRatio: 0.7 }).deletes).toEqual(['b', 'c']);
  });

  it('keeps keepOldAssets + 1 deploys in the manifest, newest first', () => {
    const m = nextManifest(manifestOf({}, {}, {}), { id: 'new', at: 'now', files: {} }, 1);
    expect(m.deploys.map((d) => d.id)).toEqual(['new', 'd0']);
  });
});

describe('planInvalidation', () => {
  it('invalidates changed plain paths and the directory URL of each index.html, not fingerprinted names', () => {
    expect(planInvalidation(['index.html', 'assets/app.3f9a1c2b.js', 'docs/index.html', 'robots.txt', 'a b.txt'], 'changed', 100))
      .toEqual(['/', '/a%20b.txt', '/docs/', '/docs/index.html', '/index.html', '/robots.txt']);
  });

  it('collapses to one wildcard per top-level folder, then to /*', () => {
    const keys = [...Array.from({ length: 30 }, (_, i) => `docs/p${i}.html`), ...Array.from({ length: 30 }, (_, i) => `blog/p${i}.html`), 'index.html'];
    expect(planInvalidation(keys, 'changed', 10)).toEqual(['/', '/blog/*', '/docs/*', '/index.html']);
    const many = Array.from({ length: 20 }, (_, i) => `d${i}/x.html`);
    expect(planInvalidation(many, 'changed', 10)).toEqual(['/*']);
  });

  it('follows the mode', () => {
    expect(planInvalidation(['a.txt'], 'all', 100)).toEqual(['/*']);
    expect(planInvalidation(['a.txt'], 'none', 100)).toEqual([]);
    expect(planInvalidation(['assets/app.3f9a1c2b.js'], 'changed', 100)).toEqual([]);
  });
});

describe('the same release deployed again', () => {
  it('does not push the release before it out of the grace window', () => {
    const r1 = { 'index.html': known('index.html', md5('1'), '1'), 'assets/app.11111111.js': known('assets/app.11111111.js', md5('p'), 'p') };
    const r2 = { 'index.html': known('index.html', md5('2'), '2'), 'assets/app.22222222.js': known('assets/app.22222222.js', md5('n'), 'n') };
    const local = [file('index.html', '2'), file('assets/app.22222222.js', 'n')];
    const remote = remoteOf(['index.html', md5('2')], ['assets/app.22222222.js', md5('n')], ['assets/app.11111111.js', md5('p')]);
    // The manifest already records r2 (this is its second deploy), then r1.
    const plan = planDeploy(local, remote, manifestOf(r2, r1), new Map(), { ...options, maxDeleteRatio: 1 });
    expect(plan.kept).toEqual(['assets/app.11111111.js']);
    expect(plan.deletes).toEqual([]);
  });
});
