import { afterEach, describe, expect, it } from '@jest/globals';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { actionYmlReader, checkOurActionInputs, GenerationError, inputsBlock, plainInputs, type ActionInputs } from './action-inputs.js';
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

/** What the YAML parser makes of an inputs block: the reference plainInputs must agree with. */
function parsedInputs(block: string): ActionInputs {
  const entries = Object.entries((parse(block) as { inputs?: Record<string, { required?: boolean; default?: unknown }> }).inputs ?? {});
  return { known: entries.map(([name]) => name), required: entries.filter(([, spec]) => spec.required === true && spec.default === undefined).map(([name]) => name) };
}

describe('plainInputs, the line reader for inputs blocks in our own shape', () => {
  it.each(OUR_ACTIONS)('%s: reads the published action.yml itself (no YAML parser), as the parser does', (action) => {
    const block = inputsBlock(readFileSync(publishedActionYml(actionsTree(), action), 'utf8'));
    const read = plainInputs(block);
    // Defined: our own files take the fast path; a change of shape that left it would show here, not as slowness.
    expect(read).toBeDefined();
    expect(read).toEqual(parsedInputs(block));
    expect(read!.known.length).toBeGreaterThan(1);
  });

  it('agrees with the parser on quoting, escapes, required without or with a default, and blank lines', () => {
    const block = [
      'inputs:',
      '  a:',
      "    description: 'it''s: a # not a comment'",
      '    required: true',
      '',
      '  b-2:',
      '    description: "say \\"hi\\"\\n"',
      '    required: true',
      "    default: ''",
      '  c_3:',
      '    required: false',
      '  d:',
      '    default: "x"',
    ].join('\n');
    expect(plainInputs(block)).toEqual({ known: ['a', 'b-2', 'c_3', 'd'], required: ['a'] });
    expect(plainInputs(block)).toEqual(parsedInputs(block));
  });

  it.each([
    ['a comment line', 'inputs:\n  # note\n  a:\n    required: true'],
    ['a flow mapping', 'inputs:\n  a: { required: true }'],
    ['a block scalar', 'inputs:\n  a:\n    description: |\n      long'],
    ['a plain (unquoted) value', 'inputs:\n  a:\n    description: plain text'],
    ['another field', 'inputs:\n  a:\n    deprecationMessage: "gone"'],
    ['a field given twice', 'inputs:\n  a:\n    required: true\n    required: false'],
    ['an input given twice', 'inputs:\n  a:\n    required: true\n  a:\n    required: false'],
    ['an input with no fields (null in YAML)', 'inputs:\n  a:\n  b:\n    required: true'],
    ['a last input with no fields', 'inputs:\n  a:\n    required: true\n  b:'],
    ['a name YAML reads as a boolean', 'inputs:\n  true:\n    required: true'],
    ['a name YAML reads as null', 'inputs:\n  Null:\n    required: true'],
    ['a header with a comment', 'inputs: # ours\n  a:\n    required: true'],
    ['CRLF lines', 'inputs:\r\n  a:\r\n    required: true'],
  ])('leaves %s to the YAML parser', (_, block) => {
    expect(plainInputs(block)).toBeUndefined();
  });

  it('a block it leaves to the parser still gives the right inputs through the reader', () => {
    const tree = mkdtempSync(join(tmpdir(), 'action-tree-'));
    try {
      mkdirSync(join(tree, 'smoke-test'));
      writeFileSync(join(tree, 'smoke-test', 'action.yml'), 'name: x\ninputs:\n  # first\n  urls:\n    required: true\n  timeout:\n    required: true\n    default: 5m\n');
      expect(actionYmlReader(tree)('smoke-test')).toEqual({ known: ['urls', 'timeout'], required: ['urls'] });
    } finally {
      rmSync(tree, { recursive: true, force: true });
    }
  });
});
