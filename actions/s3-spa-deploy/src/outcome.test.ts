import { describe, expect, it } from '@jest/globals';
import { describeCancelAfterUploads, describeStop, type UploadProgress } from './outcome.js';
import { type LocalFile, planDeploy } from './plan.js';

const file = (key: string): LocalFile => ({ key, path: `/src/${key}`, size: 1, md5: 'a'.repeat(32) });
const plan = (keys: string[]) => planDeploy(keys.map(file), new Map(), undefined, new Map(),
  { cacheControl: [], contentType: [], precompressed: false, delete: true, keepOldAssets: 1, maxDeleteRatio: 0.5 });
const progress = (p: Partial<UploadProgress>): UploadProgress => ({ phase: 1, done: new Set(), failed: [], interrupted: [], cancelled: false, ...p });

describe('describeStop', () => {
  it('lists at most 20 names per list in the error and every file in the details', () => {
    const pages = Array.from({ length: 25 }, (_, i) => `p${String(i).padStart(2, '0')}.html`);
    const { message, details } = describeStop(plan(['index.html', ...pages]), progress({ done: new Set(pages.slice(0, 23)), failed: [{ key: 'p23.html', message: 'InternalError' }] }));
    expect(message).toContain(`  new and live: 23 — ${pages.slice(0, 20).map((p) => `'${p}'`).join(', ')} and 3 more`);
    expect(message).toContain("  not in the bucket yet (new in this deploy): 3 — 'p23.html', 'p24.html', 'index.html'");
    expect(details.filter((d) => d.startsWith('new and live: '))).toHaveLength(23);
    expect(details).toContain("failed: 'p23.html': InternalError");
  });

  it('shows a multipart upload a cancel could not abort, since it stays billed', () => {
    const { message } = describeStop(plan(['media/big.7f8e9d0c.bin', 'index.html']), progress({
      phase: 0, cancelled: true, interrupted: [{ key: 'media/big.7f8e9d0c.bin', note: 'Request aborted; the multipart upload u1 could not be aborted (TimeoutError): its parts are billed until it is aborted' }],
    }));
    expect(message.split('\n').slice(0, 3)).toEqual([
      'Cancelled in phase 1 of 3 (content-addressed assets): the uploads in flight were aborted and no new one was started.',
      "  'media/big.7f8e9d0c.bin': Request aborted; the multipart upload u1 could not be aborted (TimeoutError): its parts are billed until it is aborted",
      'The live site is unchanged: no page, no fixed-name file (sw.js, config.js, robots.txt, …) and not index.html was replaced.',
    ]);
  });

  it('shows a name with line breaks on one line, in every list', () => {
    const hostile = 'done\r::error::forged-annotation.html';
    const { message, details } = describeStop(plan([hostile, 'index.html']), progress({ failed: [{ key: hostile, message: 'InternalError' }] }));
    expect(message).toContain('  "done\\r::error::forged-annotation.html": InternalError');
    expect([message, ...details].join('\n').split('\n').every((line) => !line.startsWith('::'))).toBe(true);
  });
});

describe('describeCancelAfterUploads', () => {
  it.each([
    ['writing the manifest', ['deleting 2 stale object(s)'], 'Cancelled after every upload finished: the new site is live. Cut off while writing the manifest (it may or may not have taken effect). Not done: deleting 2 stale object(s).'],
    [undefined, ['invalidating 3 path(s) on E2'], 'Cancelled after every upload finished: the new site is live. Not done: invalidating 3 path(s) on E2.'],
    ['deleting 2 stale object(s)', [], 'Cancelled after every upload finished: the new site is live. Cut off while deleting 2 stale object(s) (it may or may not have taken effect).'],
  ] as Array<[string | undefined, string[], string]>)('cut off while %s', (cut, notDone, expected) => {
    expect(describeCancelAfterUploads(cut, notDone)).toBe(expected);
  });
});
