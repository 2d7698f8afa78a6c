/**
 * Build jobs: one per service (jobs, not a matrix, so each image's digest is its own job output), with your steps
 * before the build and after it (after the image scan). Frontends are in frontends.ts.
 */
import type { Config, ServiceConfig } from '../config/schema.js';
import { TOOL_PINS } from '../pins.js';
import { PIPELINE_RUN } from './conditions.js';
import { customSteps } from './custom.js';
import type { ImageBuild } from './images.js';
import { awsCredentials, checkout } from './steps.js';
import type { Job, Step } from './types.js';

export interface TrivyGate { severity: string; ignoreUnfixed: boolean }


/** `when`: the build's `if:` (PIPELINE_RUN, or NOT_PR when the pipeline has no rollback). */
export function serviceBuildJob(config: Config, build: ImageBuild, role: string, gates: string[], trivy: TrivyGate | undefined, when: string = PIPELINE_RUN): Job {
  const service = build.spec;
  const buildArgs = Object.entries(service['build-args'] ?? {}).map(([k, v]) => `${k}=${v}`).join('\n');
  const steps: Step[] = [
    checkout(),
    awsCredentials(role, config.aws.region),
    {
      name: `Build and push ${service['ecr-repository']}`, id: 'image', uses: { ours: 'build-push' },
      with: {
        repository: service['ecr-repository'], context: service.context,
        ...(service.dockerfile ? { dockerfile: service.dockerfile } : {}),
        ...(service.target ? { target: service.target } : {}),
        ...(buildArgs ? { 'build-args': buildArgs } : {}),
      },
    },
  ];
  // Every service this image is for brings its own steps (a shared build runs them all, in config order).
  const owners = config.services.filter((s) => build.services.includes(s.name));
  steps.splice(2, 0, ...owners.flatMap((owner) => customSteps(owner.steps?.before)));
  if (trivy) steps.push(...imageScanSteps(service, trivy));
  steps.push(...owners.flatMap((owner) => customSteps(owner.steps?.after)));
  return {
    id: build.jobId, name: `Build ${build.services.join(' + ')}`, needs: gates, if: when, runsOn: config['runs-on'],
    permissions: trivy ? { contents: 'read', 'id-token': 'write', 'security-events': 'write', actions: 'read' } : { contents: 'read', 'id-token': 'write' },
    timeoutMinutes: 45,
    outputs: { image: '${{ steps.image.outputs.image }}', digest: '${{ steps.image.outputs.digest }}' },
    steps,
  };
}

/**
 * Trivy twice over the pushed digest: a full SARIF report (trivy-action drops the severity filter for SARIF, so
 * a SARIF run cannot also be the gate) and a gate on the configured severities. The report is uploaded even when
 * the gate fails, and only when it was written.
 */
function imageScanSteps(service: ServiceConfig, trivy: TrivyGate): Step[] {
  const sarif = `trivy-${service.name}.sarif`;
  const common = { 'image-ref': '${{ steps.image.outputs.image }}', version: TOOL_PINS.trivy.version };
  return [
    { name: 'Trivy: full report (SARIF)', uses: { pinned: 'aquasecurity/trivy-action' }, with: { ...common, format: 'sarif', output: sarif, 'exit-code': '0' } },
    {
      name: `Trivy: fail on ${trivy.severity}`, uses: { pinned: 'aquasecurity/trivy-action' },
      with: { ...common, format: 'table', severity: trivy.severity, 'ignore-unfixed': trivy.ignoreUnfixed, 'exit-code': '1', 'skip-setup-trivy': true },
    },
    {
      name: 'Upload the Trivy report to code scanning', if: `always() && hashFiles('${sarif}') != ''`, uses: { pinned: 'github/codeql-action/upload-sarif' },
      with: { sarif_file: sarif, category: `trivy-${service.name}` },
    },
  ];
}
