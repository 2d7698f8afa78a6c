import type { Logger } from '../../../common/src/logger.js';
import { splitRunnerLines } from '../../../common/src/untrusted.js';
import { StepLog } from '../../../../test/harness/step-log.js';

/** @actions/core's escaping of a command's data: a message with line breaks stays one command line. */
const escapeData = (text: string): string => text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');

/**
 * A Logger that writes to stdout what @actions/core writes (`info` as is, annotations as `::level::data`), read by
 * the harness's model of the runner: `log` holds the commands it would process and the lines it would show.
 */
export class RunnerStdout implements Logger {
  readonly log = new StepLog('/workspace', false);

  info(message: string): void {
    this.write(message);
  }

  warning(message: string): void {
    this.write(`::warning::${escapeData(message)}`);
  }

  error(message: string): void {
    this.write(`::error::${escapeData(message)}`);
  }

  debug(message: string): void {
    this.write(`::debug::${escapeData(message)}`);
  }

  /** The log as the runner shows it, without our own stop-commands / resume lines. */
  shown(): string[] {
    return this.log.render(false).split('\n').filter((line) => !/^::(stop-commands::)?[0-9a-f]{32}(::)?$/.test(line));
  }

  private write(text: string): void {
    for (const line of splitRunnerLines(text)) this.log.line('stdout', line);
  }
}
