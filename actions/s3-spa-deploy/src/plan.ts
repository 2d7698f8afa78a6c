import { headersFor, isContentAddressed, isFingerprinted, isHtml, type GlobRule, type ObjectHeaders } from './rules.js';

/**
 * The upload and delete plan, by content: a file is uploaded when its MD5 or its headers differ from what the bucket
 * holds. S3's ETag is the MD5 only for single-part uploads, so for multipart objects (ETag `…-N`) the MD5 comes from
 * our manifest (written after each deploy, with the ETag it saw) or from the `md5` metadata we store on every upload.
 * Pure: the caller lists the bucket, reads the manifest and HEADs what `objectsToHead` asks for.
 */

export interface LocalFile {
  /** Path relative to the source folder, with `/`. */
  key: string;
  path: string;
  size: number;
  md5: string;
}

export interface RemoteObject {
  key: string;
  etag: string;
  size: number;
}

export interface KnownObject extends ObjectHeaders {
  md5?: string;
  etag: string;
}

export interface Manifest {
  version: 1;
  /** Newest first. */
  deploys: Array<{ id: string; at: string; files: Record<string, KnownObject> }>;
}

/**
 * What a file is to a live page: `asset` a content-addressed name no live page can be loading yet; `fixed name` a
 * file pages load by a name that stays the same across deploys (`sw.js`, `config.js`, `robots.txt`, `logo.svg`);
 * `page` an HTML page other than the entry; `entry` the root index.html.
 */
export type UploadKind = 'asset' | 'fixed name' | 'page' | 'entry';

export interface PlannedUpload {
  file: LocalFile;
  headers: ObjectHeaders;
  reason: 'new' | 'content' | 'headers';
  kind: UploadKind;
}

export interface PlanOptions {
  cacheControl: GlobRule[];
  contentType: GlobRule[];
  precompressed: boolean;
  delete: boolean;
  keepOldAssets: number;
  maxDeleteRatio: number;
}

export interface Plan {
  /**
   * Phase 1: content-addressed assets only, which no live page loads yet, so a failure there leaves the live site as
   * it was. Phase 2: every fixed-name file (first) and every page, so that the old pages never run with a new
   * `sw.js` or `config.js` because an asset failed. Phase 3: the root index.html, last of all.
   */
  phases: [PlannedUpload[], PlannedUpload[], PlannedUpload[]];
  unchanged: LocalFile[];
  deletes: string[];
  /** Stale fingerprinted assets kept for clients still on a previous page. */
  kept: string[];
}

export class PlanError extends Error {}

export const ENTRY = 'index.html';

/** What each phase holds, for the log and for errors. */
export const PHASE_NAMES = ['content-addressed assets', 'fixed-name files and pages', 'index.html'] as const;

export function uploadKind(key: string): UploadKind {
  if (key === ENTRY) return 'entry';
  if (isHtml(key)) return 'page';
  return isContentAddressed(key) ? 'asset' : 'fixed name';
}

const PHASE_OF: Record<UploadKind, 0 | 1 | 2> = { asset: 0, 'fixed name': 1, page: 1, entry: 2 };

const unquote = (etag: string) => etag.replace(/^"|"$/g, '');
const singlePartMd5 = (etag: string) => (/^[0-9a-f]{32}$/.test(unquote(etag)) ? unquote(etag) : undefined);

/** Remote objects whose content hash or headers are not known from the manifest and must be asked for with HeadObject. */
export function objectsToHead(local: LocalFile[], remote: Map<string, RemoteObject>, manifest: Manifest | undefined): string[] {
  const latest = manifest?.deploys[0]?.files ?? {};
  return local
    .filter((f) => {
      const r = remote.get(f.key);
      if (!r || latest[f.key]?.etag === unquote(r.etag)) return false;
      const md5 = singlePartMd5(r.etag);
      // A single-part object whose MD5 differs is re-uploaded anyway: no need to ask for its headers.
      return md5 === undefined || md5 === f.md5;
    })
    .map((f) => f.key);
}

function sameHeaders(a: ObjectHeaders, b: ObjectHeaders): boolean {
  return a.contentType === b.contentType && a.cacheControl === b.cacheControl && (a.contentEncoding ?? '') === (b.contentEncoding ?? '');
}

export function planDeploy(
  local: LocalFile[], remote: Map<string, RemoteObject>, manifest: Manifest | undefined, heads: Map<string, KnownObject>, options: PlanOptions,
): Plan {
  const latest = manifest?.deploys[0]?.files ?? {};
  const phases: Plan['phases'] = [[], [], []];
  const unchanged: LocalFile[] = [];
  for (const file of local) {
    const headers = headersFor(file.key, options);
    const r = remote.get(file.key);
    let reason: PlannedUpload['reason'] | undefined = 'new';
    if (r) {
      const fromManifest = latest[file.key]?.etag === unquote(r.etag) ? latest[file.key] : undefined;
      const known = fromManifest ?? heads.get(file.key);
      const md5 = singlePartMd5(r.etag) ?? known?.md5;
      if (md5 !== file.md5) reason = 'content';
      else if (!known || !sameHeaders(known, headers)) reason = 'headers';
      else reason = undefined;
    }
    if (!reason) {
      unchanged.push(file);
      continue;
    }
    const kind = uploadKind(file.key);
    phases[PHASE_OF[kind]].push({ file, headers, reason, kind });
  }
  // Within phase 2, what pages load by name starts before the pages themselves (the sort is stable: keys stay in order).
  phases[1].sort((a, b) => Number(a.kind === 'page') - Number(b.kind === 'page'));
  const localKeys = new Set(local.map((f) => f.key));
  const stale = [...remote.keys()].filter((key) => !localKeys.has(key)).sort();
  // The same release deployed again (a re-run, a commit that left the build as it was) must not push the release
  // before it out of the window: clients loaded that page minutes ago and still fetch its lazy chunks.
  const previous = (manifest?.deploys ?? []).filter((d) => !isSameRelease(d, local));
  const recent = new Set(previous.slice(0, options.keepOldAssets).flatMap((d) => Object.keys(d.files)));
  const graceForUnknown = options.keepOldAssets > 0 && (manifest?.deploys.length ?? 0) === 0;
  const kept = stale.filter((key) => isFingerprinted(key) && options.keepOldAssets > 0 && (recent.has(key) || graceForUnknown));
  const deletes = options.delete ? stale.filter((key) => !kept.includes(key)) : [];
  if (remote.size > 0 && deletes.length / remote.size > options.maxDeleteRatio) {
    throw new PlanError(
      `this deploy would delete ${deletes.length} of the ${remote.size} objects under the prefix (${Math.round((100 * deletes.length) / remote.size)}%), ` +
      `more than max-delete-ratio ${options.maxDeleteRatio}: check source and prefix, or raise max-delete-ratio`,
    );
  }
  return { phases, unchanged, deletes, kept };
}

/** Whether a recorded deploy holds exactly these files with this content: the same release again. */
export function isSameRelease(deploy: Manifest['deploys'][number], local: LocalFile[]): boolean {
  return Object.keys(deploy.files).length === local.length && local.every((f) => deploy.files[f.key]?.md5 === f.md5);
}

/** The manifest after this deploy: its files (with the ETags the bucket now has) first, older deploys after. */
export function nextManifest(previous: Manifest | undefined, deploy: { id: string; at: string; files: Record<string, KnownObject> }, keepOldAssets: number): Manifest {
  return { version: 1, deploys: [deploy, ...(previous?.deploys ?? [])].slice(0, Math.max(1, keepOldAssets) + 1) };
}
