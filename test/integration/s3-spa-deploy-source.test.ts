import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { mkdir, symlink } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { MANIFEST_KEY, S3SpaFixture, spaFiles } from './s3-fixtures.js';

// What s3-spa-deploy takes from `source`, through the dist against moto: never a file from outside it, whatever
// symlinks the build left there.

jest.setTimeout(60_000);

const fixture = new S3SpaFixture();
const SECRET = '[default]\naws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY\n';

beforeAll(() => fixture.start(), 60_000);
afterAll(() => fixture.stop(), 30_000);

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
