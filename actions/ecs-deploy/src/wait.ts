import type { Service, ServiceEvent } from '@aws-sdk/client-ecs';
import type { Clock } from '../../common/src/clock.js';
import { errorMessage } from '../../common/src/errors.js';
import type { Logger } from '../../common/src/logger.js';
import { splitRunnerLines } from '../../common/src/untrusted.js';
import type { EcsApi } from './aws.js';
import type { WaitUntil } from './inputs.js';
import { type Assessment, assessRollout, progressLine, type Target } from './verdict.js';

export type WaitResult =
  | Assessment
  | { state: 'timed-out'; reason: string }
  | { state: 'cancelled'; reason: string };

/**
 * Judges one DescribeServices snapshot: the rolling update's verdict by default; blue/green paths read their own
 * deployment (a service deployment, a CodeDeploy deployment) and map it to the same verdicts. `progress` is logged
 * whenever it changes.
 */
export type Judge = (service: Service, placementFailures: number, signal?: AbortSignal) => Promise<{ assessment: Assessment; progress: string }>;

export interface WaitRequest {
  cluster: string;
  service: string;
  target: Target;
  waitUntil: WaitUntil;
  deadline: number;
  failFast: boolean;
  /** Events already there before our update (earlier deployments'): not shown, not counted. */
  knownEventIds: Iterable<string>;
  /** Replaces the rolling update's judge (assessRollout on our deployment in deployments[]). */
  judge?: Judge;
}

function rollingJudge(request: WaitRequest): Judge {
  return async (service, placementFailures) => {
    const assessment = assessRollout(service, request.target, request.waitUntil, { enabled: request.failFast, placementFailures });
    const progress = progressLine(assessment.state === 'rolled-back' ? undefined : assessment.deployment);
    return { assessment, progress: `deployment ${request.target.deploymentId} ${progress}` };
  };
}

export interface WaitDeps {
  ecs: EcsApi;
  clock: Clock;
  logger: Logger;
  signal?: AbortSignal;
}

export interface WaitOutcome {
  result: WaitResult;
  service?: Service;
  /** Service events that appeared while waiting, oldest first. */
  events: ServiceEvent[];
}

/**
 * Fast first polls, then a gentle back-off to a ceiling low enough that a verdict comes within 3 s of the rollout's
 * end (the ceiling plus one DescribeServices round trip).
 */
export const POLL = { firstMs: 1000, factor: 1.25, maxMs: 2500 };
/** DescribeServices failures in a row (after the SDK's own retries) before giving up on the wait. */
const MAX_POLL_FAILURES = 5;

const cancelled = (service: Service | undefined, events: ServiceEvent[]): WaitOutcome =>
  ({ result: { state: 'cancelled', reason: 'the workflow was cancelled' }, service, events });

export async function waitForRollout(request: WaitRequest, deps: WaitDeps): Promise<WaitOutcome> {
  const { clock, logger } = deps;
  const seen = new Set<string>(request.knownEventIds);
  const events: ServiceEvent[] = [];
  let placementFailures = 0;
  let delay = POLL.firstMs;
  let failures = 0;
  let lastProgress = '';
  let service: Service | undefined;
  const judge = request.judge ?? rollingJudge(request);
  for (;;) {
    if (deps.signal?.aborted) return cancelled(service, events);
    try {
      // The cancel aborts a poll in flight too: with DescribeServices throttled, its retries would eat the time a
      // cancelled step has to roll back and report.
      service = await deps.ecs.describeService(request.cluster, request.service, deps.signal);
      failures = 0;
      if (!service) return { result: { state: 'failed', reason: `service ${request.service} is gone from cluster ${request.cluster}`, ecsRollingBack: false }, events };
    } catch (error) {
      if (deps.signal?.aborted) return cancelled(service, events);
      failures += 1;
      logger.warning(`${errorMessage(error)} (attempt ${failures} of ${MAX_POLL_FAILURES}; still waiting)`);
      if (failures >= MAX_POLL_FAILURES) throw error;
    }
    if (service) {
      const fresh = (service.events ?? [])
        .filter((e) => e.id && !seen.has(e.id))
        .reverse();
      for (const event of fresh) {
        seen.add(event.id as string);
        events.push(event);
        if (/unable to place a task/.test(event.message ?? '')) placementFailures += 1;
        const [first = '', ...more] = splitRunnerLines(event.message ?? '');
        logger.info([`event ${event.createdAt?.toISOString() ?? ''} ${first}`, ...more.map((line) => `      ${line}`)].join('\n'));
      }
      let judged: Awaited<ReturnType<Judge>> | undefined;
      try {
        judged = await judge(service, placementFailures, deps.signal);
      } catch (error) {
        if (deps.signal?.aborted) return cancelled(service, events);
        failures += 1;
        logger.warning(`${errorMessage(error)} (attempt ${failures} of ${MAX_POLL_FAILURES}; still waiting)`);
        if (failures >= MAX_POLL_FAILURES) throw error;
      }
      if (judged) {
        if (judged.progress !== lastProgress) {
          logger.info(judged.progress);
          lastProgress = judged.progress;
        }
        if (judged.assessment.state !== 'waiting') return { result: judged.assessment, service, events };
      }
    }
    const left = request.deadline - clock.now();
    if (left <= 0) {
      const where = request.judge ? lastProgress : progressLine(service?.deployments?.find((d) => d.id === request.target.deploymentId));
      return { result: { state: 'timed-out', reason: `the rollout did not finish before the timeout (${where})` }, service, events };
    }
    await clock.sleep(Math.min(delay, left), deps.signal);
    delay = Math.min(POLL.maxMs, delay * POLL.factor);
  }
}
