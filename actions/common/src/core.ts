import { randomUUID } from 'node:crypto';
import { appendFileSync, constants, existsSync } from 'node:fs';
import { access, appendFile } from 'node:fs/promises';
import { EOL } from 'node:os';

/**
 * The part of the runner protocol our actions speak, written out so that a dist does not carry @actions/core: its
 * index imports the OIDC token client, and with it @actions/http-client and undici (~1.1 MB of the 1.2–3.1 MB
 * dists, issue 17) that no action here calls. What each function writes is byte for byte what @actions/core 3
 * writes for the same call (core.test.ts runs both and compares), so the runner — and test/harness — see no change.
 * Only an action's main.ts and inputs.ts import this module; shared code takes a Logger.
 * https://docs.github.com/actions/reference/workflows-and-actions/workflow-commands
 */

const escapeData = (text: string) => text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');

/**
 * `::name::data`, or `::name key=value::data`: `%`, `\r` and `\n` are escaped (and `:` and `,` in a property), so a
 * message stays one command line.
 */
function issueCommand(name: string, data: string, property?: [string, string]): void {
  const escapedProperty = property?.[1] ? ` ${property[0]}=${escapeData(property[1]).replace(/:/g, '%3A').replace(/,/g, '%2C')}` : '';
  process.stdout.write(`::${name}${escapedProperty}::${escapeData(data)}${EOL}`);
}

/**
 * Appends `name<<delimiter` / value / `delimiter` to the file the runner names in GITHUB_<command> (the multi-line
 * form; the runner reads the value up to the delimiter line, so a fresh random delimiter keeps any value intact).
 * Without the variable (a runner older than 2.297) it falls back to the command @actions/core falls back to.
 */
function appendKeyValue(command: 'OUTPUT' | 'STATE', name: string, value: string): void {
  const path = process.env[`GITHUB_${command}`];
  if (!path) {
    if (command === 'OUTPUT') process.stdout.write(EOL);
    issueCommand(command === 'OUTPUT' ? 'set-output' : 'save-state', value, ['name', name]);
    return;
  }
  if (!existsSync(path)) throw new Error(`Missing file at path: ${path}`);
  const delimiter = `ghadelimiter_${randomUUID()}`;
  if (name.includes(delimiter)) throw new Error(`Unexpected input: name should not contain the delimiter "${delimiter}"`);
  if (value.includes(delimiter)) throw new Error(`Unexpected input: value should not contain the delimiter "${delimiter}"`);
  appendFileSync(path, `${name}<<${delimiter}${EOL}${value}${EOL}${delimiter}${EOL}`, { encoding: 'utf8' });
}

/**
 * The runner passes `with:` values (and declared defaults) as INPUT_<NAME>: upper-cased, spaces as `_`, hyphens
 * kept. Absent and empty are the same; surrounding whitespace is trimmed. Whether an input is required, and its
 * form, is each action's inputs.ts's to say (one clear error naming the input).
 */
export function getInput(name: string): string {
  return (process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] || '').trim();
}

/** A step output, read by later steps as `steps.<id>.outputs.<name>`. */
export function setOutput(name: string, value: string): void {
  appendKeyValue('OUTPUT', name, value);
}

/** State for this action's post step, which reads it back as STATE_<name>. */
export function saveState(name: string, value: string): void {
  appendKeyValue('STATE', name, value);
}

export function getState(name: string): string {
  return process.env[`STATE_${name}`] || '';
}

/** The runner masks the value in every later log line of the job. */
export function setSecret(secret: string): void {
  issueCommand('add-mask', secret);
}

export function info(message: string): void {
  process.stdout.write(message + EOL);
}

export function debug(message: string): void {
  issueCommand('debug', message);
}

export function warning(message: string): void {
  issueCommand('warning', message);
}

export function error(message: string): void {
  issueCommand('error', message);
}

/** An error annotation, and exit code 1 when the process ends: the runner marks the step failed. */
export function setFailed(message: string): void {
  process.exitCode = 1;
  error(message);
}

/**
 * The job summary (GITHUB_STEP_SUMMARY), with the call shape of @actions/core's `summary.addRaw(text).write()` so
 * that main.ts reads the same. Markdown is appended as given; `write` fails when the runner gave no writable file.
 */
export class Summary {
  private buffer = '';

  addRaw(text: string, addEOL = false): this {
    this.buffer += addEOL ? text + EOL : text;
    return this;
  }

  async write(): Promise<this> {
    const path = process.env.GITHUB_STEP_SUMMARY;
    if (!path) {
      throw new Error('Unable to find environment variable for $GITHUB_STEP_SUMMARY. Check if your runtime environment supports job summaries.');
    }
    try {
      await access(path, constants.R_OK | constants.W_OK);
    } catch {
      throw new Error(`Unable to access summary file: '${path}'. Check if the file has correct read/write permissions.`);
    }
    await appendFile(path, this.buffer, { encoding: 'utf8' });
    this.buffer = '';
    return this;
  }
}

export const summary = new Summary();
