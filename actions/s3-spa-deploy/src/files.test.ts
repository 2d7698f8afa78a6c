import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { ConfigurationError } from '../../common/src/errors.js';
import { scanDirectory, type ScanOptions, skippedWarning, type SymlinkPolicy } from './files.js';
import { globRule } from './rules.js';

// The scanner on real folders: what it uploads, and that no path of `source` leads it out of `source`.

let root = '';
let n = 0;
const md5 = (content: string) => createHash('md5').update(content).digest('hex');
const options = (symlinks: SymlinkPolicy = 'follow-inside', exclude: string[] = []): ScanOptions => ({ exclude: exclude.map((g) => globRule(g, '')), concurrency: 4, symlinks });

/** A fresh folder with a `site` (the source) and an `outside` holding a secret; `links` are [path in site, target]. */
async function tree(files: Record<string, string>, links: Array<[string, string]> = []): Promise<{ site: string; outside: string }> {
  const base = join(root, `t${++n}`);
  const site = join(base, 'site');
  const outside = join(base, 'outside');
  await mkdir(site, { recursive: true });
  await mkdir(outside, { recursive: true });
  await writeFile(join(outside, 'secret'), 'aws_secret_access_key = x');
  for (const [path, content] of Object.entries(files)) {
    await mkdir(dirname(join(site, path)), { recursive: true });
    await writeFile(join(site, path), content);
  }
  for (const [path, target] of links) {
    await mkdir(dirname(join(site, path)), { recursive: true });
    await symlink(target.replace('{outside}', outside), join(site, path));
  }
  return { site, outside };
}

async function refusal(promise: Promise<unknown>): Promise<ConfigurationError> {
  const error = await promise.then(() => undefined, (e: unknown) => e);
  expect(error).toBeInstanceOf(ConfigurationError);
  return error as ConfigurationError;
}

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 's3-scan-'));
});
afterAll(() => rm(root, { recursive: true, force: true }));

describe('scanDirectory', () => {
  it('lists every file by key with its size and MD5, sorted, minus excluded keys', async () => {
    const { site } = await tree({ 'index.html': 'i', 'assets/app.3f9a1c2b.js': 'js', 'a/b/c.txt': 'deep', '.DS_Store': 'x' });
    const { files, skipped } = await scanDirectory(site, options('follow-inside', ['.DS_Store']));
    expect(files.map((f) => [f.key, f.size, f.md5])).toEqual([['a/b/c.txt', 4, md5('deep')], ['assets/app.3f9a1c2b.js', 2, md5('js')], ['index.html', 1, md5('i')]]);
    expect(skipped).toEqual([]);
  });

  it('follows links that resolve inside source: a file, a folder, and one that leaves and comes back', async () => {
    const { site } = await tree({ 'v2/app.js': 'v2', 'real.txt': 'r' }, [['latest', 'v2'], ['alias.txt', 'real.txt'], ['deep/back.txt', '../../site/real.txt']]);
    const { files } = await scanDirectory(site, options());
    expect(files.map((f) => [f.key, f.md5])).toEqual([['alias.txt', md5('r')], ['deep/back.txt', md5('r')], ['latest/app.js', md5('v2')], ['real.txt', md5('r')], ['v2/app.js', md5('v2')]]);
    // Read from the real path that was checked, not through the link.
    expect(files.find((f) => f.key === 'alias.txt')?.path).toBe(join(site, 'real.txt'));
  });

  it.each([
    ['an absolute link to a file outside', ['creds', '{outside}/secret']],
    ['a relative link with .. segments', ['assets/x.js', '../../outside/secret']],
    ['a linked folder outside', ['home', '{outside}']],
    ['a link to a link to a file outside', ['b', 'a']],
    ['a link to /etc/passwd', ['passwd', '/etc/passwd']],
  ] as Array<[string, [string, string]]>)('refuses %s by default, naming the input and the path, before reading anything', async (_what, link) => {
    const links: Array<[string, string]> = link[0] === 'b' ? [['a', '{outside}/secret'], link] : [link];
    const { site } = await tree({ 'index.html': 'i' }, links);
    const error = await refusal(scanDirectory(site, options()));
    expect(error.input).toBe('symlinks');
    expect(error.message).toMatch(/^Input 'symlinks': \d path\(s\) in source resolve outside it: /);
    expect(error.message).toContain(`'${link[0]}' → '/`);
    expect(error.message).toContain('set symlinks: skip-outside');
  });

  it('skip-outside leaves outside links out, with a warning naming each, and keeps the rest', async () => {
    const { site, outside } = await tree({ 'index.html': 'i' }, [['creds', '{outside}/secret'], ['home', '{outside}'], ['ok.txt', 'index.html']]);
    const { files, skipped } = await scanDirectory(site, options('skip-outside'));
    expect(files.map((f) => f.key)).toEqual(['index.html', 'ok.txt']);
    expect(skipped).toEqual([{ key: 'creds', target: join(outside, 'secret') }, { key: 'home', target: outside }]);
    expect(skippedWarning(skipped)).toBe(`symlinks: skip-outside left out 2 path(s) of source that resolve outside it: 'creds' → '${join(outside, 'secret')}', 'home' → '${outside}'`);
  });

  it('refuse fails on any symlink, even one inside', async () => {
    const { site } = await tree({ 'index.html': 'i' }, [['alias.html', 'index.html']]);
    const error = await refusal(scanDirectory(site, options('refuse')));
    expect(error.message).toBe("Input 'symlinks': refuse: source has 1 symlink(s): 'alias.html'. Replace them with the files, or set symlinks: follow-inside");
  });

  it('treats a dangling link as outside, and an excluded link as absent', async () => {
    const { site, outside } = await tree({ 'index.html': 'i' }, [['gone', '{outside}/missing'], ['node_modules/.bin/x', '{outside}/secret']]);
    const error = await refusal(scanDirectory(site, options('follow-inside', ['node_modules/**'])));
    expect(error.message).toContain(`1 path(s) in source resolve outside it: 'gone' → '${join(outside, 'missing')} (missing)'`);
  });

  it('refuses a linked folder that contains itself, instead of walking it forever', async () => {
    const { site } = await tree({ 'a/x.txt': 'x' }, [['a/self', '..']]);
    const error = await refusal(scanDirectory(site, options()));
    expect(error.message).toBe(`Input 'source': 'a/self' links to '${site}', a folder it is in, so the folder would repeat forever`);
  });

  it('shows a name with a line break escaped on one line', async () => {
    const { site } = await tree({ 'index.html': 'i' }, [['x\n::error::forged-in-a-link', '{outside}/secret']]);
    const error = await refusal(scanDirectory(site, options()));
    expect(error.message).toContain('"x\\n::error::forged-in-a-link" → ');
    expect(error.message).not.toContain('\n');
  });

  it('stops at the cancel', async () => {
    const { site } = await tree({ 'index.html': 'i' });
    const cancel = new AbortController();
    cancel.abort();
    await expect(scanDirectory(site, { ...options(), signal: cancel.signal })).rejects.toMatchObject({ name: 'AbortError' });
  });

  it('takes source itself through a link', async () => {
    const { site } = await tree({ 'index.html': 'i' });
    const link = join(root, `link-to-site-${n}`);
    await symlink(site, link);
    expect((await scanDirectory(link, options())).files.map((f) => f.key)).toEqual(['index.html']);
  });
});
