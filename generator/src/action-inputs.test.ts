import { afterEach, describe, expect, it } from '@jest/globals';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { actionYmlReader, checkOurActionInputs, GenerationError, inputsBlock } from './action-inputs.js';
import { OUR_ACTIONS, type Workflow } from './model/types.js';
import { actionsTree } from './package-root.js';
import { publishedActionYml } from './published-path.js';

function workflowWith(step: Workflow['jobs'][number]['steps'][number]): Workflow {
  return {
    name: 'x', file: 'pipeline.yml', triggers: { branches: ['main'], tags: [] }, env: {}, notes: [],
    jobs: [{ id: 'deploy-staging', name: 'Deploy', needs: [], runsOn: 'ubuntu-latest', permissions: {}, timeoutMinutes: 5, steps: [step] }],
  };
}

describe('actionYmlReader', () => {
  const trees: string[] = [];
  const emptyTree = () => {
    const tree = mkdtempSync(join(tmpdir(), 'action-tree-'));
    trees.push(tree);
    return tree;
  };
  afterEach(() => {
    for (const tree of trees.splice(0)) rmSync(tree, { recursive: true, force: true });
  });

  it('reads <tree>/<published path>/action.yml, the file `uses:` resolves to, not actions/<name>/action.yml', () => {
    const tree = emptyTree();
    mkdirSync(join(tree, 'smoke-test'));
    mkdirSync(join(tree, 'actions', 'smoke-test'), { recursive: true });
    writeFileSync(join(tree, 'smoke-test', 'action.yml'), 'inputs:\n  urls: { required: true }\n  published: { default: x }\n');
    writeFileSync(join(tree, 'actions', 'smoke-test', 'action.yml'), 'inputs:\n  source-only: { default: x }\n');
    expect(actionYmlReader(tree)('smoke-test')).toEqual({ known: ['urls', 'published'], required: ['urls'] });
  });

  it('a tree without the published action.yml fails generation, naming the file', () => {
    const tree = emptyTree();
    expect(() => actionYmlReader(tree)('ecs-deploy')).toThrow(GenerationError);
    expect(() => actionYmlReader(tree)('ecs-deploy')).toThrow(`cannot read ${join(tree, 'ecs-deploy', 'action.yml')}, the action.yml of ecs-deploy that its uses: path resolves to (ENOENT)`);
  });
});

describe('checkOurActionInputs, against the real action.yml files', () => {
  const read = actionYmlReader(actionsTree());

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

describe('inputsBlock', () => {
  it.each(OUR_ACTIONS)('%s: the block alone parses to the inputs of the whole action.yml', (action) => {
    const text = readFileSync(publishedActionYml(actionsTree(), action), 'utf8');
    const block = inputsBlock(text);
    expect(block.length).toBeLessThan(text.length);
    expect(parse(block)).toEqual({ inputs: (parse(text) as { inputs: unknown }).inputs });
  });

  it('ends at the next top-level key, keeps comments and blank lines, and is the whole text when there is no block', () => {
    const text = 'name: x\ninputs: # ours\n  a:\n    required: true\n\n# about b\n  b: { default: "" }\noutputs:\n  o: {}\n';
    expect(inputsBlock(text)).toBe('inputs: # ours\n  a:\n    required: true\n\n# about b\n  b: { default: "" }');
    expect(inputsBlock('inputs:\n  last:\n    default: x')).toBe('inputs:\n  last:\n    default: x');
    for (const whole of ['inputs: { a: { required: true } }\n', 'inputs:\r\n  a: {}\r\n', 'name: x\n']) expect(inputsBlock(whole)).toBe(whole);
  });
});
