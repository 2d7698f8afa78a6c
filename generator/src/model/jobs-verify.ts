/** The jobs that run on every event, pull requests included: drift check, tests, secret scan, dependency scan. */
import type { Config } from '../config/schema.js';
import { parseSemver } from '../../../actions/common/src/semver.js';
import { TOOL_PINS } from '../pins.js';
import { PR_ONLY } from './conditions.js';
import { checkout } from './steps.js';
import type { GenerationPaths, Job } from './types.js';

const READ = { contents: 'read' } as const;

/** The npm package the drift job runs (the name is the command: `npx gen-workflow`). */
export const GENERATOR_PACKAGE = 'gen-workflow';

/**
 * Fails the pipeline when the committed workflow is not what the config generates (a hand edit, a changed config).
 * It runs the exact gen-workflow version that wrote the file (`npx gen-workflow@<version>`, the version in the header),
 * so releasing a new generator never fails a consumer's pipeline; `--notice-newer` only tells them one is out, and
 * `--exact-version` makes an edited version (in the header or in this step) a failure like any hand edit. An
 * npm version never changes once published and the package has no dependencies, so the version pins the code. No
 * checkout of the actions repository, so no token for a private one.
 */
export function driftJob(config: Config, paths: GenerationPaths): Job {
  const version = paths.generatorVersion;
  if (!parseSemver(version)) throw new Error(`gen-workflow's own version "${version}" is not a semantic version (package.json)`);
  return {
    id: 'workflow-drift', name: 'Workflow matches platform config', needs: [], runsOn: config['runs-on'], permissions: READ, timeoutMinutes: 5,
    steps: [
      checkout(),
      {
        name: `gen-workflow ${version} check (the version that wrote this file)`,
        run: `npx --yes ${GENERATOR_PACKAGE}@${version} check --config ${shellWord(paths.config)} --out ${shellWord(paths.out)} --exact-version --notice-newer`,
      },
    ],
  };
}

const GITLEAKS_INSTALL = `set -euo pipefail
archive="$RUNNER_TEMP/gitleaks.tar.gz"
curl -sSfL --retry 3 -o "$archive" "https://github.com/gitleaks/gitleaks/releases/download/v\${GITLEAKS_VERSION}/gitleaks_\${GITLEAKS_VERSION}_linux_x64.tar.gz"
echo "\${GITLEAKS_SHA256}  $archive" | sha256sum --check --strict
tar -xzf "$archive" -C "$RUNNER_TEMP" gitleaks
"$RUNNER_TEMP/gitleaks" version`;

// Pushes and pull requests scan only their new commits (a secret already in history fails the run that added it);
// manual runs, and pushes whose base is unknown, scan the whole history.
const GITLEAKS_SCAN = `set -euo pipefail
range=()
if [ -n "\${BASE_SHA}" ] && [ "\${BASE_SHA}" != "0000000000000000000000000000000000000000" ] && git cat-file -e "\${BASE_SHA}^{commit}" 2>/dev/null; then
  range=(--log-opts="--no-merges --first-parent \${BASE_SHA}..\${HEAD_SHA}")
fi
"$RUNNER_TEMP/gitleaks" git --redact --exit-code 1 --report-format sarif --report-path "$RUNNER_TEMP/gitleaks.sarif" "\${range[@]}" .`;

export function secretsScanJob(config: Config): Job {
  const pin = TOOL_PINS.gitleaks;
  return {
    id: 'secrets-scan', name: 'Secrets scan (gitleaks)', needs: [], runsOn: config['runs-on'], permissions: READ, timeoutMinutes: 15,
    steps: [
      checkout({ 'fetch-depth': 0 }),
      { name: `Install gitleaks ${pin.version} (checksum verified)`, env: { GITLEAKS_VERSION: pin.version, GITLEAKS_SHA256: pin.sha256 }, run: GITLEAKS_INSTALL },
      {
        name: 'Scan commits for secrets',
        env: { BASE_SHA: '${{ github.event.pull_request.base.sha || github.event.before }}', HEAD_SHA: '${{ github.event.pull_request.head.sha || github.sha }}' },
        run: GITLEAKS_SCAN,
      },
      // Kept as an artifact, not uploaded to code scanning: an alert there reads "fixed" once the secret is deleted, though it stays in history.
      { name: 'Keep the gitleaks report', if: 'failure()', uses: { pinned: 'actions/upload-artifact' }, with: { name: 'gitleaks-report', path: '${{ runner.temp }}/gitleaks.sarif', 'if-no-files-found': 'ignore', 'retention-days': 14 } },
    ],
  };
}

/** Pull requests cannot push an image, so they get Trivy over the repository's lockfiles and IaC instead. */
export function dependencyScanJob(config: Config, gate: { severity: string; ignoreUnfixed: boolean }): Job {
  return {
    id: 'dependency-scan', name: 'Dependency scan (Trivy)', needs: [], if: PR_ONLY, runsOn: config['runs-on'], permissions: READ, timeoutMinutes: 15,
    steps: [
      checkout(),
      {
        name: 'Trivy: fail on ' + gate.severity, uses: { pinned: 'aquasecurity/trivy-action' },
        with: { 'scan-type': 'fs', 'scan-ref': '.', severity: gate.severity, 'ignore-unfixed': gate.ignoreUnfixed, 'exit-code': '1', format: 'table', version: TOOL_PINS.trivy.version },
      },
    ],
  };
}

function shellWord(value: string): string {
  return /^[\w./-]+$/.test(value) ? value : `'${value.replace(/'/g, "'\\''")}'`;
}
