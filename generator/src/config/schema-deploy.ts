/**
 * Config keys for how workloads deploy: migrations (run-task or exec, before or after), an environment's services
 * (one ECS service, several from one revision, EventBridge scheduled tasks) and release tags (GitHub's filter
 * syntax, pre-releases excluded unless asked).
 */
import { z } from 'zod';
import { command, format, valueCheck } from './fields.js';
import { tagPatternProblem } from './values.js';

export const migrateConfig = z.union([
  command('container'),
  z.strictObject({
    command: command('container').describe('The migration command, run in the service\'s container.'),
    mode: z.enum(['run-task', 'exec']).default('run-task').describe('run-task: a one-off task of the new image; exec: ECS Exec into a running task of the service (its task definition must enable it).'),
    when: z.enum(['before', 'after']).default('before').describe('Before the service deploys (the default), or after it (exec mode runs in the new tasks only then).'),
  }),
]).describe('Run this with db-migrate: a command (a one-off task of the new image before the service deploys), or {command, mode, when}.');

export type MigrateConfig = z.output<typeof migrateConfig>;

const ecsName = format(/^[A-Za-z0-9_-]{1,255}$/, 'an ECS service name (letters, digits, _ and -)', 'keylo-api-service');
// EventBridge rule names; EventBridge Scheduler schedules as schedule/<group>/<name> (what ecs-deploy reads).
const scheduledTask = format(/^(?:[\w.-]{1,64}|schedule\/[\w.-]{1,64}\/[\w.-]{1,64})$/, 'an EventBridge rule name or schedule/<group>/<name>', 'fibonacco-scheduler');

export const environmentService = z.union([
  ecsName,
  z.array(ecsName).min(1),
  z.strictObject({
    'ecs-services': z.union([ecsName, z.array(ecsName).min(1)]).describe('The ECS service, or several services running this task definition (deployed in parallel from one revision, one verdict each).'),
    'scheduled-tasks': z.array(scheduledTask).min(1).optional().describe('EventBridge rules (or schedule/<group>/<name>) whose ECS targets run this service\'s task definition family: moved to the new revision after the deploy.'),
  }),
]).describe('Our service → its ECS service name, a list of ECS services from one revision, or {ecs-services, scheduled-tasks}.');

export type EnvironmentService = z.output<typeof environmentService>;

const tagPattern = z.string().min(1).superRefine(valueCheck(tagPatternProblem));

export const environmentDeployKeys = {
  'release-tags': z.union([tagPattern, z.array(tagPattern).min(1)]).optional()
    .describe('Pushed tags matching this GitHub filter pattern (or list, where a later "!pattern" excludes) deploy here, promoting what passed the previous environment.'),
  'pre-releases': z.boolean().optional().describe('With release-tags: also deploy pre-release tags (<pattern>-*, e.g. v1.2.3-rc.1). Default false.'),
  'parallel-services': z.boolean().optional()
    .describe('Default true: with two services or more, each deploys in a job of its own, in parallel, after one approval. false: one job deploys them one after the other (every step then has the environment\'s OIDC subject).'),
};

/** The ECS services and scheduled tasks of one environment's entry for a service. */
export function ecsTargets(entry: EnvironmentService): { services: string[]; scheduledTasks: string[] } {
  if (typeof entry === 'string') return { services: [entry], scheduledTasks: [] };
  if (Array.isArray(entry)) return { services: entry, scheduledTasks: [] };
  const services = entry['ecs-services'];
  return { services: typeof services === 'string' ? [services] : services, scheduledTasks: entry['scheduled-tasks'] ?? [] };
}

/** Migration settings with their defaults, from either form. */
export function migrationOf(migrate: MigrateConfig | undefined): { command: string; mode: 'run-task' | 'exec'; when: 'before' | 'after' } | undefined {
  if (migrate === undefined) return undefined;
  return typeof migrate === 'string' ? { command: migrate, mode: 'run-task', when: 'before' } : migrate;
}

/** The release-tag patterns as a list. */
export function tagPatterns(value: string | string[] | undefined): string[] {
  return value === undefined ? [] : typeof value === 'string' ? [value] : value;
}
