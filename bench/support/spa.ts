import { createCipheriv, createHash } from 'node:crypto';
import { mkdir, unlink, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';

/**
 * A seeded synthetic SPA as bundlers write one: the same seed gives the same bytes on every run and machine. Release 2
 * is release 1 with 20 files changed: the entry chunks named by index.html get new content (so new fingerprinted
 * names), index.html and 9 plain files are rewritten in place.
 */

const SEED = 's3-sync-bench/1';

/** Deterministic bytes for an id: AES-CTR over zeros, keyed by the seed and the id (fast, and the same on every run). */
function seededBytes(id: string, length: number): Buffer {
  const key = createHash('sha256').update(`${SEED}/${id}`).digest();
  return createCipheriv('aes-256-ctr', key, Buffer.alloc(16)).update(Buffer.alloc(length));
}
function seededInt(id: string, min: number, max: number): number {
  return min + (seededBytes(`${id}#n`, 4).readUInt32BE(0) % (max - min + 1));
}
/** Text of about `length` bytes (base64 of seeded bytes), so JS/CSS/HTML bodies are valid UTF-8 like the real ones. */
function seededText(id: string, length: number, prefix = ''): Buffer {
  return Buffer.from(prefix + seededBytes(id, Math.ceil((length * 3) / 4)).toString('base64').slice(0, length));
}
const fingerprint = (body: Buffer) => createHash('md5').update(body).digest('hex').slice(0, 8);
export const md5Hex = (body: Buffer) => createHash('md5').update(body).digest('hex');

export type Tree = Map<string, Buffer>;

/** Entry chunks named by index.html: release 2 changes them (new content, hence new fingerprinted names). */
export const ENTRY_CHUNKS = 10;
/** Plain (not fingerprinted) files; release 2 changes the first 9 of them in place. */
const PLAIN = ['version.txt', 'asset-manifest.json', 'sw.js', '404.html', 'about/index.html', 'sitemap.xml', 'config.js',
  'manifest.webmanifest', 'robots.txt', 'favicon.ico', 'logo.svg', 'apple-touch-icon.png'];
export const CHANGED_PLAIN = 9;

export interface SpaShape {
  files: number;
  /** ~1 MB images. */
  images: number;
  /** 100–500 KB chunks; every other asset is a 1–8 KB chunk. */
  largeChunks: number;
}

/** 2,000 files, ~35 MB: the moto rows and the peak-RSS figure. */
export const LARGE_SPA: SpaShape = { files: 2000, images: 5, largeChunks: 70 };
/** 1,000 files, ~17 MB: the rows behind the latency proxy. */
export const MEDIUM_SPA: SpaShape = { files: 1000, images: 3, largeChunks: 35 };

/**
 * `shape.files` files: index.html, 12 plain files, the images, the large chunks and small chunks (80 % JS, 20 % CSS)
 * for the rest, every asset named `<kind>-<8 hex of its MD5>.<ext>` as bundlers do.
 */
export function generateSpa(release: 1 | 2, shape: SpaShape): Tree {
  const tree: Tree = new Map();
  const add = (kind: string, ext: string, body: Buffer) => {
    const key = `assets/${kind}-${fingerprint(body)}.${ext}`;
    if (tree.has(key)) throw new Error(`fingerprint collision on ${key}: change SEED`);
    tree.set(key, body);
    return key;
  };
  const entries: string[] = [];
  for (let i = 0; i < ENTRY_CHUNKS; i++) {
    const id = `entry-${i}${release === 2 ? '@r2' : ''}`;
    entries.push(add('index', i % 2 ? 'css' : 'js', seededText(id, seededInt(`entry-${i}`, 2_000, 30_000))));
  }
  for (let i = 0; i < shape.images; i++) add('hero', 'jpg', seededBytes(`image-${i}`, seededInt(`image-${i}`, 900_000, 1_100_000)));
  for (let i = 0; i < shape.largeChunks; i++) add('vendor', i % 5 ? 'js' : 'css', seededText(`large-${i}`, seededInt(`large-${i}`, 100_000, 500_000)));
  const small = shape.files - 1 - PLAIN.length - ENTRY_CHUNKS - shape.images - shape.largeChunks;
  for (let i = 0; i < small; i++) add('chunk', i % 5 ? 'js' : 'css', seededText(`small-${i}`, seededInt(`small-${i}`, 1_000, 8_000)));
  PLAIN.forEach((key, i) => {
    const id = `plain-${key}${release === 2 && i < CHANGED_PLAIN ? '@r2' : ''}`;
    tree.set(key, seededText(id, seededInt(`plain-${key}`, 200, 15_000), `/* ${key} */\n`));
  });
  const tags = entries.map((key) => (key.endsWith('.css') ? `<link rel="stylesheet" href="/${key}">` : `<script type="module" src="/${key}"></script>`));
  tree.set('index.html', Buffer.from(`<!doctype html><html><head>\n${tags.join('\n')}\n</head><body><div id="root"></div></body></html>\n`));
  return tree;
}

export const treeBytes = (tree: Tree) => [...tree.values()].reduce((sum, b) => sum + b.length, 0);

export async function writeTree(dir: string, tree: Tree): Promise<void> {
  for (const [key, body] of tree) {
    await mkdir(dirname(join(dir, key)), { recursive: true });
    await writeFile(join(dir, key), body);
  }
}

/** Writes only what differs from `from` to `to` and removes what is gone, as an incremental build would. */
export async function applyRelease(dir: string, from: Tree, to: Tree): Promise<{ written: number; removed: number }> {
  let written = 0;
  let removed = 0;
  for (const key of from.keys()) if (!to.has(key)) { await unlink(join(dir, key)); removed++; }
  for (const [key, body] of to) if (!from.get(key)?.equals(body)) { await writeFile(join(dir, key), body); written++; }
  return { written, removed };
}
