/**
 * The pin manifest: every third-party action the generated pipeline uses, pinned to a full commit SHA (tags can be
 * moved: trivy-action's were force-pushed to credential stealers on 2026-03-19), and the tool binaries with their
 * checksums. The version is written next to the SHA as a comment. Each entry records where the SHA was confirmed.
 */

export interface ActionPin {
  /** The tag the SHA was published as. */
  version: string;
  /** Full 40-hex commit SHA. */
  sha: string;
  /** runs.using at that commit: JavaScript actions must be node24 (Node 20 left the hosted runners on 2026-09-16). */
  runsUsing: 'node24' | 'composite';
  /** Where the tag → SHA mapping was confirmed. */
  source: string;
}

export const ACTION_PINS: Record<string, ActionPin> = {
  'actions/checkout': {
    version: 'v6.1.0', sha: 'd23441a48e516b6c34aea4fa41551a30e30af803', runsUsing: 'node24',
    source: 'pinned with this version comment in several public workflows; `@v6` resolved to it (git ls-remote, 2026-09-05)',
  },
  'actions/setup-node': {
    version: 'v6.5.0', sha: '249970729cb0ef3589644e2896645e5dc5ba9c38', runsUsing: 'node24',
    source: 'release API + git ls-remote table in a public repo; several `# v6` pins',
  },
  'actions/upload-artifact': {
    version: 'v7.0.2', sha: 'cf430e030ddbb5b0abf93d22962f4752f3646cd9', runsUsing: 'node24',
    source: 'several public workflows pin it with `# v7.0.2`',
  },
  'actions/download-artifact': {
    version: 'v8.0.2', sha: '9000827ccba6bdab643e8b6fd33ac0654aef8333', runsUsing: 'node24',
    source: 'several public workflows pin it with `# v8.0.2`',
  },
  'aws-actions/configure-aws-credentials': {
    version: 'v6.3.0', sha: 'e1253824e5c10ff9df46874f81ed3ec929e19cfd', runsUsing: 'node24',
    source: 'six+ public pins with `# v6.3.0`; release PR aws-actions/configure-aws-credentials#1963 (v5.x is still node20)',
  },
  'aquasecurity/trivy-action': {
    version: 'v0.36.0', sha: 'ed142fd0673e97e23eac54620cfb913e5ce36c25', runsUsing: 'composite',
    source: 'public pins with `# v0.36.0`; a Dependabot update 57a97c7 (v0.35.0, the first clean release after 2026-03-19) → ed142fd',
  },
  'github/codeql-action/upload-sarif': {
    version: 'v4.38.3', sha: '24c54180a607b1449ed407dd24f251e4e9147c8d', runsUsing: 'node24',
    source: 'public pins with `# v4.38.3`; git ls-remote shows the tag peels to this commit (not the tag object)',
  },
  'slackapi/slack-github-action': {
    version: 'v4.0.0', sha: 'dcb1066f776dd043e64d0e8ba94ca15cc7e1875d', runsUsing: 'node24',
    source: 'LedgerHQ/ledger-live#20002; a Dependabot 3.0.3 → 4.0.0 commit in awslabs/mountpoint-s3',
  },
  'actions/setup-python': {
    version: 'v6.3.0', sha: 'ece7cb06caefa5fff74198d8649806c4678c61a1', runsUsing: 'node24',
    source: 'git tag v6.3.0 in a mirror of actions/setup-python (read 2026-12-02); action.yml there: runs.using node24',
  },
  'actions/cache': {
    version: 'v5.0.5', sha: '27d5ce7f107fe9357f9df03efb73ab90386fccae', runsUsing: 'node24',
    source: 'git tag v5.0.5 in a mirror of actions/cache (read 2026-12-02); v5 is the node24 line (v4 is node20)',
  },
  'shivammathur/setup-php': {
    version: '2.37.2', sha: 'f3e473d116dcccaddc5834248c87452386958240', runsUsing: 'node24',
    source: 'git tag 2.37.2 (= v2) in a mirror of shivammathur/setup-php (read 2026-12-02); node24 since 2.37.0 (its issue #1093). Its tags carry no "v"',
  },
  'pnpm/action-setup': {
    version: 'v6.1.0', sha: 'ea17c68df8912ef543352723c149a84f56e3d413', runsUsing: 'node24',
    source: 'several public pins with `# v6.1.0`, checked against the published tags on 2026-10-06',
  },
};

export interface ToolPin {
  version: string;
  /** SHA-256 of the linux x64 release archive, from the release's checksums file. */
  sha256?: string;
  asset?: string;
  source: string;
}

export const TOOL_PINS = {
  gitleaks: {
    version: '8.30.1', asset: 'gitleaks_8.30.1_linux_x64.tar.gz', sha256: '551f6fc83ea457d62a0d98237cbad105af8d557003051f41f3e7ca7b3f2470eb',
    source: 'the same sha256 in several public workflows, one of which hashed the download itself (the checksums file line was not seen)',
  },
  poetry: { version: '2.2.1', source: 'a Poetry release on PyPI (2025-09); installed with pipx, which the hosted Ubuntu runners have' },
  uv: { version: '0.9.17', source: 'a uv release (2025-12) named in setup-uv v7.1.6\'s known checksums; installed with pipx' },
  trivy: { version: 'v0.70.0', source: 'the default `version` of trivy-action v0.36.0 (after the v0.69.4–v0.69.6 incident)' },
} satisfies Record<string, ToolPin>;

/** Versions known to be malicious; a manifest that names one fails the generator's own tests. */
export const KNOWN_BAD = {
  trivy: ['v0.69.4', 'v0.69.5', 'v0.69.6'],
} as const;

export function pinFor(action: string): ActionPin {
  const pin = ACTION_PINS[action];
  if (!pin) throw new Error(`No pin for ${action} in the manifest (generator/src/pins.ts)`);
  return pin;
}
