import mime from 'mime-types';
import picomatch from 'picomatch';

/**
 * Per-file HTTP metadata for an SPA: which names are content-fingerprinted (safe to cache for a year), which must be
 * revalidated on every load (HTML, the service worker, the web manifest), their Content-Type, and user overrides by
 * glob (first match wins). Pure.
 */

export const IMMUTABLE = 'public, max-age=31536000, immutable';
export const NO_CACHE = 'no-cache';
export const SHORT = 'public, max-age=300';

export interface GlobRule {
  glob: string;
  value: string;
  matches: (key: string) => boolean;
}

/** A glob without a slash matches the file name at any depth (as in .gitignore); with one, the whole key. */
export function globRule(glob: string, value: string): GlobRule {
  const matcher = picomatch(glob, { dot: true, basename: !glob.includes('/') });
  return { glob, value, matches: (key) => matcher(key) };
}

/**
 * `app.3f9a1c2b.js`, `index-4f2a9c1e.css`, `main.a1b2c3d4.chunk.js`: a hash of 8+ characters before the extension
 * (and create-react-app's `.chunk`), separated by `.` or `-`. Hex hashes count as they are; other alphabets (Vite's base64url) need a digit and a
 * letter so that names like `icon-settings.svg` are not taken for fingerprinted.
 */
export function isFingerprinted(key: string): boolean {
  const name = key.split('/').pop() ?? key;
  const match = /[.-]([A-Za-z0-9_]{8,})(\.chunk)?\.[A-Za-z0-9]+(\.map)?$/.exec(name);
  if (!match) return false;
  const hash = match[1] as string;
  return /^[0-9a-f]+$/.test(hash) ? /\d/.test(hash) : /\d/.test(hash) && /[A-Za-z]/.test(hash);
}

/**
 * A name that changes whenever the content does: a fingerprinted file, or a precompressed sibling of one
 * (`app.3f9a1c2b.js.br`). Uploading one cannot change what a live page loads, since no live page names it yet.
 */
export function isContentAddressed(key: string): boolean {
  return isFingerprinted(key.replace(/\.(br|gz)$/i, ''));
}

export function isHtml(key: string): boolean {
  return /\.html?$/i.test(key);
}

const REVALIDATE = [/(^|\/)(service-worker|sw|serviceworker)\.js$/i, /\.webmanifest$/i, /(^|\/)manifest\.json$/i];

export function defaultCacheControl(key: string): string {
  if (isHtml(key) || REVALIDATE.some((re) => re.test(key))) return NO_CACHE;
  if (isFingerprinted(key)) return IMMUTABLE;
  return SHORT;
}

const PRECOMPRESSED: Record<string, string> = { '.br': 'br', '.gz': 'gzip' };

export interface ObjectHeaders {
  contentType: string;
  cacheControl: string;
  contentEncoding?: string;
}

/** Content-Type from the maintained mime-db table, with charset on text (and on SVG, which the table leaves without). */
export function defaultContentType(key: string): string {
  if (/\.svg$/i.test(key)) return 'image/svg+xml; charset=utf-8';
  return mime.contentType(key.split('/').pop() ?? key) || 'application/octet-stream';
}

export function headersFor(key: string, options: { cacheControl: GlobRule[]; contentType: GlobRule[]; precompressed: boolean }): ObjectHeaders {
  let typeKey = key;
  let contentEncoding: string | undefined;
  const ext = /\.(br|gz)$/i.exec(key)?.[0]?.toLowerCase();
  if (options.precompressed && ext && /\.[^./]+\.(br|gz)$/i.test(key)) {
    // `app.js.br` is app.js compressed: served as JavaScript with Content-Encoding br, not as a .br download.
    contentEncoding = PRECOMPRESSED[ext];
    typeKey = key.slice(0, -ext.length);
  }
  return {
    contentType: options.contentType.find((r) => r.matches(key))?.value ?? defaultContentType(typeKey),
    cacheControl: options.cacheControl.find((r) => r.matches(key))?.value ?? defaultCacheControl(typeKey),
    contentEncoding,
  };
}
