/**
 * The `with:` keys the pipeline gives our own actions, checked against each action's action.yml when the workflow
 * is generated: actionlint cannot check a remote action's inputs, so a renamed input would otherwise surface only
 * as a warning in a deploy run. The action.yml read is the one the emitted `uses:` path resolves to.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import type { OurAction, Workflow } from './model/types.js';
import { publishedActionYml } from './published-path.js';
import { GenerationError } from './generation-error.js';

export { GenerationError };

export interface ActionInputs {
  known: string[];
  required: string[];
}

export type InputReader = (action: OurAction) => ActionInputs;

/** Reads inputs from `tree`, a folder laid out like the actions repository's root (see package-root.ts). */
export function actionYmlReader(tree: string): InputReader {
  const cache = new Map<OurAction, ActionInputs>();
  return (action) => {
    let inputs = cache.get(action);
    if (!inputs) {
      const file = publishedActionYml(tree, action);
      let text: string;
      try {
        text = readFileSync(file, 'utf8');
      } catch (error) {
        throw new GenerationError([`cannot read ${file}, the action.yml of ${action} that its uses: path resolves to (${(error as NodeJS.ErrnoException).code ?? String(error)})`]);
      }
      inputs = inputsOf(text);
      cache.set(action, inputs);
    }
    return inputs;
  };
}


/**
 * The top-level `inputs:` block of an action.yml, a YAML document of its own: all that is read here. The rest
 * (name, description, outputs, runs) is a fifth of the text, and a CLI run parses five action.yml files cold, at
 * ~0.1 ms a line. Where the inputs are not a block of their own (`inputs: {…}`, CRLF lines), the whole text.
 */
export function inputsBlock(text: string): string {
  const lines = text.split('\n');
  const start = lines.findIndex((line) => /^inputs:[ \t]*(#.*)?$/.test(line));
  if (start === -1) return text;
  let end = start + 1;
  // The block ends at the next line that starts in the first column with anything but a comment.
  while (end < lines.length && !/^[^\s#]/.test(lines[end]!)) end++;
  return lines.slice(start, end).join('\n');
}

// By text: parsing an action.yml costs more than generating from it, and a process that generates many workflows
// (the tests, a monorepo's configs) reads the same few files each time. Keyed by content, so an edit is seen.
const parsed = new Map<string, ActionInputs>();
function inputsOf(text: string): ActionInputs {
  let inputs = parsed.get(text);
  if (!inputs) {
    const block = inputsBlock(text);
    inputs = plainInputs(block);
    if (!inputs) {
      const metadata = parse(block) as { inputs?: Record<string, { required?: boolean; default?: unknown }> };
      const entries = Object.entries(metadata.inputs ?? {});
      inputs = { known: entries.map(([name]) => name), required: entries.filter(([, spec]) => spec.required === true && spec.default === undefined).map(([name]) => name) };
    }
    parsed.set(text, inputs);
  }
  return inputs;
}

// The lines of an inputs block written the way our action.yml files are: an input's name alone on its line, then
// its description, required and default, each a one-line quoted string or (required) true/false.
const INPUT_NAME = /^ {2}([A-Za-z][\w-]*):$/;
const INPUT_FIELD = /^ {4}(description|default): (?:'(?:[^']|'')*'|"(?:[^"\\]|\\[\\"nt])*")$|^ {4}(required): (true|false)$/;

/**
 * The inputs of a block in that shape, read line by line; undefined for anything else (a comment, a flow mapping, a
 * block scalar, a plain or multi-line value, another field, a key given twice, …), which the YAML parser reads: the
 * CLI runs once per process, cold, and the parser costs it ~20 ms over the five action.yml files. On the lines it
 * accepts, this reads what YAML would: each name a string key in order (not null/true/false, not a number), required
 * only when `required: true` and there is no default.
 */
export function plainInputs(block: string): ActionInputs | undefined {
  const lines = block.split('\n');
  if (lines[0] !== 'inputs:') return undefined;
  const specs = new Map<string, Map<string, string>>();
  let current: Map<string, string> | undefined;
  for (const line of lines.slice(1)) {
    if (line === '') continue;
    const name = INPUT_NAME.exec(line)?.[1];
    if (name !== undefined) {
      if (specs.has(name) || /^(null|true|false)$/i.test(name) || (current && current.size === 0)) return undefined;
      current = new Map();
      specs.set(name, current);
      continue;
    }
    const field = INPUT_FIELD.exec(line);
    if (!field || !current) return undefined;
    const key = field[1] ?? field[2]!;
    if (current.has(key)) return undefined;
    current.set(key, field[3] ?? '');
  }
  // An input with no fields is null in YAML: the parser's path, as before.
  if (current && current.size === 0) return undefined;
  const entries = [...specs];
  return { known: entries.map(([name]) => name), required: entries.filter(([, spec]) => spec.get('required') === 'true' && !spec.has('default')).map(([name]) => name) };
}

export function checkOurActionInputs(workflow: Workflow, read: InputReader): void {
  const problems: string[] = [];
  for (const job of workflow.jobs) {
    for (const step of job.steps) {
      if (!step.uses || !('ours' in step.uses)) continue;
      const action = step.uses.ours;
      const { known, required } = read(action);
      const given = Object.keys(step.with ?? {});
      const where = `job "${job.id}", step "${step.name}"`;
      for (const key of given) if (!known.includes(key)) problems.push(`${where}: ${action} has no input "${key}" (its inputs: ${known.join(', ')})`);
      for (const key of required) if (!given.includes(key)) problems.push(`${where}: ${action} needs input "${key}"`);
    }
  }
  if (problems.length) throw new GenerationError(problems);
}
