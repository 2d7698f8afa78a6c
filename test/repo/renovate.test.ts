import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ACTION_PINS, TOOL_PINS } from '../../generator/src/pins.js';

// Renovate cannot run here (it is a 600-package install and needs Node 24), so these tests do what its regex
// manager does with renovate.json on generator/src/pins.ts: extract each dependency, then replace a version the way
// an update would and extract again. The steps follow renovate's lib/modules/manager/custom/regex (createDependency:
// a `<field>Template` wins over the group of that name and sees every named group) and
// lib/workers/repository/update/branch/auto-replace.ts (replace currentValue and currentDigest everywhere in the
// matched text, or render autoReplaceStringTemplate instead).

const root = fileURLToPath(new URL('../..', import.meta.url));
const PINS_FILE = 'generator/src/pins.ts';
const pinsText = readFileSync(join(root, PINS_FILE), 'utf8');

interface RegexManager {
  customType: string;
  managerFilePatterns: string[];
  matchStrings: string[];
  [template: `${string}Template`]: string | undefined;
}
interface RenovateConfig {
  customManagers: RegexManager[];
  packageRules: Array<Record<string, unknown>>;
}
const config = JSON.parse(readFileSync(join(root, 'renovate.json'), 'utf8')) as RenovateConfig;

const FIELDS = ['depName', 'packageName', 'currentValue', 'currentDigest', 'datasource', 'versioning', 'extractVersion'] as const;
type Dep = Partial<Record<(typeof FIELDS)[number], string>> & { replaceString: string };

/**
 * The part of Handlebars these templates use: `{{{field}}}` and Renovate's `replace` helper
 * (`{{{replace 'regex' 'text' field}}}`, a global RegExp replace). Anything else fails, so a template this
 * emulation does not understand cannot pass by accident.
 */
function render(template: string, data: Record<string, string | undefined>): string {
  const out = template.replace(/\{\{\{\s*(?:replace\s+'([^']*)'\s+'([^']*)'\s+)?(\w+)\s*\}\}\}/g, (_all, find: string | undefined, by: string | undefined, field: string) => {
    const value = data[field];
    if (value === undefined) throw new Error(`template ${template} uses ${field}, which is not set`);
    return find === undefined ? value : value.replace(new RegExp(find, 'g'), by ?? '');
  });
  if (out.includes('{{')) throw new Error(`template ${template} uses Handlebars this test does not emulate`);
  return out;
}

/** renovate.json writes a file pattern as `/regex/`; anything else is a glob, which these managers do not use. */
const appliesTo = (manager: RegexManager, file: string) =>
  manager.managerFilePatterns.some((p) => p.startsWith('/') && p.endsWith('/') && new RegExp(p.slice(1, -1)).test(file));

function extract(manager: RegexManager, text: string): Dep[] {
  return manager.matchStrings.flatMap((source) => [...text.matchAll(new RegExp(source, 'g'))]).map((match) => {
    const groups = { ...match.groups };
    const dep: Dep = { replaceString: match[0] };
    for (const field of FIELDS) {
      const template = manager[`${field}Template`];
      if (template) dep[field] = render(template, groups);
      else if (groups[field]) dep[field] = groups[field];
    }
    return dep;
  });
}

const pinManagers = config.customManagers.filter((m) => m.customType === 'regex' && appliesTo(m, PINS_FILE));
const extractAll = (text: string) => pinManagers.flatMap((m) => extract(m, text).map((dep) => ({ manager: m, dep })));

/** Renovate's autoReplace for one dependency: the new text of the whole file. */
function update(manager: RegexManager, dep: Dep, newValue: string, newDigest: string, text: string): string {
  const template = manager.autoReplaceStringTemplate;
  const replacement = template
    ? render(template, { ...dep, newValue, newDigest })
    : dep.replaceString.replaceAll(dep.currentValue as string, newValue).replaceAll(dep.currentDigest as string, newDigest);
  const at = text.indexOf(dep.replaceString);
  expect(at).toBeGreaterThanOrEqual(0);
  return text.slice(0, at) + replacement + text.slice(at + dep.replaceString.length);
}

const summary = ({ dep }: { dep: Dep }) => ({
  depName: dep.depName, currentValue: dep.currentValue, currentDigest: dep.currentDigest, datasource: dep.datasource,
});
const byName = (a: { depName?: string }, b: { depName?: string }) => (a.depName ?? '').localeCompare(b.depName ?? '');

describe('renovate.json regex managers on generator/src/pins.ts', () => {
  it('apply to pins.ts and use only what RE2 (Renovate\'s regex engine) accepts', () => {
    expect(pinManagers.length).toBeGreaterThan(0);
    for (const source of pinManagers.flatMap((m) => m.matchStrings)) {
      // RE2 has no lookaround and no backreferences; renovate falls back to RegExp only where RE2 is missing.
      expect([source, /\(\?<?[=!]|\\[1-9]|\\k</.test(source)]).toEqual([source, false]);
    }
  });

  it('extract every action pin (owner/repo, version, commit SHA) and the gitleaks version and checksum, and nothing else', () => {
    const expected = [
      ...Object.entries(ACTION_PINS).map(([action, pin]) => ({
        // A sub-action (github/codeql-action/upload-sarif) is released by its repository's tags.
        depName: action.split('/').slice(0, 2).join('/'), currentValue: pin.version, currentDigest: pin.sha, datasource: 'github-tags',
      })),
      {
        // gitleaks tags its releases v8.30.1; the manifest writes 8.30.1.
        depName: 'gitleaks/gitleaks', currentValue: `v${TOOL_PINS.gitleaks.version}`, currentDigest: TOOL_PINS.gitleaks.sha256,
        datasource: 'github-release-attachments',
      },
    ];
    expect(extractAll(pinsText).map(summary).sort(byName)).toEqual(expected.sort(byName));
  });

  it('an update changes the version and the SHA of one action pin, and leaves every other pin as it was', () => {
    const all = extractAll(pinsText);
    const target = all.find(({ dep }) => dep.depName === 'aquasecurity/trivy-action');
    if (!target) throw new Error('trivy-action pin not extracted');
    const newSha = 'a'.repeat(40);
    const updated = update(target.manager, target.dep, 'v0.37.1', newSha, pinsText);

    expect(updated).toContain(`version: 'v0.37.1', sha: '${newSha}', runsUsing: 'composite'`);
    const after = extractAll(updated).map(summary);
    expect(after.find((d) => d.depName === 'aquasecurity/trivy-action')).toMatchObject({ currentValue: 'v0.37.1', currentDigest: newSha });
    expect(after.filter((d) => d.depName !== 'aquasecurity/trivy-action')).toEqual(all.map(summary).filter((d) => d.depName !== 'aquasecurity/trivy-action'));
  });

  it('a gitleaks update rewrites the version, the archive name and the checksum together', () => {
    const target = extractAll(pinsText).find(({ dep }) => dep.depName === 'gitleaks/gitleaks');
    if (!target) throw new Error('gitleaks pin not extracted');
    // Rendering the current values must give back the text as it is: the template has the file's exact shape.
    expect(update(target.manager, target.dep, target.dep.currentValue as string, target.dep.currentDigest as string, pinsText)).toBe(pinsText);

    const newChecksum = 'b'.repeat(64);
    const updated = update(target.manager, target.dep, 'v8.31.0', newChecksum, pinsText);
    expect(updated).toContain(`version: '8.31.0', asset: 'gitleaks_8.31.0_linux_x64.tar.gz', sha256: '${newChecksum}'`);
    expect(extractAll(updated).map(summary).find((d) => d.depName === 'gitleaks/gitleaks'))
      .toMatchObject({ currentValue: 'v8.31.0', currentDigest: newChecksum });
  });

  it('the emulation is strict: a pin whose layout changed is no longer extracted', () => {
    const moved = pinsText.replace("version: 'v6.1.0', sha: 'd23441a48e516b6c34aea4fa41551a30e30af803'", "sha: 'd23441a48e516b6c34aea4fa41551a30e30af803', version: 'v6.1.0'");
    expect(moved).not.toBe(pinsText);
    expect(extractAll(moved).map((d) => d.dep.depName)).not.toContain('actions/checkout');
  });
});

describe('renovate.json package rules', () => {
  const rules = config.packageRules;

  it('pins this repository\'s workflow actions to commit SHAs', () => {
    expect(rules).toContainEqual(expect.objectContaining({ matchManagers: ['github-actions'], pinDigests: true }));
  });

  it('updates the AWS SDK clients in one group, so each dist bundles one copy of their shared internals', () => {
    expect(rules).toContainEqual(expect.objectContaining({ matchPackageNames: expect.arrayContaining(['@aws-sdk/**']), groupName: 'AWS SDK' }));
  });

  it('never proposes a new commit under an unchanged version tag of a pin (a moved tag)', () => {
    expect(rules).toContainEqual(expect.objectContaining({
      matchFileNames: expect.arrayContaining([PINS_FILE, '.github/workflows/**']), matchUpdateTypes: ['digest'], enabled: false,
    }));
  });
});
