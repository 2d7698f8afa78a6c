import { describe, expect, it } from '@jest/globals';
import { defaultCacheControl, defaultContentType, globRule, headersFor, IMMUTABLE, isFingerprinted, NO_CACHE, SHORT } from './rules.js';

describe('isFingerprinted', () => {
  it.each([
    ['assets/app.3f9a1c2b.js', true],
    ['assets/index-4f2a9c1e.css', true],
    ['assets/index-BxY2s9Kd.js', true],
    ['static/js/main.a1b2c3d4e5f6.chunk.js', true],
    ['static/js/main.a1b2c3d4.js.map', true],
    ['assets/icon-settings.svg', false],
    ['assets/logo-abcdefgh.png', false],
    ['index.html', false],
    ['favicon.ico', false],
  ])('%s → %s', (key, expected) => expect(isFingerprinted(key)).toBe(expected));
});

describe('defaults', () => {
  it.each([
    ['index.html', NO_CACHE],
    ['docs/page.htm', NO_CACHE],
    ['sw.js', NO_CACHE],
    ['service-worker.js', NO_CACHE],
    ['site.webmanifest', NO_CACHE],
    ['manifest.json', NO_CACHE],
    ['assets/app.3f9a1c2b.js', IMMUTABLE],
    ['robots.txt', SHORT],
  ])('cache-control of %s', (key, value) => expect(defaultCacheControl(key)).toBe(value));

  it.each([
    ['a.js', 'text/javascript; charset=utf-8'],
    ['a.mjs', 'text/javascript; charset=utf-8'],
    ['a.wasm', 'application/wasm'],
    ['a.webmanifest', 'application/manifest+json; charset=utf-8'],
    ['a.js.map', 'application/json; charset=utf-8'],
    ['a.svg', 'image/svg+xml; charset=utf-8'],
    ['a.html', 'text/html; charset=utf-8'],
    ['a.woff2', 'font/woff2'],
    ['LICENSE', 'application/octet-stream'],
  ])('content-type of %s', (key, value) => expect(defaultContentType(key)).toBe(value));
});

describe('headersFor', () => {
  const none = { cacheControl: [], contentType: [], precompressed: false };

  it('applies overrides by glob, first match wins, slash-less globs at any depth', () => {
    const options = { ...none, cacheControl: [globRule('*.json', 'max-age=60'), globRule('config/*.json', 'no-store')], contentType: [globRule('assets/**', 'application/x-custom')] };
    expect(headersFor('config/app.json', options).cacheControl).toBe('max-age=60');
    expect(headersFor('assets/x/y.txt', options).contentType).toBe('application/x-custom');
    expect(headersFor('robots.txt', options).contentType).toBe('text/plain; charset=utf-8');
  });

  it('serves precompressed siblings with their encoding and the original type and cache rule', () => {
    expect(headersFor('assets/app.3f9a1c2b.js.br', { ...none, precompressed: true })).toEqual({ contentType: 'text/javascript; charset=utf-8', cacheControl: IMMUTABLE, contentEncoding: 'br' });
    expect(headersFor('index.html.gz', { ...none, precompressed: true })).toEqual({ contentType: 'text/html; charset=utf-8', cacheControl: NO_CACHE, contentEncoding: 'gzip' });
    expect(headersFor('archive.gz', { ...none, precompressed: true }).contentEncoding).toBeUndefined();
    expect(headersFor('app.js.br', none).contentEncoding).toBeUndefined();
  });
});
