import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { getInputs, type InputSources } from './inputs.js';

const sources = (values: Record<string, string>, env: Record<string, string> = { AWS_REGION: 'us-east-1', GITHUB_RUN_ID: '42', GITHUB_RUN_ATTEMPT: '3' }): InputSources => ({
  read: (name) => values[name] ?? '',
  env,
  isDirectory: (path) => path === 'dist',
});

describe('getInputs', () => {
  it('applies defaults', () => {
    expect(getInputs(sources({ source: 'dist', bucket: 's3://my-site/' }))).toMatchObject({
      source: 'dist', bucket: 'my-site', prefix: '', region: 'us-east-1', invalidate: 'changed', waitForInvalidation: false, timeoutMs: 900_000,
      delete: true, keepOldAssets: 1, maxDeleteRatio: 0.5, precompressed: false, concurrency: 64, dryRun: false, maxInvalidationPaths: 100,
      multipartThresholdBytes: 16 * 1024 * 1024, symlinks: 'follow-inside', runToken: '42-3',
    });
  });

  it('documents in action.yml the concurrency the code applies by default', () => {
    const manifest = parse(readFileSync(new URL('../action.yml', import.meta.url), 'utf8')) as { inputs: Record<string, { default?: string }> };
    expect(manifest.inputs.concurrency?.default).toBe(String(getInputs(sources({ source: 'dist', bucket: 'site' })).concurrency));
  });

  it('normalises the prefix and reads glob rules', () => {
    const inputs = getInputs(sources({ source: 'dist', bucket: 'b-1', prefix: '/app', 'cache-control': '*.json: max-age=60\nassets/**: no-store', exclude: '.DS_Store' }));
    expect(inputs.prefix).toBe('app/');
    expect(inputs.cacheControl.map((r) => [r.glob, r.value])).toEqual([['*.json', 'max-age=60'], ['assets/**', 'no-store']]);
    expect(inputs.exclude[0]?.matches('x/.DS_Store')).toBe(true);
  });

  it.each([
    [{ bucket: 'b' }, "Input 'source': required"],
    [{ source: 'build', bucket: 'my-site' }, "Input 'source': 'build' is not a folder"],
    [{ source: 'dist' }, "Input 'bucket': required"],
    [{ source: 'dist', bucket: 'My_Bucket' }, "Input 'bucket': 'My_Bucket' is not a valid S3 bucket name"],
    [{ source: 'dist', bucket: 'site', prefix: 'a/../b' }, "Input 'prefix'"],
    [{ source: 'dist', bucket: 'site', 'distribution-id': 'e2-bad' }, "Input 'distribution-id'"],
    [{ source: 'dist', bucket: 'site', invalidate: 'some' }, "Input 'invalidate': expected changed, all or none"],
    [{ source: 'dist', bucket: 'site', 'max-delete-ratio': '2' }, "Input 'max-delete-ratio': expected a number from 0 to 1, got '2'"],
    [{ source: 'dist', bucket: 'site', 'keep-old-assets': '-1' }, "Input 'keep-old-assets'"],
    [{ source: 'dist', bucket: 'site', concurrency: '0' }, "Input 'concurrency'"],
    [{ source: 'dist', bucket: 'site', concurrency: '129' }, "Input 'concurrency'"],
    [{ source: 'dist', bucket: 'site', 'multipart-threshold': '1MiB' }, "Input 'multipart-threshold': expected a size from 5MiB"],
    [{ source: 'dist', bucket: 'site', 'cache-control': 'no colon' }, "Input 'cache-control': line 1 is not of the form"],
    [{ source: 'dist', bucket: 'site', 'content-type': '*.x:' }, "Input 'content-type': '*.x' has no value"],
    [{ source: 'dist', bucket: 'site', 'wait-for-invalidation': 'true' }, "Input 'wait-for-invalidation': needs distribution-id"],
    [{ source: 'dist', bucket: 'site', 'dry-run': 'maybe' }, "Input 'dry-run'"],
    [{ source: 'dist', bucket: 'site', symlinks: 'follow' }, "Input 'symlinks': expected follow-inside, skip-outside, refuse, got 'follow'"],
  ])('rejects %p', (values, message) => expect(() => getInputs(sources(values as Record<string, string>))).toThrow(message));
});
