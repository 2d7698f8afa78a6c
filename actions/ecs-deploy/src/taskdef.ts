import type { Service } from '@aws-sdk/client-ecs';
import { retry } from '../../common/src/backoff.js';
import { isRetryableAwsError } from '../../common/src/aws.js';
import type { Clock } from '../../common/src/clock.js';
import { ConfigurationError, errorMessage, withStep } from '../../common/src/errors.js';
import type { Logger } from '../../common/src/logger.js';
import type { EcsApi } from './aws.js';
import type { Inputs } from './inputs.js';
import { applyChanges, definitionFingerprint, type JsonObject, RenderError, toRegisterable, validateDefinition } from './render.js';

export const RUN_TAG = 'platform-actions-run';
const REGISTER_ATTEMPTS = 4;

export interface TargetDefinition {
  arn: string;
  definition: JsonObject;
  /** False when the rendered definition equals the current revision, or an existing revision was named. */
  registered: boolean;
  unchangedFromCurrent: boolean;
}

interface Deps {
  ecs: EcsApi;
  clock: Clock;
  logger: Logger;
  random: () => number;
}

/** Renders and validates the definition to deploy; throws ConfigurationError before any write when it is wrong. */
export async function renderTarget(inputs: Inputs, service: Service, deps: Deps): Promise<{ definition: JsonObject; current: JsonObject }> {
  const currentArn = service.taskDefinition as string;
  const current = toRegisterable((await deps.ecs.describeTaskDefinition(currentArn)).definition).definition;
  const source = inputs.taskDefinitionFile ? `'${inputs.taskDefinitionFile.path}'` : `the service's task definition ${currentArn}`;
  const input = inputs.taskDefinitionFile ? 'task-definition' : 'container-name';
  let base = current;
  if (inputs.taskDefinitionFile) {
    const { definition, removed } = toRegisterable(inputs.taskDefinitionFile.content);
    if (removed.length) deps.logger.info(`Ignoring fields only DescribeTaskDefinition returns: ${removed.join(', ')}`);
    base = definition;
  }
  const images = new Map(inputs.images);
  const names = (Array.isArray(base.containerDefinitions) ? base.containerDefinitions : []).map((c) => String((c as JsonObject).name));
  if (inputs.imageForOnlyContainer) {
    if (names.length !== 1) throw new ConfigurationError('container-name', `required with image: ${source} has ${names.length} containers (${names.join(', ')})`);
    images.set(names[0] as string, inputs.imageForOnlyContainer);
  }
  // Checked here rather than left to applyChanges so the message names the input that named the container
  // (`images` or `container-name`), not the definition, which is not at fault.
  const named = [...images.keys(), ...(inputs.containerName && inputs.environment.length > 0 ? [inputs.containerName] : [])];
  const unknown = named.find((name) => !names.includes(name));
  if (unknown !== undefined) {
    throw new ConfigurationError(unknown === inputs.containerName ? 'container-name' : 'images',
      `${source} has no container named '${unknown}' (containers: ${names.join(', ') || 'none'})`);
  }
  try {
    const changed = applyChanges(base, {
      images,
      environment: inputs.containerName ? { container: inputs.containerName, variables: inputs.environment } : undefined,
      tags: inputs.tags,
    });
    return { definition: validateDefinition(changed), current };
  } catch (error) {
    if (error instanceof RenderError) throw new ConfigurationError(input, `${source}: ${error.message}`, { cause: error });
    throw error;
  }
}

/**
 * Registers with the SDK's retries off and a check before each retry: ECS has no idempotency token for
 * RegisterTaskDefinition, so a retry after a lost response would add a second revision. The run's tag tells
 * whether the newest revision is already ours.
 */
export async function registerOnce(definition: JsonObject, runToken: string, deps: Deps): Promise<string> {
  const family = String(definition.family);
  const tagged = applyChanges(definition, { images: new Map(), tags: [[RUN_TAG, runToken]] });
  try {
    return await retry(() => deps.ecs.registerTaskDefinition(tagged), {
      policy: { initialMs: 1000, maxMs: 8000, factor: 2 }, clock: deps.clock, random: deps.random,
      retryable: isRetryableAwsError, attempts: REGISTER_ATTEMPTS,
      beforeRetry: async (error) => {
        deps.logger.info(`RegisterTaskDefinition failed (${errorMessage(error)}); checking whether it registered before trying again`);
        const latest = await deps.ecs.describeTaskDefinition(family).catch(() => undefined);
        const mine = latest?.tags.some((t) => t.key === RUN_TAG && t.value === runToken);
        const same = latest && definitionFingerprint(toRegisterable(latest.definition).definition) === definitionFingerprint(definition);
        return latest && mine && same ? latest.arn : undefined;
      },
    });
  } catch (error) {
    throw withStep(`Could not register task definition for family ${family}`, error);
  }
}

export async function resolveTarget(inputs: Inputs, service: Service, deps: Deps): Promise<TargetDefinition> {
  if (inputs.taskDefinitionArn) {
    const named = await deps.ecs.describeTaskDefinition(inputs.taskDefinitionArn);
    return { arn: named.arn, definition: named.definition, registered: false, unchangedFromCurrent: named.arn === service.taskDefinition };
  }
  const { definition, current } = await renderTarget(inputs, service, deps);
  if (definitionFingerprint(definition) === definitionFingerprint(current)) {
    deps.logger.info(`The rendered task definition equals the current revision ${service.taskDefinition}: not registering a new one`);
    return { arn: service.taskDefinition as string, definition: current, registered: false, unchangedFromCurrent: true };
  }
  const arn = await registerOnce(definition, inputs.runToken, deps);
  deps.logger.info(`Registered ${arn}`);
  return { arn, definition, registered: true, unchangedFromCurrent: false };
}
