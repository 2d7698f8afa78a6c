/**
 * Reads platform.yml: YAML syntax errors and schema issues both come back as `file:line:column: key: message`,
 * all of them at once, each saying what to write instead (an example, or "did you mean" for a mistyped key or value).
 */
import { createHash } from 'node:crypto';
import { isMap, isPair, isScalar, LineCounter, parseDocument, type Document, type Node } from 'yaml';
import type { z } from 'zod';
import { describeValue, keyInfo, missingKey, wrongKind } from './messages.js';
import { configSchema, type Config } from './schema.js';
import { closest } from './suggest.js';
import { yamlProblems } from './yaml-errors.js';

export interface ConfigProblem {
  file: string;
  line: number;
  column: number;
  /** Dotted key path, e.g. `environments.staging.cluster`. */
  key: string;
  message: string;
}

export class ConfigError extends Error {
  constructor(readonly problems: ConfigProblem[]) {
    super(problems.map((p) => `${p.file}:${p.line}:${p.column}: ${p.key ? `${p.key}: ` : ''}${p.message}`).join('\n'));
    this.name = 'ConfigError';
  }
}

export interface LoadedConfig {
  config: Config;
  /** sha256 of the file with line ends normalised, recorded in the generated header. */
  hash: string;
}

type PathKey = string | number;
type Issue = z.core.$ZodIssue;

export function configHash(text: string): string {
  return createHash('sha256').update(text.replace(/\r\n/g, '\n')).digest('hex');
}

export function parseConfig(text: string, file: string): LoadedConfig {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: false });
  const position = (offset: number) => lineCounter.linePos(offset);
  if (doc.errors.length > 0) {
    throw new ConfigError(yamlProblems(text, doc, lineCounter).map((problem) => ({ file, ...problem })));
  }
  const data: unknown = doc.toJS();
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    throw new ConfigError([{ file, line: 1, column: 1, key: '', message: `the file must be a mapping of keys (app, actions, aws, test, services, environments, …), not ${describeValue(data)}; e.g. app: keylo` }]);
  }
  // Without zod's eval-compiled fast path for objects: a CLI run parses one config, cold, and compiling a parser
  // per object schema costs it more than walking the schemas once (~7 ms of ~0.23 s of CPU). Same result either way.
  const result = configSchema.safeParse(data, { jitless: true });
  if (!result.success) {
    const problems = result.error.issues.flatMap((issue) => describeIssue(issue, [], data, doc, position, file));
    throw new ConfigError(dedupe(problems).sort((a, b) => a.line - b.line || a.column - b.column));
  }
  return { config: result.data, hash: configHash(text) };
}

function describeIssue(issue: Issue, prefix: PathKey[], data: unknown, doc: Document, position: (offset: number) => { line: number; col: number }, file: string): ConfigProblem[] {
  const path = [...prefix, ...(issue.path as PathKey[])];
  const at = (keyPath: PathKey[], message: string, onKey = false): ConfigProblem => {
    const offset = nodeOffset(doc, keyPath, onKey);
    const { line, col } = position(offset);
    return { file, line, column: col, key: keyPath.join('.'), message };
  };
  switch (issue.code) {
    case 'unrecognized_keys':
      return issue.keys.map((key) => {
        const known = keysAt(configSchema, path);
        const guess = closest(key, known);
        const hint = guess ? `; did you mean "${guess}"?` : known.length ? ` (known keys: ${known.join(', ')})` : '';
        return at([...path, key], `unknown key "${key}"${hint}`, true);
      });
    case 'invalid_value': {
      const input = valueAt(data, path);
      const options = issue.values.map(String);
      const guess = typeof input === 'string' ? closest(input, options) : undefined;
      return [at(path, `${JSON.stringify(input)} is not one of ${options.join(', ')}${guess ? `; did you mean "${guess}"?` : ''}`)];
    }
    case 'invalid_union': {
      // Report the branch that matched the value's type (e.g. the enum for a string), not every alternative.
      const branch = issue.errors.find((errors) => !errors.some((e) => e.code === 'invalid_type' && e.path.length === 0));
      if (branch) return branch.flatMap((inner) => describeIssue(inner, path, data, doc, position, file));
      return [at(path, wrongKind(path, valueAt(data, path), 'value'))];
    }
    case 'invalid_type':
      if (valueAt(data, path) === undefined) return [at(path.slice(0, -1), missingKey(path.slice(0, -1), String(path[path.length - 1])), true)];
      return [at(path, wrongKind(path, valueAt(data, path), issue.expected))];
    case 'invalid_key': {
      // A record key the schema refuses (an environment, variable or build argument name): the inner issue says why.
      const inner = issue.issues[0];
      return [at(path, inner?.message ?? `${JSON.stringify(path[path.length - 1])} is not a valid name`, true)];
    }
    case 'too_small':
      return [at(path, tooSmall(path, issue.origin, issue.message))];
    default:
      // Cross-field rules (rules.ts) point at the key; a value's problem at the value.
      return [at(path, issue.message, issue.code === 'custom' && issue.params?.onKey === true)];
  }
}

function tooSmall(path: PathKey[], origin: string, message: string): string {
  const info = keyInfo(path);
  const example = info ? `; e.g. ${info.example}` : '';
  if (origin === 'array') return `needs at least one entry${example}`;
  if (origin === 'string') return `must not be empty${example}`;
  return `${message}${example}`;
}

function valueAt(data: unknown, path: PathKey[]): unknown {
  let current = data;
  for (const key of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<PathKey, unknown>)[key];
  }
  return current;
}

/** Offset of the node at `path` (or of its key, so "unknown key" points at the key itself); the nearest ancestor when absent. */
function nodeOffset(doc: Document, path: PathKey[], onKey: boolean): number {
  for (let depth = path.length; depth >= 0; depth--) {
    const partial = path.slice(0, depth);
    if (onKey && depth === path.length && depth > 0 && typeof partial[depth - 1] === 'string') {
      const parent = doc.getIn(partial.slice(0, -1), true) as Node | undefined;
      if (isMap(parent)) {
        const pair = parent.items.find((item) => isPair(item) && isScalar(item.key) && String(item.key.value) === String(partial[depth - 1]));
        const range = pair && isScalar(pair.key) ? pair.key.range : undefined;
        if (range) return range[0];
      }
      continue;
    }
    const node = (depth === 0 ? doc.contents : doc.getIn(partial, true)) as Node | null | undefined;
    if (node?.range) return node.range[0];
  }
  return 0;
}

interface SchemaDef { type: string; shape?: Record<string, unknown>; innerType?: unknown; element?: unknown; valueType?: unknown; options?: unknown[]; in?: unknown }
const defOf = (schema: unknown): SchemaDef => (schema as { _zod: { def: SchemaDef } })._zod.def;

/** The keys the schema allows for the object at `path` (for "did you mean"). */
export function keysAt(schema: unknown, path: PathKey[]): string[] {
  const candidates = resolve(schema, path);
  return [...new Set(candidates.flatMap((s) => objectKeys(s)))];
}

function unwrap(schema: unknown): unknown[] {
  const def = defOf(schema);
  if (def.innerType) return unwrap(def.innerType);
  if (def.type === 'pipe' && def.in) return unwrap(def.in);
  if (def.type === 'union' && def.options) return def.options.flatMap(unwrap);
  return [schema];
}

function resolve(schema: unknown, path: PathKey[]): unknown[] {
  let current = unwrap(schema);
  for (const key of path) {
    current = current.flatMap((s) => {
      const def = defOf(s);
      if (def.type === 'object' && def.shape && typeof key === 'string' && def.shape[key]) return unwrap(def.shape[key]);
      if (def.type === 'array' && def.element && typeof key === 'number') return unwrap(def.element);
      if (def.type === 'record' && def.valueType) return unwrap(def.valueType);
      return [];
    });
  }
  return current;
}

function objectKeys(schema: unknown): string[] {
  const def = defOf(schema);
  return def.type === 'object' && def.shape ? Object.keys(def.shape) : [];
}

function dedupe(problems: ConfigProblem[]): ConfigProblem[] {
  const seen = new Set<string>();
  return problems.filter((p) => {
    const id = `${p.line}:${p.column}:${p.message}`;
    if (seen.has(id)) return false;
    seen.add(id);
    return true;
  });
}
