import { describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

const root = fileURLToPath(new URL('../..', import.meta.url));
const read = (file: string) => readFileSync(join(root, file), 'utf8');
const actions = readdirSync(join(root, 'actions')).filter((name) => existsSync(join(root, 'actions', name, 'action.yml')));

function git(args: string[], input?: string): string {
  const result = spawnSync('git', ['-C', root, ...args], { encoding: 'utf8', input });
  if (result.status !== 0) throw new Error(`git ${args.join(' ')}: ${result.stderr}`);
  return result.stdout;
}

/** `git check-attr` for every tracked file: path → value (set, unset, unspecified or a string). */
function attribute(name: string): Map<string, string> {
  const files = git(['ls-files', '-z']);
  const out = git(['check-attr', '-z', '--stdin', name], files).split('\0');
  const values = new Map<string, string>();
  for (let i = 0; i + 2 < out.length; i += 3) values.set(out[i] as string, out[i + 2] as string);
  return values;
}

describe('LICENSE', () => {
  it('is the MIT license', () => {
    const text = read('LICENSE');
    expect(text.split('\n')[0]).toBe('MIT License');
    expect(text).toMatch(/^Copyright \(c\) \d{4} \S/m);
    expect(text).toContain('Permission is hereby granted, free of charge, to any person obtaining a copy');
  });

  it('is the license every publishable package.json declares', () => {
    // ncc writes a {"type": "module"} package.json into each dist: not a package.
    const manifests = git(['ls-files', '--', 'package.json', '**/package.json']).split('\n').filter((f) => f && !f.split('/').includes('dist'));
    expect(manifests).toContain('package.json');
    for (const file of manifests) {
      const manifest = JSON.parse(read(file)) as { name?: string; private?: boolean; license?: string };
      if (manifest.name && !manifest.private) expect([file, manifest.license]).toEqual([file, 'MIT']);
    }
  });
});

describe('.node-version', () => {
  it('is the Node major the actions run on (runs.using)', () => {
    const version = read('.node-version').trim();
    for (const name of actions) {
      const using = (parse(read(`actions/${name}/action.yml`)) as { runs: { using: string } }).runs.using;
      expect([name, using]).toEqual([name, `node${version}`]);
    }
  });
});

describe('.gitattributes', () => {
  const generated = attribute('linguist-generated');
  const exportIgnore = attribute('export-ignore');

  it('marks every committed dist file, and the root-level action.yml copies, as generated, and nothing else', () => {
    const isGenerated = (file: string) => file.split('/').includes('dist') || /^[^/]+\/action\.yml$/.test(file);
    const dist = [...generated.keys()].filter((file) => file.split('/').includes('dist'));
    expect(dist.length).toBeGreaterThanOrEqual(actions.length);
    for (const [file, value] of generated) expect([file, value]).toEqual([file, isGenerated(file) ? 'true' : 'unspecified']);
  });

  it('keeps every tracked file in the tarball a `uses:` step downloads (no export-ignore)', () => {
    const ignored = [...exportIgnore].filter(([, value]) => value !== 'unspecified' && value !== 'unset').map(([file]) => file);
    expect(ignored).toEqual([]);
    expect(exportIgnore.size).toBe(generated.size);
  });
});

describe('SECURITY.md', () => {
  const text = read('SECURITY.md');

  it('says how to report privately, what is in scope and which versions are supported', () => {
    expect(text).toContain('Report a vulnerability');
    expect(text).toMatch(/private vulnerability reporting/);
    expect(text).toMatch(/^## What is in scope$/m);
    expect(text).toMatch(/^## Supported versions$/m);
    expect(text).toMatch(/latest `v1` release/);
  });

  it('names test files that exist', () => {
    for (const [, file] of text.matchAll(/`(test\/[\w./-]+\.ts)`/g)) expect([file, existsSync(join(root, file as string))]).toEqual([file, true]);
  });
});

describe('CONTRIBUTING.md', () => {
  const text = read('CONTRIBUTING.md');
  const scripts = (JSON.parse(read('package.json')) as { scripts: Record<string, string> }).scripts;

  it('gives the README\'s two commands, the integration tests and the local CI', () => {
    const readmeCommands = read('README.md').match(/^## Development\n[\s\S]*?```sh\n([\s\S]*?)```/m)?.[1]?.trim().split('\n');
    expect(readmeCommands).toEqual(['npm ci', 'npm test']);
    expect(text).toContain('```sh\nnpm ci\nnpm test\n```');
    expect(text).toContain('npm run test:integration');
    expect(text).toContain('bash .ci/run');
  });

  it('names only npm scripts, files and folders that exist', () => {
    const named = [...text.matchAll(/npm run ([\w:-]+)/g)].map(([, script]) => script as string);
    expect(named).toEqual(expect.arrayContaining(['build', 'check-dist', 'docs', 'lint']));
    for (const script of named) expect([script, script in scripts]).toEqual([script, true]);
    for (const [, path] of text.matchAll(/`((?:test|actions|scripts|generator|bench)\/[\w./-]*[\w/])`/g)) {
      if (!path?.includes('<')) expect([path, existsSync(join(root, path as string))]).toEqual([path, true]);
    }
  });
});
