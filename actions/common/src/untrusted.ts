import { randomUUID } from 'node:crypto';
import type { Logger } from './logger.js';

/**
 * Text we did not write (container logs, service events, stopped reasons, docker output, file names, object keys,
 * HTTP bodies, user inputs) must never become a workflow command. The runner splits a step's stdout and stderr on
 * `\r\n`, `\r` and `\n`, then, for each line:
 * - strips leading whitespace (.NET `TrimStart`, which also strips U+0085) and treats `::name::` as a command;
 * - else treats `##[name]` found *anywhere* in the line as a legacy command (ActionCommand.TryParse);
 * - while `::stop-commands::TOKEN` is in force, ignores every command but the resume line `::TOKEN::`.
 * So each line that could parse is printed inside its own stop-commands block with a fresh random token that the
 * text does not contain: it still reads as written, and nothing in it can raise an annotation, add a mask, set an
 * output or stop the action's own commands. Other lines are printed unchanged.
 */

/** A line the runner could parse as a command, by either the current or the legacy syntax. */
export function isCommandLike(line: string): boolean {
  return /^[\s\u0085]*::/.test(line) || line.includes('##[');
}

/** Splits as the runner does; a text without a line break is one line. */
export function splitRunnerLines(text: string): string[] {
  return text.split(/\r\n|\r|\n/);
}

/** A token for one stop-commands block: random, and absent from the text it guards. */
function pauseToken(text: string, newToken: () => string): string {
  for (;;) {
    const token = newToken().replace(/-/g, '');
    if (!text.toLowerCase().includes(token.toLowerCase())) return token;
  }
}

/**
 * The text as lines the runner prints but never executes, joined with `\n`. Runs of consecutive command-like lines
 * share one block. `newToken` is injectable for tests; production uses random UUIDs.
 */
export function neutralize(text: string, newToken: () => string = randomUUID): string {
  const lines = splitRunnerLines(text);
  const out: string[] = [];
  for (let i = 0; i < lines.length; ) {
    if (!isCommandLike(lines[i]!)) {
      out.push(lines[i]!);
      i += 1;
      continue;
    }
    let end = i;
    while (end < lines.length && isCommandLike(lines[end]!)) end += 1;
    const block = lines.slice(i, end);
    const token = pauseToken(block.join('\n'), newToken);
    out.push(`::stop-commands::${token}`, ...block, `::${token}::`);
    i = end;
  }
  return out.join('\n');
}

/**
 * The Logger every action hands its run(): `info` lines are neutralised, so no message that embeds outside text
 * (`Running ${command}`, an event message, a file name) can carry a command. Annotations and debug lines are already
 * safe: @actions/core escapes `%`, `\r` and `\n` in a command's data, so they stay one command line each.
 */
export function untrustedSafeLogger(base: Logger): Logger {
  return {
    info: (message) => base.info(neutralize(message)),
    warning: (message) => base.warning(message),
    error: (message) => base.error(message),
    debug: (message) => base.debug(message),
  };
}

/**
 * Neutralises a stream of outside text (a child's stdout, a log stream) chunk by chunk, so lines are printed as they
 * complete. A `\r` at the end of a chunk waits for the next one, since it may be the first half of `\r\n`.
 */
export class UntrustedLineStream {
  private buffer = '';

  constructor(private readonly print: (line: string) => void) {}

  push(chunk: string): void {
    let text = this.buffer + chunk;
    const held = text.endsWith('\r') ? '\r' : '';
    if (held) text = text.slice(0, -1);
    const lines = splitRunnerLines(text);
    this.buffer = lines.pop()! + held;
    for (const line of lines) this.emit(line);
  }

  /** Prints what is left: a last line without a line break. */
  end(): void {
    const rest = this.buffer.endsWith('\r') ? this.buffer.slice(0, -1) : this.buffer;
    this.buffer = '';
    if (rest !== '') this.emit(rest);
  }

  private emit(line: string): void {
    this.print(neutralize(line));
  }
}
