import { ConfigurationError } from '../../common/src/errors.js';
import { quoted } from '../../common/src/names.js';
import { loadYaml } from './lazy.js';
import type { JsonObject } from './render.js';

/**
 * The files the inputs name (a task definition, an AppSpec), read as JSON or YAML. Their content may be anything the
 * path named by mistake (a secret, /etc/passwd): a parse error is reported by line and column and the parser's
 * phrase, never by quoting the text.
 */

export type ReadFile = (path: string) => string;

/** `at line L, column C` (1-based) of a character offset. */
function lineAndColumn(text: string, offset: number): string {
  const before = text.slice(0, offset);
  return `at line ${before.split('\n').length}, column ${before.length - before.lastIndexOf('\n')}`;
}

const END_OF_INPUT = /^Unexpected end of JSON input/;

/** Whether JSON.parse stops at a character of `prefix` rather than at its end (where a longer text might go on). */
function failsInside(prefix: string): boolean {
  try {
    JSON.parse(prefix);
    return false;
  } catch (error) {
    const message = (error as Error).message;
    if (END_OF_INPUT.test(message)) return false;
    const at = /at position (\d+)/.exec(message);
    return at ? Number(at[1]) < prefix.length : true;
  }
}

/**
 * Where and why a text is not JSON, without V8's message: for an unexpected character it quotes the text
 * (`Unexpected token 'r', "root:x:0:0"... is not valid JSON`). V8's other messages are fixed phrases with
 * `at position N`; for the quoting ones the position is found by bisecting prefixes (the parser reads left to right,
 * so every prefix that holds the bad character fails on it, and no shorter one does).
 */
export function jsonSyntaxProblem(text: string, error: Error): string {
  if (END_OF_INPUT.test(error.message)) return `${lineAndColumn(text, text.length)}: the text ends before the JSON value does`;
  const positioned = /^(.*?) in JSON at position (\d+)/.exec(error.message);
  if (positioned && !positioned[1]!.includes('"')) {
    const phrase = positioned[1]!;
    return `${lineAndColumn(text, Number(positioned[2]))}: ${phrase.charAt(0).toLowerCase()}${phrase.slice(1)}`;
  }
  let [low, high] = [1, text.length];
  while (low < high) {
    const mid = Math.floor((low + high) / 2);
    if (failsInside(text.slice(0, mid))) high = mid;
    else low = mid + 1;
  }
  return `${lineAndColumn(text, low - 1)}: unexpected character`;
}

/**
 * A file is read as YAML when its name says so, or when it does not start like a JSON object or array; otherwise as
 * JSON, whose errors point at the character (YAML, a superset, would accept some JSON mistakes differently).
 */
export function isYamlFile(path: string, text: string): boolean {
  return /\.ya?ml$/i.test(path) || !/^[\s\uFEFF]*[{[]/.test(text);
}

/**
 * yaml's messages end with the offending lines of the text; only the code and position are kept. Aliases are
 * refused: a task definition has no use for them, and expanding them is how a small YAML file becomes a huge value.
 */
async function parseYaml(input: string, path: string, text: string): Promise<unknown> {
  const yaml = await loadYaml();
  const document = yaml.parseDocument(text, { prettyErrors: false, uniqueKeys: true, merge: false });
  const problem = document.errors[0];
  if (problem) throw new ConfigurationError(input, `${quoted(path)} is not valid YAML ${yamlProblem(text, problem)}`);
  let aliases = false;
  yaml.visit(document, { Alias: () => { aliases = true; return yaml.visit.BREAK; } });
  if (aliases) throw new ConfigurationError(input, `${quoted(path)} uses YAML aliases (*name); write the values out`);
  return document.toJS({ maxAliasCount: 0 });
}

/** `at line L, column C: missing char` — yaml's error code and position, never its message (which quotes the text). */
export function yamlProblem(text: string, error: { code: string; pos: [number, number] }): string {
  return `${lineAndColumn(text, error.pos[0])}: ${error.code.toLowerCase().replace(/_/g, ' ')}`;
}

/** Reads a JSON or YAML file that must hold one object (`what` names it for the message). */
export async function readObjectFile(input: string, path: string, readFile: ReadFile, what: string): Promise<JsonObject> {
  let text: string;
  try {
    text = readFile(path);
  } catch (error) {
    throw new ConfigurationError(input, `cannot read ${quoted(path)} (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`, { cause: error });
  }
  let content: unknown;
  if (isYamlFile(path, text)) {
    content = await parseYaml(input, path, text);
  } else {
    try {
      content = JSON.parse(text);
    } catch (error) {
      // No `cause`: its message quotes the text.
      throw new ConfigurationError(input, `${quoted(path)} is not valid JSON ${jsonSyntaxProblem(text, error as Error)}`);
    }
  }
  if (typeof content !== 'object' || content === null || Array.isArray(content)) {
    throw new ConfigurationError(input, `${quoted(path)} must hold a JSON or YAML object (${what})`);
  }
  return content as JsonObject;
}
