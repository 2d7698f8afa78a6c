/**
 * The ECS part of an environment's deploy job: per service its migration (a one-off task of the new image, or ECS
 * Exec into the running task; before or after the deploy) and its ecs-deploy step. Several ECS services running one
 * task definition deploy in one step, from one revision, in parallel with one verdict each (ecs-deploy `services`);
 * EventBridge rules whose targets run the service's family move to the new revision (`scheduled-tasks`). The job's
 * outputs carry each service's image on to the next environment: it deploys only what passed this one.
 */
import type { Config, ServiceConfig } from '../config/schema.js';
import { ecsTargets, migrationOf } from '../config/schema-deploy.js';
import type { EnvironmentPlan } from './conditions.js';
import type { ImagePlan } from './images.js';
import type { Step } from './types.js';

/** The output of a deploy job that holds the image it deployed for `service`. */
export const imageOutput = (service: string) => `image-${service}`;

/** The image expression a deploy job uses for `service`: the previous environment's output, or the build's. */
export function imageSource(plan: EnvironmentPlan, service: string, images: ImagePlan): string {
  return plan.promotesFrom
    ? `\${{ needs.${plan.promotesFrom.jobId}.outputs.${imageOutput(service)} }}`
    : `\${{ needs.${images.buildJobOf(service)}.outputs.image }}`;
}

/** The services `plan` deploys, in config order. */
export const deployedServices = (config: Config, plan: EnvironmentPlan) => config.services.filter((s) => plan.config.services[s.name] !== undefined);

/**
 * The services whose images `plan` carries: those it deploys to ECS, or, when it maps none and deploys with its own
 * steps (kubectl on EKS, Terraform), every service, handed to those steps as IMAGE_<SERVICE> and promoted onwards.
 */
export function imageServices(config: Config, plan: EnvironmentPlan) {
  const deployed = deployedServices(config, plan);
  const ownSteps = Object.values(plan.config.steps ?? {}).some((list) => (list ?? []).length > 0);
  return deployed.length === 0 && ownSteps ? config.services : deployed;
}

/** ecs-deploy's `with:` for one service in one environment (also what a rollback deploys, with another image). */
export function ecsDeployWith(cluster: string, entry: Parameters<typeof ecsTargets>[0], container: string, image: string): Record<string, string> {
  const { services, scheduledTasks } = ecsTargets(entry);
  return {
    cluster,
    ...(services.length === 1 ? { service: services[0]! } : { services: services.join('\n') }),
    'container-name': container,
    image,
    ...(scheduledTasks.length ? { 'scheduled-tasks': scheduledTasks.join('\n') } : {}),
  };
}

/** One service's migration (before or after, as configured) and its ecs-deploy step, in their order. */
export function oneServiceSteps(plan: EnvironmentPlan, service: ServiceConfig, images: ImagePlan): Step[] {
  const env = plan.config;
  const entry = env.services[service.name]!;
  const image = imageSource(plan, service.name, images);
  const migration = migrationOf(service.migrate);
  const [firstEcsService] = ecsTargets(entry).services;
  const migrate: Step | undefined = migration && {
    name: `Migrate ${service.name}${migration.mode === 'exec' ? ' (ECS Exec in a running task)' : ''}`,
    uses: { ours: 'db-migrate' },
    with: migration.mode === 'exec'
      ? { cluster: env.cluster ?? '', service: firstEcsService ?? '', 'container-name': service.container, command: migration.command, mode: 'exec' }
      : { cluster: env.cluster ?? '', service: firstEcsService ?? '', 'container-name': service.container, image, command: migration.command },
  };
  return [
    ...(migrate && migration?.when === 'before' ? [migrate] : []),
    { name: `Deploy ${service.name}`, uses: { ours: 'ecs-deploy' }, with: ecsDeployWith(env.cluster ?? '', entry, service.container, image) },
    ...(migrate && migration?.when === 'after' ? [migrate] : []),
  ];
}

/** Every service of the environment, one after the other (the one-job form). */
export function serviceDeploySteps(config: Config, plan: EnvironmentPlan, images: ImagePlan): Step[] {
  return deployedServices(config, plan).flatMap((service) => oneServiceSteps(plan, service, images));
}

/** The deploy job's outputs: each service's image, for the environment that promotes from this one. */
export function deployOutputs(config: Config, plan: EnvironmentPlan, images: ImagePlan): Record<string, string> {
  return Object.fromEntries(imageServices(config, plan).map((service) => [imageOutput(service.name), imageSource(plan, service.name, images)]));
}

/** The jobs whose outputs the deploy job reads: the builds of its services (or of `only`), or the environment it promotes from. */
export function imageNeeds(config: Config, plan: EnvironmentPlan, images: ImagePlan, only?: ServiceConfig): string[] {
  if (plan.promotesFrom) return [plan.promotesFrom.jobId];
  return [...new Set((only ? [only] : imageServices(config, plan)).map((service) => images.buildJobOf(service.name)))];
}

/** IMAGE_<SERVICE>: the variable your steps read a service's image from. */
export const imageVariable = (service: string) => `IMAGE_${service.replace(/-/g, '_').toUpperCase()}`;
