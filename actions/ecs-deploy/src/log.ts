import * as core from '../../common/src/core.js';
import type { Logger } from '../../common/src/logger.js';
import { untrustedSafeLogger } from '../../common/src/untrusted.js';

/**
 * The logger main.ts hands to run(). Every info line may embed outside text (a service event, a stopped reason, a
 * container's log line): the printer neutralises each line the runner could take for a workflow command. Its own
 * module so that the tests print through exactly this logger.
 */
export const actionLogger: Logger = untrustedSafeLogger(core);
