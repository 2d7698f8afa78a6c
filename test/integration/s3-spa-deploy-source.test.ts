import { afterAll, afterEach, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { createHash } from 'node:crypto';
import { mkdir, symlink } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { forgedCommands, HOSTILE_TEXTS } from '../support/hostile.js';
import { MANIFEST_KEY, S3SpaFixture, type SiteFiles, spaFiles, writesIn } from './s3-fixtures.js';

// What s3-spa-deploy takes from `source` and from the bucket, through the dist against moto (and the simulator's
// CloudFront): never a file from outside `source`, whatever symlinks the build left there; and file names and object
// keys that carry workflow commands are printed as data, never run as commands.

jest.setTimeout(60_000);

const fixture = new S3SpaFixture();
const SECRET = '[default]\naws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY\n';

beforeAll(() => fixture.start(), 60_000);
afterAll(() => fixture.stop(), 30_000);
afterEach(() => fixture.s3Proxy.clearFaults());

async function link(site: string, path: string, target: string): Promise<void> {
  await mkdir(dirname(join(site, path)), { recursive: true });
  await symlink(target, join(site, path));
}

/** A built site whose folder holds links out of it: to a credentials file, to /etc/passwd, to /etc, and by `..`. */
async function siteWithOutsideLinks(label: string): Promise<{ site: string; credentials: string }> {
  const credentials = await fixture.writeFile(`credentials-${label}`, SECRET);
  const site = await fixture.writeSite(label, spaFiles('v1', { 'v2/page.html': 'v2' }));
  await link(site, 'creds', credentials);
  await link(site, 'assets/passwd', '/etc/passwd');
  await link(site, 'etc', '/etc');
  await link(site, 'assets/deep/up.txt', `../../../../credentials-${label}`);
  await link(site, 'latest', 'v2');
  return { site, credentials };
}

describe('symlinks', () => {
  it('refuses, by default, links that resolve outside source: one error naming the input and the paths, before any AWS call', async () => {
    const bucket = await fixture.createBucket('links-refused');
    const { site, credentials } = await siteWithOutsideLinks('links-refused');
    const run = await fixture.deploy({ source: site, bucket });
    expect(run.result.conclusion).toBe('failure');
    expect(run.errors).toHaveLength(1);
    expect(run.errors[0]).toMatch(/^Input 'symlinks': 4 path\(s\) in source resolve outside it: /);
    for (const shown of [`'creds' → '${credentials}'`, "'assets/passwd' → '/etc/passwd'", "'etc' → '/etc'", `'assets/deep/up.txt' → '${credentials}'`]) expect(run.errors[0]).toContain(shown);
    expect(run.s3Requests).toEqual([]);
    expect(await fixture.keys(bucket)).toEqual([]);
  });

  it('with skip-outside, deploys the rest, warns about each outside link, and no byte of the secret reaches S3', async () => {
    const bucket = await fixture.createBucket('links-skipped');
    const { site } = await siteWithOutsideLinks('links-skipped');
    const run = await fixture.deploy({ source: site, bucket, symlinks: 'skip-outside' });
    expect(run.errors).toEqual([]);
    const warnings = run.result.annotations.filter((a) => a.level === 'warning').map((a) => a.message);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/^symlinks: skip-outside left out 4 path\(s\) of source that resolve outside it: /);
    const keys = await fixture.keys(bucket);
    expect(keys).toEqual([MANIFEST_KEY, ...Object.keys(spaFiles('v1')), 'latest/page.html', 'v2/page.html'].sort());
    for (const key of keys) expect(await fixture.text(bucket, key)).not.toContain('aws_secret_access_key');
  });

  it('refuse fails on any symlink, even one inside source', async () => {
    const bucket = await fixture.createBucket('links-none');
    const site = await fixture.writeSite('links-none', { 'index.html': 'i', 'v2/page.html': 'v2' });
    await link(site, 'latest', 'v2');
    const run = await fixture.deploy({ source: site, bucket, symlinks: 'refuse' });
    expect(run.errors).toEqual(["Input 'symlinks': refuse: source has 1 symlink(s): 'latest'. Replace them with the files, or set symlinks: follow-inside"]);
    expect(run.s3Requests).toEqual([]);
  });
});

// moto's router answers 404 to a key holding `\n` (%0A in the path), which real S3 accepts; `\r`, which the runner
// splits lines on just as it does on `\n`, passes. So what goes into moto carries `\r` where the line had `\n`; the
// dry run, which uploads nothing, uses the lines exactly as they are.
const intoMoto = (text: string) => text.replace(/\r?\n/g, '\r');
const HOSTILE_NAMES = HOSTILE_TEXTS.map(intoMoto);
const hash8 = (text: string) => createHash('md5').update(text).digest('hex').slice(0, 8);
/** How the plan shows a name: as is, or as a JSON string when it holds a control character or a quote. */
// eslint-disable-next-line no-control-regex -- control characters are what the names carry
const shown = (name: string) => (/[\u0000-\u001f\u0085'"\\]/.test(name) ? JSON.stringify(name).replace(/\u0085/g, '\\u0085') : name);

/** A build whose files carry the hostile lines in their names: a plain file and a content-addressed one per line. */
function hostileSite(names: readonly string[], version = 'v1'): SiteFiles {
  const files: SiteFiles = { 'index.html': `<!doctype html> ${version}` };
  names.forEach((name, i) => {
    files[`pages/${name}.txt`] = `page ${i} ${version}`;
    files[`assets/${name}/chunk.${hash8(name)}.js`] = `export const n = ${i}; // ${version}`;
  });
  return files;
}

function expectOnlyData(run: { result: { commands: ReadonlyArray<{ name: string; data: string; raw: string }>; masks: readonly string[]; log: string } }): void {
  expect(forgedCommands(run.result.commands)).toEqual([]);
  expect(run.result.masks).toEqual([]);
}

describe('file names and object keys that carry workflow commands', () => {
  it('a build with hostile file names: deployed as they are, each name shown in the plan, no command run', async () => {
    const bucket = await fixture.createBucket('hostile-names');
    const distributionId = fixture.createDistribution();
    const site = hostileSite(HOSTILE_NAMES);
    const source = await fixture.writeSite('hostile-names', site);
    const run = await fixture.deploy({ source, bucket, 'distribution-id': distributionId });
    expect(run.errors).toEqual([]);
    expectOnlyData(run);
    for (const name of HOSTILE_NAMES) {
      expect(run.result.log).toContain(`upload (fixed name, new) ${shown(`pages/${name}.txt`)} [`);
      expect(run.result.log).toContain(`upload (asset, new) ${shown(`assets/${name}/chunk.${hash8(name)}.js`)} [`);
    }
    expect(await fixture.keys(bucket)).toEqual([MANIFEST_KEY, ...Object.keys(site)].sort());
    expect(run.result.summary).not.toMatch(/[\r\u0085]/);

    // Listed back exactly (a `\r` in a listed key is not turned into `\n`), an identical rebuild uploads nothing.
    await fixture.writeSite('hostile-names', site);
    const rebuild = await fixture.deploy({ source, bucket, 'distribution-id': distributionId });
    expect(rebuild.errors).toEqual([]);
    expect(rebuild.result.outputs).toMatchObject({ uploaded: '0', deleted: '0' });
    expect(writesIn(rebuild.s3Requests)).toHaveLength(1);
    expectOnlyData(rebuild);
  });

  it('hostile keys in the bucket: the stale plain ones deleted, the previous deploy\'s assets kept, each shown', async () => {
    const bucket = await fixture.createBucket('hostile-keys');
    const site = hostileSite(HOSTILE_NAMES);
    const source = await fixture.writeSite('hostile-keys', site);
    expect((await fixture.deploy({ source, bucket })).errors).toEqual([]);

    await fixture.writeSite('hostile-keys', { 'index.html': '<!doctype html> v2' });
    const run = await fixture.deploy({ source, bucket, 'max-delete-ratio': '1' });
    expect(run.errors).toEqual([]);
    expectOnlyData(run);
    for (const name of HOSTILE_NAMES) {
      expect(run.result.log).toContain(`delete ${shown(`pages/${name}.txt`)}`);
      expect(run.result.log).toContain(`keep (previous deploy's asset) ${shown(`assets/${name}/chunk.${hash8(name)}.js`)}`);
    }
    const keys = await fixture.keys(bucket);
    expect(keys.filter((k) => k.startsWith('pages/'))).toEqual([]);
    expect(keys.filter((k) => k.startsWith('assets/'))).toEqual(Object.keys(site).filter((k) => k.startsWith('assets/')).sort());
  });

  it('a dry run over the exact hostile lines (\\n included) and hostile keys in the bucket: shown, nothing run, nothing changed', async () => {
    const bucket = await fixture.createBucket('hostile-dry');
    const distributionId = fixture.createDistribution();
    const source = await fixture.writeSite('hostile-dry', hostileSite(HOSTILE_NAMES));
    expect((await fixture.deploy({ source, bucket })).errors).toEqual([]);
    const before = await fixture.objects(bucket);

    await fixture.writeSite('hostile-dry', hostileSite(HOSTILE_TEXTS, 'v2'));
    const run = await fixture.deploy({ source, bucket, 'distribution-id': distributionId, 'dry-run': 'true', 'max-delete-ratio': '1' });
    expect(run.errors).toEqual([]);
    expectOnlyData(run);
    for (const name of HOSTILE_TEXTS) expect(run.result.log).toContain(shown(`pages/${name}.txt`));
    for (const name of HOSTILE_NAMES.filter((n) => !HOSTILE_TEXTS.includes(n))) expect(run.result.log).toContain(`delete ${shown(`pages/${name}.txt`)}`);
    expect(run.result.log).toContain('upload (fixed name, new) "pages/ERROR\\n::stop-commands::forged-stop.txt" [');
    expect(writesIn(run.s3Requests)).toEqual([]);
    expect(run.cloudfrontRequests).toEqual([]);
    expect(await fixture.objects(bucket)).toEqual(before);
  });

  it('a failed upload and a skipped link with hostile names: one error and one warning, each name on one line', async () => {
    const bucket = await fixture.createBucket('hostile-fail');
    const name = intoMoto(HOSTILE_TEXTS[0] as string);
    const source = await fixture.writeSite('hostile-fail', { 'index.html': 'i', [`${name}.txt`]: 'x' });
    await link(source, `${intoMoto(HOSTILE_TEXTS[1] as string)}.lnk`, '/etc/passwd');
    fixture.s3Proxy.fail({ method: 'PUT', path: `/${bucket}/${name}.txt`, status: 500 });
    const run = await fixture.deploy({ source, bucket, symlinks: 'skip-outside' });
    // Our own two annotations name the files; nothing else carries hostile text, and neither splits.
    expect(forgedCommands(run.result.commands).map((c) => c.name).sort()).toEqual(['error', 'warning']);
    expect(run.result.masks).toEqual([]);
    expect(run.errors).toHaveLength(1);
    expect(run.errors[0]).toContain('  "ERROR\\r::stop-commands::forged-stop.txt": after 4 attempts: InternalError');
    const warnings = run.result.annotations.filter((a) => a.level === 'warning').map((a) => a.message);
    expect(warnings).toEqual(["symlinks: skip-outside left out 1 path(s) of source that resolve outside it: \"done\\r::error::forged-annotation.lnk\" → '/etc/passwd'"]);
    // The error's lines are ours; no name adds one, or a `\r`.
    for (const line of (run.errors[0] as string).split('\n')) expect(line).not.toMatch(/^\s*::|\r/);
    expect(warnings[0]).not.toMatch(/[\r\n]/);
  });
});
