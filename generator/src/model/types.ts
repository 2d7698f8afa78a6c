/** The pipeline as plain data: what the planner produces and the renderer turns into YAML. */

export type OurAction = 'build-push' | 'ecs-deploy' | 'db-migrate' | 's3-spa-deploy' | 'smoke-test';
export const OUR_ACTIONS: readonly OurAction[] = ['build-push', 'ecs-deploy', 'db-migrate', 's3-spa-deploy', 'smoke-test'];

/** A third-party action from the pin manifest, one of ours (resolved with the config's `actions`), or one the config names (already pinned by the schema). */
export type ActionRef = { pinned: string } | { ours: OurAction } | { raw: string };

export type Scalar = string | number | boolean;
export type Permission = 'read' | 'write';

export interface Step {
  name: string;
  id?: string;
  if?: string;
  uses?: ActionRef;
  with?: Record<string, Scalar>;
  env?: Record<string, string>;
  run?: string;
  shell?: string;
  workingDirectory?: string;
  continueOnError?: boolean;
  timeoutMinutes?: number;
}

export interface ServiceContainer {
  image: string;
  env?: Record<string, string>;
  ports: string[];
  options?: string;
}

export interface Job {
  id: string;
  name: string;
  /** A comment rendered above the job (e.g. what an approval gate needs from the repository's plan). */
  comment?: string;
  needs: string[];
  if?: string;
  runsOn: string;
  permissions: Record<string, Permission>;
  environment?: { name: string; url?: string };
  concurrency?: { group: string; cancelInProgress: boolean };
  timeoutMinutes: number;
  outputs?: Record<string, string>;
  services?: Record<string, ServiceContainer>;
  env?: Record<string, string>;
  steps: Step[];
}

export interface Triggers {
  branches: string[];
  /** GitHub tag filters in order (a `!` pattern excludes). */
  tags: string[];
  /** The manual run's inputs (a rollback). */
  dispatchInputs?: Record<string, DispatchInput>;
}

export interface DispatchInput {
  description: string;
  type: 'choice' | 'string';
  default: string;
  options?: string[];
}

export interface Workflow {
  name: string;
  /** File name under the output folder. */
  file: string;
  triggers: Triggers;
  env: Record<string, string>;
  jobs: Job[];
  /** Printed at generation (not written): things the YAML cannot enforce by itself. */
  notes: string[];
}

/** What the generated pipeline's drift check needs: where it finds its config and output again, and who wrote them. */
export interface GenerationPaths {
  config: string;
  out: string;
  /** The gen-workflow version generating the file (its header records it): the drift job runs exactly this one. */
  generatorVersion: string;
}
