import { describe, expect, it } from '@jest/globals';
import { actionYmlReader, checkOurActionInputs, GenerationError } from './action-inputs.js';
import type { Workflow } from './model/types.js';
import { packageRoot } from './package-root.js';

function workflowWith(step: Workflow['jobs'][number]['steps'][number]): Workflow {
  return {
    name: 'x', file: 'pipeline.yml', triggers: { branches: ['main'], tags: [] }, env: {}, notes: [],
    jobs: [{ id: 'deploy-staging', name: 'Deploy', needs: [], runsOn: 'ubuntu-latest', permissions: {}, timeoutMinutes: 5, steps: [step] }],
  };
}

describe('checkOurActionInputs, against the real action.yml files', () => {
  const read = actionYmlReader(packageRoot());

  it('accepts keys the action declares', () => {
    expect(() => checkOurActionInputs(workflowWith({ name: 'Deploy api', uses: { ours: 'ecs-deploy' }, with: { cluster: 'c', service: 's', image: 'i', 'container-name': 'app' } }), read)).not.toThrow();
  });

  it('a key the action does not have fails generation, naming the job, the step and the key', () => {
    const run = () => checkOurActionInputs(workflowWith({ name: 'Deploy api', uses: { ours: 'ecs-deploy' }, with: { cluster: 'c', service: 's', 'wait-for-stability': true } }), read);
    expect(run).toThrow(GenerationError);
    expect(run).toThrow(/^job "deploy-staging", step "Deploy api": ecs-deploy has no input "wait-for-stability" \(its inputs: cluster, service, /);
  });

  it('a missing required input fails generation too', () => {
    expect(() => checkOurActionInputs(workflowWith({ name: 'Smoke', uses: { ours: 'smoke-test' }, with: { timeout: '1m' } }), read))
      .toThrow('job "deploy-staging", step "Smoke": smoke-test needs input "urls"');
  });

  it('third-party steps are not checked here (their pins are)', () => {
    expect(() => checkOurActionInputs(workflowWith({ name: 'Checkout', uses: { pinned: 'actions/checkout' }, with: { anything: 1 } }), read)).not.toThrow();
  });
});
