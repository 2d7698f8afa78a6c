import type { Service } from '@aws-sdk/client-ecs';
import type { Clock } from '../../common/src/clock.js';
import { ConfigurationError } from '../../common/src/errors.js';
import type { Logger } from '../../common/src/logger.js';
import { registerOnce } from '../../common/src/register.js';
import type { EcsApi } from './aws.js';
import type { Inputs } from './inputs.js';
import { applyChanges, definitionFingerprint, type JsonObject, RenderError, toRegisterable, validateDefinition } from './render.js';

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
 * `check` sees the definition to deploy before anything is registered: what depends on it (an AppSpec's container,
 * EBS volume names) is an input error before any write.
 */
export async function resolveTarget(inputs: Inputs, service: Service, deps: Deps, check: (definition: JsonObject) => void = () => {}): Promise<TargetDefinition> {
  if (inputs.taskDefinitionArn) {
    const named = await deps.ecs.describeTaskDefinition(inputs.taskDefinitionArn);
    check(named.definition);
    return { arn: named.arn, definition: named.definition, registered: false, unchangedFromCurrent: named.arn === service.taskDefinition };
  }
  const { definition, current } = await renderTarget(inputs, service, deps);
  check(definition);
  if (definitionFingerprint(definition) === definitionFingerprint(current)) {
    deps.logger.info(`The rendered task definition equals the current revision ${service.taskDefinition}: not registering a new one`);
    return { arn: service.taskDefinition as string, definition: current, registered: false, unchangedFromCurrent: true };
  }
  const arn = await registerOnce(definition, inputs.runToken, deps);
  deps.logger.info(`Registered ${arn}`);
  return { arn, definition, registered: true, unchangedFromCurrent: false };
}
