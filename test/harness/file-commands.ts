import { randomUUID } from 'node:crypto';
import { mkdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

// The runner creates one empty file per file command in RUNNER_TEMP/_runner_file_commands before
// each step and reads them when the step ends (actions/runner FileCommandManager.cs).

export interface FileCommandPaths {
  readonly GITHUB_OUTPUT: string;
  readonly GITHUB_STATE: string;
  readonly GITHUB_ENV: string;
  readonly GITHUB_PATH: string;
  readonly GITHUB_STEP_SUMMARY: string;
}

const PREFIXES: Readonly<Record<keyof FileCommandPaths, string>> = {
  GITHUB_OUTPUT: 'set_output_',
  GITHUB_STATE: 'save_state_',
  GITHUB_ENV: 'set_env_',
  GITHUB_PATH: 'add_path_',
  GITHUB_STEP_SUMMARY: 'step_summary_',
};

/** GitHub refuses step summaries over 1 MiB and shows an error instead. */
export const STEP_SUMMARY_LIMIT_BYTES = 1024 * 1024;

export async function createFileCommandFiles(runnerTemp: string): Promise<FileCommandPaths> {
  const dir = join(runnerTemp, '_runner_file_commands');
  await mkdir(dir, { recursive: true });
  const suffix = randomUUID();
  const entries = Object.entries(PREFIXES).map(([name, prefix]) => [name, join(dir, prefix + suffix)] as const);
  await Promise.all(entries.map(([, path]) => writeFile(path, '')));
  return Object.fromEntries(entries) as unknown as FileCommandPaths;
}

export async function removeFileCommandFiles(paths: FileCommandPaths): Promise<void> {
  await Promise.all(Object.values(paths).map((path) => rm(path, { force: true })));
}

export interface KeyValueParse {
  /** Pairs read before any error; a later pair wins over an earlier one with the same name. */
  readonly values: Record<string, string>;
  readonly error?: string;
}

/**
 * `NAME=value` and `NAME<<DELIMITER` ... `DELIMITER` lines. Whichever of `=` and `<<` comes
 * first decides the form. On Linux the runner splits on `\n` only, so a `\r` stays in the value.
 */
export function parseKeyValueFile(text: string): KeyValueParse {
  const values: Record<string, string> = {};
  const lines = text.split('\n');
  // A trailing newline does not start another line.
  if (lines[lines.length - 1] === '') lines.pop();

  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    if (line === '') continue;
    const equals = line.indexOf('=');
    const heredoc = line.indexOf('<<');

    if (equals >= 0 && (heredoc < 0 || equals < heredoc)) {
      const name = line.slice(0, equals);
      if (name === '') return { values, error: `Invalid format '${line}': the name must not be empty` };
      values[name] = line.slice(equals + 1);
    } else if (heredoc >= 0) {
      const name = line.slice(0, heredoc);
      const delimiter = line.slice(heredoc + 2);
      if (name === '' || delimiter === '') {
        return { values, error: `Invalid format '${line}': the name and the delimiter must not be empty` };
      }
      const end = lines.indexOf(delimiter, i + 1);
      if (end < 0) return { values, error: `Invalid value: matching delimiter '${delimiter}' not found` };
      values[name] = lines.slice(i + 1, end).join('\n');
      i = end;
    } else {
      return { values, error: `Invalid format '${line}'` };
    }
  }
  return { values };
}

/** One directory per line; re-adding a directory moves it to the end (the runner's PrependPath). */
export function parsePathFile(text: string): string[] {
  const paths: string[] = [];
  for (const line of text.split(/\r\n|\r|\n/)) {
    if (line === '') continue;
    const existing = paths.indexOf(line);
    if (existing >= 0) paths.splice(existing, 1);
    paths.push(line);
  }
  return paths;
}

export interface FileCommandResults {
  readonly outputs: Record<string, string>;
  readonly state: Record<string, string>;
  readonly exportedEnv: Record<string, string>;
  readonly addedPath: string[];
  readonly summary: string;
  /** Failures that fail the step (malformed key/value files). */
  readonly errors: string[];
  /** Errors the runner reports without failing the step (oversized summary). */
  readonly nonFatalErrors: string[];
}

async function readIfPresent(path: string): Promise<string> {
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return '';
    throw error;
  }
}

export async function readFileCommands(paths: FileCommandPaths): Promise<FileCommandResults> {
  const errors: string[] = [];
  const nonFatalErrors: string[] = [];
  const keyValue = async (variable: keyof FileCommandPaths, label: string): Promise<Record<string, string>> => {
    const parsed = parseKeyValueFile(await readIfPresent(paths[variable]));
    if (parsed.error) errors.push(`Unable to process file command '${label}' successfully: ${parsed.error}`);
    return parsed.values;
  };

  const outputs = await keyValue('GITHUB_OUTPUT', 'output');
  const state = await keyValue('GITHUB_STATE', 'state');
  const exportedEnv = await keyValue('GITHUB_ENV', 'env');
  const addedPath = parsePathFile(await readIfPresent(paths.GITHUB_PATH));

  let summary = await readIfPresent(paths.GITHUB_STEP_SUMMARY);
  const size = summary === '' ? 0 : (await stat(paths.GITHUB_STEP_SUMMARY)).size;
  if (size > STEP_SUMMARY_LIMIT_BYTES) {
    nonFatalErrors.push(`$GITHUB_STEP_SUMMARY is limited to ${STEP_SUMMARY_LIMIT_BYTES / 1024}k, got ${Math.floor(size / 1024)}k; it was not uploaded`);
    summary = '';
  }
  return { outputs, state, exportedEnv, addedPath, summary, errors, nonFatalErrors };
}
