import { type Clock, systemClock } from './clock.js';
import type { Logger } from './logger.js';

/**
 * The end-to-end tests' one knob for time: `PLATFORM_ACTIONS_TEST_CLOCK_SPEED=N` runs the action's clock N times
 * faster than real time (its `now()` advances N ms per real ms, its sleeps last 1/N), so polls, back-offs, fixed
 * waits and timeouts keep step with a loopback simulator whose own clock runs N times faster (test/sim `clockSpeed`):
 * a run sees the same simulated timeline as at 1×, without the real seconds of waiting.
 *
 * It cannot change a production run: it is honoured only when every AWS service the action calls is reached through
 * a loopback endpoint (AWS_ENDPOINT_URL_* naming 127.0.0.0/8, localhost or [::1]), and N is a whole number from 1
 * to 100. Anything else is ignored with a warning that says why.
 *
 * Not for cancellation tests: the runner's cancel window (deadline.ts) is real time, and on this clock it would
 * shrink N times; those tests run without the knob.
 */
export const TEST_CLOCK_VARIABLE = 'PLATFORM_ACTIONS_TEST_CLOCK_SPEED';
const MAX_SPEED = 100;

export function isLoopbackUrl(url: string | undefined): boolean {
  if (!url) return false;
  try {
    const host = new URL(url).hostname;
    return host === 'localhost' || host === '[::1]' || /^127(\.\d{1,3}){3}$/.test(host);
  } catch {
    return false;
  }
}

/** Where the SDK sends a service's calls when configured by the environment (see aws.ts). */
export function endpointOf(env: NodeJS.ProcessEnv, suffix: string): string | undefined {
  if (env.AWS_IGNORE_CONFIGURED_ENDPOINT_URLS === 'true') return undefined;
  return env[`AWS_ENDPOINT_URL_${suffix}`] || env.AWS_ENDPOINT_URL;
}

/** A clock `speed` times faster than `base`, from now on: time already passed is not rescaled. */
export function fastClock(speed: number, base: Clock = systemClock): Clock & { readonly speed: number } {
  const origin = base.now();
  return {
    speed,
    now: () => origin + (base.now() - origin) * speed,
    sleep: (ms, signal) => base.sleep(ms / speed, signal),
  };
}

/**
 * The clock an action runs on: the system clock, or a fast one when the test knob is set and honoured.
 * `services` are the AWS_ENDPOINT_URL_<SERVICE> suffixes of every service the action calls (e.g. ['ECS']).
 */
export function actionClock(env: NodeJS.ProcessEnv, logger: Logger, services: readonly string[]): Clock {
  const raw = env[TEST_CLOCK_VARIABLE];
  if (raw === undefined || raw === '') return systemClock;
  const speed = /^\d+$/.test(raw) ? Number(raw) : NaN;
  if (!(speed >= 1 && speed <= MAX_SPEED)) {
    logger.warning(`${TEST_CLOCK_VARIABLE} is ignored: expected a whole number from 1 to ${MAX_SPEED}`);
    return systemClock;
  }
  if (services.length === 0 || !services.every((suffix) => isLoopbackUrl(endpointOf(env, suffix)))) {
    logger.warning(`${TEST_CLOCK_VARIABLE} is ignored: it is a test setting, honoured only when every AWS service the action calls has a loopback endpoint`);
    return systemClock;
  }
  // Said nowhere when honoured: the e2e tests compare the step's workflow commands exactly.
  return speed === 1 ? systemClock : fastClock(speed);
}
