import { type DescribedTaskDefinition, type TaskDefinitionTag, taskDefinitionView } from '../../common/src/ecs-types.js';
import { isJsonObject, type JsonObject, toRegisterable } from '../../common/src/taskdef.js';
import { chooseContainer, PlanError } from './plan.js';

/**
 * A revision to register so the migration runs the image about to be deployed. RunTask overrides cannot change
 * an image (https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_ContainerOverride.html), so a revision
 * of the same family, identical but for that one container's image, is registered and run instead.
 */
export interface ImageRevision {
  family: string;
  container: string;
  image: string;
  /** The image the container had in the described revision. */
  previousImage: string;
  /** The revision it is made from (its ARN). */
  from: string;
  /** RegisterTaskDefinition's input. */
  definition: JsonObject;
}

/**
 * Keys with the `aws:` prefix are AWS's own (CloudFormation puts `aws:cloudformation:*` on what it creates), and
 * RegisterTaskDefinition refuses them from a caller.
 */
const userTags = (tags: TaskDefinitionTag[]): TaskDefinitionTag[] => tags.filter((t) => t.key && !t.key.toLowerCase().startsWith('aws:'));

/**
 * The revision to register for `image` in the container the command runs in (`container-name`, else the only
 * essential one); undefined when no image is asked for or the container already has it.
 */
export function planImageRevision(described: DescribedTaskDefinition, containerName: string | undefined, image: string | undefined): ImageRevision | undefined {
  if (!image) return undefined;
  const definition = taskDefinitionView(described.definition);
  const chosen = chooseContainer(definition, containerName);
  const name = chosen.name as string;
  if (chosen.image === image) return undefined;
  const family = definition.family as string;
  // Describe output is JSON but for the describe-only dates, which toRegisterable removes.
  const registerable = toRegisterable(described.definition).definition;
  const containers = Array.isArray(registerable.containerDefinitions) ? registerable.containerDefinitions.filter(isJsonObject) : [];
  const target = containers.find((c) => c.name === name);
  if (!target) throw new PlanError(`Input 'image': container ${name} of ${family} is missing from its registerable form`);
  target.image = image;
  const kept = userTags(described.tags);
  if (kept.length) registerable.tags = kept.map((t): JsonObject => (t.value === undefined ? { key: t.key as string } : { key: t.key as string, value: t.value }));
  return {
    family, container: name, image, previousImage: chosen.image ?? '', from: described.arn, definition: registerable,
  };
}
