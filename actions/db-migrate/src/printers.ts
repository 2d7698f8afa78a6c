import type { Logger } from '../../common/src/logger.js';
import { untrustedSafeLogger } from '../../common/src/untrusted.js';

/** What run() prints with: the logger, and the printer of the migration's own output lines. */
export interface JobLog {
  logger: Logger;
  printLine: (line: string) => void;
}

/**
 * Every line db-migrate prints may carry outside text: a log event, an exec session's output, a stopped reason, a
 * container reason, the `command` input echoed in "Running …". All of it goes through one neutralising printer
 * (common/src/untrusted.ts), so no line of it can become a workflow command. Annotations stay one command each
 * (@actions/core escapes their line breaks).
 */
export function jobLog(base: Logger): JobLog {
  const logger = untrustedSafeLogger(base);
  return { logger, printLine: (line) => logger.info(line) };
}
