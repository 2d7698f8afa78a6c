import type { Logger } from '../../common/src/logger.js';
import type { Timings } from './deps.js';

/**
 * The end-to-end tests' knob: `DB_MIGRATE_TEST_WAITS_MS=N` shortens the action's fixed waits (the first DescribeTasks
 * poll, the GetLogEvents poll, the late-events window after STOPPED) to N ms, so a test against the loopback
 * simulator does not spend ~3 s of real time per run waiting for nothing.
 *
 * It cannot change a production run: it is honoured only when ECS and CloudWatch Logs are both reached through
 * loopback endpoints (AWS_ENDPOINT_URL_* naming 127.0.0.0/8, localhost or [::1]), and it only ever shortens
 * (1 ≤ N ≤ 1000). Anything else is ignored with a warning that says why.
 */
export const TEST_WAITS_VARIABLE = 'DB_MIGRATE_TEST_WAITS_MS';
const MAX_MS = 1000;

function isLoopback(url: string | undefined): boolean {
  if (!url) return false;
  try {
    const host = new URL(url).hostname;
    return host === 'localhost' || host === '[::1]' || /^127(\.\d{1,3}){3}$/.test(host);
  } catch {
    return false;
  }
}

/** Where the SDK sends a service's calls when configured by the environment (see common/aws.ts). */
function endpointOf(env: NodeJS.ProcessEnv, suffix: string): string | undefined {
  if (env.AWS_IGNORE_CONFIGURED_ENDPOINT_URLS === 'true') return undefined;
  return env[`AWS_ENDPOINT_URL_${suffix}`] || env.AWS_ENDPOINT_URL;
}

export function testWaits(env: NodeJS.ProcessEnv, logger: Logger): Partial<Timings> {
  const raw = env[TEST_WAITS_VARIABLE];
  if (raw === undefined || raw === '') return {};
  const ms = /^\d+$/.test(raw) ? Number(raw) : NaN;
  if (!(ms >= 1 && ms <= MAX_MS)) {
    logger.warning(`${TEST_WAITS_VARIABLE} is ignored: expected whole milliseconds from 1 to ${MAX_MS}`);
    return {};
  }
  if (!isLoopback(endpointOf(env, 'ECS')) || !isLoopback(endpointOf(env, 'CLOUDWATCH_LOGS'))) {
    logger.warning(`${TEST_WAITS_VARIABLE} is ignored: it is a test setting, honoured only against loopback ECS and CloudWatch Logs endpoints`);
    return {};
  }
  // Said nowhere when honoured: the e2e tests compare the step's workflow commands exactly.
  return { taskPollMs: ms, logPollMs: ms, lateEventsMs: ms };
}
