import { isFingerprinted } from './rules.js';

/**
 * Which CloudFront paths to invalidate after a deploy. Fingerprinted files get new names, so only changed and
 * deleted plain paths count, plus `/` and `/dir/` for a changed `index.html` (the URLs users actually load). Above
 * `maxPaths`, paths collapse to one wildcard per top-level folder, and to `/*` when that is still too many or
 * exceeds the wildcards CloudFront allows in progress (15). Pure.
 * https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/cloudfront-limits.html#limits-invalidations
 */

export const MAX_WILDCARDS_IN_PROGRESS = 15;

export type InvalidateMode = 'changed' | 'all' | 'none';

const encodePath = (key: string) => `/${key.split('/').map(encodeURIComponent).join('/')}`;

export function planInvalidation(changedKeys: string[], mode: InvalidateMode, maxPaths: number): string[] {
  if (mode === 'none') return [];
  if (mode === 'all') return ['/*'];
  const paths = new Set<string>();
  for (const key of changedKeys) {
    if (isFingerprinted(key)) continue;
    paths.add(encodePath(key));
    if (key === 'index.html') paths.add('/');
    else if (key.endsWith('/index.html')) paths.add(encodePath(key.slice(0, -'index.html'.length)));
  }
  const list = [...paths].sort();
  if (list.length <= maxPaths) return list;
  const collapsed = new Set<string>();
  for (const path of list) {
    const top = path.split('/')[1] ?? '';
    collapsed.add(path.indexOf('/', 1) > 0 ? `/${top}/*` : path);
  }
  const wildcards = [...collapsed].filter((p) => p.endsWith('*')).length;
  if (collapsed.size > maxPaths || wildcards > MAX_WILDCARDS_IN_PROGRESS) return ['/*'];
  return [...collapsed].sort();
}
