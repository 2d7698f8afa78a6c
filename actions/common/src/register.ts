import { isRetryableAwsError } from './aws.js';
import { retry } from './backoff.js';
import type { Clock } from './clock.js';
import { errorMessage, withStep } from './errors.js';
import type { TaskDefinitionApi } from './ecs-types.js';
import type { Logger } from './logger.js';
import { definitionFingerprint, isJsonObject, type JsonObject, toRegisterable } from './taskdef.js';

/** The tag that marks a revision with the run that registered it, so a retry can tell its own registration. */
export const RUN_TAG = 'platform-actions-run';
const REGISTER_ATTEMPTS = 4;

/** What a safe registration asks of ECS: the task-definition adapter both actions build (common/src/ecs.ts). */
export type RegisterApi = TaskDefinitionApi;

export interface RegisterDeps {
  ecs: RegisterApi;
  clock: Clock;
  logger: Logger;
  random: () => number;
  /** Aborts the call in flight and any further attempt (a cancelled step must not keep registering). */
  signal?: AbortSignal;
}

/** The definition with the run's tag set (replacing one copied from the revision it was made from). */
function tagged(definition: JsonObject, runToken: string): JsonObject {
  const tags = (Array.isArray(definition.tags) ? definition.tags.filter(isJsonObject) : []).filter((t) => t.key !== RUN_TAG);
  return { ...definition, tags: [...tags, { key: RUN_TAG, value: runToken }] };
}

/**
 * Registers with the SDK's retries off and a check before each retry: ECS has no idempotency token for
 * RegisterTaskDefinition, so a retry after a lost response (a 5xx or a reset connection after ECS acted) would add
 * a second revision. The run's tag, and the same content, tell whether the family's newest revision is already ours.
 * `step` names what failed in the error (default: the family).
 */
export async function registerOnce(definition: JsonObject, runToken: string, deps: RegisterDeps, step?: string): Promise<string> {
  const family = String(definition.family);
  const request = tagged(definition, runToken);
  try {
    return await retry(() => deps.ecs.registerTaskDefinition(request, deps.signal), {
      policy: { initialMs: 1000, maxMs: 8000, factor: 2 }, clock: deps.clock, random: deps.random,
      retryable: isRetryableAwsError, attempts: REGISTER_ATTEMPTS, signal: deps.signal,
      beforeRetry: async (error) => {
        deps.logger.info(`RegisterTaskDefinition failed (${errorMessage(error)}); checking whether it registered before trying again`);
        const latest = await deps.ecs.describeTaskDefinition(family, deps.signal).catch(() => undefined);
        const mine = latest?.tags.some((t) => t.key === RUN_TAG && t.value === runToken);
        const same = latest && definitionFingerprint(toRegisterable(latest.definition).definition) === definitionFingerprint(definition);
        if (!latest || !mine || !same) return undefined;
        deps.logger.info(`${latest.arn} carries this run's ${RUN_TAG} tag and the same content: it is this run's registration, not registering again`);
        return latest.arn;
      },
    });
  } catch (error) {
    throw withStep(step ?? `Could not register task definition for family ${family}`, error);
  }
}
